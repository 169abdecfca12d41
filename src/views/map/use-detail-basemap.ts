import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOwnFile } from '../../lib/inlined-files';
import { detailUrl, readDetail, type DetailProvince, type DetailTopology } from './map-detail';
import { BasemapHttpError } from './use-basemap';

/** A GB/T 2260 province code: the only thing that goes into a detail file's URL. */
const PROVINCE_ID = /^\d{6}$/;

async function fetchDetail(id: string, signal: AbortSignal): Promise<DetailProvince> {
  if (!PROVINCE_ID.test(id)) throw new Error(`not a province id: ${id}`);
  // A path on the app's own origin (the files ship with the app, or are in an offline copy's page), never another host.
  const url = detailUrl(id);
  const response = await fetchOwnFile(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new BasemapHttpError(url, response.status, response.statusText);
  return readDetail((await response.json()) as DetailTopology);
}

/** One province's detail file; kept for the session once loaded (the files never change while the app runs). */
export function detailQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['basemap-detail', id],
    queryFn: ({ signal }) => fetchDetail(id, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    // Fetched once and never refetched: nothing to share, and no need to walk the geometry comparing.
    structuralSharing: false,
  });
}

export interface DetailBasemap {
  /** The loaded detail of the units asked for, in the order asked; none while any of them has failed. */
  provinces: readonly DetailProvince[];
  /** Their ids: the units the national layer leaves to the detail (BasemapLayers' `detailed`). */
  detailed: ReadonlySet<string>;
  /** Some are still loading. */
  pending: boolean;
  /** The first failure: the map then stays on the national basemap everywhere, never half of each. */
  error: Error | null;
}

/** TanStack Query shares the combined result structurally, so it stays the same object while the same units are loaded. */
function combine(results: UseQueryResult<DetailProvince>[]): Omit<DetailBasemap, 'detailed'> {
  const error = results.find((r) => r.error !== null)?.error ?? null;
  return {
    provinces: error === null ? results.flatMap((r) => (r.data === undefined ? [] : [r.data])) : [],
    pending: results.some((r) => r.isPending),
    error,
  };
}

/**
 * The detail files of the units in `ids` (from provincesNeedingDetail). Both the layer that draws
 * them (DetailLayers) and the national layer that gives way to them read this; the query cache
 * fetches each file once.
 */
export function useDetailBasemap(ids: readonly string[]): DetailBasemap {
  const { provinces, pending, error } = useQueries({ queries: ids.map(detailQueryOptions), combine });
  const detailed = useMemo(() => new Set(provinces.map((d) => d.id)), [provinces]);
  return { provinces, detailed, pending, error };
}
