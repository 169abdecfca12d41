import { describe, expect, it } from 'vitest';
import type { CurateDraft } from '../../src/curate/curate-types';
import { clearDraft, DRAFT_KEY, readDraft, writeDraft } from '../../src/curate/draft-store';

function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const draft: CurateDraft = {
  editing: null,
  initiative: { title: '湖州 agreement', sources: [{ source: 's', quotes: [{ text: 'q', supports: ['title'] }] }] },
  newSources: [{ record: { id: 's', file: 'sources/s.en.txt' }, text: 'q and more' }],
  newOrganisations: [{ id: 'o', name: 'O' }],
};

describe('the draft store', () => {
  it('gives back the draft it kept for the same dataset, and when it was changed', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, '/data/', draft, 1234)).toBe(true);
    expect(readDraft(storage, '/data/')).toEqual({ draft, changedAt: 1234 });
  });

  it('keeps no draft of another dataset for this one', () => {
    const storage = memoryStorage();
    writeDraft(storage, '/data/synthetic/n10-s1/', draft, 1);
    expect(readDraft(storage, '/data/')).toBeNull();
  });

  it('ignores what is not a draft: bad JSON, another version, a wrong shape', () => {
    const storage = memoryStorage();
    for (const text of ['{', JSON.stringify({ version: 2, dataset: '/data/', draft }), JSON.stringify({ version: 1, dataset: '/data/', draft: { ...draft, newSources: [{ text: 1 }] } })]) {
      storage.setItem(DRAFT_KEY, text);
      expect(readDraft(storage, '/data/')).toBeNull();
    }
  });

  it('says so when the browser refuses to keep it, and clears it once saved or discarded', () => {
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeDraft(full, '/data/', draft, 1)).toBe(false);
    expect(writeDraft(null, '/data/', draft, 1)).toBe(false);
    const storage = memoryStorage();
    writeDraft(storage, '/data/', draft, 1);
    clearDraft(storage);
    expect(storage.map.size).toBe(0);
  });
});
