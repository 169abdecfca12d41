import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { useActions } from '../../store/use-controls';
import { AutoAdvanceField } from './AutoAdvanceField';
import { deckProblemLine } from '../deck/check-deck';
import { addScene, nextSceneId } from '../deck/deck-edit';
import type { Deck } from '../deck/deck-schema';
import { deckNoticeText } from '../deck/deck-store';
import { DeckChooser } from './DeckChooser';
import { DeckFileControls } from './DeckFileControls';
import { HandoutExport } from './HandoutExport';
import { openPresenterWindow } from './PresentControls';
import type { PresentSettings } from '../deck/present-settings';
import { sceneFromView } from '../deck/scene-view';
import { SceneList, type SayStatus } from './SceneList';
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
  const { t } = useTranslation();
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const { read } = useActions();
  const [newTitle, setNewTitle] = useState('');
  // The last change to the user's deck, with the deck as it was when it can be undone.
  const [status, setStatus] = useState<{ say: SayStatus; undo: Deck | null } | null>(null);
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

  const changeMine = (next: Deck, say: SayStatus, undo = false) => {
    const before = decks.mine;
    decks.setMine(next);
    setStatus({ say, undo: undo ? before : null });
  };

  const nextNumber = decks.mine.scenes.length + 1;
  const addCurrentView = () => {
    const id = nextSceneId(decks.mine);
    // The words are in the language the user is writing in: the scene records it.
    const title = newTitle.trim() || t('present.panel.defaultSceneTitle', { n: nextNumber });
    const now = read();
    const scene = sceneFromView({ view: { filters: now.filters, selected: now.selected }, extent: now.map.camera?.bounds ?? null, lead: now.lead }, id, title, format.locale);
    changeMine(addScene(decks.mine, scene), (f) => f.t('present.status.added', { title, n: nextNumber }));
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
        <h2 id="deck-panel-title">{t('present.panel.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('present.panel.close')}
        </button>
      </div>
      <p className="muted deck-panel-intro">
        <Trans i18nKey="present.panel.intro" components={{ kbd: <kbd /> }} />
      </p>
      {decks.curated === null && (
        <p className="deck-notice" role="note" data-testid="no-curated-deck">
          {t('present.panel.noCurated', { count: decks.tourCount, n: format.count(decks.tourCount) })}
        </p>
      )}
      <DeckChooser decks={decks} kind={kind} onChoose={session.choose} />
      {kind === 'curated' && decks.curatedProblems.length > 0 && (
        <div className="deck-problems" role="note">
          <p>{t('present.panel.curatedProblems', { count: decks.curatedProblems.length })}</p>
          <ul>
            {decks.curatedProblems.slice(0, 5).map((problem) => {
              const line = deckProblemLine(t, problem);
              return <li key={line}>{line}</li>;
            })}
          </ul>
        </div>
      )}
      {kind === 'mine' && decks.mineNotice && (
        <p className="deck-notice" role="alert">
          {deckNoticeText(decks.mineNotice, format)}{' '}
          <button type="button" className="button small" onClick={decks.dismissMineNotice}>
            {t('present.panel.dismiss')}
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
            <span>{t('present.panel.newSceneName')}</span>
            <input type="text" value={newTitle} maxLength={120} placeholder={t('present.panel.defaultSceneTitle', { n: nextNumber })} onChange={(event) => setNewTitle(event.target.value)} />
          </label>
          <button type="submit" className="button primary">
            {t('present.panel.addView')}
          </button>
        </form>
      )}
      {deck && (
        <SceneList
          deck={deck}
          editable={kind === 'mine'}
          current={session.presenting ? session.index : null}
          onPresent={present}
          onChange={(next, say, undo) => changeMine(next, say, undo)}
        />
      )}
      {deck && kind !== 'mine' && deck.scenes.length > 0 && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              const n = deck.scenes.length;
              changeMine(copyInto(decks.mine, deck), (f) => f.t('present.status.copied', { count: n, n: f.count(n) }), true);
            }}
          >
            {t('present.panel.copyInto')}
          </button>
        </p>
      )}
      {status && (
        <p className="deck-status" role="status">
          {status.say(format)}{' '}
          {status.undo && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                decks.setMine(status.undo!);
                setStatus({ say: (f) => f.t('present.status.undone'), undo: null });
              }}
            >
              {t('present.panel.undo')}
            </button>
          )}
        </p>
      )}
      <DeckFileControls
        deck={deck}
        onImport={(next, say) => {
          changeMine(next, say, true);
          session.choose('mine');
        }}
      />
      <HandoutExport deck={deck} kind={kind} />
      <AutoAdvanceField auto={session.auto} suggested={settings.autoSeconds} onChange={session.setAuto} />
      <div className="deck-panel-foot">
        <button type="button" className="button primary" disabled={!deck || deck.scenes.length === 0} onClick={() => present(session.presenting ? session.index : 0)}>
          {session.presenting ? t('present.panel.backToPresentation') : t('present.panel.presentDeck')}
        </button>
        <button type="button" className="button" onClick={() => openPresenterWindow(format.locale)}>
          {t('present.panel.openPresenter')}
        </button>
      </div>
    </dialog>
  );
}
