import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en';
import zh from '../../src/i18n/locales/zh';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a strings tree as "a.b.c" → text; plural forms folded into their base key. */
function leaves(tree: object, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(PLURAL, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else {
      for (const [k, v] of leaves(value as object, path)) out.set(k, [...(out.get(k) ?? []), ...v]);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\/?\w+)\s*\/?>/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it('have the same keys in English and Chinese', () => {
    expect([...chinese.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !chinese.has(k))).toEqual([]);
  });

  it('have no empty string', () => {
    for (const [key, texts] of [...english, ...chinese]) expect(texts.every((t) => t.trim() !== ''), key).toBe(true);
  });

  it('use the same placeholders and tags in both languages', () => {
    for (const [key, texts] of english) {
      const other = chinese.get(key);
      if (!other) continue;
      // `count` picks the plural form: a Chinese string may leave it out.
      const want = new Set(texts.flatMap(placeholders).filter((p) => p !== 'count'));
      for (const text of other) {
        const got = new Set(placeholders(text).filter((p) => p !== 'count'));
        expect([...got].sort(), `${key}: ${text}`).toEqual([...want].sort());
        expect(tags(text), `${key}: ${text}`).toEqual(tags(texts[0]!));
      }
    }
  });

  it('translate every Chinese string (no English words left but names and abbreviations)', () => {
    // Words a Chinese reader sees as they are: file formats, keys, abbreviations, product names.
    const allowed = /^(CSV|PNG|JSON|SVG|PDF|URL|ID|IDs|Esc|Enter|Space|Shift|Ctrl|Alt|Tab|Home|End|PageUp|PageDown|EN|KB|kB|MB|OpenStreetMap|Leaflet|CARTO|Natural|Earth|GB|T|ISO|CQC|CICPMC|CECEP|CATL|ESG|WGS|GCJ|PowerPoint|B|N|P|S|F|H|K|L|M|R|A|Z|Q|G|J|X|C|D|E|Y|V|W|U|I|O|npm|run|data|check|pinyin|GeoNames|Noto|Sans|SC|OSM|AMap)$/;
    for (const [key, texts] of chinese) {
      for (const text of texts) {
        const words = text.replace(/{{[^}]*}}|<\/?\w+\s*\/?>|\$t\([^)]*\)/g, ' ').match(/[A-Za-z]+/g) ?? [];
        expect(words.filter((w) => !allowed.test(w)), `${key}: ${text}`).toEqual([]);
      }
    }
  });
});
