import type { Dataset } from '../data/dataset';
import type { GazetteerPlace, Initiative } from '../data/schema';
import { runQuery, type SearchData, type WordMatch } from './search-query';
import { suggestQuery } from './search-suggest';
import { indexTerms, isHan, queryWords } from './search-tokens';

export { normaliseText, tokenise } from './search-tokens';
export type { WordMatch } from './search-query';

/**
 * The text search over initiatives, in English and Chinese.
 *
 * Each initiative is indexed under the terms of its own text (title, summary, their translations,
 * people) and of what it names: its organisations (name, Chinese name and short name, aliases),
 * sectors (label in both languages), and places at every level (the place as named and its Chinese
 * name, its gazetteer unit in both languages, the provincial-level unit that lies in, and that
 * unit's English alternate names: "Tibet", "Jiangsu Province"). What an organisation, sector or
 * gazetteer unit is indexed under is cut once, not once per initiative that names it.
 *
 * A query needs every word (AND). A Latin word matches the terms it begins ("zib" finds Zibo); only
 * a word that begins no term at all is matched fuzzily, to the nearest terms sharing its first
 * letter ("CTAL" → CATL, "schnieder" → Schneider, "suzou" → Suzhou): so a word that matches as typed
 * never brings in fuzzy matches, and an exact English match cannot rank below one. A Chinese run
 * matches where its characters stand side by side (see search-tokens.ts). When nothing matches,
 * `suggest` proposes the nearest query that does.
 */
export interface SearchIndex {
  /** Ids of initiatives matching every word of the query; null for an empty query. */
  match(query: string): Set<string> | null;
  /** The match with how each word was found; null for an empty query. */
  search(query: string): SearchOutcome | null;
  /** When the query matches nothing: the nearest query that matches something ("Did you mean …?"), else null. */
  suggest(query: string): string | null;
}

export interface SearchOutcome {
  ids: Set<string>;
  words: WordMatch[];
}

// -- Building ---------------------------------------------------------------------------------------

/** What an organisation, sector or place is indexed under: its terms' document lists, and its Chinese names. */
interface Entity {
  lists: number[][];
  han: string[];
}

function createBuilder(dataset: Dataset) {
  const postings = new Map<string, number[]>();
  const hanPostings = new Map<number, number[]>();
  const written = new Map<string, string>();
  const hanNames = new Set<string>();
  const ids: string[] = [];
  const entityCache = new Map<object | string, Entity>();

  const listFor = (term: string, form: string): number[] => {
    let list = postings.get(term);
    if (!list) {
      list = [];
      postings.set(term, list);
      if (form !== term) written.set(term, form);
    }
    return list;
  };
  const hanListFor = (key: number): number[] => {
    let list = hanPostings.get(key);
    if (!list) {
      list = [];
      hanPostings.set(key, list);
    }
    return list;
  };
  const push = (list: number[], doc: number) => {
    if (list[list.length - 1] !== doc) list.push(doc);
  };

  /** An entity's terms, cut once: the lists they stand for, each once. */
  const entity = (key: object | string, texts: () => Array<string | null | undefined>): Entity => {
    let hit = entityCache.get(key);
    if (!hit) {
      const lists = new Set<number[]>();
      const han: string[] = [];
      for (const text of texts()) {
        if (!text) continue;
        indexTerms(text, (term, form) => lists.add(listFor(term, form)), (k) => lists.add(hanListFor(k)));
        if (isHan(text)) for (const word of queryWords(text)) if (word.kind === 'han') han.push(text.slice(word.start, word.end));
      }
      hit = { lists: [...lists], han };
      entityCache.set(key, hit);
    }
    return hit;
  };

  const gazetteerTexts = (place: GazetteerPlace) => {
    const province = dataset.gazetteer.get(place.provinceId);
    return [place.nameEn, place.nameZh, place.provinceEn, place.provinceZh, ...(place.aliasesEn ?? []), ...(province && province !== place ? (province.aliasesEn ?? []) : [])];
  };

  function entities(initiative: Initiative): Entity[] {
    const out: Entity[] = [];
    for (const party of initiative.parties) {
      const org = dataset.organisations.get(party.organisation);
      if (org) out.push(entity(org, () => [org.name, org.nameZh, org.shortNameZh, ...org.aliases]));
    }
    for (const id of initiative.sectors) {
      const sector = dataset.sectors.get(id);
      if (sector) out.push(entity(sector, () => [sector.label, sector.labelZh]));
    }
    for (const place of initiative.places) {
      out.push(entity(place.nameZh ? `${place.name}\u0000${place.nameZh}` : place.name, () => [place.name, place.nameZh]));
      const unit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
      if (unit) out.push(entity(unit, () => gazetteerTexts(unit)));
    }
    return out;
  }

  function addOwnText(doc: number, initiative: Initiative) {
    const sink = (term: string, form: string) => push(listFor(term, form), doc);
    const hanSink = (key: number) => push(hanListFor(key), doc);
    const add = (text: string | null | undefined) => {
      if (text) indexTerms(text, sink, hanSink);
    };
    add(initiative.title);
    add(initiative.summary);
    for (const translation of Object.values(initiative.translations ?? {})) {
      add(translation?.title);
      add(translation?.summary);
    }
    for (const person of initiative.people) {
      add(person.name);
      add(person.title);
      for (const translation of Object.values(person.translations ?? {})) add(translation?.title);
    }
  }

  return {
    add(initiative: Initiative) {
      const doc = ids.length;
      ids.push(initiative.id);
      addOwnText(doc, initiative);
      for (const { lists, han } of entities(initiative)) {
        for (const list of lists) push(list, doc);
        for (const name of han) hanNames.add(name);
      }
    },
    finish(): SearchData {
      const latin: string[] = [];
      for (const term of postings.keys()) if (!isHan(term)) latin.push(term);
      latin.sort();
      return { ids, postings, hanPostings, latin, letters: latin.filter((t) => /^[a-z]+$/.test(t)), written, hanNames: [...hanNames] };
    },
  };
}

export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const builder = createBuilder(dataset);
  for (const initiative of dataset.initiatives) builder.add(initiative);
  return wrap(builder.finish());
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** A later task: `scheduler.yield()` where the browser has it (no 4 ms clamp, continues ahead of other tasks), else a timeout. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * Builds the index in slices of `sliceMs` between tasks, so a large dataset stays responsive while
 * it indexes (input and paint come between the slices).
 */
export async function buildSearchIndexAsync(dataset: Dataset, { sliceMs = 12 }: { sliceMs?: number } = {}): Promise<SearchIndex> {
  const builder = createBuilder(dataset);
  const all = dataset.initiatives;
  let i = 0;
  while (i < all.length) {
    const until = now() + sliceMs;
    do builder.add(all[i++]!);
    while (i < all.length && (i % 64 !== 0 || now() < until));
    if (i < all.length) await nextTask();
  }
  await nextTask();
  return wrap(builder.finish());
}

// -- Searching --------------------------------------------------------------------------------------

function wrap(data: SearchData): SearchIndex {
  const cache = new Map<string, SearchOutcome>();
  const suggestions = new Map<string, string | null>();
  const search = (query: string): SearchOutcome | null => {
    if (!query.trim()) return null;
    const words = queryWords(query);
    // "CATL", "catl" and "catl," are one query.
    const key = words.map((word) => `${word.kind[0]}${word.text}`).join(' ');
    let hit = cache.get(key);
    if (!hit) {
      const { docs, words: how } = runQuery(data, words);
      hit = { ids: new Set(docs.map((doc) => data.ids[doc]!)), words: how };
      if (cache.size > 50) cache.clear();
      cache.set(key, hit);
    }
    // The same ids, with this query's words (their offsets) in `words`.
    return { ids: hit.ids, words: hit.words.map((m, i) => ({ ...m, word: words[i]! })) };
  };
  return {
    search,
    match: (query) => search(query)?.ids ?? null,
    suggest(query) {
      const key = query.trim();
      if (!key || (search(key)?.ids.size ?? 0) > 0) return null;
      if (!suggestions.has(key)) {
        if (suggestions.size > 50) suggestions.clear();
        suggestions.set(key, suggestQuery(data, key));
      }
      return suggestions.get(key)!;
    },
  };
}
