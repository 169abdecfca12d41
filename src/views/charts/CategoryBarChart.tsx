import { useRef, useState } from 'react';
import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { formatCount } from '../../model/labels';
import { shrinkToFit } from '../projector-scale';
import { usePresenting } from '../../store/use-controls';
import { useElementSize } from '../use-element-size';
import { BandHitLayer } from './BandHitLayer';
import { MUTED, SELECTED_STROKE, TEXT } from './chart-colours';
import { describeCount, niceCountScale, truncateLabel } from './chart-format';
import type { ChartSizes } from './chart-sizes';
import { CountTooltip } from './CountTooltip';
import { widestText } from './measure-text';
import { useChartSizes } from './use-chart-sizes';
import { keyboardTooltipProps } from './keyboard-tooltip';

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
function EndLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number; rows: readonly Row[]; sizes: ChartSizes }) {
  const row = props.rows[props.index ?? -1];
  if (!row) return null;
  const [x, y, width, height] = [Number(props.x), Number(props.y), Number(props.width), Number(props.height)];
  const { cutStart, cutSpacing, cutSlant, cutOverhang, cutLine, textGap, textDrop, valueFont } = props.sizes;
  const end = x + width;
  const stroke = (from: number) => `M${from},${y + height + cutOverhang} l${cutSlant},${-height - 2 * cutOverhang}`;
  return (
    <g>
      {row.cut && <path d={`${stroke(end - cutStart)} ${stroke(end - cutStart + cutSpacing)}`} stroke="#ffffff" strokeWidth={cutLine} />}
      <text x={end + textGap} y={y + height / 2} dy={textDrop} fill={TEXT} style={{ fontSize: valueFont }} fontWeight={600}>
        {countLabelOf(row).text}
      </text>
    </g>
  );
}

/** Longer category labels are cut short (the full one is in their tooltip). */
const LABEL_CHARS = 30;
/** On the projector, bars squeeze to fit the chart's room, but not closer than this many times the label size. */
const MIN_PITCH_FONTS = 1.4;

/** A category's axis label as drawn: bold and ticked when selected, cut short when long. */
function axisLabelOf(row: Row): { text: string; bold: boolean } {
  return { text: `${row.selected ? '✓ ' : ''}${truncateLabel(row.label, LABEL_CHARS)}`, bold: row.selected };
}

/** The count after a bar, as EndLabel draws it. */
function countLabelOf(row: Row): { text: string; bold: boolean } {
  return { text: formatCount(row.total), bold: true };
}

function ShownSegment(props: BarShapeProps & { sizes: ChartSizes }) {
  const row = props.payload as Row;
  return <Rectangle {...props} fill={row.colour} stroke={row.selected ? SELECTED_STROKE : 'none'} strokeWidth={props.sizes.selectedStroke} />;
}

/** The part of a bar left out by the chart's own selection: pale, outlined in its colour. */
function LeftOutSegment(props: BarShapeProps & { sizes: ChartSizes }) {
  const row = props.payload as Row;
  const { selectedStroke, segmentStroke } = props.sizes;
  return <Rectangle {...props} fill={row.colour} fillOpacity={0.22} stroke={row.selected ? SELECTED_STROKE : row.colour} strokeWidth={row.selected ? selectedStroke : segmentStroke} />;
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
 * the count at the end of each bar, integer ticks, and one keyboard tab stop. On the projector
 * everything is drawn larger, and the bars squeeze a little when the card has less room.
 */
export function CategoryBarChart({ data, name, action, onPress }: CategoryBarChartProps) {
  const presenting = usePresenting();
  const sizes = useChartSizes();
  const box = useRef<HTMLDivElement>(null);
  const room = useElementSize(box).height;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const rows = toRows(data);
  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const scale = niceCountScale(Math.max(...rows.map((r) => r.drawShown + r.drawRest)));
  const labelOf = new Map(rows.map((r) => [r.key, r]));
  const { margin, textGap, textDrop, tickFont, titleFont, rowHeight } = sizes;
  // While presenting the card gives the chart the rest of the screen (charts.css): the bars squeeze
  // to fit it, and the label column is as wide as the widest label rather than the screen's width.
  const pitch = rowHeight * shrinkToFit(rows.length * rowHeight, presenting ? room - sizes.axisRoom : 0, (tickFont * MIN_PITCH_FONTS) / rowHeight);
  const height = rows.length * pitch + sizes.axisRoom;
  const labelWidth = presenting ? Math.min(sizes.labelWidth, Math.ceil(widestText(rows.map(axisLabelOf), tickFont)) + 3 * textGap) : sizes.labelWidth;
  const endRoom = presenting ? Math.min(sizes.endRoom, Math.ceil(widestText(rows.map(countLabelOf), sizes.valueFont)) + 2 * textGap) : sizes.endRoom;

  return (
    <div ref={box} className="bar-chart" style={{ height }}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        layout="vertical"
        margin={{ top: margin, right: endRoom, bottom: margin, left: margin }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, scale.max]}
          ticks={scale.ticks}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fill: TEXT, style: { fontSize: tickFont } }}
          label={{ value: 'Initiatives', position: 'insideBottom', offset: sizes.axisTitleOffset, fill: MUTED, style: { fontSize: titleFont } }}
          height={sizes.countAxisHeight}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={(props: { x: number | string; y: number | string; payload: { value: unknown }; className?: string }) => {
            const row = labelOf.get(String(props.payload.value));
            if (!row) return <g />;
            return (
              <text
                x={Number(props.x) - textGap}
                y={Number(props.y)}
                dy={textDrop}
                textAnchor="end"
                className={props.className}
                style={{ fontSize: tickFont }}
                fill={TEXT}
                fontWeight={row.selected ? 700 : 400}
              >
                <title>{row.label}</title>
                {axisLabelOf(row).text}
              </text>
            );
          }}
        />
        <Tooltip
          {...keyboardTooltipProps(focused)}
          content={(props: TooltipContentProps) => {
            const row = props.payload?.[0]?.payload as Row | undefined;
            if (!props.active || !row) return null;
            const lines = [describeCount(row.total, row.shown), ...(row.cut ? ['Bar cut short to keep the others readable'] : [])];
            return <CountTooltip title={row.label} detail={row.detail} lines={lines} hint={row.disabled ? undefined : row.selected ? 'Click again to remove this filter' : `Click to ${action}`} />;
          }}
        />
        <Bar dataKey="drawShown" stackId="count" name="Shown" shape={(props: BarShapeProps) => <ShownSegment {...props} sizes={sizes} />} isAnimationActive={false} maxBarSize={sizes.barThickness} />
        <Bar
          dataKey="drawRest"
          stackId="count"
          name="Left out"
          shape={(props: BarShapeProps) => <LeftOutSegment {...props} sizes={sizes} />}
          isAnimationActive={false}
          maxBarSize={sizes.barThickness}
        >
          <LabelList dataKey="total" content={(props) => <EndLabel {...props} rows={rows} sizes={sizes} />} />
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
