import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER, formatOrder, nextOrder, parseOrder } from '../../src/derive/row-order';

describe('row order in the address', () => {
  it('reads "title" as A to Z, "-date" as newest first, and anything else as the default', () => {
    expect(parseOrder('title')).toEqual({ key: 'title', dir: 'asc' });
    expect(parseOrder('-date')).toEqual({ key: 'date', dir: 'desc' });
    expect(parseOrder('-places')).toEqual({ key: 'places', dir: 'desc' });
    for (const raw of [null, '', 'size', '--date', 'Title']) expect(parseOrder(raw)).toBe(DEFAULT_ORDER);
  });

  it('writes nothing for the default and round-trips every other order', () => {
    expect(formatOrder(DEFAULT_ORDER)).toBeNull();
    for (const order of [{ key: 'date', dir: 'asc' }, { key: 'title', dir: 'desc' }, { key: 'status', dir: 'asc' }] as const) {
      expect(parseOrder(formatOrder(order))).toEqual(order);
    }
  });
});

describe(nextOrder, () => {
  it('turns the same column round, and starts another in its first direction', () => {
    expect(nextOrder(DEFAULT_ORDER, 'date')).toEqual({ key: 'date', dir: 'asc' });
    expect(nextOrder({ key: 'date', dir: 'asc' }, 'date')).toEqual({ key: 'date', dir: 'desc' });
    expect(nextOrder(DEFAULT_ORDER, 'title')).toEqual({ key: 'title', dir: 'asc' });
    expect(nextOrder(DEFAULT_ORDER, 'status')).toEqual({ key: 'status', dir: 'desc' });
  });
});
