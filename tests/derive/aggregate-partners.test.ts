import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../src/filters/filters';
import { toPartnerBars } from '../../src/derive/aggregate-partners';
import { applyFilters } from '../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from './aggregate-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

describe(toPartnerBars, () => {
  it('puts CATL first with 2 initiatives and folds the rest past the top 10 into "others"', () => {
    const { bars, others } = toPartnerBars(index, index.rows, index.rows, dataset, [], { limit: 10 });
    expect(bars[0]).toMatchObject({ id: 'catl', total: 2, kind: 'private-company' });
    expect(bars[0]).not.toHaveProperty('label');
    expect(bars).toHaveLength(10);
    expect(bars.slice(1).every((b) => b.total === 1)).toBe(true);
    // 13 organisations: 3 folded, each in a different initiative.
    expect(others).toEqual({ categories: 3, total: 3, shown: 3 });
  });

  it('gives a selected organisation a bar even past the top N', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'zibo-municipal-government');
    const context = applyFilters(index, filters, { except: ['partners'] });
    const { bars } = toPartnerBars(index, context, applyFilters(index, filters), dataset, filters.partners, { limit: 3 });
    expect(bars.map((b) => b.id)).toContain('zibo-municipal-government');
    expect(bars.find((b) => b.id === 'zibo-municipal-government')).toMatchObject({ total: 1, shown: 1, selected: true });
    expect(bars.find((b) => b.id === 'catl')).toMatchObject({ total: 2, shown: 0, selected: false });
  });

  it('counts an initiative once for each partner it names', () => {
    const { dataset: d, index: ix } = fixtureDataset({ a: 'private-company', b: 'city-government', c: 'university' }, ['s'], [
      { id: '1', sectors: ['s'], partners: ['a', 'b'], date: null },
      { id: '2', sectors: ['s'], partners: ['a', 'b', 'c'], date: null },
      { id: '3', sectors: ['s'], partners: ['a'], date: null },
    ]);
    const { bars } = toPartnerBars(ix, ix.rows, ix.rows, d, []);
    expect(bars.map((b) => [b.id, b.total, b.kind])).toEqual([
      ['a', 3, 'private-company'],
      ['b', 2, 'city-government'],
      ['c', 1, 'university'],
    ]);
  });
});
