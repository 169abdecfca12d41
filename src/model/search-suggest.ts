import { intersect, matchWord, runQuery, type SearchData } from './search-query';
import { editDistance, hanQueryTerms, queryWords, type QueryWord } from './search-tokens';

/**
 * "Did you mean …?": for a query that matches nothing, the nearest query that matches something.
 * Each word that finds nothing on its own is replaced by the nearest term in the index (a Latin
 * word) or the nearest Chinese name an initiative carries (a Chinese run); the words that do find
 * something stay as typed. Null when no word can be mended, or when every word finds something but
 * not together (no spelling to correct there).
 */
export function suggestQuery(data: SearchData, query: string): string | null {
  const words = queryWords(query);
  const fixes: Array<{ word: QueryWord; text: string }> = [];
  for (const word of words) {
    if (intersect(data.ids.length, matchWord(data, word).groups).length > 0) continue;
    const text = word.kind === 'han' ? nearestHanName(data, word.text) : nearestWrittenTerm(data, word.text);
    if (!text) return null;
    fixes.push({ word, text });
  }
  if (!fixes.length) return null;
  // The query's words, mended, with spaces between: none of what the user typed between them
  // (punctuation, symbols) comes back in the suggestion.
  const suggestion = words.map((word) => fixes.find((fix) => fix.word === word)?.text ?? query.slice(word.start, word.end)).join(' ');
  return runQuery(data, queryWords(suggestion)).docs.length > 0 ? suggestion : null;
}

/** How far a suggestion may be from a word: looser than fuzzy matching, as nothing matched. */
function suggestionAllowance(word: string): number {
  if (word.length < 4) return 0;
  // A short word may swap two letters (CTAL) or lose one (suzou), not change one: "hong" is not "song".
  if (word.length < 6) return 1;
  if (word.length < 9) return 2;
  return 3;
}
/** A term not beginning with the word's letter is a less likely reading of it. */
const OTHER_FIRST_LETTER = 0.5;
/** A word that is the start of a term, mistyped ("schnie" for "schnei…"): the user was still typing. */
const UNFINISHED = 0.25;

/** The letter term nearest `word` (as written in the data: "Schneider"), or null. */
function nearestWrittenTerm(data: SearchData, word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  const max = suggestionAllowance(word);
  if (!max) return null;
  let best = { term: '', cost: Infinity, frequency: 0 };
  const consider = (term: string, cost: number) => {
    if (cost > max) return;
    const frequency = data.postings.get(term)?.length ?? 0;
    const better = cost < best.cost || (cost === best.cost && (frequency > best.frequency || (frequency === best.frequency && term.length < best.term.length)));
    if (better) best = { term, cost, frequency };
  };
  for (const term of data.letters) {
    const penalty = term[0] === word[0] ? 0 : OTHER_FIRST_LETTER;
    if (penalty >= max) continue;
    consider(term, editDistance(word, term, max - penalty) + penalty);
    if (term.length > word.length) consider(term, editDistance(word, term.slice(0, word.length), max - penalty - UNFINISHED) + penalty + UNFINISHED);
  }
  return best.term ? (data.written.get(best.term) ?? best.term) : null;
}

/**
 * The Chinese name sharing most of a run's neighbouring pairs and characters: "宁德时大" → 宁德时代.
 * A run of three or more must share a pair and half its characters; a run of two, one character.
 */
function nearestHanName(data: SearchData, run: string): string | null {
  const chars = new Set(Array.from(run));
  const pairs = chars.size > 1 ? hanQueryTerms(run) : [];
  let best = { name: '', score: -Infinity };
  for (const name of data.hanNames) {
    const sharedPairs = pairs.filter((pair) => name.includes(pair)).length;
    let sharedChars = 0;
    for (const ch of chars) if (name.includes(ch)) sharedChars++;
    if (sharedChars === 0 || sharedChars * 2 < chars.size) continue;
    if (chars.size > 2 && sharedPairs === 0) continue;
    const score = sharedPairs * 2 + sharedChars - Math.abs(Array.from(name).length - chars.size) * 0.1;
    if (score > best.score) best = { name, score };
  }
  return best.name || null;
}
