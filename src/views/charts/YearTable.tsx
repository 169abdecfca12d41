import { useTranslation } from 'react-i18next';
import type { YearStack } from '../../derive/aggregate-years';
import { useFormatter } from '../../i18n/use-formatter';
import { TableFilterButton } from './TableFilterButton';

/** The year chart's numbers: one row per year with a count per stacked sector. */
export function YearTable({
  rows,
  series,
  seriesLabel,
  undated,
  onPress,
}: {
  rows: ReadonlyArray<YearStack & { selected: boolean }>;
  series: readonly string[];
  /** A series' label in the display language (a sector, or "Other sectors"). */
  seriesLabel(id: string): string;
  undated: number;
  onPress(year: string): void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <table className="chart-table">
      <caption>{undated > 0 ? t('charts.year.tableCaptionUndated', { n: format.count(undated) }) : t('charts.year.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.year.heading')}</th>
          <th scope="col" className="num">
            {t('charts.table.initiatives')}
          </th>
          {series.map((id) => (
            <th key={id} scope="col" className="num">
              {seriesLabel(id)}
            </th>
          ))}
          <th scope="col">{t('charts.table.filter')}</th>
        </tr>
      </thead>
      <tbody>
        {rows
          .filter((r) => r.total > 0)
          .map((r) => (
            <tr key={r.year}>
              <th scope="row">{format.year(r.year)}</th>
              <td className="num">{format.count(r.total)}</td>
              {series.map((id) => (
                <td key={id} className="num">
                  {format.count(r.counts[id] ?? 0)}
                </td>
              ))}
              <td>
                <TableFilterButton label={t('charts.year.filterTo', { year: format.year(r.year) })} pressed={r.selected} onPress={() => onPress(String(r.year))} />
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
