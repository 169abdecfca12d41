import { describe, expect, it } from 'vitest';
import { toPairMatrix } from '../../src/derive/aggregate-partner-pairs';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from './aggregate-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

const cell = (m: ReturnType<typeof toPairMatrix>, company: string, counterpart: string) =>
  m.counts[m.companies.findIndex((c) => c.id === company)]![m.counterparts.findIndex((c) => c.id === counterpart)];

describe(toPairMatrix, () => {
  it('pairs the curated companies with the governments, parks and institutions they signed with', () => {
    const m = toPairMatrix(index, index.rows, dataset);
    expect(m.companies.map((c) => c.id)).toEqual(['danfoss', 'energy-chain', 'schneider-electric']);
    expect(m.counterparts).toHaveLength(6);
    expect(cell(m, 'danfoss', 'wuxing-district-huzhou')).toBe(1);
    expect(cell(m, 'energy-chain', 'zibo-municipal-government')).toBe(1);
    expect(cell(m, 'schneider-electric', 'suzhou-industrial-park-management-committee')).toBe(1);
    expect(cell(m, 'danfoss', 'zibo-municipal-government')).toBe(0);
    // CECEP–CATL and CATL–Fangda are company with company; Siemens's programme has no counterpart.
    expect(m).toMatchObject({ paired: 3, unpaired: 3, max: 1, hiddenCompanies: 0, hiddenCounterparts: 0 });
  });

  it('keeps the top rows and columns, keeps a selected pair, and counts what it hides', () => {
    const { dataset: d, index: ix } = fixtureDataset(
      { big: 'multinational-company', mid: 'state-owned-enterprise', small: 'private-company', city: 'city-government', park: 'park-management-committee', uni: 'university' },
      ['s'],
      [
        { id: '1', sectors: ['s'], partners: ['big', 'city'], date: null },
        { id: '2', sectors: ['s'], partners: ['big', 'city', 'park'], date: null },
        { id: '3', sectors: ['s'], partners: ['big', 'mid', 'city'], date: null },
        { id: '4', sectors: ['s'], partners: ['small', 'uni'], date: null },
        { id: '5', sectors: ['s'], partners: ['big', 'mid'], date: null },
      ],
    );
    const m = toPairMatrix(ix, ix.rows, d, { rows: 1, columns: 1 });
    expect(m.companies.map((c) => [c.id, c.total])).toEqual([['big', 3]]);
    expect(m.counterparts.map((c) => [c.id, c.total])).toEqual([['city', 3]]);
    expect(m.counts).toEqual([[3]]);
    expect(m).toMatchObject({ paired: 4, unpaired: 1, hiddenCompanies: 2, hiddenCounterparts: 2 });

    const kept = toPairMatrix(ix, ix.rows, d, { rows: 1, columns: 1, keep: ['small', 'uni'] });
    expect(kept.companies.map((c) => c.id)).toEqual(['big', 'small']);
    expect(kept.counterparts.map((c) => c.id)).toEqual(['city', 'uni']);
    expect(kept.counts).toEqual([
      [3, 0],
      [0, 1],
    ]);
  });

  it('carries ids, not names, and orders ties by the names shown', () => {
    const m = toPairMatrix(index, index.rows, dataset);
    expect(m.companies[0]).not.toHaveProperty('label');
    // Danfoss, Energy Chain and Schneider Electric each pair once: by their Chinese names' pinyin.
    const zh: Record<string, string> = { danfoss: '丹佛斯', 'energy-chain': '能链', 'schneider-electric': '施耐德电气' };
    const inZh = toPairMatrix(index, index.rows, dataset, { labelOf: (id) => zh[id] ?? id, locale: 'zh' });
    expect(inZh.companies.map((c) => c.id)).toEqual(['danfoss', 'energy-chain', 'schneider-electric']);
    const reversed: Record<string, string> = { danfoss: 'Z', 'energy-chain': 'Y', 'schneider-electric': 'X' };
    expect(toPairMatrix(index, index.rows, dataset, { labelOf: (id) => reversed[id] ?? id }).companies.map((c) => c.id)).toEqual(['schneider-electric', 'energy-chain', 'danfoss']);
  });
});
