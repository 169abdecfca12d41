import type { ViewClause } from '../filters/filters';
import { useCore, useSnapshot, type DashboardCore } from './dashboard-context';
import { sameCut, type Snapshot } from './snapshot';
import { useStaggered } from './use-staggered';

/** What a panel draws, all from one deferred snapshot. */
export interface Panel {
  dataset: DashboardCore['dataset'];
  index: DashboardCore['index'];
  filters: Snapshot['cut']['filters'];
  playhead: number | null;
  selectedId: string | null;
  /** The last move asked of the map, with the selection it goes with. */
  mapFocus: Snapshot['mapFocus'];
  /** Rows passing every clause: what the list shows and the header counts. */
  rows: Snapshot['cut']['rows'];
  /** Rows passing every clause but the panel's own: what it draws, highlighting its own choices. */
  context: Snapshot['cut']['rows'];
  rowsExcept: Snapshot['cut']['rowsExcept'];
}

function panelOf(core: DashboardCore, snapshot: Snapshot, own: readonly ViewClause[]): Panel {
  const { cut } = snapshot;
  return {
    dataset: core.dataset,
    index: core.index,
    filters: cut.filters,
    playhead: cut.playhead,
    selectedId: snapshot.selectedId,
    mapFocus: snapshot.mapFocus,
    rows: cut.rows,
    context: cut.rowsExcept(own),
    rowsExcept: cut.rowsExcept,
  };
}

/**
 * For panels: the filters, selection and rows of the last deferred render (the same for every
 * panel), with `context` the rows of every clause but `own`. Lags the controls by a render.
 */
export function usePanel(own: readonly ViewClause[] = []): Panel {
  return panelOf(useCore(), useSnapshot(), own);
}

/**
 * Like usePanel, but a new snapshot is taken up in turn with the other panels calling this hook
 * (the charts): each redraws in a task of its own, so input and paint come between them instead of
 * waiting for all. A panel re-renders only when its turn comes, and not for a new selection alone
 * (the charts do not draw the selection).
 */
export function useStaggeredPanel(own: readonly ViewClause[] = []): Panel {
  const core = useCore();
  return panelOf(core, useStaggered(core.snapshots, sameCut), own);
}
