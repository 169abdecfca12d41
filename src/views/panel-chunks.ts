/**
 * The panels the first paint does not need (recharts, Leaflet), each a separate chunk. `preloadPanelChunks()` starts
 * fetching them while the dataset loads, so they are ready when the dashboard first renders.
 */
export const loadChartsView = () => import('./charts/ChartsView').then((m) => ({ default: m.ChartsView }));
export const loadMapView = () => import('./map/MapView').then((m) => ({ default: m.MapView }));
export const loadTimelineView = () => import('./timeline/TimelineView').then((m) => ({ default: m.TimelineView }));

export function preloadPanelChunks(): void {
  for (const load of [loadMapView, loadTimelineView, loadChartsView]) void load();
}
