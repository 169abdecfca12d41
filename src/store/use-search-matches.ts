import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { buildSearchIndexAsync, type SearchIndex } from '../model/search-index';

/**
 * Ids matching the text query. The index is built once per dataset, in small chunks between
 * frames, when it is first `wanted` (the search box gets focus, or a link carries a query): not
 * at load, where it would compete with drawing the views. Until it is ready a non-empty query
 * matches nothing and `indexing` is true (the filter bar says so).
 */
export function useSearchMatches(dataset: Dataset, query: string, wanted: boolean): { matches: ReadonlySet<string> | null; indexing: boolean } {
  const [ready, setReady] = useState<{ dataset: Dataset; index: SearchIndex } | null>(null);
  const needed = wanted || query.trim() !== '';

  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    void buildSearchIndexAsync(dataset).then((index) => {
      if (!cancelled) setReady({ dataset, index });
    });
    return () => {
      cancelled = true;
    };
  }, [dataset, needed]);

  const index = ready?.dataset === dataset ? ready.index : null;
  return useMemo(() => {
    if (!query.trim()) return { matches: null, indexing: false };
    if (!index) return { matches: EMPTY, indexing: true };
    return { matches: index.match(query), indexing: false };
  }, [index, query]);
}

const EMPTY: ReadonlySet<string> = new Set();
