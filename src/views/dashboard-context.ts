import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';
import type { FilterClause, Filters } from '../filters/filters';
import type { SetUrlStateOptions } from '../filters/use-url-state';
import type { DatasetIndex, IndexedInitiative } from '../lib/dataset-index';

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
}

export const DashboardContext = createContext<DashboardState | null>(null);

export function useDashboard(): DashboardState {
  const state = useContext(DashboardContext);
  if (!state) throw new Error('useDashboard() must be used inside <DashboardContext.Provider>, which <Dashboard> renders');
  return state;
}
