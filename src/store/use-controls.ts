import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { RowOrder } from '../derive/row-order';
import type { Filters } from '../filters/filters';
import type { Locale } from '../i18n/locale';
import { useCore, type DerivationStatus } from './dashboard-context';
import type { HistoryMode, ViewStore } from './view-store';
import * as view from './view-updaters';
import type { MapCamera, MapMode, ViewState } from './view-state';

/** The store's changes the dashboard offers, by name; each is one named updater (store/view-updaters.ts). */
export interface Actions {
  select(id: string | null): void;
  /** `replace`: rewrite the current history entry (typing, dragging) instead of adding one. */
  updateFilters(update: (filters: Filters) => Filters, options?: { replace?: boolean }): void;
  setPlayhead(day: number | null): void;
  /** The order of the list, the table and Previous/Next; a new history entry. */
  setOrder(order: RowOrder): void;
  recordMapCamera(camera: MapCamera): void;
  /** Circles or shaded provinces; a new history entry, so Back returns to the other. */
  setMapMode(mode: MapMode): void;
  setScenesOpen(open: boolean): void;
  wantSearch(): void;
  dismissNotices(): void;
  /** Shows the dashboard in another language; the current history entry is rewritten, not added to. */
  setLanguage(lang: Locale): void;
  /** The store as it is now, read at the moment of a click (e.g. the map's extent for a new scene). */
  read(): ViewState;
}

function actionsOf(store: ViewStore): Actions {
  const history = (options?: { replace?: boolean }): HistoryMode => (options?.replace ? 'replace' : 'push');
  return {
    select: (id) => store.update(view.select(id)),
    updateFilters: (update, options) => store.update(view.updateFilters(update), history(options)),
    setPlayhead: (day) => store.update(view.setPlayhead(day)),
    setOrder: (order) => store.update(view.setOrder(order)),
    recordMapCamera: (camera) => store.update(view.recordMapCamera(camera)),
    setMapMode: (mode) => store.update(view.setMapMode(mode)),
    setScenesOpen: (open) => store.update(view.setScenesOpen(open)),
    wantSearch: () => store.update(view.wantSearch),
    dismissNotices: () => store.update(view.dismissNotices),
    setLanguage: (lang) => store.update(view.setLanguage(lang), 'replace'),
    read: store.getState,
  };
}

/** The store's actions alone: stable, and reading no state, so calling it never re-renders a panel. */
export function useActions(): Actions {
  const { store } = useCore();
  return useMemo(() => actionsOf(store), [store]);
}

/** One slice of the live store (re-renders when what `pick` returns changes, compared shallowly). */
export function useLive<T>(pick: (state: ViewState) => T): T {
  const { store } = useCore();
  return useStore(store, useShallow(pick));
}

/**
 * For controls (filter bar, details, header, presentation): the live view state, as set this
 * instant, with the actions. Panels draw from usePanel instead, which is deferred.
 */
export function useControls() {
  const { dataset, index } = useCore();
  const live = useLive((s) => ({ filters: s.filters, selectedId: s.selected, playhead: s.playhead, leadPanel: s.lead, presenting: s.present.on }));
  return { dataset, index, ...live, ...useActions() };
}

/** Live: presentation mode is on (the projector theme, large marks). */
export function usePresenting(): boolean {
  return useLive((s) => s.present.on);
}

/** Live: whether the panels are behind the filters, and whether search is still being prepared. */
export function useDerivationStatus(): DerivationStatus {
  const { status } = useCore();
  return useSyncExternalStore(status.subscribe, status.get, status.get);
}
