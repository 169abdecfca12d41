import { describe, expect, it } from 'vitest';
import { COLUMN_SIZES } from '../../../src/views/table/table-columns';
import { DEFAULT_TABLE_LAYOUT, layoutOf, parseTableLayout, readTableLayout, TABLE_LAYOUT_KEY, visibilityOf, writeTableLayout } from '../../../src/views/table/table-layout-storage';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe(parseTableLayout, () => {
  it('keeps known columns, clamps widths and never hides the title', () => {
    expect(parseTableLayout({ sizes: { title: 400, date: 5, nope: 300, places: 'wide' }, hidden: ['partners', 'title', 'nope'] })).toEqual({
      sizes: { title: 400, date: COLUMN_SIZES.date.min },
      hidden: ['partners'],
    });
  });

  it('falls back to the default for anything that is not a layout', () => {
    for (const raw of [null, 3, 'x', []]) expect(parseTableLayout(raw)).toEqual(DEFAULT_TABLE_LAYOUT);
  });
});

describe(readTableLayout, () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writeTableLayout(storage, { sizes: { sectors: 250 }, hidden: ['status'] });
    expect(readTableLayout(storage)).toEqual({ sizes: { sectors: 250 }, hidden: ['status'] });
  });

  it('survives a damaged entry and blocked storage', () => {
    expect(readTableLayout(memoryStorage({ [TABLE_LAYOUT_KEY]: '{not json' }))).toEqual(DEFAULT_TABLE_LAYOUT);
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readTableLayout(blocked)).toEqual(DEFAULT_TABLE_LAYOUT);
    expect(readTableLayout(undefined)).toEqual(DEFAULT_TABLE_LAYOUT);
  });
});

describe(layoutOf, () => {
  it('turns the table state into a layout and back', () => {
    const layout = layoutOf({ date: 200 }, { partners: false, sectors: true });
    expect(layout).toEqual({ sizes: { date: 200 }, hidden: ['partners'] });
    expect(visibilityOf(layout)).toEqual({ partners: false });
  });
});
