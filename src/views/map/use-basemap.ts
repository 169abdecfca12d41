import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchOwnFile } from '../../lib/inlined-files';
import { readBasemap, type Basemap, type BasemapTopology } from './map-basemap';

export const BASEMAP_URL = '/data/geo/basemap.topo.json';

/** The server answered the basemap's request with an error status (the view says so in its language). */
export class BasemapHttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`${url} answered ${status} ${statusText}`.trim());
    this.name = 'BasemapHttpError';
  }
}

async function fetchBasemap(signal: AbortSignal): Promise<Basemap> {
  const response = await fetchOwnFile(BASEMAP_URL, { signal });
  if (!response.ok) throw new BasemapHttpError(BASEMAP_URL, response.status, response.statusText);
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
