import { useEffect, useRef, useState } from 'react';
import { useActions } from '../../store/use-controls';
import { AutoAdvanceField } from './AutoAdvanceField';
import { addScene, nextSceneId } from '../deck/deck-edit';
import type { Deck } from '../deck/deck-schema';
import { DeckChooser } from './DeckChooser';
import { DeckFileControls } from './DeckFileControls';
import { openPresenterWindow } from './PresentControls';
import type { PresentSettings } from '../deck/present-settings';
import { sceneFromView } from '../deck/scene-view';
import { SceneList } from './SceneList';
import type { Decks } from '../deck/use-decks';
import type { PresentSession } from '../session/use-present-session';

/** Appends another deck's scenes to the user's deck, renaming ids that are taken. */
function copyInto(mine: Deck, from: Deck): Deck {
  let deck = mine;
  for (const scene of from.scenes) {
    const id = deck.scenes.some((s) => s.id === scene.id) ? nextSceneId(deck) : scene.id;
    deck = addScene(deck, { ...scene, id });
  }
  return deck;
}

/**
 * The Scenes panel (a modal dialog): pick a deck, present from any scene, and edit the user's own
 * deck: add the current view, reorder, rename, delete, export and import.
 */
export function DeckPanel({ decks, session, settings, onClose }: { decks: Decks; session: PresentSession; settings: PresentSettings; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { read } = useActions();
  const [newTitle, setNewTitle] = useState('');
  // The last change to the user's deck, with the deck as it was when it can be undone.
  const [status, setStatus] = useState<{ text: string; undo: Deck | null } | null>(null);
  const kind = session.kind;
  const deck = decks.byKind(kind);

  useEffect(function openModal() {
    const element = dialog.current;
    if (!element) return;
    // jsdom has no showModal; the open attribute shows it there.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
  }, []);

  const changeMine = (next: Deck, text: string, undo = false) => {
    const before = decks.mine;
    decks.setMine(next);
    setStatus({ text, undo: undo ? before : null });
  };

  const addCurrentView = () => {
    const id = nextSceneId(decks.mine);
    const title = newTitle.trim() || `Scene ${decks.mine.scenes.length + 1}`;
    const now = read();
    const scene = sceneFromView({ view: { filters: now.filters, selected: now.selected }, extent: now.map.camera?.bounds ?? null, lead: now.lead }, id, title);
    changeMine(addScene(decks.mine, scene), `Added “${title}” as scene ${decks.mine.scenes.length + 1} of your deck.`);
    setNewTitle('');
    if (kind !== 'mine') session.choose('mine');
  };

  const present = (index: number) => {
    onClose();
    session.start(kind, index);
  };

  return (
    <dialog
      ref={dialog}
      className="deck-panel"
      aria-labelledby="deck-panel-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof dialog.current?.showModal !== 'function') onClose();
      }}
    >
      <div className="deck-panel-head">
        <h2 id="deck-panel-title">Scenes</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted deck-panel-intro">
        A scene is a saved view: filters, the selected initiative, the map's extent, the leading panel, a caption and speaker notes. Present with <kbd>P</kbd>; step with
        the arrow keys, Page Up/Down or Space; type a number and Enter to jump; <kbd>B</kbd> blanks the screen; <kbd>R</kbd> returns to the scene after exploring; Esc
        leaves.
      </p>
      <DeckChooser decks={decks} kind={kind} onChoose={session.choose} />
      {kind === 'curated' && decks.curatedProblems.length > 0 && (
        <div className="deck-problems" role="note">
          <p>The dataset's deck has {decks.curatedProblems.length} problem(s); values that name nothing in the data were left out:</p>
          <ul>
            {decks.curatedProblems.slice(0, 5).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {kind === 'mine' && decks.mineNotice && (
        <p className="deck-notice" role="alert">
          {decks.mineNotice}{' '}
          <button type="button" className="button small" onClick={decks.dismissMineNotice}>
            Dismiss
          </button>
        </p>
      )}
      {kind === 'mine' && (
        <form
          className="deck-add"
          onSubmit={(event) => {
            event.preventDefault();
            addCurrentView();
          }}
        >
          <label>
            <span>Name of the new scene</span>
            <input type="text" value={newTitle} maxLength={120} placeholder={`Scene ${decks.mine.scenes.length + 1}`} onChange={(event) => setNewTitle(event.target.value)} />
          </label>
          <button type="submit" className="button primary">
            Add current view as a scene
          </button>
        </form>
      )}
      {deck && (
        <SceneList
          deck={deck}
          editable={kind === 'mine'}
          current={session.presenting ? session.index : null}
          onPresent={present}
          onChange={(next, text, undo) => changeMine(next, text, undo)}
        />
      )}
      {deck && kind !== 'mine' && deck.scenes.length > 0 && (
        <p>
          <button type="button" className="button" onClick={() => changeMine(copyInto(decks.mine, deck), `Copied ${deck.scenes.length} scenes into your deck.`, true)}>
            Copy these scenes into my deck
          </button>
        </p>
      )}
      {status && (
        <p className="deck-status" role="status">
          {status.text}{' '}
          {status.undo && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                decks.setMine(status.undo!);
                setStatus({ text: 'Undone.', undo: null });
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}
      <DeckFileControls
        deck={deck}
        onImport={(next, text) => {
          changeMine(next, text, true);
          session.choose('mine');
        }}
      />
      <AutoAdvanceField auto={session.auto} suggested={settings.autoSeconds} onChange={session.setAuto} />
      <div className="deck-panel-foot">
        <button type="button" className="button primary" disabled={!deck || deck.scenes.length === 0} onClick={() => present(session.presenting ? session.index : 0)}>
          {session.presenting ? 'Back to the presentation' : 'Present this deck'}
        </button>
        <button type="button" className="button" onClick={openPresenterWindow}>
          Open presenter view
        </button>
      </div>
    </dialog>
  );
}
