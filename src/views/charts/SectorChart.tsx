import { useMemo } from 'react';
import { toggleFilterValue } from '../../filters/filters';
import { toSectorBars } from '../../derive/aggregate-sectors';
import { NEUTRAL } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { BAR_COLOUR } from './chart-colours';
import { initiatives } from './chart-format';
import { ChartLegend } from './ChartLegend';
import { selectionLegend } from './selection-legend';

const OTHERS = 'other-sectors';

export function SectorChart() {
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['sectors']);
  const data = useMemo((): CategoryDatum[] => {
    const { bars, others } = toSectorBars(index, context, filtered, dataset, filters.sectors);
    const rows: CategoryDatum[] = bars.map((b) => ({ key: b.id, label: b.label, total: b.total, shown: b.shown, colour: BAR_COLOUR, selected: b.selected }));
    if (others) rows.push({ key: OTHERS, label: `Other sectors (${others.categories})`, total: others.total, shown: others.shown, colour: NEUTRAL, selected: false, disabled: true });
    return rows;
  }, [index, context, filtered, dataset, filters.sectors]);
  const press = (key: string) => updateFilters((f) => toggleFilterValue(f, 'sectors', key));
  const selecting = filters.sectors.length > 0;
  return (
    <ChartCard
      panel={panel}
      title="Initiatives by sector"
      counted={`Initiatives per sector (${initiatives(context.length)} in all). An initiative in several sectors counts in each, so the bars add up to more.`}
      own={['sectors']}
      empty={context.length === 0 ? 'No initiative matches the other filters.' : null}
      legend={<ChartLegend items={selectionLegend([{ key: 'sector', label: 'Initiatives in the sector', colour: BAR_COLOUR }], selecting, 'sector')} />}
      chart={<CategoryBarChart data={data} name="Sectors" action="filter by this sector" onPress={press} />}
      table={<CategoryTable caption="Initiatives by sector" heading="Sector" data={data} action="filter by this sector" onPress={press} />}
    />
  );
}
