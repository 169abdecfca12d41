import { describe, expect, it } from 'vitest';
import { readDeckFile, serialiseDeck } from '../../../src/present/deck/deck-file';
import type { Deck } from '../../../src/present/deck/deck-schema';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
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
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^“broken\.json” is not a readable JSON file \(.+\)\. Your deck is unchanged\.$/), problems: [] });
  });

  it('refuses the whole file for one bad value, listing each problem', () => {
    const bad = { ...deck, scenes: [deck.scenes[0], { ...deck.scenes[1], filters: { places: ['999999'] }, selected: 'gone' }] };
    const result = readDeckFile(JSON.stringify(bad), dataset, 'other.json');
    expect(result).toEqual({
      ok: false,
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
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.slice(-1)).toEqual(['… and 3 more']);
  });

  it('refuses a file far too large to be a deck before parsing it', () => {
    const result = readDeckFile(' '.repeat(5_000_001), dataset, 'huge.json');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
  });
});

describe(serialiseDeck, () => {
  it('writes version, title and scenes only', () => {
    expect(Object.keys(JSON.parse(serialiseDeck({ ...deck, $schema: './x.json' })) as object)).toEqual(['version', 'title', 'scenes']);
  });
});
