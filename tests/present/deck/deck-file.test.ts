import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { importRefusal, readDeckFile, serialiseDeck, type DeckImport } from '../../../src/present/deck/deck-file';
import type { Deck } from '../../../src/present/deck/deck-schema';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const english = createFormatter('en', i18n.getFixedT('en'));
/** The refusal as the panel words it: its sentence and problem lines. */
const worded = (result: DeckImport, format: Formatter = english) => (result.ok ? null : importRefusal(result, format));
const deck: Deck = {
  version: 1,
  title: 'Mine',
  scenes: [
    { id: 'scene-1', title: 'CATL', caption: 'Two in a week', notes: 'Say it slowly.', filters: { partners: ['catl'] }, selected: null, map: [[24.5, 113], [44, 127]], lead: 'map', card: false },
    { id: 'scene-2', title: 'Zibo', caption: '', notes: '', filters: { places: ['370300'], dateFrom: '2021-01-01' }, selected: 'energy-chain-zibo-cqc-double-carbon-agreement', map: null, lead: 'details', card: true },
  ],
};

describe(readDeckFile, () => {
  it('reads back what serialiseDeck wrote', () => {
    expect(readDeckFile(serialiseDeck(deck), dataset, 'mine.json')).toEqual({ ok: true, deck });
  });

  it('refuses a file that is not JSON, saying the deck is unchanged', () => {
    const result = readDeckFile('{ "version": 1, "scenes": [', dataset, 'broken.json');
    expect(result).toMatchObject({ ok: false, reason: 'notJson', fileName: 'broken.json' });
    expect(worded(result)).toEqual({ message: expect.stringMatching(/^“broken\.json” is not a readable JSON file \(.+\)\. Your deck is unchanged\.$/), problems: [] });
  });

  it('refuses the whole file for one bad value, listing each problem', () => {
    const bad = { ...deck, scenes: [deck.scenes[0], { ...deck.scenes[1], filters: { places: ['999999'] }, selected: 'gone' }] };
    const result = readDeckFile(JSON.stringify(bad), dataset, 'other.json');
    expect(result.ok).toBe(false);
    expect(worded(result)).toEqual({
      message: '“other.json” is not a deck this dataset can show: 2 problems. Your deck is unchanged.',
      problems: [
        'other.json, record "scene-2", field "filters.places.0": no gazetteer place "999999" in this dataset',
        'other.json, record "scene-2", field "selected": no initiative "gone" in this dataset',
      ],
    });
  });

  it('shows the first problems and counts the rest', () => {
    const many = { version: 1, title: 'Many', scenes: Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, title: 'S', filters: { partners: [`nobody-${i}`] } })) };
    const result = readDeckFile(JSON.stringify(many), dataset, 'many.json');
    expect(worded(result)!.problems).toHaveLength(7);
    expect(worded(result)!.problems.slice(-1)).toEqual(['… and 3 more']);
  });

  it('refuses a file far too large to be a deck before parsing it', () => {
    const result = readDeckFile(' '.repeat(5_000_001), dataset, 'huge.json');
    expect(worded(result)!.message).toBe('“huge.json” is too large to be a deck (over 5 MB). Your deck is unchanged.');
  });
});

describe('an import refused, in Chinese', () => {
  let chinese = english;
  beforeAll(async () => {
    await loadLocale('zh');
    chinese = createFormatter('zh', i18n.getFixedT('zh'));
  });

  it('says why, with each problem located, and that the deck is unchanged', () => {
    const bad = { ...deck, scenes: [deck.scenes[0], { ...deck.scenes[1], filters: { places: ['999999'] }, selected: 'gone' }] };
    expect(worded(readDeckFile(JSON.stringify(bad), dataset, 'other.json'), chinese)).toEqual({
      message: '“other.json”不是本数据集可以展示的场景集：共有2个问题。您的场景集未作更改。',
      problems: ['other.json，记录“scene-2”，字段“filters.places.0”：本数据集中没有地名库地点“999999”', 'other.json，记录“scene-2”，字段“selected”：本数据集中没有举措“gone”'],
    });
    expect(worded(readDeckFile(' '.repeat(5_000_001), dataset, 'huge.json'), chinese)!.message).toBe('“huge.json”过大，不是场景集文件（超过5 MB）。您的场景集未作更改。');
  });
});

describe(serialiseDeck, () => {
  it('writes version, title and scenes only', () => {
    expect(Object.keys(JSON.parse(serialiseDeck({ ...deck, $schema: './x.json' })) as object)).toEqual(['version', 'title', 'scenes']);
  });

  it('keeps the language of the title and its translation', () => {
    const bilingual: Deck = { ...deck, lang: 'zh', title: '我的场景', translations: { en: 'My scenes' } };
    expect(Object.keys(JSON.parse(serialiseDeck(bilingual)) as object)).toEqual(['version', 'title', 'lang', 'translations', 'scenes']);
    expect(readDeckFile(serialiseDeck(bilingual), dataset, 'mine.json')).toEqual({ ok: true, deck: bilingual });
  });
});
