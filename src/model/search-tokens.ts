/**
 * How search text is cut into terms, for the index and for a query alike.
 *
 * Latin text: words split on spaces, punctuation and symbols, lowercased with diacritics stripped
 * ("Zürich" → "zurich", full-width "ＣＡＴＬ" → "catl"). Chinese has no spaces: a run of Han
 * characters is indexed as each character and each pair of neighbours (character bigrams), and a
 * query's run of two or more characters asks for all its bigrams, so "吴兴" finds "湖州市吴兴区" and
 * "江苏省" needs "江苏" and "苏省" side by side, not 江, 苏 and 省 anywhere in the record.
 */

const HAN = /\p{Script=Han}/u;
/** A letter, digit or combining mark outside ASCII and Han: part of a word (é, Ж, full-width Ａ). */
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Lowercase and strip diacritics (and fold full-width forms), so "Zürich" finds "zurich" and "SUZHOU" finds "Suzhou". */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** Han ideographs: the unified blocks and their extensions, compatibility ideographs, 〇 and 々. */
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3ffff) || code === 0x3007 || code === 0x3005;
}

/** What a character is to the cutter. */
const SEPARATOR = 0;
const ASCII_WORD = 1;
const OTHER_WORD = 2;
const HAN_CHAR = 3;

function kindOf(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? ASCII_WORD : SEPARATOR;
  if (isHanCode(code)) return HAN_CHAR;
  return OTHER_WORD_CHAR.test(String.fromCodePoint(code)) ? OTHER_WORD : SEPARATOR;
}

/**
 * Calls `word` for each word of `text`: a run of Han characters, or a run of other letters and
 * digits (`plain` when it is ASCII only, needing no more than lowercasing). Anything else
 * (spaces, punctuation, symbols, 。，) separates words. One pass over the text, no regular
 * expression for plain ASCII or Han: the index cuts every text of a large dataset with it.
 */
function scan(text: string, word: (han: boolean, start: number, end: number, plain: boolean) => void): void {
  let start = -1;
  let han = false;
  let plain = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === SEPARATOR || (start >= 0 && (kind === HAN_CHAR) !== han)) {
      if (start >= 0) word(han, start, i, plain);
      start = -1;
    }
    if (kind !== SEPARATOR && start < 0) {
      start = i;
      han = kind === HAN_CHAR;
      plain = true;
    }
    if (kind === OTHER_WORD) plain = false;
    i += width;
  }
  if (start >= 0) word(han, start, text.length, plain);
}

const hanForm = (run: string) => (/[\uf900-\ufaff]/.test(run) ? run.normalize('NFKC') : run);

/** A piece of a query: a Latin (or other non-Han) word, or a run of Han characters. */
export interface QueryWord {
  kind: 'latin' | 'han';
  /** Normalised: the Latin word lowercased, the Han run as typed (compatibility forms folded). */
  text: string;
  /** Where it stands in the query as typed, to put a correction in its place. */
  start: number;
  end: number;
}

/** The words of `text`, each with its offsets in `text`. */
export function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  scan(text, (han, start, end, plain) => {
    const raw = text.slice(start, end);
    const normalised = han ? hanForm(raw) : plain ? raw.toLowerCase() : normaliseText(raw);
    if (normalised) words.push({ kind: han ? 'han' : 'latin', text: normalised, start, end });
  });
  return words;
}

/** Each character of a Han run, and each pair of neighbours: the terms it is indexed under. */
export function hanTerms(run: string): string[] {
  const terms: string[] = [];
  const chars = Array.from(run);
  chars.forEach((char, i) => {
    terms.push(char);
    if (i > 0) terms.push(chars[i - 1]! + char);
  });
  return terms;
}

/**
 * Han terms of the common blocks (U+3400–U+9FFF) go by number, not by string: a character is its
 * offset in the blocks, a pair of them one number more than a character can be. The index cuts a
 * record's Chinese into dozens of pairs; keeping them as numbers saves making and hashing a string
 * for each. -1 for a term outside (a rare character, or not Han).
 */
const HAN_BASE = 0x3400;
const HAN_SPAN = 0xa000 - HAN_BASE;
const hanIndex = (code: number) => (code >= HAN_BASE && code < 0xa000 ? code - HAN_BASE : -1);

export function hanKey(term: string): number {
  if (term.length === 1) return hanIndex(term.charCodeAt(0));
  if (term.length !== 2) return -1;
  const first = hanIndex(term.charCodeAt(0));
  const second = hanIndex(term.charCodeAt(1));
  return first < 0 || second < 0 ? -1 : HAN_SPAN * (first + 1) + second;
}

/** Calls `byKey` for each term of a Han run that has a number (hanKey), `byString` for the others. */
function eachHanTerm(run: string, byKey: (key: number) => void, byString: (term: string) => void): void {
  let previous = '';
  let previousIndex = -1;
  for (let i = 0; i < run.length; ) {
    const code = run.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const index = width === 1 ? hanIndex(code) : -1;
    const char = width === 1 ? run[i]! : run.slice(i, i + 2);
    if (index >= 0) byKey(index);
    else byString(char);
    if (previous) {
      if (index >= 0 && previousIndex >= 0) byKey(HAN_SPAN * (previousIndex + 1) + index);
      else byString(previous + char);
    }
    previous = char;
    previousIndex = index;
    i += width;
  }
}

/** The terms a query's Han run must all be found under: its one character, or its bigrams. */
export function hanQueryTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const terms = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
  return [...terms];
}

/**
 * Calls `sink` with each term `text` is indexed under, and the word it was cut from as written
 * (for "did you mean": "Schneider", not "schneider"); Han terms that have a number (hanKey) go to
 * `hanSink` instead when it is given. `tokenise('苏州市 Suzhou-Park')` gives
 * 苏 州 苏州 市 州市, suzhou, park.
 */
export function indexTerms(text: string, sink: (term: string, written: string) => void, hanSink?: (key: number) => void): void {
  const byString = (term: string) => sink(term, term);
  const byKey = hanSink ?? ((key: number) => byString(hanTermOf(key)));
  scan(text, (han, start, end, plain) => {
    const raw = text.slice(start, end);
    if (han) eachHanTerm(hanForm(raw), byKey, byString);
    else {
      const term = plain ? raw.toLowerCase() : normaliseText(raw);
      if (term) sink(term, raw);
    }
  });
}

/** The term a Han number stands for (the inverse of hanKey). */
export function hanTermOf(key: number): string {
  if (key < HAN_SPAN) return String.fromCharCode(HAN_BASE + key);
  return String.fromCharCode(HAN_BASE + Math.floor(key / HAN_SPAN) - 1, HAN_BASE + (key % HAN_SPAN));
}

/** The terms `text` is indexed under. */
export function tokenise(text: string): string[] {
  const terms: string[] = [];
  indexTerms(text, (term) => terms.push(term));
  return terms;
}

const SUBSTITUTE = 1;
/** Swapping two neighbours ("CTAL" for "CATL", "schnieder") is the commonest slip: it costs less than a wrong letter. */
const TRANSPOSE = 0.75;

/**
 * The edit distance from `a` to `b` (optimal string alignment: insert, delete, substitute, swap
 * neighbours), or Infinity once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  if (a === b) return 0;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const same = a[i - 1] === b[j - 1];
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (same ? 0 : SUBSTITUTE));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && !same) cost = Math.min(cost, before[j - 2]! + TRANSPOSE);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[n]!;
  return distance > max ? Infinity : distance;
}
