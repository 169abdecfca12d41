// @vitest-environment node
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { cutPdfFont, readPdfTexts } from '../../scripts/lib/cjk-font-pdf';
import { joinTrueTypeFonts, mappedCodePoints } from '../../scripts/lib/cjk-font-truetype';

const root = join(__dirname, '../..');
const slice = (id: string) => readFileSync(join(root, 'node_modules/@fontsource-variable/noto-sans-sc/files', `noto-sans-sc-${id}-wght-normal.woff2`));
const cut = (id: string, text: string) => subsetFont(slice(id), text, { targetFormat: 'truetype', variationAxes: { wght: 400 } });
const points = (text: string) => [...text].map((c) => c.codePointAt(0)!);
const ranges = JSON.parse(readFileSync(join(root, 'node_modules/@fontsource-variable/noto-sans-sc/unicode.json'), 'utf8')) as Record<string, string>;
/** The first `n` Chinese characters a slice of the font package holds. */
function chineseOf(id: string, n: number): string {
  const out: string[] = [];
  for (const part of ranges[`[${id}]`]!.split(',')) {
    const [a, b] = part.trim().slice(2).split('-').map((x) => parseInt(x, 16)) as [number, number?];
    for (let cp = a; cp <= (b ?? a) && out.length < n; cp++) if (cp >= 0x4e00 && cp <= 0x9fff) out.push(String.fromCodePoint(cp));
  }
  return out.join('');
}

/** A PDF with `text` in `font`, and the text its ToUnicode map reads back (the font's glyphs, as a reader sees them). */
function pdfWith(font: Buffer, text: string): string {
  const doc = new jsPDF({ compress: true });
  doc.addFileToVFS('f.ttf', font.toString('binary'));
  doc.addFont('f.ttf', 'F', 'normal');
  doc.setFont('F');
  doc.text(text, 10, 10);
  const bytes = Buffer.from(doc.output('arraybuffer'));
  const streams = [...bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const raw = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(raw).toString('latin1');
    } catch {
      return raw.toString('latin1');
    }
  });
  const map = new Map<string, string>();
  for (const s of streams) for (const [, glyph, unicode] of s.matchAll(/<([0-9a-f]{4})><([0-9a-f]{4})>/gi)) map.set(glyph!.toLowerCase(), String.fromCodePoint(parseInt(unicode!, 16)));
  const shown = streams.flatMap((s) => [...s.matchAll(/<([0-9a-f]+)> Tj/gi)].map((m) => m[1]!));
  return shown.map((hex) => hex.match(/.{4}/g)!.map((g) => map.get(g.toLowerCase()) ?? '?').join('')).join('');
}

describe(joinTrueTypeFonts, () => {
  it('joins slices of the font into one TrueType font holding every glyph, which jsPDF embeds and maps back to the text', async () => {
    const [first, second] = [chineseOf('119', 4), chineseOf('117', 3)];
    const latin = await cut('latin', 'Scene “Overview” é');
    const joined = joinTrueTypeFonts([latin, await cut('119', first), await cut('117', second)]);
    expect(joined.readUInt32BE(0)).toBe(0x00010000);
    const mapped = mappedCodePoints(joined);
    for (const cp of points(`Scene“Overview”é${first}${second}`)) expect(mapped.has(cp), String.fromCodePoint(cp)).toBe(true);
    expect(pdfWith(joined, `Scene ${first} ${second}`)).toBe(`Scene ${first} ${second}`);
  }, 30_000);

  it('refuses fonts that are not TrueType outlines or differ in units per em', async () => {
    const latin = await cut('latin', 'A');
    const other = Buffer.from(latin);
    // head.unitsPerEm (head table offset + 18) set to something else.
    const count = other.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      if (other.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'head') other.writeUInt16BE(2048, other.readUInt32BE(12 + 16 * i + 8) + 18);
    }
    expect(() => joinTrueTypeFonts([latin, other])).toThrow('units per em');
    expect(() => joinTrueTypeFonts([])).toThrow('no fonts');
  }, 30_000);
});

describe(cutPdfFont, () => {
  it('holds every character of the strings and the curated dataset, Latin and Cyrillic, and the frequent Chinese characters', async () => {
    const texts = readPdfTexts(root);
    const font = await cutPdfFont(root, texts, join(tmpdir(), 'cjk-font-pdf-test'));
    const mapped = mappedCodePoints(font.data);
    const needed = new Set(texts.flatMap((t) => points(t)).filter((cp) => cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xfe00 && cp <= 0xfe0f)));
    // Whatever the font package has no glyph for (none in the strings and data at present) aside.
    expect([...needed].filter((cp) => !mapped.has(cp)).map((cp) => String.fromCodePoint(cp))).toEqual([]);
    for (const cp of points('Шанхай “é” 我们你们学习')) expect(mapped.has(cp), String.fromCodePoint(cp)).toBe(true);
    expect(font.data.length).toBeLessThan(1.5 * 1024 * 1024);
  }, 120_000);
});
