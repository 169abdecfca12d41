import { describe, expect, it } from 'vitest';
import { countByKeys, rankCategories } from '../../src/derive/aggregate-categories';
import { fixtureDataset } from './aggregate-fixture';

const { index } = fixtureDataset({ a: 'private-company', b: 'city-government' }, ['x', 'y', 'z', 'w'], [
  { id: '1', sectors: ['x', 'y'], partners: ['a'], date: '2020' },
  { id: '2', sectors: ['x'], partners: ['a'], date: '2021' },
  { id: '3', sectors: ['y', 'z'], partners: ['b'], date: '2021' },
  { id: '4', sectors: ['w', 'z'], partners: ['b'], date: null },
]);
const rows = index.rows;
const byId = (id: string) => rows.find((r) => r.initiative.id === id)!;

describe(countByKeys, () => {
  it('counts a row once under each of its keys', () => {
    expect(Object.fromEntries(countByKeys(index, rows, 'sectors'))).toEqual({ x: 2, y: 2, z: 2, w: 1 });
  });
});

describe(rankCategories, () => {
  it('ranks by count, breaks ties by the tie-break, and folds the rest into distinct "others"', () => {
    const { bars, others } = rankCategories(index, 'sectors', rows, rows, { limit: 2 });
    expect(bars.map((b) => b.id)).toEqual(['x', 'y']);
    // z and w are folded: rows 3 and 4 have one of them; row 4 has both but counts once.
    expect(others).toEqual({ categories: 2, total: 2, shown: 2 });
  });

  it('counts the filtered subset as "shown"', () => {
    const { bars, others } = rankCategories(index, 'sectors', rows, [byId('1'), byId('3')], { limit: 10 });
    expect(bars).toEqual([
      { id: 'y', total: 2, shown: 2 },
      { id: 'x', total: 2, shown: 1 },
      { id: 'z', total: 2, shown: 1 },
      { id: 'w', total: 1, shown: 0 },
    ]);
    expect(others).toBeNull();
  });

  it('orders categories of equal count and equal label by id, whatever the rows\' order', () => {
    const sameLabel = { limit: 10, tieBreak: () => 'same' };
    const forward = rankCategories(index, 'sectors', [byId('3'), byId('4')], [], sameLabel);
    const backward = rankCategories(index, 'sectors', [byId('4'), byId('3')], [], sameLabel);
    expect(forward.bars.map((b) => b.id)).toEqual(['z', 'w', 'y']);
    expect(backward.bars).toEqual(forward.bars);
  });

  it('keeps a selected category with no rows, with a count of 0', () => {
    const { bars } = rankCategories(index, 'sectors', [byId('2')], [], { limit: 5, keep: ['z'] });
    expect(bars).toEqual([
      { id: 'x', total: 1, shown: 0 },
      { id: 'z', total: 0, shown: 0 },
    ]);
  });

  it('keeps a selected category beyond the limit', () => {
    const { bars, others } = rankCategories(index, 'sectors', rows, rows, { limit: 1, keep: ['w'] });
    expect(bars.map((b) => b.id)).toEqual(['x', 'w']);
    expect(others?.categories).toBe(2);
  });
});
