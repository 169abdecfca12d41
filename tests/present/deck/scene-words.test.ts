import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/present/deck/deck-schema';
import { deckTitleWords, sceneWords } from '../../../src/present/deck/scene-words';

const scene = (over: Partial<Scene>): Scene => ({ id: 's', title: 'CATL', caption: 'Two in a week', notes: 'Say it slowly.', filters: {}, selected: null, map: null, lead: 'map', card: false, ...over });

describe(sceneWords, () => {
  it('gives the words as written in their own language, English when the scene names none', () => {
    expect(sceneWords(scene({}), 'en')).toEqual({
      title: { text: 'CATL', lang: 'en', fallback: false },
      caption: { text: 'Two in a week', lang: 'en', fallback: false },
      notes: { text: 'Say it slowly.', lang: 'en', fallback: false },
    });
    expect(sceneWords(scene({ lang: 'zh', title: '宁德时代', caption: '', notes: '' }), 'zh')).toEqual({ title: { text: '宁德时代', lang: 'zh', fallback: false }, caption: null, notes: null });
  });

  it('gives the translation into the display language', () => {
    const translated = scene({ translations: { zh: { title: '宁德时代', caption: '一周内两项协议', notes: '慢慢说。' } } });
    expect(sceneWords(translated, 'zh')).toEqual({
      title: { text: '宁德时代', lang: 'zh', fallback: false },
      caption: { text: '一周内两项协议', lang: 'zh', fallback: false },
      notes: { text: '慢慢说。', lang: 'zh', fallback: false },
    });
    expect(sceneWords(translated, 'en').title).toEqual({ text: 'CATL', lang: 'en', fallback: false });
  });

  it('falls back to the words as written, marked, field by field', () => {
    expect(sceneWords(scene({}), 'zh')).toEqual({
      title: { text: 'CATL', lang: 'en', fallback: true },
      caption: { text: 'Two in a week', lang: 'en', fallback: true },
      notes: { text: 'Say it slowly.', lang: 'en', fallback: true },
    });
    const partial = sceneWords(scene({ translations: { zh: { title: '宁德时代' } } }), 'zh');
    expect(partial.title).toEqual({ text: '宁德时代', lang: 'zh', fallback: false });
    expect(partial.notes).toEqual({ text: 'Say it slowly.', lang: 'en', fallback: true });
    const mine = sceneWords(scene({ lang: 'zh', title: '宁德时代', caption: '一周内两项协议' }), 'en');
    expect(mine.title).toEqual({ text: '宁德时代', lang: 'zh', fallback: true });
  });
});

describe(deckTitleWords, () => {
  it('gives the deck title in the display language, or as written, marked', () => {
    const deck = { title: 'Six initiatives', translations: { zh: '六项举措' } };
    expect(deckTitleWords(deck, 'zh')).toEqual({ text: '六项举措', lang: 'zh', fallback: false });
    expect(deckTitleWords(deck, 'en')).toEqual({ text: 'Six initiatives', lang: 'en', fallback: false });
    expect(deckTitleWords({ title: 'Six initiatives' }, 'zh')).toEqual({ text: 'Six initiatives', lang: 'en', fallback: true });
  });
});
