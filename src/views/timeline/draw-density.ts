import { overlapsRange, type DayRange } from './brush';
import type { LaneLayout } from './timeline-marks';
import type { LaneBins, TimelineBins } from './timeline-bins';
import { SCREEN_SIZES, type TimelineSizes } from './timeline-sizes';
import { dayToX, monthEndDay, monthIndexOf, monthStartDay, xToDay, type TimeScale } from './time-scale';

/** Grey for what lies outside the brushed range. */
export const DIMMED = '#d6dcd9';
const INFERRED_ALPHA = 0.42;
/** A bar narrower than `minColumn` px merges months (2, 3, 4, 6 or 12 of them) into one column. */
const COLUMN_MONTHS = [1, 2, 3, 4, 6, 12] as const;

export interface DensityFrame {
  bins: TimelineBins;
  lanes: readonly LaneLayout[];
  scale: TimeScale;
  /** Pixels from the top of the canvas to the top of the first lane. */
  top: number;
  range: DayRange;
  /** Last month index drawn (the playhead), or null for all. */
  lastMonth: number | null;
  /** Months per bar, and the tallest bar over the whole dataset (so heights do not jump while playing). */
  monthsPerColumn: number;
  max: number;
  /** Inset, gap and hatching sizes in CSS px (scaled on a projector). */
  sizes: Pick<TimelineSizes, 'densityInset' | 'columnGap' | 'hatchTile' | 'hatchLine'>;
  /** Device pixels per CSS pixel: the hatching is drawn at this resolution so it stays sharp. */
  pixelRatio: number;
}

/** Counts in one column of a lane: precise dates by basis, and the column's share of year-only dates. */
export interface ColumnCounts {
  stated: number;
  inferred: number;
  yearOnly: number;
}

/** Months per bar so that a bar is at least `minColumn` px wide; columns start on 1 January. */
export function monthsPerColumnFor(scale: TimeScale, bins: TimelineBins, minColumn = SCREEN_SIZES.minColumn): number {
  const pxPerMonth = (scale.x1 - scale.x0) / bins.months;
  return COLUMN_MONTHS.find((k) => k * pxPerMonth >= minColumn) ?? 12;
}

/** Sums months [first, first + k) of a lane (relative to the bins' first month), stopping after `last`. */
export function columnCounts(lane: LaneBins, first: number, k: number, last: number): ColumnCounts {
  const counts = { stated: 0, inferred: 0, yearOnly: 0 };
  for (let m = first; m < first + k && m <= last && m < lane.stated.length; m++) {
    counts.stated += lane.stated[m]!;
    counts.inferred += lane.inferred[m]!;
    counts.yearOnly += lane.yearOnly[Math.floor(m / 12)]! / 12;
  }
  return counts;
}

export function columnMax(bins: TimelineBins, k: number): number {
  let max = 0;
  for (const lane of bins.lanes.values()) {
    for (let first = 0; first < bins.months; first += k) {
      const c = columnCounts(lane, first, k, bins.months - 1);
      max = Math.max(max, c.stated + c.inferred + c.yearOnly);
    }
  }
  return max;
}

/**
 * Diagonal hatching in `colour`: year-only dates, spread evenly over their year. The tile is drawn
 * in device pixels and the pattern shrunk back by the pixel ratio, so the lines stay sharp.
 */
function hatch(ctx: CanvasRenderingContext2D, colour: string, frame: Pick<DensityFrame, 'sizes' | 'pixelRatio'>): CanvasPattern | string {
  const ratio = frame.pixelRatio;
  const size = Math.max(2, Math.round(frame.sizes.hatchTile * ratio));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return colour;
  t.strokeStyle = colour;
  t.lineWidth = frame.sizes.hatchLine * ratio;
  t.beginPath();
  t.moveTo(-1, size + 1);
  t.lineTo(size + 1, -1);
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return colour;
  pattern.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern;
}

type Layer = keyof ColumnCounts;

/**
 * Draws initiatives per lane and column of months as bars (height: count, one scale for every
 * lane): solid for stated dates, pale for inferred ones, hatched for year-only dates spread over
 * their year. Columns outside a brushed range are grey. The context is already scaled to CSS pixels.
 */
export function drawDensity(ctx: CanvasRenderingContext2D, frame: DensityFrame): void {
  const { bins, lanes, scale, top, range, lastMonth, monthsPerColumn: k, max, sizes } = frame;
  const inset = sizes.densityInset;
  const last = lastMonth === null ? bins.months - 1 : Math.min(bins.months - 1, lastMonth - bins.firstMonth);
  const patterns = new Map<string, CanvasPattern | string>();
  for (const layout of lanes) {
    const lane = bins.lanes.get(layout.lane.key);
    if (!lane) continue;
    const baseline = top + layout.y + layout.height - inset;
    const unit = max > 0 ? (layout.height - 2 * inset) / max : 0;
    for (const highlighted of [true, false]) {
      const colour = highlighted ? layout.lane.colour : DIMMED;
      const paths: Record<Layer, Path2D> = { yearOnly: new Path2D(), stated: new Path2D(), inferred: new Path2D() };
      for (let first = 0; first <= last; first += k) {
        const start = monthStartDay(bins.firstMonth + first);
        const end = monthEndDay(bins.firstMonth + Math.min(first + k - 1, last));
        if (overlapsRange(start, end, range) !== highlighted) continue;
        const counts = columnCounts(lane, first, k, last);
        const x0 = dayToX(scale, start);
        const x1 = dayToX(scale, end + 1);
        // A hairline between columns, once they are wide enough to spare it.
        const width = x1 - x0 > 4 * sizes.columnGap ? x1 - x0 - sizes.columnGap : x1 - x0;
        let y = baseline;
        for (const layer of ['yearOnly', 'stated', 'inferred'] as const) {
          if (counts[layer] <= 0) continue;
          // Never thinner than a pixel, so a single initiative in a busy dataset still shows.
          const height = Math.max(1, counts[layer] * unit);
          paths[layer].rect(x0, y - height, width, height);
          y -= height;
        }
      }
      if (!patterns.has(colour)) patterns.set(colour, hatch(ctx, colour, frame));
      ctx.fillStyle = patterns.get(colour)!;
      ctx.fill(paths.yearOnly);
      ctx.fillStyle = colour;
      ctx.fill(paths.stated);
      ctx.globalAlpha = INFERRED_ALPHA;
      ctx.fill(paths.inferred);
      ctx.globalAlpha = 1;
    }
  }
}

/** The lane and column (its first month index) under a point of the plot, for the tooltip; null outside every lane. */
export function columnAt(frame: Pick<DensityFrame, 'bins' | 'lanes' | 'scale' | 'top' | 'monthsPerColumn'>, x: number, y: number): { layout: LaneLayout; month: number } | null {
  const { bins, lanes, scale, top, monthsPerColumn: k } = frame;
  if (x < scale.x0 || x > scale.x1) return null;
  const layout = lanes.find((l) => y >= top + l.y && y < top + l.y + l.height);
  if (!layout) return null;
  const relative = monthIndexOf(xToDay(scale, x)) - bins.firstMonth;
  if (relative < 0 || relative >= bins.months) return null;
  return { layout, month: bins.firstMonth + Math.floor(relative / k) * k };
}
