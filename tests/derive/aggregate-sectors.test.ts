import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { toSectorBars } from '../../src/derive/aggregate-sectors';
import { applyFilters } from '../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from './aggregate-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

describe(toSectorBars, () => {
  it('counts the curated initiatives in each of their sectors', () => {
    const { bars, others } = toSectorBars(index, index.rows, index.rows, dataset, []);
    const counts = Object.fromEntries(bars.map((b) => [b.label, b.total]));
    expect(counts['Digitalisation']).toBe(3);
    expect(counts['Energy storage']).toBe(2);
    expect(counts['Zero-carbon parks']).toBe(2);
    expect(counts['Green cold chain']).toBe(1);
    expect(bars[0]!.label).toBe('Digitalisation');
    expect(bars).toHaveLength(15);
    // Six initiatives, but each counts in every sector it lists.
    expect(bars.reduce((sum, b) => sum + b.total, 0)).toBe(dataset.initiatives.reduce((sum, i) => sum + i.sectors.length, 0));
    expect(others).toBeNull();
  });

  it('keeps its own context and counts what the sector filter shows (cross-filtering)', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'sectors', 'energy-storage');
    const context = applyFilters(index, filters, { except: ['sectors'] });
    const filtered = applyFilters(index, filters);
    const { bars } = toSectorBars(index, context, filtered, dataset, filters.sectors);
    const storage = bars.find((b) => b.id === 'energy-storage')!;
    expect(storage).toMatchObject({ total: 2, shown: 2, selected: true });
    // Digitalisation's three initiatives are none of the energy-storage ones.
    expect(bars.find((b) => b.id === 'digitalisation')).toMatchObject({ total: 3, shown: 0, selected: false });
    // Zero-carbon parks shares CATL–Fangda with energy storage.
    expect(bars.find((b) => b.id === 'zero-carbon-parks')).toMatchObject({ total: 2, shown: 1 });
  });

  it('folds sectors past the limit into "others" counted once per initiative', () => {
    const { dataset: d, index: ix } = fixtureDataset({ a: 'private-company' }, ['s1', 's2', 's3'], [
      { id: '1', sectors: ['s1'], partners: ['a'], date: null },
      { id: '2', sectors: ['s1', 's2'], partners: ['a'], date: null },
      { id: '3', sectors: ['s2', 's3'], partners: ['a'], date: null },
      { id: '4', sectors: ['s1'], partners: ['a'], date: null },
    ]);
    const { bars, others } = toSectorBars(ix, ix.rows, ix.rows, d, [], 1);
    expect(bars.map((b) => [b.label, b.total])).toEqual([['S1', 3]]);
    expect(others).toEqual({ categories: 2, total: 2, shown: 2 });
  });
});
