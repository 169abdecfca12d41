import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { CategoryDatum } from './CategoryBarChart';
import { TableFilterButton } from './TableFilterButton';

/** The numbers behind a bar chart as a table, with a filter toggle per row. */
export function CategoryTable({ caption, heading, data, action, onPress }: { caption: string; heading: string; data: readonly CategoryDatum[]; action: string; onPress(key: string): void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const anyLeftOut = data.some((d) => d.shown !== d.total);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            {t('charts.table.initiatives')}
          </th>
          {anyLeftOut && (
            <th scope="col" className="num">
              {t('charts.table.shownWithEveryFilter')}
            </th>
          )}
          <th scope="col">{t('charts.table.filter')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">
              <span lang={d.lang}>{d.label}</span>
              {d.detail && <span className="muted">{t('charts.label.detail', { detail: d.detail })}</span>}
            </th>
            <td className="num">{format.count(d.total)}</td>
            {anyLeftOut && <td className="num">{format.count(d.shown)}</td>}
            <td>
              {!d.disabled && (
                <TableFilterButton label={t('charts.table.filterBy', { label: d.label })} pressed={d.selected} title={t('charts.table.pressTo', { action })} onPress={() => onPress(d.key)} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
