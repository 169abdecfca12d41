import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { filterOptionsFor, toFilterOptions } from '../../../src/views/filters/filter-options';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

describe(toFilterOptions, () => {
  it('lists every value of the field, counted among the context rows, by label', () => {
    const catl = applyFilters(index, toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'));
    const options = toFilterOptions(dataset, index, 'sectors', catl);
    expect(options).toHaveLength(new Set(index.rows.flatMap((r) => r.initiative.sectors)).size);
    expect(options.find((o) => o.value === 'energy-storage')?.count).toBe(2);
    expect(options.filter((o) => o.count > 0).every((o) => catl.some((r) => r.initiative.sectors.includes(o.value)))).toBe(true);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b)));
  });
});

describe(filterOptionsFor, () => {
  it('counts once per context rows and field, and again for other rows', () => {
    const rows = applyFilters(index, DEFAULT_FILTERS, { except: ['sectors'] });
    const first = filterOptionsFor(dataset, index, 'sectors', rows);
    expect(filterOptionsFor(dataset, index, 'sectors', rows)).toBe(first);
    expect(filterOptionsFor(dataset, index, 'statuses', rows)).not.toBe(first);
    const fewer = applyFilters(index, toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'), { except: ['sectors'] });
    expect(filterOptionsFor(dataset, index, 'sectors', fewer)).toEqual(toFilterOptions(dataset, index, 'sectors', fewer));
  });
});
