import { useMemo } from 'react';
import type { IndexedInitiative } from '../../model/dataset-index';
import { shrinkToFit } from '../projector-scale';
import { lanesThatFit } from './lanes-that-fit';
import { layoutMarks, stackLanes, type LaneLayout, type SparseLayout } from './timeline-marks';
import { laneKeysOf, type Lane, type LaneAttribute } from './timeline-lanes';
import { SCREEN_SIZES, shrinkLanes, type TimelineSizes } from './timeline-sizes';
import type { TimeScale } from './time-scale';

interface LaneFitInput {
  rows: readonly IndexedInitiative[];
  lanes: readonly Lane[];
  attribute: LaneAttribute;
  scale: TimeScale;
  dense: boolean;
  sizes: TimelineSizes;
  /** Height the lanes must fit in (presenting), or 0 when the plot grows with them. */
  room: number;
  /** Height of the line saying how many lanes were left out. */
  moreLine: number;
  selectedId: string | null;
}

export interface FittedLanes {
  sizes: TimelineSizes;
  /** The marks' layout (sparse), or null when counts are drawn (dense). */
  sparse: SparseLayout | null;
  laneLayouts: readonly LaneLayout[];
  /** How many lanes did not fit at the smallest lane height and are not drawn. */
  hidden: number;
}

/** How many dated initiatives each lane holds. */
function laneCounts(rows: readonly IndexedInitiative[], attribute: LaneAttribute): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.start === null) continue;
    for (const key of laneKeysOf(row, attribute)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Lanes as tall as the sizes ask; when they must fit a height (a slide), shrunk to fit but never
 * below the screen's; and when even then they do not fit, only the lanes that do (the selected
 * initiative's and the fullest), with the number left out, rather than lanes cut off at the edge.
 */
export function useFittedLanes({ rows, lanes, attribute, scale, dense, sizes: asked, room, moreLine, selectedId }: LaneFitInput): FittedLanes {
  const natural = useMemo(() => (dense ? null : layoutMarks(rows, lanes, attribute, scale, asked)), [dense, rows, lanes, attribute, scale, asked]);
  const k = shrinkToFit(natural?.height ?? lanes.length * asked.denseLane, room, SCREEN_SIZES.trackHeight / asked.trackHeight);
  const sizes = useMemo(() => shrinkLanes(asked, k), [asked, k]);
  const shrunk = useMemo(() => (k === 1 || !natural ? natural : layoutMarks(rows, lanes, attribute, scale, sizes)), [k, natural, rows, lanes, attribute, scale, sizes]);
  const shrunkLayouts = useMemo(() => shrunk?.lanes ?? stackLanes(lanes, sizes.denseLane), [shrunk, lanes, sizes]);
  const shrunkHeight = shrunkLayouts.reduce((sum, l) => sum + l.height, 0);
  const overflows = room > 0 && shrunkHeight > room + 0.5;
  const kept = useMemo(() => {
    if (!overflows) return lanes;
    const selected = rows.find((r) => r.initiative.id === selectedId);
    const first = new Set(selected ? laneKeysOf(selected, attribute) : []);
    return lanesThatFit(shrunkLayouts, laneCounts(rows, attribute), room - moreLine, first);
  }, [overflows, lanes, rows, selectedId, attribute, shrunkLayouts, room, moreLine]);
  const sparse = useMemo(() => (kept === lanes || !shrunk ? shrunk : layoutMarks(rows, kept, attribute, scale, sizes)), [kept, lanes, shrunk, rows, attribute, scale, sizes]);
  const laneLayouts = useMemo(() => (kept === lanes ? shrunkLayouts : (sparse?.lanes ?? stackLanes(kept, sizes.denseLane))), [kept, lanes, shrunkLayouts, sparse, sizes]);
  return { sizes, sparse, laneLayouts, hidden: lanes.length - kept.length };
}
