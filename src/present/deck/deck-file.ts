import type { Dataset } from '../../data/dataset';
import type { Formatter } from '../../i18n/format';
import { checkDeck, deckProblemLine, type DeckProblem } from './check-deck';
import type { Deck } from './deck-schema';

/** The deck as a file: the same format as data/deck.json, so a curated deck can be made in the app. */
export function serialiseDeck(deck: Deck): string {
  const { version, title, lang, translations, scenes } = deck;
  return `${JSON.stringify({ version, title, lang, translations, scenes }, null, 2)}\n`;
}

/** Why an imported file was refused: the screen words it in the display language (`importRefusal`). */
export type ImportRefusal =
  | { reason: 'tooLarge'; fileName: string; megabytes: number }
  | { reason: 'notJson'; fileName: string; error: string }
  | { reason: 'problems'; fileName: string; problems: DeckProblem[] };

export type DeckImport = { ok: true; deck: Deck } | ({ ok: false } & ImportRefusal);

/** Files bigger than this are refused before parsing (a deck of 500 long scenes is about 3 MB). */
export const MAX_DECK_FILE_BYTES = 5_000_000;
const SHOWN_PROBLEMS = 6;

/**
 * Reads an imported deck file. Any problem refuses the whole file, so an import either replaces
 * the deck with something that works or changes nothing.
 */
export function readDeckFile(text: string, dataset: Dataset, fileName: string): DeckImport {
  if (text.length > MAX_DECK_FILE_BYTES) return { ok: false, reason: 'tooLarge', fileName, megabytes: MAX_DECK_FILE_BYTES / 1_000_000 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'notJson', fileName, error: (error as Error).message };
  }
  const { deck, problems } = checkDeck(json, dataset, fileName);
  if (deck && problems.length === 0) return { ok: true, deck };
  return { ok: false, reason: 'problems', fileName, problems };
}

/**
 * The refusal in the display language: a sentence and the first problems, one line each, with a
 * count of the rest. (The screen sets the JSON parser's own words, in English, apart with `lang`.)
 */
export function importRefusal(refusal: ImportRefusal, format: Formatter): { message: string; problems: string[] } {
  const { t } = format;
  const file = refusal.fileName;
  if (refusal.reason === 'tooLarge') return { message: t('present.import.tooLarge', { file, mb: format.count(refusal.megabytes) }), problems: [] };
  if (refusal.reason === 'notJson') return { message: t('present.import.notJson', { file, error: refusal.error }).replace(/<\/?detail>/g, ''), problems: [] };
  const lines = refusal.problems.map((problem) => deckProblemLine(t, problem));
  const more = lines.length > SHOWN_PROBLEMS ? [t('present.import.more', { n: format.count(lines.length - SHOWN_PROBLEMS) })] : [];
  return { message: t('present.import.problems', { file, count: refusal.problems.length }), problems: [...lines.slice(0, SHOWN_PROBLEMS), ...more] };
}
