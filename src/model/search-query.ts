import { editDistance, hanKey, hanQueryTerms, type QueryWord } from './search-tokens';

/**
 * Running a query over the index's terms: a word's terms (prefix, or fuzzy when it begins none),
 * their documents, and the documents in every word's set. Used by search-index.ts and search-suggest.ts.
 */

export interface WordMatch {
  word: QueryWord;
  /** 'prefix': the terms the word begins (the word itself among them); 'fuzzy': none, the nearest terms instead. */
  how: 'prefix' | 'fuzzy' | 'han' | 'none';
  /** The fuzzy terms it was matched to (empty otherwise). */
  corrections: string[];
}

/** What the index holds; read by search-suggest.ts. */
export interface SearchData {
  /** Initiative ids by document number. */
  ids: string[];
  /** Term → the documents indexed under it, ascending (read through postingsOf). */
  postings: Map<string, number[]>;
  /** The same for Han terms that have a number (search-tokens.ts, hanKey). */
  hanPostings: Map<number, number[]>;
  /** Every Latin term, sorted (prefix ranges). */
  latin: string[];
  /** The Latin terms made of letters only (a–z), sorted: what fuzzy matching and suggestions may offer. */
  letters: string[];
  /** A Latin term as first written in the data ("CATL", "Schneider"), where that is not the term itself. */
  written: Map<string, string>;
  /** The Chinese names the initiatives carry (organisations, sectors, places), for suggestions. */
  hanNames: string[];
}

/** The documents indexed under `term`, ascending. */
export function postingsOf(data: SearchData, term: string): number[] | undefined {
  const key = hanKey(term);
  return key >= 0 ? data.hanPostings.get(key) : data.postings.get(term);
}

/** Fuzzy matching: only words of letters, of at least four; a slip of one for four or five letters, two from six. */
const FUZZY_WORD = /^[a-z]{4,}$/;
export function fuzzyAllowance(word: string): number {
  return word.length < 6 ? 1 : 2;
}

/** Index of the first term in sorted `terms` that is not below `key`. */
export function lowerBound(terms: string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The terms `word` begins, the word itself among them. */
export function termsWithPrefix(data: SearchData, word: string, terms: string[] = data.latin): string[] {
  const out: string[] = [];
  for (let i = lowerBound(terms, word); i < terms.length && terms[i]!.startsWith(word); i++) out.push(terms[i]!);
  return out;
}

/** The letter terms nearest `word` (sharing its first letter) within `max` edits, the nearest only. */
export function nearestTerms(data: SearchData, word: string, max: number): string[] {
  let best = Infinity;
  let out: string[] = [];
  const first = word[0]!;
  for (let i = lowerBound(data.letters, first); i < data.letters.length && data.letters[i]![0] === first; i++) {
    const term = data.letters[i]!;
    const distance = editDistance(word, term, Math.min(max, best));
    if (distance < best) {
      best = distance;
      out = [term];
    } else if (distance === best && distance !== Infinity) out.push(term);
  }
  return out;
}

/** The documents of a word: each an array of document numbers (a union over its terms comes later). */
export function matchWord(data: SearchData, word: QueryWord): { match: WordMatch; groups: number[][][] } {
  if (word.kind === 'han') {
    // Every bigram must be there: one group each.
    const groups = hanQueryTerms(word.text).map((term) => [postingsOf(data, term) ?? []]);
    return { match: { word, how: 'han', corrections: [] }, groups };
  }
  const prefixed = termsWithPrefix(data, word.text);
  if (prefixed.length) return { match: { word, how: 'prefix', corrections: [] }, groups: [prefixed.map((t) => data.postings.get(t)!)] };
  if (FUZZY_WORD.test(word.text)) {
    const near = nearestTerms(data, word.text, fuzzyAllowance(word.text));
    if (near.length) return { match: { word, how: 'fuzzy', corrections: near }, groups: [near.map((t) => data.postings.get(t)!)] };
  }
  return { match: { word, how: 'none', corrections: [] }, groups: [[]] };
}

/** Document numbers in every group (a group matches where any of its lists has the document). */
export function intersect(size: number, groups: number[][][]): number[] {
  if (!groups.length || groups.some((g) => g.every((list) => list.length === 0))) return [];
  // Fewest documents first: later groups only keep what survived.
  const ordered = [...groups].sort((a, b) => total(a) - total(b));
  const seen = new Uint16Array(size);
  for (let g = 0; g < ordered.length; g++) {
    let survivors = 0;
    for (const list of ordered[g]!) {
      for (const doc of list) {
        if (seen[doc] === g) {
          seen[doc] = g + 1;
          survivors++;
        }
      }
    }
    if (!survivors) return [];
  }
  const out: number[] = [];
  const want = ordered.length;
  for (const list of ordered[ordered.length - 1]!) {
    for (const doc of list) {
      if (seen[doc] !== want) continue;
      seen[doc] = 0; // taken: a document in two of the group's lists is taken once
      out.push(doc);
    }
  }
  return out.sort((a, b) => a - b);
}

const total = (group: number[][]) => group.reduce((sum, list) => sum + list.length, 0);

export function runQuery(data: SearchData, words: QueryWord[]): { docs: number[]; words: WordMatch[] } {
  const matched = words.map((word) => matchWord(data, word));
  const groups = matched.flatMap((m) => m.groups);
  return { docs: intersect(data.ids.length, groups), words: matched.map((m) => m.match) };
}

