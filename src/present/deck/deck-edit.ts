import type { Locale } from '../../i18n/locale';
import type { Deck, Scene } from './deck-schema';

/** Pure deck updaters: each returns a new deck, or the same deck when nothing changes. */

/** "scene-4", or the next free number when that id is taken. */
export function nextSceneId(deck: Deck): string {
  const taken = new Set(deck.scenes.map((scene) => scene.id));
  let n = deck.scenes.length + 1;
  while (taken.has(`scene-${n}`)) n += 1;
  return `scene-${n}`;
}

export function addScene(deck: Deck, scene: Scene): Deck {
  if (deck.scenes.some((s) => s.id === scene.id)) throw new Error(`A scene with id "${scene.id}" is already in the deck`);
  return { ...deck, scenes: [...deck.scenes, scene] };
}

/** Moves the scene at `from` to position `to` (both 0-based); out-of-range moves change nothing. */
export function moveScene(deck: Deck, from: number, to: number): Deck {
  const count = deck.scenes.length;
  if (from === to || from < 0 || from >= count || to < 0 || to >= count) return deck;
  const scenes = [...deck.scenes];
  const [scene] = scenes.splice(from, 1);
  scenes.splice(to, 0, scene!);
  return { ...deck, scenes };
}

export function updateScene(deck: Deck, id: string, patch: Partial<Omit<Scene, 'id'>>): Deck {
  let changed = false;
  const scenes = deck.scenes.map((scene) => {
    if (scene.id !== id) return scene;
    changed = true;
    return { ...scene, ...patch };
  });
  return changed ? { ...deck, scenes } : deck;
}

/** Renames a scene; a blank name is refused (the deck comes back unchanged). */
export function renameScene(deck: Deck, id: string, title: string): Deck {
  const trimmed = title.trim();
  if (!trimmed) return deck;
  return updateScene(deck, id, { title: trimmed.slice(0, 120) });
}

/** A scene's words as typed in the edit form. */
export interface SceneWordsEdit {
  title: string;
  caption: string;
  notes: string;
}

/**
 * Saves a scene's words in `lang`: the words as written when that is the scene's language, else
 * its translation into `lang` (the original words stay as they are). A blank title is refused for
 * the original; a translation identical to the original is not kept as one.
 */
export function updateSceneWords(deck: Deck, id: string, lang: Locale, words: SceneWordsEdit): Deck {
  const scene = deck.scenes.find((s) => s.id === id);
  if (!scene) return deck;
  const title = words.title.trim().slice(0, 120);
  if ((scene.lang ?? 'en') === lang) {
    return updateScene(title ? renameScene(deck, id, title) : deck, id, { caption: words.caption, notes: words.notes });
  }
  const { [lang]: _old, ...others } = scene.translations ?? {};
  const same = title === scene.title && words.caption === scene.caption && words.notes === scene.notes;
  const translation = title && !same ? { [lang]: { title, ...(words.caption ? { caption: words.caption } : {}), ...(words.notes ? { notes: words.notes } : {}) } } : {};
  const translations = { ...others, ...translation };
  return updateScene(deck, id, { translations: Object.keys(translations).length ? translations : undefined });
}

export function deleteScene(deck: Deck, id: string): Deck {
  const scenes = deck.scenes.filter((scene) => scene.id !== id);
  return scenes.length === deck.scenes.length ? deck : { ...deck, scenes };
}
