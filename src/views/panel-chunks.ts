import type { ComponentType } from 'react';
import { trackedChunk } from '../lib/tracked-chunk';

export { trackedChunk } from '../lib/tracked-chunk';

/**
 * The panels the first paint does not need (recharts, Leaflet), each a separate chunk. `preloadPanelChunks()` starts
 * fetching them while the dataset loads, so they are ready when the dashboard first renders.
 */
export const loadChartsView = trackedChunk<ComponentType>(() => import('./charts/ChartsView').then((m) => m.ChartsView));
export const loadMapView = trackedChunk<ComponentType>(() => import('./map/MapView').then((m) => m.MapView));
export const loadTimelineView = trackedChunk<ComponentType>(() => import('./timeline/TimelineView').then((m) => m.TimelineView));
/** The table (TanStack Table and Virtual). */
export const loadTableView = trackedChunk<ComponentType>(() => import('./table/TableView').then((m) => m.TableView));

/** The panels "ready" waits for (src/views/ready-marks.ts); App.tsx asks for the table's chunk after them. */
export function preloadPanelChunks(): void {
  for (const load of [loadMapView, loadTimelineView, loadChartsView]) void load();
}
