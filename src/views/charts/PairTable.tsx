import type { PairMatrix } from '../../derive/aggregate-partner-pairs';
import { formatCount } from '../../model/labels';
import { TableFilterButton } from './TableFilterButton';

/** The matrix as a list of pairs, busiest first. */
export function PairTable({ matrix, isSelected, onPress }: { matrix: PairMatrix; isSelected(a: string, b: string): boolean; onPress(a: string, b: string): void }) {
  const pairs = matrix.companies.flatMap((company, r) =>
    matrix.counterparts.flatMap((counterpart, c) => {
      const n = matrix.counts[r]![c]!;
      return n > 0 ? [{ company, counterpart, n }] : [];
    }),
  );
  pairs.sort((a, b) => b.n - a.n || a.company.label.localeCompare(b.company.label) || a.counterpart.label.localeCompare(b.counterpart.label));
  return (
    <table className="chart-table">
      <caption>Initiatives shared by a company and a government, park or institution</caption>
      <thead>
        <tr>
          <th scope="col">Company</th>
          <th scope="col">Government, park or institution</th>
          <th scope="col" className="num">Initiatives together</th>
          <th scope="col">Filter</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(({ company, counterpart, n }) => (
          <tr key={`${company.id}:${counterpart.id}`}>
            <th scope="row">{company.label}</th>
            <td>{counterpart.label}</td>
            <td className="num">{formatCount(n)}</td>
            <td>
              <TableFilterButton
                label={`Filter by ${company.label} with ${counterpart.label}`}
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
