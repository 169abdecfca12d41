import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * Cuts Noto Sans SC (the pinned @fontsource-variable/noto-sans-sc) down to the Chinese characters
 * the interface and the curated dataset use, so Chinese reads the same on a meeting-room PC with
 * no CJK font and no internet. The package ships the font in ~100 slices by Unicode range; each
 * slice that holds a needed character is cut to exactly those characters, pinned to one weight
 * (bold is synthesised), and served with a unicode-range, so a browser fetches a slice only when it
 * draws one of its characters: an English screen fetches none.
 */

export const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc';
export const FONT_FAMILY = 'Noto Sans SC Subset';
/** The size the cut font may have for the curated dataset (woff2 bytes, all slices together). */
export const FONT_BUDGET_BYTES = 300 * 1024;
const WEIGHT = 400;

/** CJK ideographs and radicals, CJK punctuation, full-width forms: what a Latin system font lacks. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3100-\u312f\u31c0-\u31ef\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** The files whose Chinese text the app shows: the Chinese strings, the curated dataset, the gazetteer and the basemap's names. */
export function textSources(root: string): string[] {
  const locales = join(root, 'src/i18n/locales/zh');
  return [
    ...readdirSync(locales).filter((f) => f.endsWith('.json')).map((f) => join(locales, f)),
    ...readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'data', f)),
    join(root, 'data/geo/gazetteer.json'),
    join(root, 'data/geo/basemap.topo.json'),
  ];
}

/** Every CJK character in `texts`, once each, in code point order. */
export function cjkCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const c of text) if (CJK.test(c)) found.add(c);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

type Range = [number, number];
function parseRanges(text: string): Range[] {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

function unicodeRange(chars: readonly string[]): string {
  return chars.map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(',');
}

export interface FontFace {
  fileName: string;
  data: Buffer;
  unicodeRange: string;
  characters: number;
}

export interface CutFont {
  faces: FontFace[];
  bytes: number;
  characters: number;
  /** Characters no slice of the font has. */
  missing: string[];
}

/** Cuts the font to `chars`; slices already cut to the same characters are read from `cacheDir`. */
export async function cutFont(root: string, chars: readonly string[], cacheDir: string): Promise<CutFont> {
  const dir = join(root, 'node_modules', FONT_PACKAGE);
  const slices = Object.entries(JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([key, ranges]) => ({ id: key.replace(/[[\]]/g, ''), ranges: parseRanges(ranges) }),
  );
  const bySlice = new Map<string, string[]>();
  const missing: string[] = [];
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    const slice = slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!slice) missing.push(c);
    else bySlice.set(slice.id, [...(bySlice.get(slice.id) ?? []), c]);
  }
  mkdirSync(cacheDir, { recursive: true });
  const faces: FontFace[] = [];
  for (const [id, sliceChars] of [...bySlice].sort(([a], [b]) => Number(a) - Number(b))) {
    const source = readFileSync(join(dir, 'files', `noto-sans-sc-${id}-wght-normal.woff2`));
    const hash = createHash('sha256').update(source).update(sliceChars.join('')).update(String(WEIGHT)).digest('hex').slice(0, 10);
    const fileName = `noto-sans-sc-${id}-${hash}.woff2`;
    const cached = join(cacheDir, fileName);
    let data: Buffer;
    if (existsSync(cached)) data = readFileSync(cached);
    else {
      data = await subsetFont(source, sliceChars.join(''), { targetFormat: 'woff2', variationAxes: { wght: WEIGHT } });
      writeFileSync(cached, data);
    }
    faces.push({ fileName, data, unicodeRange: unicodeRange(sliceChars), characters: sliceChars.length });
  }
  return { faces, bytes: faces.reduce((sum, f) => sum + f.data.length, 0), characters: chars.length - missing.length, missing };
}
