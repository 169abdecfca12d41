import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { loadDataset, type LoadProgress } from './load-dataset';

/** Load progress per dataset URL, kept outside React so the query function can report it. */
const progressByUrl = new Map<string, LoadProgress>();
const subscribers = new Set<() => void>();

function reportProgress(baseUrl: string, progress: LoadProgress) {
  progressByUrl.set(baseUrl, progress);
  subscribers.forEach((notify) => notify());
}

function subscribe(notify: () => void) {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

export function datasetQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['dataset', baseUrl],
    queryFn: ({ signal }) => loadDataset(baseUrl, (p) => reportProgress(baseUrl, p), signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** The dataset at `baseUrl`, with load progress while it is fetched and validated. */
export function useDataset(baseUrl: string) {
  const getProgress = useCallback(() => progressByUrl.get(baseUrl) ?? null, [baseUrl]);
  const progress = useSyncExternalStore(subscribe, getProgress, getProgress);
  const query = useQuery(datasetQueryOptions(baseUrl));
  return { ...query, progress };
}
