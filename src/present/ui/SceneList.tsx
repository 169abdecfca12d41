import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatter } from '../../i18n/format';
import { useFormatter, useLocale } from '../../i18n/use-formatter';
import { deleteScene, moveScene, updateScene, updateSceneWords } from '../deck/deck-edit';
import type { Deck } from '../deck/deck-schema';
import { deckTitleWords, sceneWords } from '../deck/scene-words';
import { SceneItem, type SceneEdit } from './SceneItem';

/** A deck generated from a large dataset can have thousands of scenes: the panel lists the first ones. */
const MAX_LISTED = 200;

/** A status line, worded when it is shown (so it follows a change of language). */
export type SayStatus = (format: Formatter) => string;

interface Props {
  deck: Deck;
  /** The user's own deck: scenes can be moved, edited and deleted. */
  editable: boolean;
  /** The scene on screen, when presenting. */
  current: number | null;
  onPresent(index: number): void;
  onChange(deck: Deck, message: SayStatus, undoable?: boolean): void;
}

export function SceneList({ deck, editable, current, onPresent, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useLocale();
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
    return <p className="empty">{editable ? t('present.list.emptyMine') : t('present.list.empty')}</p>;
  }
  const titleOf = (id: string, f: Formatter) => {
    const scene = deck.scenes.find((s) => s.id === id);
    return scene ? sceneWords(scene, f.locale).title.text : id;
  };
  const move = (from: number, to: number) => {
    const scene = deck.scenes[from]!;
    onChange(moveScene(deck, from, to), (f) => f.t('present.status.moved', { title: titleOf(scene.id, f), n: to + 1 }));
    const atEdge = to === 0 || to === deck.scenes.length - 1;
    const direction = to < from ? 'up' : 'down';
    pendingFocus.current = `[data-scene="${scene.id}"] [data-action="${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}"]`;
  };
  const save = (id: string, edit: SceneEdit) => {
    const worded = updateSceneWords(deck, id, edit.lang, { title: edit.title, caption: edit.caption, notes: edit.notes });
    const title = edit.title.trim() || id;
    onChange(updateScene(worded, id, { lead: edit.lead, ...edit.view }), (f) => f.t('present.status.saved', { title }));
  };
  const shown = deck.scenes.slice(0, MAX_LISTED);
  return (
    <>
      <ol className="scene-list" ref={list} aria-label={t('present.list.label', { title: deckTitleWords(deck, locale).text })}>
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
              const title = sceneWords(scene, locale).title.text;
              onChange(deleteScene(deck, scene.id), (f) => f.t('present.status.deleted', { title }), true);
              const neighbour = deck.scenes[i + 1] ?? deck.scenes[i - 1];
              pendingFocus.current = neighbour ? `[data-scene="${neighbour.id}"] [data-action="present"]` : 'button';
            }}
            onSave={(edit) => save(scene.id, edit)}
          />
        ))}
      </ol>
      {deck.scenes.length > MAX_LISTED && <p className="muted">{t('present.list.truncated', { shown: format.count(MAX_LISTED), total: format.count(deck.scenes.length) })}</p>}
    </>
  );
}
