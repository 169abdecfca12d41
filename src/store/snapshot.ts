import type { Cut } from '../derive/derive-view';
import type { MapFocus } from './view-state';
import type { Source } from './source';

/**
 * What the panels draw, from one deferred render: the rows cut for the filters and playhead of that
 * render, the selection of that render, and the map move asked with them (a scene's extent, the
 * analyst's view put back), so the map moves with the selection it goes with, never before it.
 * Panels reading one snapshot agree with each other.
 */
export interface Snapshot {
  cut: Cut;
  selectedId: string | null;
  mapFocus: MapFocus | null;
}

/** The last committed snapshot, for the panels that take it up in turn (the charts). */
export type SnapshotSource = Source<Snapshot>;

/** A new snapshot needs no redraw of a panel that ignores the selection when only the selection changed. */
export const sameCut = (a: Snapshot, b: Snapshot): boolean => a.cut === b.cut;
