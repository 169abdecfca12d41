import { useQueries, useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DataProblem } from './data-problem';
import type { Dataset } from './dataset';
import type { Initiative } from './schema';
import { quoteCheckQuery, quoteField, type QuoteCheckResult } from './quote-check-query';

/** Where a shown quote stands: being checked, found in its archived text, not found, or not checkable (the text could not be read). */
export type QuoteCheck = 'checking' | 'found' | 'not-found' | 'unchecked';


/**
 * Each quote of an initiative, as shown, checked against its source's archived text: `check(i, j)`
 * for the j-th quote of its i-th source. The texts are read when the initiative is first shown.
 */
export function useQuoteChecks(dataset: Dataset, record: Pick<Initiative, 'id' | 'sources'> | null): (sourceIndex: number, quoteIndex: number) => QuoteCheck {
  const sourceIds = useMemo(() => [...new Set(record?.sources.map((ref) => ref.source) ?? [])], [record]);
  const results = useQueries({ queries: sourceIds.map((id) => quoteCheckQuery(dataset, id)) });
  const states = results.map((r) => (r.isPending ? 'checking' : r.isError ? 'unchecked' : r.data));
  const key = states.map((s) => (typeof s === 'string' ? s : 'done')).join();
  // The record's problems, once per record and answer (not on every render).
  const notFound = useMemo(() => {
    const fields = new Set<string>();
    states.forEach((state) => {
      if (record && typeof state !== 'string') for (const p of (state as QuoteCheckResult).checkInitiative(record)) fields.add(p.field);
    });
    return fields;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the answers
  }, [record, key]);
  return (sourceIndex, quoteIndex) => {
    const ref = record?.sources[sourceIndex];
    const state = ref ? states[sourceIds.indexOf(ref.source)] : undefined;
    if (!record || state === undefined || state === 'checking') return 'checking';
    if (state === 'unchecked') return 'unchecked';
    return notFound.has(quoteField(sourceIndex, quoteIndex)) ? 'not-found' : 'found';
  };
}

const isQuoteCheck = (baseUrl: string) => (query: Query) => query.queryKey[0] === 'quote-check' && query.queryKey[1] === baseUrl && query.state.status === 'success';

/**
 * Every quote found so far not to be in its archived text, for the data problems panel: the checks
 * run as views show quotes, and each one that ends lists what it found here.
 */
export function useQuoteProblemsFound(dataset: Dataset): readonly DataProblem[] {
  const cache = useQueryClient().getQueryCache();
  const last = useRef<{ key: string; problems: DataProblem[] }>({ key: '', problems: [] });
  const read = useCallback(() => {
    const queries = cache.findAll({ predicate: isQuoteCheck(dataset.baseUrl) });
    const key = queries.map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`).join('|');
    if (key !== last.current.key) last.current = { key, problems: queries.flatMap((q) => (q.state.data as QuoteCheckResult).problems) };
    return last.current.problems;
  }, [cache, dataset.baseUrl]);
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  return useSyncExternalStore(subscribe, read, read);
}
