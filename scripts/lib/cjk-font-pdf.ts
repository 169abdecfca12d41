import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_PACKAGE } from './cjk-font.ts';
import { joinTrueTypeFonts } from './cjk-font-truetype.ts';

/**
 * The font of the PDF handout (src/present/export/): one TrueType file, since jsPDF embeds only
 * TrueType, cut from the same Noto Sans SC as the web font, at the same weight. It holds what a
 * handout prints: the characters of the interface's strings in both languages, of the curated
 * dataset and the gazetteer, Latin, Cyrillic and punctuation, and the most frequent Chinese
 * characters (so scenes a presenter wrote in Chinese print too). jsPDF embeds only the glyphs a
 * PDF uses, so the file's size is paid once, on the first PDF, never in the PDF.
 */

const WEIGHT = 400;
/**
 * The package's numbered slices run from rare to frequent characters: slices [100] to [119] hold
 * about the 3,800 most frequent (the package's own order, from Google Fonts' slicing).
 */
const FREQUENT_SLICES_FROM = 100;
/** Latin with accents, punctuation and symbols, Cyrillic (sources in Russian), CJK punctuation and full-width forms. */
const BLOCKS: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x0400, 0x045f],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];

/** Files whose text a handout may print: both languages' strings, the curated dataset, the gazetteer. */
export function pdfTextSources(root: string): string[] {
  const locales = (lang: string) => readdirSync(join(root, 'src/i18n/locales', lang)).filter((f) => f.endsWith('.json')).map((f) => join(root, 'src/i18n/locales', lang, f));
  return [
    ...locales('en'),
    ...locales('zh'),
    ...readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'data', f)),
    join(root, 'data/geo/gazetteer.json'),
  ];
}

type Range = [number, number];
interface Slice {
  id: string;
  ranges: Range[];
}

function readSlices(dir: string): Slice[] {
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(ranges).map(([key, text]) => ({
    id: key.replace(/[[\]]/g, ''),
    ranges: text.split(',').map((part) => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as Range;
    }),
  }));
}

const inSlice = (slice: Slice, cp: number) => slice.ranges.some(([a, b]) => cp >= a && cp <= b);

/** The code points the PDF font holds: those of the texts (controls and marks left out), the blocks, the frequent slices. */
export function pdfCodePoints(texts: readonly string[], slices: readonly Slice[]): number[] {
  const points = new Set<number>();
  for (const text of texts) for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xfe00 && cp <= 0xfe0f)) points.add(cp);
  }
  for (const [a, b] of BLOCKS) for (let cp = a; cp <= b; cp++) points.add(cp);
  for (const slice of slices) {
    if (!/^\d+$/.test(slice.id) || Number(slice.id) < FREQUENT_SLICES_FROM) continue;
    for (const [a, b] of slice.ranges) for (let cp = a; cp <= b; cp++) points.add(cp);
  }
  return [...points].sort((a, b) => a - b);
}

export interface PdfFont {
  fileName: string;
  data: Buffer;
  /** Code points the font has a glyph for. */
  characters: number;
}

/**
 * Cuts each slice to the code points it holds (the Latin and Cyrillic slices first, so Latin text
 * takes their glyphs) and joins the cuts into one TrueType font. The result is cached in
 * `cacheDir` by its inputs.
 */
export async function cutPdfFont(root: string, texts: readonly string[], cacheDir: string): Promise<PdfFont> {
  const dir = join(root, 'node_modules', FONT_PACKAGE);
  const slices = readSlices(dir);
  // Named slices (latin, latin-ext, cyrillic, vietnamese) first: a Latin letter is drawn from them, not from a CJK slice that also lists it.
  const ordered = [...slices.filter((s) => !/^\d+$/.test(s.id)), ...slices.filter((s) => /^\d+$/.test(s.id)).sort((a, b) => Number(b.id) - Number(a.id))];
  const bySlice = new Map<Slice, number[]>();
  for (const cp of pdfCodePoints(texts, slices)) {
    const slice = ordered.find((s) => inSlice(s, cp));
    if (slice) bySlice.set(slice, [...(bySlice.get(slice) ?? []), cp]);
  }
  const files = ordered.filter((s) => bySlice.has(s)).map((slice) => ({ slice, source: readFileSync(join(dir, 'files', `noto-sans-sc-${slice.id}-wght-normal.woff2`)) }));
  const hash = createHash('sha256');
  for (const { slice, source } of files) hash.update(source).update(String.fromCodePoint(...bySlice.get(slice)!));
  hash.update(`${WEIGHT} truetype 1`);
  const fileName = `noto-sans-sc-pdf-${hash.digest('hex').slice(0, 10)}.ttf`;
  const cached = join(cacheDir, fileName);
  const characters = [...bySlice.values()].reduce((sum, points) => sum + points.length, 0);
  if (existsSync(cached)) return { fileName, data: readFileSync(cached), characters };
  const cuts: Buffer[] = [];
  // subset-font takes noHinting (hinting is for screens at small sizes; a PDF viewer does without), though its types do not list it.
  const options: Parameters<typeof subsetFont>[2] & { noHinting: boolean } = { targetFormat: 'truetype', variationAxes: { wght: WEIGHT }, noHinting: true };
  for (const { slice, source } of files) cuts.push(await subsetFont(source, String.fromCodePoint(...bySlice.get(slice)!), options));
  const data = joinTrueTypeFonts(cuts);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, data);
  return { fileName, data, characters };
}

/** The texts the PDF font is cut for, read from the repository. */
export function readPdfTexts(root: string): string[] {
  return pdfTextSources(root).map((file) => readFileSync(file, 'utf8'));
}
