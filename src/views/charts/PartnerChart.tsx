import { useMemo } from 'react';
import type { OrganisationKind } from '../../data/schema';
import { toPartnerBars } from '../../derive/aggregate-partners';
import { ORGANISATION_KIND_LABELS } from '../../model/labels';
import { NEUTRAL, PARTNER_KIND_COLOURS } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { togglePartner } from './chart-updates';
import { selectionLegend } from './selection-legend';

const TOP = 10;
const OTHERS = 'other-partners';

export function PartnerChart() {
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partners']);
  const { data, kinds } = useMemo(() => {
    const { bars, others } = toPartnerBars(index, context, filtered, dataset, filters.partners, TOP);
    const rows: CategoryDatum[] = bars.map((b) => ({
      key: b.id,
      label: b.label,
      total: b.total,
      shown: b.shown,
      colour: b.kind ? PARTNER_KIND_COLOURS[b.kind] : NEUTRAL,
      selected: b.selected,
      detail: b.kind ? ORGANISATION_KIND_LABELS[b.kind] : undefined,
    }));
    if (others) {
      rows.push({ key: OTHERS, label: `Others (${others.categories} organisations)`, total: others.total, shown: others.shown, colour: NEUTRAL, selected: false, disabled: true });
    }
    const kinds = [...new Set(bars.flatMap((b) => (b.kind ? [b.kind] : [])))] as OrganisationKind[];
    return { data: rows, kinds };
  }, [index, context, filtered, dataset, filters.partners]);
  const press = (key: string) => updateFilters((f) => togglePartner(f, key));
  const legend: LegendItem[] = kinds.map((kind) => ({ key: kind, label: ORGANISATION_KIND_LABELS[kind], colour: PARTNER_KIND_COLOURS[kind] }));
  if (data.some((d) => d.key === OTHERS)) legend.push({ key: OTHERS, label: 'Others', colour: NEUTRAL });
  return (
    <ChartCard
      panel={panel}
      title="Initiatives by partner"
      counted={`The ${TOP} organisations named in the most initiatives (${initiatives(context.length)} in all); an initiative counts for each partner it names. "Others" counts initiatives naming any other organisation.`}
      own={['partners']}
      empty={context.length === 0 ? 'No initiative matches the other filters.' : null}
      legend={<ChartLegend label="Partner kinds" items={selectionLegend(legend, filters.partners.length > 0, 'partner')} />}
      chart={<CategoryBarChart data={data} name="Partners" action="filter by this partner" onPress={press} />}
      table={<CategoryTable caption="Initiatives by partner" heading="Partner" data={data} action="filter by this partner" onPress={press} />}
    />
  );
}
