import MiniSearch from 'minisearch';
import type { Dataset } from '../data/dataset';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Lowercase and strip diacritics, so "Zürich" finds "zurich" and "SUZHOU" finds "Suzhou". */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words split on spaces and punctuation; Chinese text also yields each character, so "苏州" finds "苏州市". */
export function tokenise(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/[\s\p{P}\p{S}]+/u)) {
    if (!word) continue;
    if (CJK.test(word)) tokens.push(...Array.from(word).filter((ch) => CJK.test(ch)));
    const latin = word.replace(/[\u3400-\u9fff\uf900-\ufaff]+/g, ' ').trim();
    if (latin) tokens.push(...latin.split(/\s+/));
  }
  return tokens;
}

interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  organisations: string;
  places: string;
  people: string;
}

function buildDocument(dataset: Dataset, initiative: Dataset['initiatives'][number]): SearchDocument {
  const organisations = initiative.parties.flatMap((party) => {
    const org = dataset.organisations.get(party.organisation);
    return org ? [org.name, org.nameZh ?? '', ...org.aliases] : [];
  });
  const places = initiative.places.flatMap((place) => {
    const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
    return [place.name, hit?.nameEn ?? '', hit?.nameZh ?? '', hit?.provinceEn ?? '', hit?.provinceZh ?? ''];
  });
  return {
    id: initiative.id,
    title: initiative.title,
    summary: initiative.summary,
    organisations: organisations.join(' | '),
    places: places.join(' | '),
    people: initiative.people.map((p) => `${p.name} ${p.title ?? ''}`).join(' | '),
  };
}

export interface SearchIndex {
  /** Ids of initiatives matching every word of the query (prefix match); null for an empty query. */
  match(query: string): Set<string> | null;
}

function createMiniSearch() {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'organisations', 'places', 'people'],
    tokenize: tokenise,
    processTerm: (term) => normaliseText(term) || null,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 2, organisations: 1.5 } },
  });
}

export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const mini = createMiniSearch();
  mini.addAll(dataset.initiatives.map((initiative) => buildDocument(dataset, initiative)));
  return wrap(mini);
}

/** Builds the index in chunks between frames, so a large dataset stays responsive while it indexes. */
export async function buildSearchIndexAsync(dataset: Dataset): Promise<SearchIndex> {
  const mini = createMiniSearch();
  await mini.addAllAsync(
    dataset.initiatives.map((initiative) => buildDocument(dataset, initiative)),
    { chunkSize: 100 },
  );
  return wrap(mini);
}

function wrap(mini: MiniSearch<SearchDocument>): SearchIndex {
  const cache = new Map<string, Set<string>>();
  return {
    match(query) {
      const key = normaliseText(query.trim());
      if (!key) return null;
      let hit = cache.get(key);
      if (!hit) {
        hit = new Set(mini.search(key).map((result) => String(result.id)));
        if (cache.size > 50) cache.clear();
        cache.set(key, hit);
      }
      return hit;
    },
  };
}

