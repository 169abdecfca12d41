import { lazy, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/load-dataset';
import type { Filters } from '../filters/filters';
import { dropUnknownValues } from '../filters/drop-unknown-values';
import type { UrlState } from '../filters/url-codec';
import { useSearchMatches } from '../filters/use-search-matches';
import { useUrlState, type SetUrlStateOptions } from '../filters/use-url-state';
import { applyFilters, memoiseRowsExcept } from '../lib/apply-filters';
import { buildDatasetIndex } from '../lib/dataset-index';
import { checkDeck } from '../present/check-deck';
import { PresentButton } from '../present/PresentButton';
import { DashboardContext, type DashboardState, type LeadPanel, type MapBounds, type MapFocus } from './dashboard-context';
import { DetailsPanel } from './details/DetailsPanel';
import { FilterBar } from './filters/FilterBar';
import { InitiativeList } from './list/InitiativeList';
import { DataProblemsPanel } from './shell/DataProblemsPanel';
import { Header } from './shell/Header';
import { ExportMenu } from './export/ExportMenu';
import { loadChartsView, loadMapView, loadTimelineView } from './panel-chunks';
import { PresentationLayer } from '../present/PresentationLayer';
import { DeferredPanel } from './shell/DeferredPanel';
import { UrlNotices } from './shell/UrlNotices';

// Panels the first paint does not need load as separate chunks (recharts, Leaflet).
const ChartsView = lazy(loadChartsView);
const MapView = lazy(loadMapView);
const TimelineView = lazy(loadTimelineView);

/** The one place where panels are wired together: dataset -> filters -> every view. */
export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { dataset, problems } = loaded;
  const checkState = useCallback((state: UrlState) => dropUnknownValues(state, dataset), [dataset]);
  const { state, notices, setState, dismissNotices } = useUrlState(checkState);
  const { filters, selected } = state;
  const index = useMemo(() => buildDatasetIndex(dataset), [dataset]);
  const allProblems = useMemo(
    () => (loaded.deck ? [...problems, ...checkDeck(loaded.deck.json, dataset, loaded.deck.path).problems] : problems),
    [loaded.deck, problems, dataset],
  );
  const [searchWanted, setSearchWanted] = useState(false);
  const { matches: queryMatches, indexing } = useSearchMatches(dataset, filters.query, searchWanted);

  const [playhead, setPlayhead] = useState<number | null>(null);

  const filtered = useMemo(() => applyFilters(index, filters, { queryMatches, playhead }), [index, filters, queryMatches, playhead]);
  const rowsExcept = useMemo(
    () => memoiseRowsExcept(index, filters, { queryMatches, playhead }, filtered),
    [index, filters, queryMatches, playhead, filtered],
  );

  const select = useCallback((id: string | null) => setState((s) => ({ ...s, selected: id })), [setState]);
  const updateFilters = useCallback(
    (update: (f: Filters) => Filters, options?: SetUrlStateOptions) => setState((s) => ({ ...s, filters: update(s.filters) }), options),
    [setState],
  );

  const applyView = useCallback((view: UrlState) => setState(() => view), [setState]);
  const [mapFocus, setMapFocus] = useState<MapFocus | null>(null);
  const focusMap = useCallback((bounds: MapBounds) => setMapFocus((current) => ({ bounds, key: (current?.key ?? 0) + 1 })), []);
  const mapExtent = useRef<MapBounds | null>(null);
  const [leadPanel, setLeadPanel] = useState<LeadPanel>('map');
  const [presenting, setPresenting] = useState(false);

  const context = useMemo<DashboardState>(
    () => ({
      dataset,
      index,
      filters,
      filtered,
      rowsExcept,
      selectedId: selected,
      select,
      updateFilters,
      playhead,
      setPlayhead,
      applyView,
      mapFocus,
      focusMap,
      mapExtent,
      leadPanel,
      setLeadPanel,
      presenting,
      setPresenting,
    }),
    [dataset, index, filters, filtered, rowsExcept, selected, select, updateFilters, playhead, applyView, mapFocus, focusMap, leadPanel, presenting],
  );

  // The heavy panels (map, timeline, charts, list) draw deferred rows: React paints the control the
  // user touched and the count first, then redraws them in an interruptible render. Filters and
  // callbacks stay current, so a handler never computes its next filter from a stale one.
  // The playhead travels with the rows it cut, so a panel never sees one without the other.
  const rows = useMemo(() => ({ filtered, rowsExcept, playhead }), [filtered, rowsExcept, playhead]);
  const deferredRows = useDeferredValue(rows);
  const deferredContext = useMemo<DashboardState>(() => ({ ...context, ...deferredRows }), [context, deferredRows]);

  return (
    <DashboardContext.Provider value={context}>
      <a className="skip-link" href="#details-title">
        Skip to details
      </a>
      <Header manifest={dataset.manifest} shown={filtered.length} total={index.rows.length} quiet={playhead !== null}>
        <PresentButton />
        <ExportMenu />
      </Header>
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <DataProblemsPanel problems={allProblems} />
      <FilterBar indexing={indexing} onSearchFocus={() => setSearchWanted(true)} />
      <main className={`dashboard lead-${leadPanel}${presenting ? ' presenting' : ''}`}>
        <div className="dashboard-top">
          <section className="region region-map" aria-label="Map">
            <DeferredPanel name="map" state={deferredContext}>
              <MapView />
            </DeferredPanel>
          </section>
          <section className="region region-timeline" aria-label="Timeline">
            <DeferredPanel name="timeline" state={deferredContext}>
              <TimelineView />
            </DeferredPanel>
          </section>
          <aside className="region region-side" aria-label="Initiatives and details">
            <DetailsPanel />
            <DashboardContext.Provider value={deferredContext}>
              <InitiativeList />
            </DashboardContext.Provider>
          </aside>
        </div>
        <section className="region region-charts" aria-label="Charts">
          <DeferredPanel name="charts" state={deferredContext}>
            <ChartsView />
          </DeferredPanel>
        </section>
      </main>
      {/* Not lazy: its keys (P to present) must work as soon as the dashboard shows. */}
      <PresentationLayer deck={loaded.deck} />
    </DashboardContext.Provider>
  );
}
