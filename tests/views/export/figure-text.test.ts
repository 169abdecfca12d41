import { describe, expect, it } from 'vitest';
import { FIGURE_TEXT_KEY, offeredText, rememberText, settleText } from '../../../src/views/export/figure-text';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe(offeredText, () => {
  it('offers the default title and no note the first time, and what was last used after', () => {
    const storage = memoryStorage();
    expect(offeredText(storage, 'map', 'Map of initiatives')).toEqual({ title: 'Map of initiatives', note: '' });
    rememberText(storage, 'map', 'Map of initiatives', { title: 'Where CATL works', note: 'Draft' });
    expect(offeredText(storage, 'map', 'Map of initiatives')).toEqual({ title: 'Where CATL works', note: 'Draft' });
    expect(offeredText(storage, 'timeline', 'Timeline')).toEqual({ title: 'Timeline', note: '' });
    // Another language, another default: the words of the first do not carry over.
    expect(offeredText(storage, 'map', '举措分布地图')).toEqual({ title: '举措分布地图', note: '' });
  });

  it('survives storage it cannot read or write', () => {
    const storage = memoryStorage();
    storage.items.set(FIGURE_TEXT_KEY, '{not json');
    expect(offeredText(storage, 'map', 'Map')).toEqual({ title: 'Map', note: '' });
    expect(offeredText(null, 'map', 'Map')).toEqual({ title: 'Map', note: '' });
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => rememberText(full, 'map', 'Map', { title: 'x', note: '' })).not.toThrow();
  });
});

describe(settleText, () => {
  it('trims the words and puts the default back for an empty title', () => {
    expect(settleText({ title: '  Mine ', note: ' a note ' }, 'Default')).toEqual({ title: 'Mine', note: 'a note' });
    expect(settleText({ title: '   ', note: '' }, 'Default')).toEqual({ title: 'Default', note: '' });
  });
});
