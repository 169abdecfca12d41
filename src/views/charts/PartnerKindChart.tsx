import { useMemo } from 'react';
import { toggleFilterValue } from '../../filters/filters';
import { toPartnerKindBars } from '../../derive/aggregate-partner-kinds';
import { PARTNER_KIND_COLOURS } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { ChartLegend } from './ChartLegend';
import { selectionLegend } from './selection-legend';

export function PartnerKindChart() {
  const panel = useStaggeredPanel();
  const { index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partnerKinds']);
  const data = useMemo(
    (): CategoryDatum[] =>
      toPartnerKindBars(index, context, filtered, filters.partnerKinds).map((b) => ({
        key: b.id,
        label: b.label,
        total: b.total,
        shown: b.shown,
        colour: PARTNER_KIND_COLOURS[b.id],
        selected: b.selected,
      })),
    [index, context, filtered, filters.partnerKinds],
  );
  const press = (key: string) => updateFilters((f) => toggleFilterValue(f, 'partnerKinds', key as (typeof f.partnerKinds)[number]));
  return (
    <ChartCard
      panel={panel}
      title="Initiatives by partner kind"
      counted={`Initiatives with at least one partner of each kind (${initiatives(context.length)} in all); an initiative counts once for every kind it involves.`}
      own={['partnerKinds']}
      empty={context.length === 0 ? 'No initiative matches the other filters.' : null}
      legend={<ChartLegend label="Partner kinds" items={selectionLegend(data.map((d) => ({ key: d.key, label: d.label, colour: d.colour })), filters.partnerKinds.length > 0, 'partner kind')} />}
      chart={<CategoryBarChart data={data} name="Partner kinds" action="filter by this partner kind" onPress={press} />}
      table={<CategoryTable caption="Initiatives by partner kind" heading="Partner kind" data={data} action="filter by this partner kind" onPress={press} />}
    />
  );
}
