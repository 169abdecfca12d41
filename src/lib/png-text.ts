/**
 * Text written into a PNG file (iTXt chunks, UTF-8): a figure's title, description, source and
 * date travel with the image, for the report tools that read them (and for tests).
 * Keywords as the PNG specification suggests them: Title, Description, Source, Creation Time…
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword (Latin-1, 1 to 79 characters), then the text in UTF-8. */
function textChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword.slice(0, 79));
  const value = encoder.encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0.
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with `entries` as text chunks after its header chunk; the image itself is untouched. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG file');
  // The signature (8 bytes) and IHDR (always 13 bytes of data: 25 with length, type and CRC).
  const headerEnd = 8 + 25;
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, headerEnd), 0);
  let at = headerEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}

/** The iTXt and tEXt entries of a PNG, by keyword. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const found: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'iTXt' && zero > 0) {
      // Skip the flags and the two terminated fields after the keyword (only uncompressed text is read).
      let p = zero + 3;
      p = data.indexOf(0, p) + 1;
      p = data.indexOf(0, p) + 1;
      if (data[zero + 1] === 0) found[decoder.decode(data.subarray(0, zero))] = decoder.decode(data.subarray(p));
    } else if (type === 'tEXt' && zero > 0) {
      found[decoder.decode(data.subarray(0, zero))] = decoder.decode(data.subarray(zero + 1));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}
