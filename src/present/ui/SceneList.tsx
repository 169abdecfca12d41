import { useEffect, useRef } from 'react';
import { formatCount } from '../../model/labels';
import { deleteScene, moveScene, renameScene, updateScene } from '../deck/deck-edit';
import type { Deck } from '../deck/deck-schema';
import { SceneItem, type SceneEdit } from './SceneItem';

/** A deck generated from a large dataset can have thousands of scenes: the panel lists the first ones. */
const MAX_LISTED = 200;

interface Props {
  deck: Deck;
  /** The user's own deck: scenes can be moved, edited and deleted. */
  editable: boolean;
  /** The scene on screen, when presenting. */
  current: number | null;
  onPresent(index: number): void;
  onChange(deck: Deck, message: string, undoable?: boolean): void;
}

export function SceneList({ deck, editable, current, onPresent, onChange }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // After a move or delete the pressed button is elsewhere or gone: focus goes where the user is.
  const pendingFocus = useRef<string | null>(null);
  useEffect(
    function restoreFocus() {
      const selector = pendingFocus.current;
      if (!selector) return;
      pendingFocus.current = null;
      (list.current?.querySelector<HTMLElement>(selector) ?? list.current?.querySelector<HTMLElement>('button'))?.focus();
    },
    [deck],
  );

  if (deck.scenes.length === 0) {
    return <p className="empty">{editable ? 'No scenes yet. Set up a view (filters, a selection, the map), then add it here.' : 'This deck has no scenes.'}</p>;
  }
  const move = (from: number, to: number) => {
    const scene = deck.scenes[from]!;
    onChange(moveScene(deck, from, to), `Moved “${scene.title}” to position ${to + 1}.`);
    const atEdge = to === 0 || to === deck.scenes.length - 1;
    const direction = to < from ? 'up' : 'down';
    pendingFocus.current = `[data-scene="${scene.id}"] [data-action="${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}"]`;
  };
  const save = (id: string, edit: SceneEdit) => {
    const renamed = renameScene(deck, id, edit.title);
    onChange(updateScene(renamed, id, { caption: edit.caption, notes: edit.notes, lead: edit.lead, ...edit.view }), `Saved “${edit.title.trim() || id}”.`);
  };
  const shown = deck.scenes.slice(0, MAX_LISTED);
  return (
    <>
      <ol className="scene-list" ref={list} aria-label={`Scenes of “${deck.title}”`}>
        {shown.map((scene, i) => (
          <SceneItem
            key={scene.id}
            scene={scene}
            position={i + 1}
            count={deck.scenes.length}
            isCurrent={current === i}
            editable={editable}
            onPresent={() => onPresent(i)}
            onMoveUp={() => move(i, i - 1)}
            onMoveDown={() => move(i, i + 1)}
            onDelete={() => {
              onChange(deleteScene(deck, scene.id), `Deleted “${scene.title}”.`, true);
              const neighbour = deck.scenes[i + 1] ?? deck.scenes[i - 1];
              pendingFocus.current = neighbour ? `[data-scene="${neighbour.id}"] [data-action="present"]` : 'button';
            }}
            onSave={(edit) => save(scene.id, edit)}
          />
        ))}
      </ol>
      {deck.scenes.length > MAX_LISTED && (
        <p className="muted">
          The first {MAX_LISTED} of {formatCount(deck.scenes.length)} scenes are listed. While presenting, type a scene's number and press Enter to go to it.
        </p>
      )}
    </>
  );
}
