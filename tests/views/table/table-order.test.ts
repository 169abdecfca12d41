import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER } from '../../../src/derive/row-order';
import { ariaSortOf, orderAfterSorting, sortingOf } from '../../../src/views/table/table-order';

describe(sortingOf, () => {
  it('gives the table one sorted column, the store order', () => {
    expect(sortingOf(DEFAULT_ORDER)).toEqual([{ id: 'date', desc: true }]);
    expect(sortingOf({ key: 'title', dir: 'asc' })).toEqual([{ id: 'title', desc: false }]);
  });
});

describe(orderAfterSorting, () => {
  it('starts a new column in its first direction and turns the same column round', () => {
    expect(orderAfterSorting(DEFAULT_ORDER, [{ id: 'title', desc: false }])).toEqual({ key: 'title', dir: 'asc' });
    expect(orderAfterSorting({ key: 'title', dir: 'asc' }, [{ id: 'date', desc: false }])).toEqual({ key: 'date', dir: 'desc' });
    expect(orderAfterSorting({ key: 'title', dir: 'asc' }, [{ id: 'title', desc: true }])).toEqual({ key: 'title', dir: 'desc' });
    expect(orderAfterSorting(DEFAULT_ORDER, [{ id: 'date', desc: false }])).toEqual({ key: 'date', dir: 'asc' });
  });

  it('ignores a column that is not an order', () => {
    expect(orderAfterSorting(DEFAULT_ORDER, [{ id: 'nope', desc: false }])).toBeNull();
    expect(orderAfterSorting(DEFAULT_ORDER, [])).toBeNull();
  });
});

describe(ariaSortOf, () => {
  it('marks the sorted column only', () => {
    expect(ariaSortOf(DEFAULT_ORDER, 'date')).toBe('descending');
    expect(ariaSortOf({ key: 'title', dir: 'asc' }, 'title')).toBe('ascending');
    expect(ariaSortOf(DEFAULT_ORDER, 'title')).toBe('none');
  });
});
