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

export function deleteScene(deck: Deck, id: string): Deck {
  const scenes = deck.scenes.filter((scene) => scene.id !== id);
  return scenes.length === deck.scenes.length ? deck : { ...deck, scenes };
}
