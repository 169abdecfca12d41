import { beforeEach, describe, expect, it } from 'vitest';
import { serialiseDeck } from '../../../src/present/deck/deck-file';
import { emptyDeck, type Deck } from '../../../src/present/deck/deck-schema';
import { deckStorageKey, readStoredDeck, writeStoredDeck } from '../../../src/present/deck/deck-store';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const KEY = deckStorageKey('/data/');
const deck: Deck = { version: 1, title: 'Mine', scenes: [{ id: 'scene-1', title: 'One', caption: '', notes: '', filters: { partners: ['catl'] }, selected: null, map: null, lead: 'map', card: false }] };

describe('the deck in local storage', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty, and reads back what was written', () => {
    expect(readStoredDeck(localStorage, KEY, dataset)).toEqual({ deck: emptyDeck(), notice: null });
    expect(writeStoredDeck(localStorage, KEY, deck)).toBeNull();
    expect(readStoredDeck(localStorage, KEY, dataset)).toEqual({ deck, notice: null });
  });

  it('keeps one deck per dataset', () => {
    writeStoredDeck(localStorage, KEY, deck);
    expect(readStoredDeck(localStorage, deckStorageKey('/data/synthetic/n10000-s1/'), dataset).deck).toEqual(emptyDeck());
  });

  it('keeps an unreadable saved deck aside instead of losing it', () => {
    localStorage.setItem(KEY, '{"version": 1, "title": "Mine", "scenes": [ oops');
    const read = readStoredDeck(localStorage, KEY, dataset);
    expect(read.deck).toEqual(emptyDeck());
    expect(read.notice).toContain(`${KEY}:unreadable`);
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe('{"version": 1, "title": "Mine", "scenes": [ oops');
  });

  it('drops values that name nothing in the dataset, with a notice', () => {
    localStorage.setItem(KEY, serialiseDeck({ ...deck, scenes: [{ ...deck.scenes[0]!, filters: { partners: ['catl', 'gone-company'] } }] }));
    const read = readStoredDeck(localStorage, KEY, dataset);
    expect(read.deck.scenes[0]!.filters).toEqual({ partners: ['catl'] });
    expect(read.notice).toMatch(/^1 value in your saved scenes name nothing in this dataset/);
  });

  it('says so when there is no storage or it is full', () => {
    expect(readStoredDeck(null, KEY, dataset).notice).toContain('does not allow local storage');
    expect(writeStoredDeck(null, KEY, deck)).toContain('will be lost');
    const full = { setItem: () => { throw new DOMException('quota exceeded', 'QuotaExceededError'); } } as unknown as Storage;
    expect(writeStoredDeck(full, KEY, deck)).toContain('could not be saved in this browser (quota exceeded)');
  });
});
