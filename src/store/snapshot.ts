import type { Cut } from '../derive/derive-view';
import type { Source } from './source';

/**
 * What the panels draw, from one deferred render: the rows cut for the filters and playhead of that
 * render, and the selection of that render. Panels reading one snapshot agree with each other.
 */
export interface Snapshot {
  cut: Cut;
  selectedId: string | null;
}

/** The last committed snapshot, for the panels that take it up in turn (the charts). */
export type SnapshotSource = Source<Snapshot>;

/** A new snapshot needs no redraw of a panel that ignores the selection when only the selection changed. */
export const sameCut = (a: Snapshot, b: Snapshot): boolean => a.cut === b.cut;
