import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { Dataset } from '../data/dataset';
import { createDerivation } from '../derive/derive-view';
import { createRowSorter } from '../derive/order-rows';
import { dropUnknownValues } from '../filters/drop-unknown-values';
import type { UrlState } from '../filters/url-codec';
import { useSearchMatches } from './use-search-matches';
import { rememberLocale } from '../i18n/detect-locale';
import { currentLocale, showLocale } from '../i18n/i18n';
import { buildDatasetIndex } from '../model/dataset-index';
import { readPresentSettings } from '../present/deck/present-settings';
import { applyAddress, connectAddressBar, readCurrentAddress, type CheckLink } from './address-bar';
import { CoreContext, SnapshotContext, type DashboardCore, type DerivationStatus } from './dashboard-context';
import type { Snapshot } from './snapshot';
import { createSource } from './source';
import { createViewStore } from './view-store';
import { INITIAL_PRESENT, INITIAL_VIEW_STATE } from './view-state';

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The store at start: what the address says, over the defaults (auto-advance as last chosen in this browser). */
function createDashboardCore(dataset: Dataset, check: CheckLink) {
  const index = buildDatasetIndex(dataset);
  const reading = readCurrentAddress(check);
  // The language on screen was chosen before the dataset loaded (main.tsx), from the same address.
  const initial = applyAddress({ ...INITIAL_VIEW_STATE, lang: currentLocale(), present: { ...INITIAL_PRESENT, auto: readPresentSettings(storageOrNull()).auto } }, reading);
  const store = createViewStore(initial);
  const derive = createDerivation(index);
  const snapshots = createSource<Snapshot>({ cut: derive({ filters: initial.filters, queryMatches: null, playhead: initial.playhead }), selectedId: initial.selected, mapFocus: initial.map.focus });
  const core: DashboardCore = { store, dataset, index, snapshots, sorter: createRowSorter(index), status: createSource<DerivationStatus>({ recounting: false, indexing: false }) };
  return { core, derive, reading };
}

/**
 * The dashboard's state and its derivations, for everything inside: the store (live, through
 * useControls), the deferred snapshot the panels draw (usePanel), the address bar kept in step.
 * React paints the control the user touched first, then cuts the rows and redraws the panels in an
 * interruptible render: the rows are cut from the deferred filters only, so a panel never sees
 * filters without the rows they cut, and a click does not wait for a pass over every row.
 */
export function DashboardProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const [check] = useState<CheckLink>(() => (state: UrlState) => dropUnknownValues(state, dataset));
  const [{ core, derive, reading }] = useState(() => createDashboardCore(dataset, check));
  const { store, snapshots } = core;
  // A layout effect: connected before any component's effect can change the store.
  useLayoutEffect(() => connectAddressBar(store, check, reading), [store, check, reading]);
  // The store's language is shown (its strings fetched the first time) and remembered in this browser.
  useEffect(() => {
    if (store.getState().lang !== currentLocale()) void showLocale(store.getState().lang);
    return store.subscribe((state, previous) => {
      if (state.lang === previous.lang) return;
      rememberLocale(storageOrNull(), state.lang);
      void showLocale(state.lang);
    });
  }, [store]);

  const live = useStore(store, useShallow((s) => ({ filters: s.filters, playhead: s.playhead, selectedId: s.selected, mapFocus: s.map.focus, searchWanted: s.searchWanted })));
  const { matches: queryMatches, indexing } = useSearchMatches(dataset, live.filters.query, live.searchWanted);
  const input = useMemo(
    () => ({ filters: live.filters, queryMatches, playhead: live.playhead, selectedId: live.selectedId, mapFocus: live.mapFocus }),
    [live.filters, queryMatches, live.playhead, live.selectedId, live.mapFocus],
  );
  const deferred = useDeferredValue(input);
  // A new selection alone cuts nothing: the rows depend on the filters, query and playhead only.
  const cut = useMemo(
    () => derive({ filters: deferred.filters, queryMatches: deferred.queryMatches, playhead: deferred.playhead }),
    [derive, deferred.filters, deferred.queryMatches, deferred.playhead],
  );
  const snapshot = useMemo<Snapshot>(() => ({ cut, selectedId: deferred.selectedId, mapFocus: deferred.mapFocus }), [cut, deferred.selectedId, deferred.mapFocus]);
  // Hooks that take the snapshot up in turn (the charts) hear of it once it has committed and
  // painted (a passive effect): the first of them then redraws in a task after that paint.
  useEffect(() => snapshots.publish(snapshot), [snapshots, snapshot]);
  const recounting = input.filters !== deferred.filters;
  const status = useMemo(() => ({ recounting, indexing }), [recounting, indexing]);
  // The first render's status is the source's first value (no reader has subscribed yet, so no one
  // is told): a link with a query shows "preparing search" in the first paint. Later ones before
  // paint, so the header says "recounting" in the same frame as the control the user touched.
  useState(() => core.status.publish(status));
  useLayoutEffect(() => core.status.publish(status), [core, status]);

  return (
    <CoreContext.Provider value={core}>
      <SnapshotContext.Provider value={snapshot}>{children}</SnapshotContext.Provider>
    </CoreContext.Provider>
  );
}
