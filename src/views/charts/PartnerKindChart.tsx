import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleFilterValue } from '../../filters/filters';
import { toPartnerKindBars } from '../../derive/aggregate-partner-kinds';
import { useFormatter } from '../../i18n/use-formatter';
import { partnerKindColour } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { kindName } from './chart-labels';
import { ChartLegend } from './ChartLegend';
import { selectionLegend } from './selection-legend';
import { useDrawnBars } from './use-drawn-bars';

export function PartnerKindChart() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { locale } = format;
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partnerKinds']);
  const data = useMemo((): CategoryDatum[] => {
    const labelOf = (id: string) => kindName(dataset, locale, id);
    return toPartnerKindBars(index, context, filtered, filters.partnerKinds, { labelOf, locale }).map((b) => ({
      key: b.id,
      label: labelOf(b.id),
      total: b.total,
      shown: b.shown,
      colour: partnerKindColour(b.id),
      selected: b.selected,
    }));
  }, [dataset, index, context, filtered, filters.partnerKinds, locale]);
  const [drawn, onDrawn] = useDrawnBars();
  const press = (key: string) => updateFilters((f) => toggleFilterValue(f, 'partnerKinds', key as (typeof f.partnerKinds)[number]));
  const title = t('charts.partnerKind.title');
  const action = t('charts.partnerKind.action');
  return (
    <ChartCard
      panel={panel}
      title={title}
      counted={t('charts.partnerKind.counted', { initiatives: initiatives(format, context.length) })}
      own={['partnerKinds']}
      empty={context.length === 0 ? t('charts.empty.noMatch') : null}
      legend={
        <ChartLegend
          label={t('charts.partnerKind.legendLabel')}
          items={selectionLegend(t, data.flatMap((d) => (drawn === null || drawn.has(d.key) ? [{ key: d.key, label: d.label, colour: d.colour }] : [])), filters.partnerKinds.length > 0, 'partnerKind')}
        />
      }
      chart={<CategoryBarChart data={data} name={t('charts.partnerKind.name')} action={action} onPress={press} onDrawn={onDrawn} />}
      table={<CategoryTable caption={title} heading={t('charts.partnerKind.heading')} data={data} action={action} onPress={press} />}
    />
  );
}
