import { describe, expect, it } from 'vitest';
import { addScene, deleteScene, moveScene, nextSceneId, renameScene, updateScene, updateSceneWords } from '../../../src/present/deck/deck-edit';
import { emptyDeck, type Deck, type Scene } from '../../../src/present/deck/deck-schema';

const scene = (id: string, title = id.toUpperCase()): Scene => ({ id, title, caption: '', notes: '', filters: {}, selected: null, map: null, lead: 'map', card: false });
const deck: Deck = { ...emptyDeck(), scenes: [scene('a'), scene('b'), scene('c')] };
const ids = (d: Deck) => d.scenes.map((s) => s.id);

describe(moveScene, () => {
  it('moves a scene up, down and to the ends', () => {
    expect(ids(moveScene(deck, 1, 0))).toEqual(['b', 'a', 'c']);
    expect(ids(moveScene(deck, 1, 2))).toEqual(['a', 'c', 'b']);
    expect(ids(moveScene(deck, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(deck)).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing for a move off either end or onto itself', () => {
    expect(moveScene(deck, 0, -1)).toBe(deck);
    expect(moveScene(deck, 2, 3)).toBe(deck);
    expect(moveScene(deck, 1, 1)).toBe(deck);
  });
});

describe(renameScene, () => {
  it('renames by id, trimming the name', () => {
    expect(renameScene(deck, 'b', '  The second  ').scenes[1]!.title).toBe('The second');
  });

  it('refuses a blank name and an unknown id', () => {
    expect(renameScene(deck, 'b', '   ')).toBe(deck);
    expect(renameScene(deck, 'z', 'Zed')).toBe(deck);
  });
});

describe(deleteScene, () => {
  it('deletes by id and leaves the others in order', () => {
    expect(ids(deleteScene(deck, 'b'))).toEqual(['a', 'c']);
    expect(deleteScene(deck, 'z')).toBe(deck);
  });
});

describe(addScene, () => {
  it('appends, and refuses an id already in the deck', () => {
    expect(ids(addScene(deck, scene('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(() => addScene(deck, scene('a'))).toThrow('already in the deck');
  });
});

describe(updateScene, () => {
  it('patches one scene', () => {
    const next = updateScene(deck, 'c', { caption: 'Hello', lead: 'charts' });
    expect(next.scenes[2]).toMatchObject({ id: 'c', caption: 'Hello', lead: 'charts' });
    expect(next.scenes[0]).toBe(deck.scenes[0]);
  });
});

describe(nextSceneId, () => {
  it('numbers after the last scene and skips ids in use', () => {
    expect(nextSceneId(emptyDeck())).toBe('scene-1');
    expect(nextSceneId({ ...emptyDeck(), scenes: [scene('scene-2'), scene('scene-3')] })).toBe('scene-4');
    expect(nextSceneId({ ...emptyDeck(), scenes: [scene('x'), scene('scene-3'), scene('y')] })).toBe('scene-4');
  });
});

describe(updateSceneWords, () => {
  const written = { ...deck, scenes: [{ ...scene('a'), title: 'CATL', caption: 'Two in a week', notes: 'Slowly.' }] };

  it('changes the words as written when they are edited in the scene\'s own language', () => {
    const next = updateSceneWords(written, 'a', 'en', { title: ' CATL pair ', caption: 'Two agreements', notes: '' });
    expect(next.scenes[0]).toMatchObject({ title: 'CATL pair', caption: 'Two agreements', notes: '' });
    expect(next.scenes[0]!.translations).toBeUndefined();
  });

  it('keeps words edited in another language as a translation, the original as it was', () => {
    const next = updateSceneWords(written, 'a', 'zh', { title: '宁德时代', caption: '一周内两项协议', notes: 'Slowly.' });
    expect(next.scenes[0]).toMatchObject({ title: 'CATL', caption: 'Two in a week', notes: 'Slowly.', translations: { zh: { title: '宁德时代', caption: '一周内两项协议', notes: 'Slowly.' } } });
  });

  it('keeps no translation that says the same as the original, and drops one made so', () => {
    expect(updateSceneWords(written, 'a', 'zh', { title: 'CATL', caption: 'Two in a week', notes: 'Slowly.' }).scenes[0]!.translations).toBeUndefined();
    const translated = updateSceneWords(written, 'a', 'zh', { title: '宁德时代', caption: '', notes: '' });
    expect(translated.scenes[0]!.translations).toEqual({ zh: { title: '宁德时代' } });
    expect(updateSceneWords(translated, 'a', 'zh', { title: 'CATL', caption: 'Two in a week', notes: 'Slowly.' }).scenes[0]!.translations).toBeUndefined();
  });

  it('changes nothing for a scene not in the deck', () => {
    expect(updateSceneWords(written, 'zz', 'zh', { title: 'x', caption: '', notes: '' })).toBe(written);
  });
});
