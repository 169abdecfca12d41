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
    const { bars, others } = toSectorBars(index, index.rows, index.rows, []);
    const counts = Object.fromEntries(bars.map((b) => [b.id, b.total]));
    expect(counts['digitalisation']).toBe(3);
    expect(counts['energy-storage']).toBe(2);
    expect(counts['zero-carbon-parks']).toBe(2);
    expect(counts['cold-chain']).toBe(1);
    expect(bars[0]!.id).toBe('digitalisation');
    expect(bars).toHaveLength(15);
    // Six initiatives, but each counts in every sector it lists.
    expect(bars.reduce((sum, b) => sum + b.total, 0)).toBe(dataset.initiatives.reduce((sum, i) => sum + i.sectors.length, 0));
    expect(others).toBeNull();
  });

  it('keeps its own context and counts what the sector filter shows (cross-filtering)', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'sectors', 'energy-storage');
    const context = applyFilters(index, filters, { except: ['sectors'] });
    const filtered = applyFilters(index, filters);
    const { bars } = toSectorBars(index, context, filtered, filters.sectors);
    const storage = bars.find((b) => b.id === 'energy-storage')!;
    expect(storage).toMatchObject({ total: 2, shown: 2, selected: true });
    // Digitalisation's three initiatives are none of the energy-storage ones.
    expect(bars.find((b) => b.id === 'digitalisation')).toMatchObject({ total: 3, shown: 0, selected: false });
    // Zero-carbon parks shares CATL–Fangda with energy storage.
    expect(bars.find((b) => b.id === 'zero-carbon-parks')).toMatchObject({ total: 2, shown: 1 });
  });

  it('folds sectors past the limit into "others" counted once per initiative', () => {
    const { index: ix } = fixtureDataset({ a: 'private-company' }, ['s1', 's2', 's3'], [
      { id: '1', sectors: ['s1'], partners: ['a'], date: null },
      { id: '2', sectors: ['s1', 's2'], partners: ['a'], date: null },
      { id: '3', sectors: ['s2', 's3'], partners: ['a'], date: null },
      { id: '4', sectors: ['s1'], partners: ['a'], date: null },
    ]);
    const { bars, others } = toSectorBars(ix, ix.rows, ix.rows, [], { limit: 1 });
    expect(bars.map((b) => [b.id, b.total])).toEqual([['s1', 3]]);
    expect(others).toEqual({ categories: 2, total: 2, shown: 2 });
  });

  it('breaks ties by the label shown, in the display language\'s order (Chinese by pinyin)', () => {
    const { index: ix } = fixtureDataset({ a: 'private-company' }, ['x', 'y', 'z'], [{ id: '1', sectors: ['x', 'y', 'z'], partners: ['a'], date: null }]);
    const zh: Record<string, string> = { x: '储能', y: '安全', z: '智能制造' };
    // ān, chǔ, zhì.
    expect(toSectorBars(ix, ix.rows, ix.rows, [], { labelOf: (id) => zh[id]!, locale: 'zh' }).bars.map((b) => b.id)).toEqual(['y', 'x', 'z']);
    const en: Record<string, string> = { x: 'Storage', y: 'Safety', z: 'Manufacturing' };
    expect(toSectorBars(ix, ix.rows, ix.rows, [], { labelOf: (id) => en[id]!, locale: 'en' }).bars.map((b) => b.id)).toEqual(['z', 'y', 'x']);
  });
});
