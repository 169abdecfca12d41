import { formatProblem } from '../../data/data-problem';
import type { Dataset } from '../../data/dataset';
import { checkDeck } from './check-deck';
import { emptyDeck, type Deck } from './deck-schema';
import { serialiseDeck } from './deck-file';

/** One user deck per dataset: ids in a deck only mean something in the dataset it was made on. */
export function deckStorageKey(baseUrl: string): string {
  return `carbon-dashboard:deck:${baseUrl}`;
}

/** localStorage, or null where the browser refuses it (private modes, storage disabled). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export interface StoredDeck {
  deck: Deck;
  /** Something the user should know about their saved deck, or null. */
  notice: string | null;
}

/**
 * Reads the user's deck. A stored deck that no longer reads is not thrown away: its text is
 * copied to `<key>:unreadable` and the user starts from an empty deck with a notice saying so.
 */
export function readStoredDeck(storage: Storage | null, key: string, dataset: Dataset): StoredDeck {
  if (!storage) return { deck: emptyDeck(), notice: 'This browser does not allow local storage: your scenes last until the page is closed. Export them to keep them.' };
  const raw = storage.getItem(key);
  if (raw === null) return { deck: emptyDeck(), notice: null };
  let json: unknown = undefined;
  try {
    json = JSON.parse(raw);
  } catch {
    // handled below as an unreadable deck
  }
  const { deck, problems } = json === undefined ? { deck: null, problems: [] } : checkDeck(json, dataset, 'saved scenes');
  if (!deck) {
    const backup = `${key}:unreadable`;
    try {
      storage.setItem(backup, raw);
    } catch {
      // the original stays under `key` until the user saves a new deck
    }
    const why = problems[0] ? ` (${formatProblem(problems[0])})` : '';
    return { deck: emptyDeck(), notice: `Your saved scenes could not be read${why}; their text is kept in this browser's local storage under “${backup}”.` };
  }
  if (problems.length > 0) {
    return { deck, notice: `${problems.length} value${problems.length === 1 ? '' : 's'} in your saved scenes name nothing in this dataset and were left out: ${problems.slice(0, 3).map(formatProblem).join('; ')}` };
  }
  return { deck, notice: null };
}

/** Saves the deck; returns why it could not be saved (storage full or refused), or null. */
export function writeStoredDeck(storage: Storage | null, key: string, deck: Deck): string | null {
  if (!storage) return 'Local storage is not available: these scenes will be lost when the page closes. Export them to keep them.';
  try {
    storage.setItem(key, serialiseDeck(deck));
    return null;
  } catch (error) {
    return `Your scenes could not be saved in this browser (${(error as Error).message}). Export them to keep them.`;
  }
}
