import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
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
import { BarTooltip, useTooltipWanted } from './use-tooltip-wanted';

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
  /** The text after the bar: its count in the display language's digits ("3 in all" for a sum of others). */
  count: string;
  rest: number;
  /** What is drawn: `shown` and `rest`; nothing for a sum of others (a bar would read as the biggest category). */
  drawShown: number;
  drawRest: number;
}

function toRows(data: readonly CategoryDatum[], count: (n: number) => string, inAll: (n: string) => string): Row[] {
  return data.map((d) =>
    d.disabled
      ? { ...d, count: inAll(count(d.total)), rest: d.total - d.shown, drawShown: 0, drawRest: 0 }
      : { ...d, count: count(d.total), rest: d.total - d.shown, drawShown: d.shown, drawRest: d.total - d.shown },
  );
}

/** The exact count after each bar (at the axis for a row with no bar). */
function EndLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number; rows: readonly Row[]; sizes: ChartSizes }) {
  const row = props.rows[props.index ?? -1];
  if (!row) return null;
  const [x, y, width, height] = [Number(props.x), Number(props.y), Number(props.width), Number(props.height)];
  const { textGap, textDrop, valueFont } = props.sizes;
  return (
    <text x={x + width + textGap} y={y + height / 2} dy={textDrop} fill={row.disabled ? MUTED : TEXT} style={{ fontSize: valueFont }} fontWeight={row.disabled ? 400 : 600}>
      {row.count}
    </text>
  );
}

/** Where the count axis' title sits. */
const COUNT_TITLE_POSITION = 'insideBottom';
/** On the projector, bars squeeze to fit the chart's room, but not closer than this many times the label size. */
const MIN_PITCH_FONTS = 1.4;
/** On a slide the label column may take up to this share of the chart's width, so names wrap less. */
const LABEL_SHARE = 0.5;
/** The row that says how many bars a slide had no room for. */
const MORE_KEY = 'more-not-shown';
/** Lines of a wrapped label, in font sizes. */
const LINE_HEIGHT = 1.15;

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
  /** Told which bars are drawn when a slide cannot hold them all (null: all of them), for the legend. */
  onDrawn?(keys: readonly string[] | null): void;
}

/**
 * Horizontal bars, busiest first, with the part left out by the chart's own selection drawn pale;
 * the count at the end of each bar, integer ticks, and one keyboard tab stop. On the projector
 * everything is drawn larger, and the bars squeeze a little when the card has less room.
 */
export function CategoryBarChart({ data, name, action, onPress, onDrawn }: CategoryBarChartProps) {
  const { t } = useTranslation();
  const format = useFormatter();
  const presenting = usePresenting();
  const sizes = useChartSizes();
  const measure = useTextMeasure();
  const [box, { width: boxWidth, height: room }] = useElementSize<HTMLDivElement>();
  const [tooltipWanted, tooltipHandlers] = useTooltipWanted();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const allRows = useMemo(() => toRows(data, format.count, (n) => t('charts.bar.inAll', { n })), [data, format, t]);
  const { margin, textGap, textDrop, tickFont, titleFont, rowHeight } = sizes;
  // Each category's axis label as drawn: bold and ticked when selected; on screen cut short (measured,
  // in the font it is drawn in, Chinese or not) to fit the label column, the full one in its tooltip;
  // on a slide wrapped in lines instead (no tooltip there), in a column up to LABEL_SHARE of the chart.
  const labelRoom = presenting ? Math.max(sizes.labelWidth, boxWidth * LABEL_SHARE) - 3 * textGap : sizes.labelWidth - 3 * textGap;
  const axisLabels = useMemo(() => {
    const tick = t('charts.label.selected', { label: '' });
    return new Map<string, DrawnText[]>(
      allRows.map((r) => {
        const lines = presenting ? measure.wrapText(r.label, labelRoom, tickFont, r.selected) : [measure.fitText(r.label, labelRoom, tickFont, r.selected, r.selected ? tick : '')];
        if (r.selected) lines[0] = t('charts.label.selected', { label: lines[0] });
        return [r.key, lines.map((text) => ({ text, bold: r.selected }))];
      }),
    );
  }, [allRows, labelRoom, tickFont, t, measure, presenting]);
  const lineHeight = tickFont * LINE_HEIGHT;
  const mostLines = Math.max(1, ...[...axisLabels.values()].map((lines) => lines.length));
  // While presenting the card gives the chart the rest of the screen (charts.css): the bars squeeze
  // to fit it (never closer than their labels' lines need), and the label column is as wide as the widest label.
  const minPitch = Math.max(tickFont * MIN_PITCH_FONTS, mostLines * lineHeight + tickFont * 0.3);
  const pitch = Math.max(rowHeight * shrinkToFit(allRows.length * rowHeight, presenting ? room - sizes.axisRoom : 0, minPitch / rowHeight), presenting ? minPitch : 0);
  // A slide that cannot hold every bar at that pitch shows the first ones and says how many more there are.
  const fitRows = presenting && room > 0 ? Math.max(2, Math.floor((room - sizes.axisRoom) / pitch)) : Infinity;
  const rows = useMemo(() => {
    if (allRows.length <= fitRows) return allRows;
    const more = allRows.length - (fitRows - 1);
    const label = t('charts.bar.moreNotShown', { count: more, n: format.count(more) });
    return [...allRows.slice(0, fitRows - 1), { key: MORE_KEY, label, total: 0, shown: 0, colour: MUTED, selected: false, disabled: true, count: '', rest: 0, drawShown: 0, drawRest: 0 }];
  }, [allRows, fitRows, t, format]);
  // The bars drawn, when not all are (one line per key: keys are ids, never multi-line).
  const drawnKeys = rows === allRows ? null : rows.flatMap((r) => (r.key === MORE_KEY ? [] : [r.key])).join('\n');
  useEffect(
    function reportDrawn() {
      onDrawn?.(drawnKeys === null ? null : drawnKeys.split('\n'));
    },
    [drawnKeys, onDrawn],
  );
  const linesOf = (row: Row): DrawnText[] | undefined => (row.key === MORE_KEY ? [{ text: row.label, bold: false }] : axisLabels.get(row.key));
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const scale = niceCountScale(Math.max(1, ...rows.map((r) => r.drawShown + r.drawRest)));
  const height = rows.length * pitch + sizes.axisRoom;
  const labelWidth = presenting ? Math.ceil(measure.widestText(rows.flatMap((r) => linesOf(r) ?? []), tickFont)) + 3 * textGap : sizes.labelWidth;
  // Room for the widest count after its bar ("1.2345万" is wider than "12,345"): at least the usual room on screen, so bars keep their length.
  const countRoom = Math.ceil(measure.widestText(rows.map(countLabelOf), sizes.valueFont)) + 2 * textGap;
  const endRoom = presenting ? Math.min(sizes.endRoom, countRoom) : Math.max(sizes.endRoom, countRoom);
  const summary = (r: Row) => t('charts.bar.summary', { label: withDetail(t, r.label, r.detail), count: describeCount(format, r.total, r.shown) });

  return (
    <div ref={box} className="bar-chart" style={{ height }} {...tooltipHandlers}>
      {boxWidth > 0 && (
        <BarChart
          width={boxWidth}
          height={height}
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
              const lines = row && linesOf(row);
              if (!row || !lines) return <g />;
              return (
                <text
                  x={Number(props.x) - textGap}
                  y={Number(props.y)}
                  dy={lines.length === 1 ? textDrop : undefined}
                  textAnchor="end"
                  className={props.className}
                  style={{ fontSize: tickFont }}
                  fill={TEXT}
                  fontWeight={row.selected ? 700 : 400}
                  lang={row.lang}
                >
                  <title>{row.label}</title>
                  {lines.length === 1
                    ? lines[0]!.text
                    : lines.map((line, i) => (
                        <tspan key={i} x={Number(props.x) - textGap} dy={i === 0 ? textDrop - ((lines.length - 1) * lineHeight) / 2 : lineHeight}>
                          {line.text}
                        </tspan>
                      ))}
                </text>
              );
            }}
          />
          <BarTooltip<Row>
            wanted={tooltipWanted}
            focused={focused}
            describe={(row) => {
              const hint = row.disabled ? undefined : row.selected ? t('charts.bar.clickAgain') : t('charts.bar.clickTo', { action });
              return <CountTooltip title={row.label} titleLang={row.lang} detail={row.detail} lines={[describeCount(format, row.total, row.shown)]} hint={hint} />;
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
      )}
    </div>
  );
}
