import { useFormatter } from '../../i18n/use-formatter';
import { shortenLabel, yearLabelGap } from './format-time';
import type { LaneLayout } from './timeline-marks';
import type { TimelineSizes } from './timeline-sizes';
import { yearTicks, type TimeScale } from './time-scale';

interface TimelineAxisProps {
  scale: TimeScale;
  lanes: readonly LaneLayout[];
  /** Top of the first lane and of the axis strip, in pixels. */
  top: number;
  axisTop: number;
  width: number;
  height: number;
  sizes: TimelineSizes;
}

/** Longest lane label drawn whole, in Latin letters (a Chinese character counts two); the full label is its title. */
const MAX_LABEL = 26;

/** Lane bands with their labels, a grid line each year and the year labels. Decorative: the marks and the table carry the content. */
export function TimelineAxis({ scale, lanes, top, axisTop, width, height, sizes }: TimelineAxisProps) {
  const format = useFormatter();
  // "2021年" is wider than "2021": the labels thin out sooner in Chinese.
  const ticks = yearTicks(scale, yearLabelGap(format, sizes));
  const everyYear = ticks.filter((t) => t.labelled).length >= ticks.length - 1;
  return (
    <svg className="tl-layer tl-axis" width={width} height={height} aria-hidden="true">
      {lanes.map((layout, i) => (
        <g key={layout.lane.key}>
          <rect x={0} y={top + layout.y} width={width} height={layout.height} className={i % 2 ? 'tl-lane-band odd' : 'tl-lane-band'} />
          <rect
            x={sizes.swatchX}
            y={top + layout.y + layout.height / 2 - sizes.swatch / 2}
            width={sizes.swatch}
            height={sizes.swatch}
            rx={sizes.swatch / 5}
            fill={layout.lane.colour}
            className="tl-swatch"
          />
          {/* A style, not an attribute: it must win over stylesheets (the projector theme sizes these too). */}
          <text x={sizes.labelX} y={top + layout.y + layout.height / 2} dominantBaseline="central" className="tl-lane-label" style={{ fontSize: sizes.laneFont }}>
            <title>{layout.lane.label}</title>
            {shortenLabel(layout.lane.label, MAX_LABEL)}
          </text>
        </g>
      ))}
      {ticks.map((tick) => (
        <line key={tick.year} x1={tick.x} x2={tick.x} y1={top} y2={axisTop + sizes.tickBelow} className={tick.labelled ? 'tl-grid strong' : 'tl-grid'} />
      ))}
      <line x1={scale.x0} x2={scale.x1} y1={axisTop} y2={axisTop} className="tl-axis-line" />
      {ticks
        .filter((tick) => tick.labelled)
        .map((tick) => {
          // One label per year sits in the middle of its year; sparser labels mark 1 January.
          const next = ticks[ticks.indexOf(tick) + 1];
          const x = everyYear && next ? (tick.x + next.x) / 2 : tick.x;
          return (
            <text key={tick.year} x={x} y={axisTop + sizes.yearBelow} textAnchor="middle" className="tl-year" data-year={tick.year} style={{ fontSize: sizes.yearFont }}>
              {format.year(tick.year)}
            </text>
          );
        })}
    </svg>
  );
}
