import type { Dataset } from '../../data/dataset';
import type { Formatter } from '../../i18n/format';
import { checkDeck, deckProblemLine, type DeckProblem } from './check-deck';
import { emptyDeck, type Deck } from './deck-schema';
import { serialiseDeck } from './deck-file';

export { deckStorageKey } from './deck-storage-key';

/** localStorage, or null where the browser refuses it (private modes, storage disabled). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** The file name the saved deck's problems are reported under (worded on screen as `present.stored.fileLabel`). */
export const STORED_DECK_FILE = 'saved scenes';

/** Something the user should know about their saved deck; `deckNoticeText` words it. */
export type DeckNotice =
  | { kind: 'noStorage' }
  | { kind: 'unreadable'; backup: string; problem: DeckProblem | null }
  | { kind: 'dropped'; problems: DeckProblem[] }
  | { kind: 'notAvailable' }
  | { kind: 'notSaved'; error: string };

export interface StoredDeck {
  deck: Deck;
  /** Something the user should know about their saved deck, or null. */
  notice: DeckNotice | null;
}

/** A notice in the display language. */
export function deckNoticeText(notice: DeckNotice, format: Formatter): string {
  const { t } = format;
  const line = (problem: DeckProblem) => deckProblemLine(t, problem, problem.file === STORED_DECK_FILE ? t('present.stored.fileLabel') : undefined);
  switch (notice.kind) {
    case 'noStorage':
      return t('present.stored.noStorage');
    case 'unreadable':
      return notice.problem ? t('present.stored.unreadableWhy', { problem: line(notice.problem), backup: notice.backup }) : t('present.stored.unreadable', { backup: notice.backup });
    case 'dropped': {
      const n = notice.problems.length;
      return t('present.stored.dropped', { count: n, n: format.count(n), problems: notice.problems.slice(0, 3).map(line).join(t('present.stored.problemsJoin')) });
    }
    case 'notAvailable':
      return t('present.stored.notAvailable');
    case 'notSaved':
      return t('present.stored.notSaved', { error: notice.error });
  }
}

/**
 * Reads the user's deck. A stored deck that no longer reads is not thrown away: its text is
 * copied to `<key>:unreadable` and the user starts from an empty deck with a notice saying so.
 * `blank` is the deck to start from when there is none.
 */
export function readStoredDeck(storage: Storage | null, key: string, dataset: Dataset, blank: Deck = emptyDeck()): StoredDeck {
  if (!storage) return { deck: blank, notice: { kind: 'noStorage' } };
  const raw = storage.getItem(key);
  if (raw === null) return { deck: blank, notice: null };
  let json: unknown = undefined;
  try {
    json = JSON.parse(raw);
  } catch {
    // handled below as an unreadable deck
  }
  const { deck, problems } = json === undefined ? { deck: null, problems: [] } : checkDeck(json, dataset, STORED_DECK_FILE);
  if (!deck) {
    const backup = `${key}:unreadable`;
    try {
      storage.setItem(backup, raw);
    } catch {
      // the original stays under `key` until the user saves a new deck
    }
    return { deck: blank, notice: { kind: 'unreadable', backup, problem: problems[0] ?? null } };
  }
  if (problems.length > 0) return { deck, notice: { kind: 'dropped', problems } };
  return { deck, notice: null };
}

/** Saves the deck; returns why it could not be saved (storage full or refused), or null. */
export function writeStoredDeck(storage: Storage | null, key: string, deck: Deck): DeckNotice | null {
  if (!storage) return { kind: 'notAvailable' };
  try {
    storage.setItem(key, serialiseDeck(deck));
    return null;
  } catch (error) {
    return { kind: 'notSaved', error: (error as Error).message };
  }
}
