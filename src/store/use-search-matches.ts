import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { buildSearchIndexAsync, type SearchIndex } from '../model/search-index';

/**
 * One search index per dataset, shared by the matches (DashboardProvider) and the "Did you mean"
 * (the filter bar): built once, in slices between tasks, the first time either asks for it.
 */
const indexes = new WeakMap<Dataset, Promise<SearchIndex>>();

function indexFor(dataset: Dataset): Promise<SearchIndex> {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndexAsync(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** The dataset's search index once built, or null; `needed` starts building it. */
function useSearchIndex(dataset: Dataset, needed: boolean): SearchIndex | null {
  const [ready, setReady] = useState<{ dataset: Dataset; index: SearchIndex } | null>(null);

  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    void indexFor(dataset).then((index) => {
      if (!cancelled) setReady({ dataset, index });
    });
    return () => {
      cancelled = true;
    };
  }, [dataset, needed]);

  return ready?.dataset === dataset ? ready.index : null;
}

/**
 * Ids matching the text query. The index is built once per dataset, in small slices between
 * tasks, when it is first `wanted` (the search box gets focus, or a link carries a query): not
 * at load, where it would compete with drawing the views. Until it is ready a non-empty query
 * matches nothing and `indexing` is true (the filter bar says so).
 */
export function useSearchMatches(dataset: Dataset, query: string, wanted: boolean): { matches: ReadonlySet<string> | null; indexing: boolean } {
  const index = useSearchIndex(dataset, wanted || query.trim() !== '');
  return useMemo(() => {
    if (!query.trim()) return { matches: null, indexing: false };
    if (!index) return { matches: EMPTY, indexing: true };
    return { matches: index.match(query), indexing: false };
  }, [index, query]);
}

/**
 * "Did you mean …?" for a query that matches nothing: the nearest query that matches something,
 * else null (also while the index is being built, and for an empty query).
 */
export function useSearchSuggestion(dataset: Dataset, query: string): string | null {
  const index = useSearchIndex(dataset, query.trim() !== '');
  return useMemo(() => (index && query.trim() ? index.suggest(query) : null), [index, query]);
}

const EMPTY: ReadonlySet<string> = new Set();
