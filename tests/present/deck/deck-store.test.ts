// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { serialiseDeck } from '../../../src/present/deck/deck-file';
import { emptyDeck, type Deck } from '../../../src/present/deck/deck-schema';
import { deckNoticeText, deckStorageKey, readStoredDeck, writeStoredDeck, type DeckNotice } from '../../../src/present/deck/deck-store';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const english = createFormatter('en', i18n.getFixedT('en'));
const say = (notice: DeckNotice | null) => (notice ? deckNoticeText(notice, english) : null);
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
    expect(say(read.notice)).toContain(`${KEY}:unreadable`);
    expect(localStorage.getItem(`${KEY}:unreadable`)).toBe('{"version": 1, "title": "Mine", "scenes": [ oops');
  });

  it('drops values that name nothing in the dataset, with a notice', () => {
    localStorage.setItem(KEY, serialiseDeck({ ...deck, scenes: [{ ...deck.scenes[0]!, filters: { partners: ['catl', 'gone-company'] } }] }));
    const read = readStoredDeck(localStorage, KEY, dataset);
    expect(read.deck.scenes[0]!.filters).toEqual({ partners: ['catl'] });
    expect(say(read.notice)).toBe('1 value in your saved scenes names nothing in this dataset and was left out: saved scenes, record "scene-1", field "filters.partners.1": no organisation "gone-company" in this dataset');
  });

  it('says so when there is no storage or it is full', () => {
    expect(say(readStoredDeck(null, KEY, dataset).notice)).toContain('does not allow local storage');
    expect(say(writeStoredDeck(null, KEY, deck))).toContain('will be lost');
    const full = { setItem: () => { throw new DOMException('quota exceeded', 'QuotaExceededError'); } } as unknown as Storage;
    expect(say(writeStoredDeck(full, KEY, deck))).toContain('could not be saved in this browser (quota exceeded)');
  });

  it('starts from the blank deck it is given (titled in the display languages)', () => {
    const blank = { ...emptyDeck(), translations: { zh: '我的场景' } };
    expect(readStoredDeck(localStorage, KEY, dataset, blank).deck).toBe(blank);
  });

  it('words its notices in Chinese', async () => {
    await loadLocale('zh');
    const chinese = createFormatter('zh', i18n.getFixedT('zh'));
    localStorage.setItem(KEY, serialiseDeck({ ...deck, scenes: [{ ...deck.scenes[0]!, filters: { partners: ['catl', 'gone-company'] } }] }));
    expect(deckNoticeText(readStoredDeck(localStorage, KEY, dataset).notice!, chinese)).toBe('您保存的场景中有1个值在本数据集中不存在，已略去：已保存的场景，记录“scene-1”，字段“filters.partners.1”：本数据集中没有机构“gone-company”');
    expect(deckNoticeText(readStoredDeck(null, KEY, dataset).notice!, chinese)).toBe('此浏览器不允许本地存储：您的场景仅保留到页面关闭为止。如需保留，请导出。');
  });
});
