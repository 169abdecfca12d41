import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { isClauseActive } from '../../filters/filters';
import { OTHER_SECTORS, pickStackSectors, toYearStacks, yearExtent, type YearStack } from '../../derive/aggregate-years';
import { NEUTRAL } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { BandHitLayer } from './BandHitLayer';
import { ChartCard } from './ChartCard';
import { MUTED, sectorPalette, TEXT } from './chart-colours';
import { useFormatter } from '../../i18n/use-formatter';
import { useElementSize } from '../use-element-size';
import { initiatives, niceCountScale } from './chart-format';
import { sectorName } from './chart-labels';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { CountTooltip } from './CountTooltip';
import type { ChartSizes } from './chart-sizes';
import { isYearSelected, toggleYear } from './chart-updates';
import { useChartSizes } from './use-chart-sizes';
import { YearTable } from './YearTable';
import { BarTooltip, useTooltipWanted } from './use-tooltip-wanted';
import { useTextMeasure } from './measure-text';

/** Above this many years the totals would collide; the tooltip and table give them. */
const MAX_LABELLED_YEARS = 16;

/** Where the axis titles sit. */
const YEAR_TITLE_POSITION = 'insideBottom';
const COUNT_TITLE_POSITION = 'insideLeft';
const COUNT_TITLE_ANCHOR = 'middle';
/** Recharts' tick line and the gap after it, before a count tick's text. */
const TICK_ROOM = 8;

/** Data key of a stacked sector's count in a row. */
const countKey = (id: string) => `n:${id}` as const;

type Row = YearStack & {
  [key: `n:${string}`]: number;
  key: string;
  /** Outside the date filter: drawn faded. */
  faded: boolean;
  selected: boolean;
};

function YearSegment(props: BarShapeProps & { sizes: ChartSizes }) {
  const row = props.payload as Row;
  return <Rectangle {...props} fillOpacity={row.faded ? 0.25 : 1} stroke="#ffffff" strokeWidth={props.sizes.segmentStroke} />;
}

export function YearChart() {
  const { t } = useTranslation();
  const format = useFormatter();
  const measure = useTextMeasure();
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const sizes = useChartSizes();
  const { yearChartHeight: height, tickFont, titleFont, valueFont } = sizes;
  // The box is drawn by the card, and only while it shows the chart (not its table): measured each time it is.
  const [box, { width: chartWidth }] = useElementSize<HTMLDivElement>();
  const [tooltipWanted, tooltipHandlers] = useTooltipWanted();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const context = rowsExcept(['date']);
  const extent = useMemo(() => yearExtent(index.rows), [index]);
  const palette = useMemo(() => sectorPalette([...dataset.sectors.keys()]), [dataset]);
  const stacked = useMemo(() => pickStackSectors(index, index.rows, palette.coloured, filters.sectors), [index, palette, filters.sectors]);
  const colours = palette.colours;
  const dateActive = isClauseActive(filters, 'date');
  const { rows, series, undated } = useMemo(() => {
    const stacks = toYearStacks(index, context, filtered, { extent, stacked, preferred: filters.sectors });
    const rows: Row[] = stacks.years.map((y) => {
      const row: Row = { ...y, key: String(y.year), faded: dateActive && y.shown === 0, selected: isYearSelected(filters, y.year) };
      for (const id of stacks.series) row[countKey(id)] = y.counts[id] ?? 0;
      return row;
    });
    return { rows, series: stacks.series, undated: stacks.undated };
  }, [index, context, filtered, extent, stacked, filters, dateActive]);

  const focused = focusedKey === null ? -1 : rows.findIndex((r) => r.key === focusedKey);
  const seriesLabel = (id: string) => (id === OTHER_SECTORS ? t('charts.year.otherSectors') : sectorName(dataset, id, format.locale));
  const yearLabel = (key: string) => format.year(Number(key));
  const press = (key: string) => updateFilters((f) => toggleYear(f, Number(key)));
  const scale = niceCountScale(Math.max(...rows.map((r) => r.total)));
  const legend: LegendItem[] = series.map((id) => ({ key: id, label: seriesLabel(id), colour: id === OTHER_SECTORS ? NEUTRAL : (colours.get(id) ?? NEUTRAL) }));
  if (dateActive) legend.push({ key: 'faded', label: t('charts.year.faded'), colour: MUTED, style: 'pale' });
  const describe = (r: Row) => {
    const parts = [...series].reverse().flatMap((id) => (r.counts[id] ? [t('charts.year.part', { sector: seriesLabel(id), n: format.count(r.counts[id]) })] : []));
    const values = { initiatives: initiatives(format, r.total), year: format.year(r.year) };
    const headline = r.faded
      ? t('charts.year.headlineOutside', values)
      : r.shown !== r.total
        ? t('charts.year.headlineWithin', { ...values, shown: format.count(r.shown) })
        : t('charts.year.headline', values);
    return { headline, parts };
  };
  const summaryOf = (r: Row) => {
    const { headline, parts } = describe(r);
    return parts.length ? t('charts.year.withParts', { headline, parts: parts.join(t('charts.year.partSeparator')) }) : headline;
  };
  const dated = context.length - undated.total;
  // The count axis is as wide as its widest tick ("1.25万", "10,000") and its title need, at least the usual width.
  const countTicks = scale.ticks.map((v) => ({ text: format.count(v), bold: false }));
  const countAxisWidth = Math.max(sizes.countAxisWidth, Math.ceil(measure.widestText(countTicks, tickFont)) + TICK_ROOM + sizes.countTitleOffset + titleFont);
  // Every year is labelled while the labels ("2021", "2021年", a selected one ticked) fit their columns; else recharts leaves some out.
  const yearTicks = rows.map((r) => ({ text: r.selected ? t('charts.label.selected', { label: yearLabel(r.key) }) : yearLabel(r.key), bold: r.selected }));
  const pitch = rows.length > 0 ? (chartWidth - countAxisWidth - sizes.yearRight - 2 * sizes.margin) / rows.length : 0;
  const everyYear = rows.length <= 16 && (chartWidth === 0 || measure.widestText(yearTicks, tickFont) + sizes.textGap <= pitch);

  return (
    <ChartCard
      panel={panel}
      className="half"
      title={t('charts.year.title')}
      counted={t('charts.year.counted', { initiatives: initiatives(format, dated) })}
      own={['date']}
      empty={dated === 0 ? (context.length === 0 ? t('charts.empty.noMatch') : t('charts.year.noDate')) : null}
      legend={<ChartLegend label={t('charts.year.legendLabel')} items={legend} />}
      footnote={undated.total > 0 ? t('charts.year.undated', { initiatives: initiatives(format, undated.total) }) : null}
      chart={
        <div ref={box} className="bar-chart year-chart" style={{ height }} {...tooltipHandlers}>
          {chartWidth > 0 && (
            <BarChart
              width={chartWidth}
              height={height}
              data={rows}
              margin={{ top: sizes.yearTop, right: sizes.yearRight, bottom: sizes.margin, left: sizes.margin }}
              barCategoryGap="18%"
              accessibilityLayer={false}
            >
              <XAxis
                dataKey="key"
                interval={everyYear ? 0 : 'preserveStartEnd'}
                minTickGap={sizes.textGap}
                // What recharts measures to leave labels out: the year as drawn.
                tickFormatter={(key: string) => yearLabel(key)}
                tick={(props: { x: number | string; y: number | string; payload: { value: unknown }; className?: string }) => {
                  const key = String(props.payload.value);
                  const row = rows.find((r) => r.key === key);
                  return (
                    <text
                      x={Number(props.x)}
                      y={Number(props.y)}
                      dy={sizes.yearTickDrop}
                      textAnchor="middle"
                      className={props.className}
                      style={{ fontSize: tickFont }}
                      fill={TEXT}
                      fontWeight={row?.selected ? 700 : 400}
                    >
                      {row?.selected ? t('charts.label.selected', { label: yearLabel(key) }) : yearLabel(key)}
                    </text>
                  );
                }}
                label={{ value: t('charts.year.axis'), position: YEAR_TITLE_POSITION, offset: sizes.axisTitleOffset, fill: MUTED, style: { fontSize: titleFont } }}
                height={sizes.yearAxisHeight}
              />
              <YAxis
                type="number"
                domain={[0, scale.max]}
                ticks={scale.ticks}
                tickFormatter={(v: number) => format.count(v)}
                width={countAxisWidth}
                tick={{ fill: TEXT, style: { fontSize: tickFont } }}
                label={{
                  value: t('charts.axis.initiatives'),
                  angle: -90,
                  position: COUNT_TITLE_POSITION,
                  offset: sizes.countTitleOffset,
                  fill: MUTED,
                  style: { textAnchor: COUNT_TITLE_ANCHOR, fontSize: titleFont },
                }}
              />
              <BarTooltip<Row>
                wanted={tooltipWanted}
                focused={focused}
                describe={(row) => {
                  const { headline, parts } = describe(row);
                  return <CountTooltip title={format.year(row.year)} lines={[headline, ...parts]} hint={row.selected ? t('charts.year.clickClear') : t('charts.year.clickFilter')} />;
                }}
              />
              {series.map((id, i) => (
                <Bar
                  key={id}
                  dataKey={countKey(id)}
                  name={seriesLabel(id)}
                  stackId="year"
                  fill={id === OTHER_SECTORS ? NEUTRAL : (colours.get(id) ?? NEUTRAL)}
                  shape={(props: BarShapeProps) => <YearSegment {...props} sizes={sizes} />}
                  isAnimationActive={false}
                  maxBarSize={sizes.columnThickness}
                >
                  {i === series.length - 1 && rows.length <= MAX_LABELLED_YEARS && (
                    <LabelList dataKey="total" position="top" fill={TEXT} style={{ fontSize: valueFont }} fontWeight={600} formatter={(v: unknown) => (v ? format.count(Number(v)) : '')} />
                  )}
                </Bar>
              ))}
              <BandHitLayer
                axis="x"
                label={t('charts.year.name')}
                targets={rows.map((r) => ({
                  key: r.key,
                  label: r.selected ? t('charts.year.pressClear', { summary: summaryOf(r) }) : t('charts.year.pressFilter', { summary: summaryOf(r) }),
                  pressed: r.selected,
                }))}
                onPress={press}
                onFocusChange={setFocusedKey}
              />
            </BarChart>
          )}
        </div>
      }
      table={<YearTable rows={rows} series={series} seriesLabel={seriesLabel} undated={undated.total} onPress={press} />}
    />
  );
}
