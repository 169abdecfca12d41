import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '../../data/schema';
import { toPartnerBars } from '../../derive/aggregate-partners';
import { useFormatter } from '../../i18n/use-formatter';
import { NEUTRAL, partnerKindColour } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { kindName, partnerName } from './chart-labels';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { togglePartner } from './chart-updates';
import { selectionLegend } from './selection-legend';
import { useDrawnBars } from './use-drawn-bars';

const TOP = 10;
const OTHERS = 'other-partners';

export function PartnerChart() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { locale } = format;
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partners']);
  const [drawn, onDrawn] = useDrawnBars();
  const { data, kindOf } = useMemo(() => {
    const labelOf = (id: string) => partnerName(dataset, id, locale).text;
    const { bars, others } = toPartnerBars(index, context, filtered, dataset, filters.partners, { limit: TOP, labelOf, locale });
    const rows: CategoryDatum[] = bars.map((b) => {
      const name = partnerName(dataset, b.id, locale);
      return {
        key: b.id,
        label: name.text,
        lang: name.lang,
        total: b.total,
        shown: b.shown,
        colour: b.kind ? partnerKindColour(b.kind) : NEUTRAL,
        selected: b.selected,
        detail: b.kind ? kindName(dataset, locale, b.kind) : undefined,
      };
    });
    if (others) {
      const label = t('charts.partner.others', { count: others.categories, n: format.count(others.categories) });
      rows.push({ key: OTHERS, label, total: others.total, shown: others.shown, colour: NEUTRAL, selected: false, disabled: true });
    }
    const kindOf = new Map(bars.flatMap((b): Array<[string, OrganisationKind]> => (b.kind ? [[b.id, b.kind]] : [])));
    return { data: rows, kindOf };
  }, [index, context, filtered, dataset, filters.partners, locale, t, format]);
  const press = (key: string) => updateFilters((f) => togglePartner(f, key));
  // The kinds of the bars drawn (a slide may not hold them all), in the bars' order.
  const kinds = [...new Set([...kindOf].flatMap(([id, kind]) => (drawn === null || drawn.has(id) ? [kind] : [])))];
  const legend: readonly LegendItem[] = kinds.map((kind) => ({ key: kind, label: kindName(dataset, locale, kind), colour: partnerKindColour(kind) }));
  const title = t('charts.partner.title');
  const action = t('charts.partner.action');
  return (
    <ChartCard
      panel={panel}
      title={title}
      counted={t('charts.partner.counted', { top: format.count(TOP), initiatives: initiatives(format, context.length) })}
      own={['partners']}
      empty={context.length === 0 ? t('charts.empty.noMatch') : null}
      legend={<ChartLegend label={t('charts.partner.legendLabel')} items={selectionLegend(t, legend, filters.partners.length > 0, 'partner')} />}
      chart={<CategoryBarChart data={data} name={t('charts.partner.name')} action={action} onPress={press} onDrawn={onDrawn} />}
      table={<CategoryTable caption={title} heading={t('charts.partner.heading')} data={data} action={action} onPress={press} />}
    />
  );
}
