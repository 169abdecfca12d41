import { describe, expect, it } from 'vitest';
import { rowAfterKey, withRow } from '../../../src/views/table/table-keys';

describe(rowAfterKey, () => {
  it('moves one row with the arrows, a page with Page Up/Down, to the ends with Home and End', () => {
    expect(rowAfterKey('ArrowDown', 3, 100, 10)).toBe(4);
    expect(rowAfterKey('ArrowUp', 3, 100, 10)).toBe(2);
    expect(rowAfterKey('PageDown', 3, 100, 10)).toBe(13);
    expect(rowAfterKey('PageUp', 13, 100, 10)).toBe(3);
    expect(rowAfterKey('Home', 40, 100, 10)).toBe(0);
    expect(rowAfterKey('End', 40, 100, 10)).toBe(99);
  });

  it('stops at the first and last rows, and a page is at least one row', () => {
    expect(rowAfterKey('ArrowUp', 0, 100, 10)).toBe(0);
    expect(rowAfterKey('ArrowDown', 99, 100, 10)).toBe(99);
    expect(rowAfterKey('PageDown', 95, 100, 10)).toBe(99);
    expect(rowAfterKey('PageUp', 5, 100, 10)).toBe(0);
    expect(rowAfterKey('PageDown', 5, 100, 0)).toBe(6);
  });

  it('leaves other keys and an empty table alone', () => {
    expect(rowAfterKey('a', 3, 100, 10)).toBeNull();
    expect(rowAfterKey('ArrowLeft', 3, 100, 10)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 10)).toBeNull();
  });
});

describe(withRow, () => {
  it('adds the focused row to the rendered ones, in order, once', () => {
    expect(withRow([10, 11, 12], 3)).toEqual([3, 10, 11, 12]);
    expect(withRow([10, 11, 12], 11)).toEqual([10, 11, 12]);
    expect(withRow([10, 11, 12], 500)).toEqual([10, 11, 12, 500]);
  });
});
