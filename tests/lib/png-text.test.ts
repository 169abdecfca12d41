import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from '../../src/lib/png-text';

/** A valid 1×1 PNG, written by hand: signature, IHDR, IDAT, IEND. */
function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))), chunk('IEND', new Uint8Array())]);
}

describe(withPngText, () => {
  it('writes text chunks in UTF-8 that read back, and leaves the image as it was', () => {
    const png = tinyPng();
    const entries = { Title: '中国减碳合作举措：举措分布地图', Description: 'Showing 2 of 6 initiatives\nFilters: Partner: CATL', Source: 'Source: the dataset', 'Creation Time': '2025-06-01T14:03:00.000Z' };
    const out = withPngText(png, entries);
    expect(readPngText(out)).toEqual(entries);
    expect(out.length).toBeGreaterThan(png.length);
    // The image chunks are unchanged, after the new text chunks.
    expect(Buffer.from(out.subarray(out.length - (png.length - 33)))).toEqual(Buffer.from(png.subarray(33)));
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { Title: 'x' })).toThrow('not a PNG file');
  });
});
