import { useState } from 'react';
import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { BandHitLayer } from './BandHitLayer';
import { MUTED, SELECTED_STROKE, TEXT } from './chart-colours';
import { formatCount } from '../../lib/labels';
import { describeCount, niceCountScale, truncateLabel } from './chart-format';
import { CountTooltip } from './CountTooltip';

/** One horizontal bar: a category's initiatives in the chart's context, `shown` of them passing every filter. */
export interface CategoryDatum {
  key: string;
  label: string;
  total: number;
  shown: number;
  colour: string;
  /** Selected in the chart's own filter clause. */
  selected: boolean;
  /** A bar that cannot be pressed, e.g. "Others". */
  disabled?: boolean;
  /** Extra words for the tooltip and screen readers, e.g. the partner's kind. */
  detail?: string;
}

interface Row extends CategoryDatum {
  rest: number;
  /** What is drawn: `shown` and `rest`, scaled down when the bar is cut short. */
  drawShown: number;
  drawRest: number;
  /** An "Others" bar far longer than the rest, drawn shorter with a break mark so the others stay readable. */
  cut: boolean;
}

/** A disabled bar longer than this many times the longest real one is cut short... */
const CUT_ABOVE = 1.5;
/** ...to this many times it. */
const CUT_TO = 1.25;

function toRows(data: readonly CategoryDatum[]): Row[] {
  const longest = Math.max(1, ...data.filter((d) => !d.disabled).map((d) => d.total));
  return data.map((d) => {
    const cut = Boolean(d.disabled) && d.total > longest * CUT_ABOVE;
    const scale = cut ? (longest * CUT_TO) / d.total : 1;
    return { ...d, rest: d.total - d.shown, drawShown: d.shown * scale, drawRest: (d.total - d.shown) * scale, cut };
  });
}

/** The exact count after each bar, with a break mark on a bar cut short. */
function EndLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number; rows: readonly Row[] }) {
  const row = props.rows[props.index ?? -1];
  if (!row) return null;
  const [x, y, width, height] = [Number(props.x), Number(props.y), Number(props.width), Number(props.height)];
  const end = x + width;
  return (
    <g>
      {row.cut && <path d={`M${end - 14},${y + height + 2} l6,${-height - 4} M${end - 8},${y + height + 2} l6,${-height - 4}`} stroke="#ffffff" strokeWidth={3} />}
      <text x={end + 6} y={y + height / 2} dy={4} fill={TEXT} fontSize={13} fontWeight={600}>
        {formatCount(row.total)}
      </text>
    </g>
  );
}

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 48;
const LABEL_CHARS = 30;

function ShownSegment(props: BarShapeProps) {
  const row = props.payload as Row;
  return <Rectangle {...props} fill={row.colour} stroke={row.selected ? SELECTED_STROKE : 'none'} strokeWidth={2} />;
}

/** The part of a bar left out by the chart's own selection: pale, outlined in its colour. */
function LeftOutSegment(props: BarShapeProps) {
  const row = props.payload as Row;
  return <Rectangle {...props} fill={row.colour} fillOpacity={0.22} stroke={row.selected ? SELECTED_STROKE : row.colour} strokeWidth={row.selected ? 2 : 1} />;
}

export interface CategoryBarChartProps {
  data: readonly CategoryDatum[];
  /** Names the bars for screen readers, e.g. "Sectors". */
  name: string;
  /** What pressing a bar does, for its accessible name, e.g. "filter by this sector". */
  action: string;
  onPress(key: string): void;
}

/**
 * Horizontal bars, busiest first, with the part left out by the chart's own selection drawn pale;
 * the count at the end of each bar, integer ticks, and one keyboard tab stop.
 */
export function CategoryBarChart({ data, name, action, onPress }: CategoryBarChartProps) {
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const rows = toRows(data);
  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const scale = niceCountScale(Math.max(...rows.map((r) => r.drawShown + r.drawRest)));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const labelOf = new Map(rows.map((r) => [r.key, r]));

  return (
    <div className="bar-chart" style={{ height }}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, scale.max]}
          ticks={scale.ticks}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fill: TEXT, fontSize: 13 }}
          label={{ value: 'Initiatives', position: 'insideBottom', offset: -2, fill: MUTED, fontSize: 13 }}
          height={40}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={210}
          interval={0}
          tickLine={false}
          tick={(props: { x: number | string; y: number | string; payload: { value: unknown } }) => {
            const row = labelOf.get(String(props.payload.value));
            if (!row) return <g />;
            return (
              <text x={Number(props.x) - 6} y={Number(props.y)} dy={4} textAnchor="end" fontSize={13} fill={TEXT} fontWeight={row.selected ? 700 : 400}>
                <title>{row.label}</title>
                {row.selected ? '✓ ' : ''}
                {truncateLabel(row.label, LABEL_CHARS)}
              </text>
            );
          }}
        />
        <Tooltip
          cursor={{ fill: 'rgba(23, 33, 29, 0.07)' }}
          isAnimationActive={false}
          active={focused >= 0 ? true : undefined}
          defaultIndex={focused >= 0 ? focused : undefined}
          content={(props: TooltipContentProps) => {
            const row = props.payload?.[0]?.payload as Row | undefined;
            if (!props.active || !row) return null;
            const lines = [describeCount(row.total, row.shown), ...(row.cut ? ['Bar cut short to keep the others readable'] : [])];
            return <CountTooltip title={row.label} detail={row.detail} lines={lines} hint={row.disabled ? undefined : row.selected ? 'Click again to remove this filter' : `Click to ${action}`} />;
          }}
        />
        <Bar dataKey="drawShown" stackId="count" name="Shown" shape={ShownSegment} isAnimationActive={false} maxBarSize={22} />
        <Bar dataKey="drawRest" stackId="count" name="Left out" shape={LeftOutSegment} isAnimationActive={false} maxBarSize={22}>
          <LabelList dataKey="total" content={(props) => <EndLabel {...props} rows={rows} />} />
        </Bar>
        <BandHitLayer
          axis="y"
          label={name}
          targets={rows.map((r) => ({
            key: r.key,
            label: `${r.label}${r.detail ? ` (${r.detail})` : ''}: ${describeCount(r.total, r.shown)}${r.disabled ? '' : r.selected ? '. Press again to remove this filter' : `. Press to ${action}`}`,
            pressed: r.selected,
            disabled: r.disabled,
          }))}
          onPress={onPress}
          onFocusChange={setFocusedKey}
        />
      </BarChart>
    </div>
  );
}
