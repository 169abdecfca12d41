import { scaleFont, scaleSizes } from '../projector-scale';

/** Every length the timeline draws in JS, in CSS px on screen; the projector scales them all alike. */
const SCREEN_LENGTHS = {
  /** Plot frame: left gutter for lane labels, right margin, room above the lanes for the playhead label, axis strip. */
  gutter: 214,
  right: 16,
  top: 22,
  axis: 30,
  minPlotWidth: 120,
  /** Lane of the dense (canvas) layout. */
  denseLane: 28,
  /** Sparse marks: a point's radius, half a bar's thickness, tracks inside a lane. */
  pointRadius: 5,
  halfBar: 4,
  barCorner: 3,
  minSpanWidth: 4,
  trackHeight: 14,
  lanePadding: 6,
  trackGap: 2,
  markStroke: 1,
  inferredStroke: 2,
  /** How far the focus ring, the selected ring and an inferred mark's halo stand out from the mark. */
  focusRing: 4,
  selectedRing: 3.5,
  inferredHalo: 1.75,
  /** Lane labels and the year axis. */
  swatch: 10,
  swatchX: 6,
  labelX: 22,
  tickBelow: 6,
  yearBelow: 18,
  /** Minimum between two year labels ("2020" is about 32px at 13px). */
  yearLabelGap: 46,
  /** Room the playhead and brush labels take, to flip them before they run off the plot. */
  playheadRise: 20,
  playheadLabelWidth: 140,
  brushLabelWidth: 220,
  tooltipWidth: 270,
  tooltipGap: 16,
  legendSwatchWidth: 26,
  legendSwatchHeight: 14,
  /** Dense layout: bar inset from the lane's edges, narrowest column and the gap between columns, hatching tile and line, selected ring. */
  densityInset: 3,
  minColumn: 4,
  columnGap: 0.8,
  hatchTile: 6,
  hatchLine: 1.6,
  ringRadius: 7,
  ringOuterLine: 4,
  ringInnerLine: 2.5,
};

/** Font sizes of the SVG text, in CSS px on screen. */
const SCREEN_FONTS = { laneFont: 13, yearFont: 13 };

export type TimelineSizes = Readonly<Record<keyof typeof SCREEN_LENGTHS | keyof typeof SCREEN_FONTS, number>>;

/** The timeline's sizes at a projector scale factor (1 on screen); fonts rounded to whole pixels. */
export function timelineSizes(factor: number): TimelineSizes {
  const laneFont = scaleFont(SCREEN_FONTS.laneFont, factor);
  // The lane labels' gutter grows with their type (on a slide the type grows more than the lengths: it never goes below the root size).
  return { ...scaleSizes(SCREEN_LENGTHS, factor), gutter: (SCREEN_LENGTHS.gutter * laneFont) / SCREEN_FONTS.laneFont, laneFont, yearFont: scaleFont(SCREEN_FONTS.yearFont, factor) };
}

/** The sizes on screen. */
export const SCREEN_SIZES: TimelineSizes = timelineSizes(1);

/** The lengths that make lanes tall, shrunk together when the lanes must fit a given height. */
const LANE_LENGTHS = [
  'denseLane',
  'pointRadius',
  'halfBar',
  'barCorner',
  'trackHeight',
  'lanePadding',
  'trackGap',
  'focusRing',
  'selectedRing',
  'inferredHalo',
  'ringRadius',
] as const satisfies ReadonlyArray<keyof TimelineSizes>;

/** `sizes` with lanes and marks `k` times as tall (k < 1 to fit them on the projector's screen). */
export function shrinkLanes(sizes: TimelineSizes, k: number): TimelineSizes {
  if (k === 1) return sizes;
  const shrunk: Record<keyof TimelineSizes, number> = { ...sizes };
  for (const key of LANE_LENGTHS) shrunk[key] = sizes[key] * k;
  return shrunk;
}
