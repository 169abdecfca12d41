import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../data/load-dataset';
import type { Filters } from '../filters/filters';
import { dropUnknownValues } from '../filters/drop-unknown-values';
import type { UrlState } from '../filters/url-codec';
import { useSearchMatches } from '../filters/use-search-matches';
import { useUrlState, type SetUrlStateOptions } from '../filters/use-url-state';
import { applyFilters, createRowsExcept } from '../lib/apply-filters';
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
import { ChunkPanel } from './shell/ChunkPanel';
import { DeferredPanel } from './shell/DeferredPanel';
import { UrlNotices } from './shell/UrlNotices';


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

  // What changes with every filter or selection. The heavy panels (map, timeline, charts, list) draw
  // a deferred copy: React paints the control the user touched and the details first, then cuts the
  // rows and redraws the panels in an interruptible render. The rows are cut from the deferred
  // filters only, so a panel never sees filters without the rows they cut (nor the playhead without
  // its rows), and the click that changed a filter does not wait for a pass over every row.
  const live = useMemo(() => ({ filters, queryMatches, playhead, selectedId: selected }), [filters, queryMatches, playhead, selected]);
  const deferred = useDeferredValue(live);
  // A new selection alone cuts nothing: the rows depend on the filters, query and playhead only.
  const { filters: cutFilters, queryMatches: cutMatches, playhead: cutPlayhead } = deferred;
  const filtered = useMemo(() => applyFilters(index, cutFilters, { queryMatches: cutMatches, playhead: cutPlayhead }), [index, cutFilters, cutMatches, cutPlayhead]);
  // Keeps the rows a filter change did not touch from one state to the next (see createRowsExcept).
  const rowsExceptFor = useMemo(() => createRowsExcept(index), [index]);
  const rowsExcept = useMemo(
    () => rowsExceptFor(cutFilters, { queryMatches: cutMatches, playhead: cutPlayhead }, filtered),
    [rowsExceptFor, cutFilters, cutMatches, cutPlayhead, filtered],
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

  const controls = useMemo(
    () => ({ dataset, index, select, updateFilters, setPlayhead, applyView, mapFocus, focusMap, mapExtent, leadPanel, setLeadPanel, presenting, setPresenting }),
    [dataset, index, select, updateFilters, applyView, mapFocus, focusMap, leadPanel, presenting],
  );
  // Controls (filter bar, details, header) show the filters and selection as set, with the rows of
  // the last deferred render (a picker's counts catch up with the panels).
  const context = useMemo<DashboardState>(
    () => ({ ...controls, filters, playhead, selectedId: selected, filtered, rowsExcept }),
    [controls, filters, playhead, selected, filtered, rowsExcept],
  );
  // The panels' elements are made once, so the urgent render does not touch them. Handlers update
  // filters with functions of the current state, so a panel drawn from deferred filters never
  // computes its next filter from a stale one.
  const panelContext = useMemo<DashboardState>(
    () => ({ ...controls, filters: deferred.filters, playhead: deferred.playhead, selectedId: deferred.selectedId, filtered, rowsExcept }),
    [controls, deferred, filtered, rowsExcept],
  );
  // The timeline's brush and date fields are controls: they show the filters as set, at once, so a
  // key moves a handle on from where it is drawn, not from a range a frame old. Its marks still
  // come from the deferred rows, and its heavy work is memoised on them.
  const timelineContext = useMemo<DashboardState>(() => ({ ...panelContext, filters }), [panelContext, filters]);
  // Panels the first paint does not need come in chunks of their own (recharts, Leaflet).
  const panels = useMemo(
    () => ({
      map: <ChunkPanel load={loadMapView} />,
      timeline: <ChunkPanel load={loadTimelineView} />,
      charts: <ChunkPanel load={loadChartsView} />,
      list: <InitiativeList />,
    }),
    [],
  );

  return (
    <DashboardContext.Provider value={context}>
      <a className="skip-link" href="#details-title">
        Skip to details
      </a>
      <Header manifest={dataset.manifest} shown={filtered.length} total={index.rows.length} quiet={playhead !== null} updating={live.filters !== deferred.filters}>
        <PresentButton />
        {/* Exports what the panels show: the deferred filters with the rows they cut. */}
        <DashboardContext.Provider value={panelContext}>
          <ExportMenu />
        </DashboardContext.Provider>
      </Header>
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <DataProblemsPanel problems={allProblems} />
      <FilterBar indexing={indexing} onSearchFocus={() => setSearchWanted(true)} />
      <main className={`dashboard lead-${leadPanel}${presenting ? ' presenting' : ''}`}>
        <div className="dashboard-top">
          <section className="region region-map" aria-label="Map">
            <DeferredPanel name="map" state={panelContext}>
              {panels.map}
            </DeferredPanel>
          </section>
          <section className="region region-timeline" aria-label="Timeline">
            <DeferredPanel name="timeline" state={timelineContext}>
              {panels.timeline}
            </DeferredPanel>
          </section>
          <aside className="region region-side" aria-label="Initiatives and details">
            <DetailsPanel />
            <DashboardContext.Provider value={panelContext}>{panels.list}</DashboardContext.Provider>
          </aside>
        </div>
        <section className="region region-charts" aria-label="Charts">
          <DeferredPanel name="charts" state={panelContext}>
            {panels.charts}
          </DeferredPanel>
        </section>
      </main>
      {/* Not lazy: its keys (P to present) must work as soon as the dashboard shows. */}
      <PresentationLayer deck={loaded.deck} />
    </DashboardContext.Provider>
  );
}
