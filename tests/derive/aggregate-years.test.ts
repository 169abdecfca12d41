import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, setDateRange } from '../../src/filters/filters';
import { applyFilters } from '../../src/derive/apply-filters';
import { makeStackOf, OTHER_SECTORS, pickStackSectors, toYearStacks, yearExtent } from '../../src/derive/aggregate-years';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';
import { fixtureDataset } from './aggregate-fixture';

const index = buildDatasetIndex(realDataset());

describe(toYearStacks, () => {
  it('counts each curated initiative once in the year of its date, and the undated apart', () => {
    const stacks = toYearStacks(index, index.rows, index.rows, { extent: yearExtent(index.rows), stacked: ['digitalisation', 'energy-storage'], preferred: [] });
    expect(stacks.years.map((y) => [y.year, y.total])).toEqual([
      [2020, 1],
      [2021, 2],
      [2022, 0],
      [2023, 0],
      [2024, 0],
      [2025, 2],
    ]);
    expect(stacks.undated).toEqual({ total: 1, shown: 1 });
    // Siemens and Energy Chain both list digitalisation; Danfoss lists neither stacked sector.
    expect(stacks.years[1]!.counts).toEqual({ digitalisation: 2 });
    expect(stacks.years[0]!.counts).toEqual({ [OTHER_SECTORS]: 1 });
    expect(stacks.years[5]!.counts).toEqual({ 'energy-storage': 2 });
    expect(stacks.series).toEqual(['digitalisation', 'energy-storage', OTHER_SECTORS]);
  });

  it('counts what passes the date filter as shown, for the year chart highlight', () => {
    const filters = setDateRange(DEFAULT_FILTERS, '2021-01-01', '2021-12-31');
    const stacks = toYearStacks(index, applyFilters(index, filters, { except: ['date'] }), applyFilters(index, filters), { extent: yearExtent(index.rows), stacked: [], preferred: [] });
    expect(stacks.years.filter((y) => y.shown > 0).map((y) => [y.year, y.shown])).toEqual([[2021, 2]]);
    expect(stacks.undated).toEqual({ total: 1, shown: 0 });
  });

  it('widens the extent to the context and handles a context with no date', () => {
    const { index: ix } = fixtureDataset({ a: 'private-company' }, ['s'], [
      { id: '1', sectors: ['s'], partners: ['a'], date: '1999-05' },
      { id: '2', sectors: ['s'], partners: ['a'], date: null },
    ]);
    const stacks = toYearStacks(ix, ix.rows, ix.rows, { extent: { from: 2000, to: 2001 }, stacked: ['s'], preferred: [] });
    expect(stacks.years.map((y) => y.year)).toEqual([1999, 2000, 2001]);
    expect(stacks.years[0]!.counts).toEqual({ s: 1 });
    const undated = toYearStacks(ix, [ix.rows[1]!], [], { extent: null, stacked: [], preferred: [] });
    expect(undated).toEqual({ years: [], series: [], undated: { total: 1, shown: 0 } });
  });
});

describe(makeStackOf, () => {
  const { index: ix } = fixtureDataset({ a: 'private-company' }, ['x', 'y', 'z'], [{ id: '1', sectors: ['z', 'x', 'y'], partners: ['a'], date: '2020' }]);
  const row = ix.rows[0]!;
  it('takes the first stacked sector the record lists, a chosen one first, else the others', () => {
    expect(makeStackOf(ix, ['y', 'x'], [])(row)).toBe(1);
    expect(makeStackOf(ix, ['y', 'x'], ['y'])(row)).toBe(0);
    expect(makeStackOf(ix, ['w'], [])(row)).toBe(1);
    expect(makeStackOf(ix, [], [])(row)).toBe(0);
  });
});

describe(pickStackSectors, () => {
  it('picks the most frequent coloured sectors, then any chosen one left out', () => {
    const coloured = new Set(['energy-efficiency', 'digitalisation', 'new-power-systems', 'smart-manufacturing', 'zero-carbon-parks', 'energy-storage', 'new-energy-materials']);
    expect(pickStackSectors(index, index.rows, coloured, [], 3)).toEqual(['digitalisation', 'energy-storage', 'zero-carbon-parks']);
    expect(pickStackSectors(index, index.rows, coloured, ['smart-manufacturing', 'cold-chain'], 3)).toEqual(['digitalisation', 'energy-storage', 'zero-carbon-parks', 'smart-manufacturing']);
  });
});
