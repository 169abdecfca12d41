import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { useFormatter } from '../../i18n/use-formatter';
import { shrinkToFit } from '../projector-scale';
import { usePresenting } from '../../store/use-controls';
import { useElementSize } from '../use-element-size';
import { BandHitLayer } from './BandHitLayer';
import { MUTED, SELECTED_STROKE, TEXT } from './chart-colours';
import { describeCount, niceCountScale } from './chart-format';
import { withDetail } from './chart-labels';
import type { ChartSizes } from './chart-sizes';
import { CountTooltip } from './CountTooltip';
import { useTextMeasure, type DrawnText } from './measure-text';
import { useChartSizes } from './use-chart-sizes';
import { keyboardTooltipProps } from './keyboard-tooltip';

/** One horizontal bar: a category's initiatives in the chart's context, `shown` of them passing every filter. */
export interface CategoryDatum {
  key: string;
  label: string;
  /** The label's language when it is not the interface's (an English name in the Chinese charts). */
  lang?: string;
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
  /** The count after the bar, in the display language's digits. */
  count: string;
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

function toRows(data: readonly CategoryDatum[], count: (n: number) => string): Row[] {
  const longest = Math.max(1, ...data.filter((d) => !d.disabled).map((d) => d.total));
  return data.map((d) => {
    const cut = Boolean(d.disabled) && d.total > longest * CUT_ABOVE;
    const scale = cut ? (longest * CUT_TO) / d.total : 1;
    return { ...d, count: count(d.total), rest: d.total - d.shown, drawShown: d.shown * scale, drawRest: (d.total - d.shown) * scale, cut };
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
        {row.count}
      </text>
    </g>
  );
}

/** Where the count axis' title sits. */
const COUNT_TITLE_POSITION = 'insideBottom';
/** On the projector, bars squeeze to fit the chart's room, but not closer than this many times the label size. */
const MIN_PITCH_FONTS = 1.4;

/** The count after a bar, as EndLabel draws it. */
function countLabelOf(row: Row): DrawnText {
  return { text: row.count, bold: true };
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
  const { t } = useTranslation();
  const format = useFormatter();
  const presenting = usePresenting();
  const sizes = useChartSizes();
  const measure = useTextMeasure();
  const box = useRef<HTMLDivElement>(null);
  const room = useElementSize(box).height;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const rows = useMemo(() => toRows(data, format.count), [data, format]);
  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const scale = niceCountScale(Math.max(...rows.map((r) => r.drawShown + r.drawRest)));
  const { margin, textGap, textDrop, tickFont, titleFont, rowHeight } = sizes;
  // Each category's axis label as drawn: bold and ticked when selected, cut short (measured, in
  // the font it is drawn in, Chinese or not) to fit the label column; the full one is in its tooltip.
  const axisLabels = useMemo(() => {
    const room = sizes.labelWidth - 3 * textGap;
    const tick = t('charts.label.selected', { label: '' });
    return new Map<string, DrawnText>(
      rows.map((r) => {
        const text = measure.fitText(r.label, room, tickFont, r.selected, r.selected ? tick : '');
        return [r.key, { text: r.selected ? t('charts.label.selected', { label: text }) : text, bold: r.selected }];
      }),
    );
  }, [rows, sizes.labelWidth, textGap, tickFont, t, measure]);
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  // While presenting the card gives the chart the rest of the screen (charts.css): the bars squeeze
  // to fit it, and the label column is as wide as the widest label rather than the screen's width.
  const pitch = rowHeight * shrinkToFit(rows.length * rowHeight, presenting ? room - sizes.axisRoom : 0, (tickFont * MIN_PITCH_FONTS) / rowHeight);
  const height = rows.length * pitch + sizes.axisRoom;
  const labelWidth = presenting ? Math.min(sizes.labelWidth, Math.ceil(measure.widestText([...axisLabels.values()], tickFont)) + 3 * textGap) : sizes.labelWidth;
  // Room for the widest count after its bar ("1.2345万" is wider than "12,345"): at least the usual room on screen, so bars keep their length.
  const countRoom = Math.ceil(measure.widestText(rows.map(countLabelOf), sizes.valueFont)) + 2 * textGap;
  const endRoom = presenting ? Math.min(sizes.endRoom, countRoom) : Math.max(sizes.endRoom, countRoom);
  const summary = (r: Row) => t('charts.bar.summary', { label: withDetail(t, r.label, r.detail), count: describeCount(format, r.total, r.shown) });

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
          tickFormatter={(v: number) => format.count(v)}
          tick={{ fill: TEXT, style: { fontSize: tickFont } }}
          label={{ value: t('charts.axis.initiatives'), position: COUNT_TITLE_POSITION, offset: sizes.axisTitleOffset, fill: MUTED, style: { fontSize: titleFont } }}
          height={sizes.countAxisHeight}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={(props: { x: number | string; y: number | string; payload: { value: unknown }; className?: string }) => {
            const key = String(props.payload.value);
            const row = rowOf.get(key);
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
                lang={row.lang}
              >
                <title>{row.label}</title>
                {axisLabels.get(key)?.text}
              </text>
            );
          }}
        />
        <Tooltip
          {...keyboardTooltipProps(focused)}
          content={(props: TooltipContentProps) => {
            const row = props.payload?.[0]?.payload as Row | undefined;
            if (!props.active || !row) return null;
            const lines = [describeCount(format, row.total, row.shown), ...(row.cut ? [t('charts.bar.cut')] : [])];
            const hint = row.disabled ? undefined : row.selected ? t('charts.bar.clickAgain') : t('charts.bar.clickTo', { action });
            return <CountTooltip title={row.label} titleLang={row.lang} detail={row.detail} lines={lines} hint={hint} />;
          }}
        />
        <Bar dataKey="drawShown" stackId="count" name={t('charts.series.shown')} shape={(props: BarShapeProps) => <ShownSegment {...props} sizes={sizes} />} isAnimationActive={false} maxBarSize={sizes.barThickness} />
        <Bar
          dataKey="drawRest"
          stackId="count"
          name={t('charts.series.leftOut')}
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
            label: r.disabled ? summary(r) : r.selected ? t('charts.bar.pressAgain', { summary: summary(r) }) : t('charts.bar.press', { summary: summary(r), action }),
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
