import { useMemo, useState } from 'react';
import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { isClauseActive } from '../../filters/filters';
import { OTHER_SECTORS, pickStackSectors, toYearStacks, yearExtent, type YearStack } from '../../derive/aggregate-years';
import { NEUTRAL } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { BandHitLayer } from './BandHitLayer';
import { ChartCard } from './ChartCard';
import { MUTED, sectorPalette, TEXT } from './chart-colours';
import { formatCount } from '../../model/labels';
import { initiatives, niceCountScale } from './chart-format';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { CountTooltip } from './CountTooltip';
import type { ChartSizes } from './chart-sizes';
import { isYearSelected, toggleYear } from './chart-updates';
import { useChartSizes } from './use-chart-sizes';
import { YearTable } from './YearTable';
import { keyboardTooltipProps } from './keyboard-tooltip';

/** Above this many years the totals would collide; the tooltip and table give them. */
const MAX_LABELLED_YEARS = 16;

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
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const sizes = useChartSizes();
  const { yearChartHeight: height, tickFont, titleFont, valueFont } = sizes;
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
  const sectorLabel = (id: string) => (id === OTHER_SECTORS ? 'Other sectors' : (dataset.sectors.get(id)?.label ?? id));
  const press = (key: string) => updateFilters((f) => toggleYear(f, Number(key)));
  const scale = niceCountScale(Math.max(...rows.map((r) => r.total)));
  const legend: LegendItem[] = series.map((id) => ({ key: id, label: sectorLabel(id), colour: id === OTHER_SECTORS ? NEUTRAL : (colours.get(id) ?? NEUTRAL) }));
  if (dateActive) legend.push({ key: 'faded', label: 'Faded: years outside your date filter', colour: MUTED, style: 'pale' });
  const describe = (r: Row) => {
    const parts = [...series].reverse().flatMap((id) => (r.counts[id] ? [`${sectorLabel(id)}: ${r.counts[id]}`] : []));
    const note = r.faded ? ' (outside your date filter)' : r.shown !== r.total ? ` (${formatCount(r.shown)} within your date filter)` : '';
    return { headline: `${initiatives(r.total)} dated ${r.year}${note}`, parts };
  };
  const dated = context.length - undated.total;

  return (
    <ChartCard
      panel={panel}
      className="half"
      title="Initiatives over time"
      counted={`Initiatives per year of their date (${initiatives(dated)}), each counted once: under the first of its sectors that has a colour here (a sector you chose first), else under "Other sectors". Colours match the timeline.`}
      own={['date']}
      empty={dated === 0 ? (context.length === 0 ? 'No initiative matches the other filters.' : 'None of these initiatives has a known date.') : null}
      legend={<ChartLegend label="Sectors" items={legend} />}
      footnote={undated.total > 0 ? `Not in the chart: ${initiatives(undated.total)} with no known date.` : null}
      chart={
        <div className="bar-chart year-chart" style={{ height }}>
          <BarChart
            responsive
            style={{ width: '100%', height }}
            data={rows}
            margin={{ top: sizes.yearTop, right: sizes.yearRight, bottom: sizes.margin, left: sizes.margin }}
            barCategoryGap="18%"
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="key"
              interval={rows.length <= 16 ? 0 : 'preserveStartEnd'}
              minTickGap={sizes.textGap}
              tick={(props: { x: number | string; y: number | string; payload: { value: unknown }; className?: string }) => {
                const row = rows.find((r) => r.key === String(props.payload.value));
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
                    {row?.selected ? '✓ ' : ''}
                    {String(props.payload.value)}
                  </text>
                );
              }}
              label={{ value: 'Year of the initiative’s date', position: 'insideBottom', offset: sizes.axisTitleOffset, fill: MUTED, style: { fontSize: titleFont } }}
              height={sizes.yearAxisHeight}
            />
            <YAxis
              type="number"
              domain={[0, scale.max]}
              ticks={scale.ticks}
              tickFormatter={(v: number) => formatCount(v)}
              width={sizes.countAxisWidth}
              tick={{ fill: TEXT, style: { fontSize: tickFont } }}
              label={{ value: 'Initiatives', angle: -90, position: 'insideLeft', offset: sizes.countTitleOffset, fill: MUTED, style: { textAnchor: 'middle', fontSize: titleFont } }}
            />
            <Tooltip
              {...keyboardTooltipProps(focused)}
              content={(props: TooltipContentProps) => {
                const row = props.payload?.[0]?.payload as Row | undefined;
                if (!props.active || !row) return null;
                const { headline, parts } = describe(row);
                return <CountTooltip title={String(row.year)} lines={[headline, ...parts]} hint={row.selected ? 'Click to clear the year' : 'Click to filter to this year'} />;
              }}
            />
            {series.map((id, i) => (
              <Bar
                key={id}
                dataKey={countKey(id)}
                name={sectorLabel(id)}
                stackId="year"
                fill={id === OTHER_SECTORS ? NEUTRAL : (colours.get(id) ?? NEUTRAL)}
                shape={(props: BarShapeProps) => <YearSegment {...props} sizes={sizes} />}
                isAnimationActive={false}
                maxBarSize={sizes.columnThickness}
              >
                {i === series.length - 1 && rows.length <= MAX_LABELLED_YEARS && (
                  <LabelList dataKey="total" position="top" fill={TEXT} style={{ fontSize: valueFont }} fontWeight={600} formatter={(v: unknown) => (v ? String(v) : '')} />
                )}
              </Bar>
            ))}
            <BandHitLayer
              axis="x"
              label="Years"
              targets={rows.map((r) => {
                const { headline, parts } = describe(r);
                return { key: r.key, label: `${headline}${parts.length ? `: ${parts.join(', ')}` : ''}. Press to ${r.selected ? 'clear the year' : 'filter to this year'}`, pressed: r.selected };
              })}
              onPress={press}
              onFocusChange={setFocusedKey}
            />
          </BarChart>
        </div>
      }
      table={<YearTable rows={rows} series={series} sectorLabel={sectorLabel} undated={undated.total} onPress={press} />}
    />
  );
}
