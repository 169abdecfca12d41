import { formatProblem } from '../../data/data-problem';
import type { Dataset } from '../../data/dataset';
import { checkDeck } from './check-deck';
import type { Deck } from './deck-schema';

/** The deck as a file: the same format as data/deck.json, so a curated deck can be made in the app. */
export function serialiseDeck(deck: Deck): string {
  const { version, title, scenes } = deck;
  return `${JSON.stringify({ version, title, scenes }, null, 2)}\n`;
}

export type DeckImport = { ok: true; deck: Deck } | { ok: false; message: string; problems: string[] };

/** Files bigger than this are refused before parsing (a deck of 500 long scenes is about 3 MB). */
export const MAX_DECK_FILE_BYTES = 5_000_000;
const SHOWN_PROBLEMS = 6;

/**
 * Reads an imported deck file. Any problem refuses the whole file, so an import either replaces
 * the deck with something that works or changes nothing.
 */
export function readDeckFile(text: string, dataset: Dataset, fileName: string): DeckImport {
  if (text.length > MAX_DECK_FILE_BYTES) {
    return { ok: false, message: `“${fileName}” is too large to be a deck (over ${MAX_DECK_FILE_BYTES / 1_000_000} MB). Your deck is unchanged.`, problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `“${fileName}” is not a readable JSON file (${(error as Error).message}). Your deck is unchanged.`, problems: [] };
  }
  const { deck, problems } = checkDeck(json, dataset, fileName);
  if (deck && problems.length === 0) return { ok: true, deck };
  const lines = problems.map(formatProblem);
  const more = lines.length > SHOWN_PROBLEMS ? [`… and ${lines.length - SHOWN_PROBLEMS} more`] : [];
  return {
    ok: false,
    message: `“${fileName}” is not a deck this dataset can show: ${problems.length} problem${problems.length === 1 ? '' : 's'}. Your deck is unchanged.`,
    problems: [...lines.slice(0, SHOWN_PROBLEMS), ...more],
  };
}
