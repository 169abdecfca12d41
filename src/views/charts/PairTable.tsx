import { useTranslation } from 'react-i18next';
import { compareLabels } from '../../derive/aggregate-categories';
import type { PairMatrix } from '../../derive/aggregate-partner-pairs';
import { useFormatter } from '../../i18n/use-formatter';
import type { ChartName } from './chart-labels';
import { TableFilterButton } from './TableFilterButton';

export interface PairTableProps {
  matrix: PairMatrix;
  /** An organisation's name in the display language. */
  nameOf(id: string): ChartName;
  isSelected(a: string, b: string): boolean;
  onPress(a: string, b: string): void;
}

/** The matrix as a list of pairs, busiest first. */
export function PairTable({ matrix, nameOf, isSelected, onPress }: PairTableProps) {
  const { t } = useTranslation();
  const format = useFormatter();
  const compare = compareLabels(format.locale);
  const pairs = matrix.companies.flatMap((company, r) =>
    matrix.counterparts.flatMap((counterpart, c) => {
      const n = matrix.counts[r]![c]!;
      return n > 0 ? [{ company: { id: company.id, ...nameOf(company.id) }, counterpart: { id: counterpart.id, ...nameOf(counterpart.id) }, n }] : [];
    }),
  );
  pairs.sort((a, b) => b.n - a.n || compare(a.company.text, b.company.text) || compare(a.counterpart.text, b.counterpart.text));
  return (
    <table className="chart-table">
      <caption>{t('charts.pairs.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.pairs.company')}</th>
          <th scope="col">{t('charts.pairs.counterpart')}</th>
          <th scope="col" className="num">
            {t('charts.pairs.together')}
          </th>
          <th scope="col">{t('charts.table.filter')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(({ company, counterpart, n }) => (
          <tr key={`${company.id}:${counterpart.id}`}>
            <th scope="row" lang={company.lang}>
              {company.text}
            </th>
            <td lang={counterpart.lang}>{counterpart.text}</td>
            <td className="num">{format.count(n)}</td>
            <td>
              <TableFilterButton
                label={t('charts.pairs.filterBy', { company: company.text, counterpart: counterpart.text })}
                pressed={isSelected(company.id, counterpart.id)}
                onPress={() => onPress(company.id, counterpart.id)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
