import { QueryClient } from '@tanstack/react-query';
import { datasetBaseUrl } from './data/load-dataset';
import { datasetQueryOptions } from './data/use-dataset';
import { basemapQueryOptions } from './views/map/use-basemap';

/**
 * The first of main.tsx's imports, so it runs before App.tsx asks for the panels' chunks: the
 * browser opens at most 6 connections to the server, and a request made first is served first. The
 * dataset starts downloading at once, not after the first screen's strings and font faces; every
 * dataset draws on the offline basemap, fetched meanwhile too (docs/PERFORMANCE.md, change 20).
 */
export const queryClient = new QueryClient();
void queryClient.prefetchQuery(datasetQueryOptions(datasetBaseUrl(new URLSearchParams(window.location.search).get('dataset'))));
void queryClient.prefetchQuery(basemapQueryOptions);
