import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';
import type { FilterClause, Filters } from '../filters/filters';
import type { SetUrlStateOptions } from '../filters/use-url-state';
import type { UrlState } from '../filters/url-codec';
import type { DatasetIndex, IndexedInitiative } from '../lib/dataset-index';

/** [[south, west], [north, east]] in WGS-84 degrees (Leaflet's LatLngBoundsLiteral order). */
export type MapBounds = [[number, number], [number, number]];

/** A request for the map to fly to an extent; a new `key` repeats the flight to the same bounds. */
export interface MapFocus {
  bounds: MapBounds;
  key: number;
}

/** The panel a scene puts first and largest. */
export type LeadPanel = 'map' | 'timeline' | 'charts' | 'details';
export const LEAD_PANELS: readonly LeadPanel[] = ['map', 'timeline', 'charts', 'details'];

/** What every panel reads: one dataset, one filter model, one selection. */
export interface DashboardState {
  dataset: Dataset;
  index: DatasetIndex;
  filters: Filters;
  /** Rows passing every active clause: what the header counts and the list shows. */
  filtered: IndexedInitiative[];
  /** Rows passing every clause except `clauses`: a view's own full context when it sets those clauses. */
  rowsExcept(clauses: readonly FilterClause[]): IndexedInitiative[];
  selectedId: string | null;
  select(id: string | null): void;
  updateFilters(update: (filters: Filters) => Filters, options?: SetUrlStateOptions): void;
  /**
   * Timeline playback: while set (a day number, days since 1970-01-01 UTC), every view shows only
   * initiatives dated on or before it, so they appear cumulatively. Not part of Filters or the URL.
   */
  playhead: number | null;
  setPlayhead(day: number | null): void;
  /** Sets filters and selection together in one history entry (scenes, tours, "back to scene"). */
  applyView(view: UrlState): void;
  /** The map flies to `mapFocus.bounds` whenever its key changes. */
  mapFocus: MapFocus | null;
  focusMap(bounds: MapBounds): void;
  /** The map writes its current extent here on every move, so a scene can save it. */
  mapExtent: { current: MapBounds | null };
  leadPanel: LeadPanel;
  setLeadPanel(panel: LeadPanel): void;
  /** Presentation mode: the projector theme (large type, thick lines, big markers), no editing chrome. */
  presenting: boolean;
  setPresenting(presenting: boolean): void;
}

export const DashboardContext = createContext<DashboardState | null>(null);

export function useDashboard(): DashboardState {
  const state = useContext(DashboardContext);
  if (!state) throw new Error('useDashboard() must be used inside <DashboardContext.Provider>, which <Dashboard> renders');
  return state;
}
