import { queryOptions, useQuery } from '@tanstack/react-query';
import { readBasemap, type Basemap, type BasemapTopology } from './map-basemap';

export const BASEMAP_URL = '/data/geo/basemap.topo.json';

async function fetchBasemap(signal: AbortSignal): Promise<Basemap> {
  const response = await fetch(BASEMAP_URL, { signal });
  if (!response.ok) throw new Error(`${BASEMAP_URL} answered ${response.status} ${response.statusText}`.trim());
  return readBasemap((await response.json()) as BasemapTopology);
}

export const basemapQueryOptions = queryOptions({
  queryKey: ['basemap', BASEMAP_URL],
  queryFn: ({ signal }) => fetchBasemap(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  refetchOnWindowFocus: false,
});

/** The offline basemap shipped with the app (provinces, neighbours, South China Sea). */
export function useBasemap() {
  return useQuery(basemapQueryOptions);
}
