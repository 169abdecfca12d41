import type { ComponentType } from 'react';

/**
 * The chunk's import, started once. The promise says when it has settled in the fields React's
 * `use` reads (status, value, reason), so a panel whose chunk has arrived renders without suspending.
 */
export function trackedChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | null = null;
  return () => {
    if (!chunk) {
      const started = Object.assign(load(), { status: 'pending' });
      // The handlers return nothing: returning `started` itself would make the promise `then` returns
      // adopt its rejection, unhandled.
      started.then(
        (value) => void Object.assign(started, { status: 'fulfilled', value }),
        (reason: unknown) => void Object.assign(started, { status: 'rejected', reason }),
      );
      chunk = started;
    }
    return chunk;
  };
}

/**
 * The panels the first paint does not need (recharts, Leaflet), each a separate chunk. `preloadPanelChunks()` starts
 * fetching them while the dataset loads, so they are ready when the dashboard first renders.
 */
export const loadChartsView = trackedChunk<ComponentType>(() => import('./charts/ChartsView').then((m) => m.ChartsView));
export const loadMapView = trackedChunk<ComponentType>(() => import('./map/MapView').then((m) => m.MapView));
export const loadTimelineView = trackedChunk<ComponentType>(() => import('./timeline/TimelineView').then((m) => m.TimelineView));

export function preloadPanelChunks(): void {
  for (const load of [loadMapView, loadTimelineView, loadChartsView]) void load();
}
