import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleFilterValue } from '../../filters/filters';
import { toSectorBars } from '../../derive/aggregate-sectors';
import { useFormatter } from '../../i18n/use-formatter';
import { NEUTRAL } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { CategoryBarChart, type CategoryDatum } from './CategoryBarChart';
import { CategoryTable } from './CategoryTable';
import { ChartCard } from './ChartCard';
import { BAR_COLOUR } from './chart-colours';
import { initiatives } from './chart-format';
import { sectorName } from './chart-labels';
import { ChartLegend } from './ChartLegend';
import { selectionLegend } from './selection-legend';

const OTHERS = 'other-sectors';

export function SectorChart() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { locale } = format;
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rows: filtered, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['sectors']);
  const data = useMemo((): CategoryDatum[] => {
    const labelOf = (id: string) => sectorName(dataset, id, locale);
    const { bars, others } = toSectorBars(index, context, filtered, filters.sectors, { labelOf, locale });
    const rows: CategoryDatum[] = bars.map((b) => ({ key: b.id, label: labelOf(b.id), total: b.total, shown: b.shown, colour: BAR_COLOUR, selected: b.selected }));
    if (others) {
      rows.push({ key: OTHERS, label: t('charts.sector.others', { n: format.count(others.categories) }), total: others.total, shown: others.shown, colour: NEUTRAL, selected: false, disabled: true });
    }
    return rows;
  }, [index, context, filtered, dataset, filters.sectors, locale, t, format]);
  const press = (key: string) => updateFilters((f) => toggleFilterValue(f, 'sectors', key));
  const selecting = filters.sectors.length > 0;
  const title = t('charts.sector.title');
  const action = t('charts.sector.action');
  return (
    <ChartCard
      panel={panel}
      title={title}
      counted={t('charts.sector.counted', { initiatives: initiatives(format, context.length) })}
      own={['sectors']}
      empty={context.length === 0 ? t('charts.empty.noMatch') : null}
      legend={<ChartLegend items={selectionLegend(t, [{ key: 'sector', label: t('charts.sector.legend'), colour: BAR_COLOUR }], selecting, 'sector')} />}
      chart={<CategoryBarChart data={data} name={t('charts.sector.name')} action={action} onPress={press} />}
      table={<CategoryTable caption={title} heading={t('charts.sector.heading')} data={data} action={action} onPress={press} />}
    />
  );
}
