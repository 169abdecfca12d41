import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readPresentSettings, SETTINGS_KEY, writePresentSettings } from '../../../src/present/deck/present-settings';

function storageWith(value: string | null): Storage {
  const items = new Map<string, string>(value === null ? [] : [[SETTINGS_KEY, value]]);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, v: string) => void items.set(key, v),
  } as Storage;
}

describe(readPresentSettings, () => {
  it('reads what was written', () => {
    const storage = storageWith(null);
    writePresentSettings(storage, { deck: 'mine', auto: 12, autoSeconds: 12 });
    expect(readPresentSettings(storage)).toEqual({ deck: 'mine', auto: 12, autoSeconds: 12 });
  });

  it('falls back field by field on what does not read, and keeps nothing else', () => {
    expect(readPresentSettings(storageWith(JSON.stringify({ deck: 'slides', auto: 2, autoSeconds: 601, extra: true })))).toEqual(DEFAULT_SETTINGS);
    expect(readPresentSettings(storageWith(JSON.stringify({ deck: 'tour', auto: 7.5, autoSeconds: 600 })))).toEqual({ deck: 'tour', auto: null, autoSeconds: 600 });
    expect(readPresentSettings(storageWith(JSON.stringify({ auto: 3 })))).toEqual({ deck: null, auto: 3, autoSeconds: 20 });
    expect(readPresentSettings(storageWith(JSON.stringify({ deck: null, auto: null, autoSeconds: '20' })))).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults for no settings, not JSON, or not an object', () => {
    for (const raw of [null, '', '{', '[1]', 'null', '"curated"', '20']) expect(readPresentSettings(storageWith(raw))).toEqual(DEFAULT_SETTINGS);
    expect(readPresentSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
