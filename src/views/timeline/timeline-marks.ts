import type { IndexedInitiative } from '../../model/dataset-index';
import { laneKeysOf, type Lane, type LaneAttribute } from './timeline-lanes';
import { SCREEN_SIZES, type TimelineSizes } from './timeline-sizes';
import { dayToX, type TimeScale } from './time-scale';

/** One initiative drawn in one lane: a point for a day, a bar across the month or year otherwise. */
export interface Mark {
  /** Unique per mark: "<initiative id>@<lane key>". */
  key: string;
  row: IndexedInitiative;
  laneKey: string;
  shape: 'point' | 'span';
  inferred: boolean;
  /** Pixel extent the mark occupies (a point's circle; a span from its first day to past its last). */
  x0: number;
  x1: number;
  /** Row inside the lane, 0 at the top, so marks do not hide each other. */
  track: number;
}

export interface LaneLayout {
  lane: Lane;
  /** Top of the lane in pixels from the top of the plot. */
  y: number;
  height: number;
  tracks: number;
}

export interface SparseLayout {
  lanes: LaneLayout[];
  /** Every mark, in time order (then lane order): the keyboard steps through them in this order. */
  marks: Mark[];
  height: number;
}

/** The sizes a layout of marks depends on (TimelineSizes, scaled on a projector). */
export type MarkSizes = Pick<TimelineSizes, 'pointRadius' | 'minSpanWidth' | 'trackHeight' | 'lanePadding' | 'trackGap'>;

/** Beyond this many tracks a lane stops growing and marks share the last one. */
const MAX_TRACKS = 6;

/** Marks per lane for up to a few thousand marks, packed greedily into tracks by their left edge. */
export function layoutMarks(
  rows: readonly IndexedInitiative[],
  lanes: readonly Lane[],
  attribute: LaneAttribute,
  scale: TimeScale,
  sizes: MarkSizes = SCREEN_SIZES,
): SparseLayout {
  const { pointRadius, minSpanWidth, trackHeight, lanePadding, trackGap } = sizes;
  const byLane = new Map<string, Mark[]>(lanes.map((lane) => [lane.key, []]));
  for (const row of rows) {
    if (row.start === null || row.end === null) continue;
    const point = row.initiative.date.precision === 'day';
    const x0 = point ? dayToX(scale, row.start + 0.5) - pointRadius : dayToX(scale, row.start);
    const x1 = point ? x0 + 2 * pointRadius : Math.max(dayToX(scale, row.end + 1), x0 + minSpanWidth);
    for (const laneKey of laneKeysOf(row, attribute)) {
      byLane.get(laneKey)?.push({
        key: `${row.initiative.id}@${laneKey}`,
        row,
        laneKey,
        shape: point ? 'point' : 'span',
        inferred: row.initiative.date.basis === 'inferred',
        x0,
        x1,
        track: 0,
      });
    }
  }
  const layouts: LaneLayout[] = [];
  const marks: Mark[] = [];
  let y = 0;
  for (const lane of lanes) {
    const laneMarks = byLane.get(lane.key) ?? [];
    laneMarks.sort((a, b) => a.x0 - b.x0 || b.x1 - a.x1);
    const trackEnds: number[] = [];
    for (const mark of laneMarks) {
      let track = trackEnds.findIndex((end) => end + trackGap <= mark.x0);
      if (track === -1) {
        if (trackEnds.length < MAX_TRACKS) track = trackEnds.length;
        else track = trackEnds.indexOf(Math.min(...trackEnds));
      }
      trackEnds[track] = Math.max(trackEnds[track] ?? -Infinity, mark.x1);
      mark.track = track;
      marks.push(mark);
    }
    const tracks = Math.max(1, trackEnds.length);
    const height = tracks * trackHeight + 2 * lanePadding;
    layouts.push({ lane, y, height, tracks });
    y += height;
  }
  const laneOrder = new Map(lanes.map((lane, i) => [lane.key, i]));
  marks.sort((a, b) => a.row.start! - b.row.start! || laneOrder.get(a.laneKey)! - laneOrder.get(b.laneKey)!);
  return { lanes: layouts, marks, height: y };
}

/** Vertical centre of a mark's track inside the plot. */
export function markCentreY(lane: LaneLayout, track: number, sizes: Pick<MarkSizes, 'trackHeight' | 'lanePadding'> = SCREEN_SIZES): number {
  return lane.y + sizes.lanePadding + track * sizes.trackHeight + sizes.trackHeight / 2;
}

/** How many marks the rows make (one per initiative per lane), to choose between SVG and canvas. */
export function countMarks(rows: readonly IndexedInitiative[], attribute: LaneAttribute): number {
  let count = 0;
  for (const row of rows) {
    if (row.start === null) continue;
    for (const _ of laneKeysOf(row, attribute)) count++;
  }
  return count;
}

/** Above this many marks the timeline draws counts per lane and month on a canvas instead of one SVG mark each. */
export const SPARSE_LIMIT = 1500;

/** Lanes of one fixed height, stacked from the top: the dense (canvas) layout. */
export function stackLanes(lanes: readonly Lane[], height: number): LaneLayout[] {
  return lanes.map((lane, i) => ({ lane, y: i * height, height, tracks: 1 }));
}
