// @vitest-environment node
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkCharacters, cutFont, FONT_BUDGET_BYTES, textSources } from '../../scripts/lib/cjk-font';

const root = join(__dirname, '../..');

describe(cjkCharacters, () => {
  it('keeps Chinese characters and full-width punctuation, once each, and nothing Latin', () => {
    expect(cjkCharacters(['宁德时代（CATL），宁德', 'Suzhou 苏州…'])).toEqual(['宁', '州', '德', '时', '苏', '代', '，', '（', '）'].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
  });
});

describe(cutFont, () => {
  it('cuts a font that has every Chinese character the app shows, within the budget', async () => {
    const chars = cjkCharacters(textSources(root).map((f) => readFileSync(f, 'utf8')));
    expect(chars.length).toBeGreaterThan(300);
    const font = await cutFont(root, chars, join(tmpdir(), 'cjk-font-test'));
    expect(font.missing).toEqual([]);
    expect(font.characters).toBe(chars.length);
    expect(font.bytes).toBeLessThanOrEqual(FONT_BUDGET_BYTES);
    // Each face names exactly its characters, and all faces together cover every one.
    const covered = font.faces.flatMap((f) => f.unicodeRange.split(',')).map((u) => String.fromCodePoint(parseInt(u.slice(2), 16)));
    expect(covered.sort()).toEqual([...chars].sort());
  }, 60_000);
});
