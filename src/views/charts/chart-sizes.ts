import { scaleFont, scaleSizes } from '../projector-scale';

/** Every length the charts draw in JS, in CSS px on screen; the projector scales them all alike. */
const SCREEN_LENGTHS = {
  /** Horizontal bars: the pitch of one bar, its greatest thickness, the category labels' column, the count axis. */
  rowHeight: 30,
  barThickness: 22,
  labelWidth: 210,
  countAxisHeight: 40,
  /** Below the count axis: its title and a little air. */
  axisRoom: 48,
  /** Room right of the longest bar for its count. */
  endRoom: 44,
  margin: 4,
  /** From a bar's end (or an axis) to its text, and a text's drop to sit centred on its band. */
  textGap: 6,
  textDrop: 4,
  selectedStroke: 2,
  segmentStroke: 1,
  /** Columns of the over-time chart: plot height, room above for the totals, year axis, count axis, widest column. */
  yearChartHeight: 300,
  yearTop: 22,
  yearRight: 12,
  yearAxisHeight: 44,
  yearTickDrop: 12,
  countAxisWidth: 56,
  columnThickness: 56,
  /** How far an axis title sits from the axis' edge (negative: into the margin). */
  axisTitleOffset: -2,
  countTitleOffset: 8,
};

/** Font sizes of the SVG text, in CSS px on screen. */
const SCREEN_FONTS = { tickFont: 13, titleFont: 13, valueFont: 13 };

export type ChartSizes = Readonly<Record<keyof typeof SCREEN_LENGTHS | keyof typeof SCREEN_FONTS, number>>;

/** The charts' sizes at a projector scale factor (1 on screen); fonts rounded to whole pixels. */
export function chartSizes(factor: number): ChartSizes {
  return {
    ...scaleSizes(SCREEN_LENGTHS, factor),
    tickFont: scaleFont(SCREEN_FONTS.tickFont, factor),
    titleFont: scaleFont(SCREEN_FONTS.titleFont, factor),
    valueFont: scaleFont(SCREEN_FONTS.valueFont, factor),
  };
}

/** The sizes on screen. */
export const SCREEN_CHART_SIZES: ChartSizes = chartSizes(1);

