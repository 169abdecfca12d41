import { formatCount } from '../../model/labels';
import type { YearStack } from '../../derive/aggregate-years';
import { TableFilterButton } from './TableFilterButton';

/** The year chart's numbers: one row per year with a count per stacked sector. */
export function YearTable({
  rows,
  series,
  sectorLabel,
  undated,
  onPress,
}: {
  rows: ReadonlyArray<YearStack & { selected: boolean }>;
  series: readonly string[];
  sectorLabel(id: string): string;
  undated: number;
  onPress(year: string): void;
}) {
  return (
    <table className="chart-table">
      <caption>Initiatives per year, each under one sector as in the chart{undated > 0 ? `; ${formatCount(undated)} undated not shown` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col" className="num">Initiatives</th>
          {series.map((id) => (
            <th key={id} scope="col" className="num">
              {sectorLabel(id)}
            </th>
          ))}
          <th scope="col">Filter</th>
        </tr>
      </thead>
      <tbody>
        {rows
          .filter((r) => r.total > 0)
          .map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td className="num">{formatCount(r.total)}</td>
              {series.map((id) => (
                <td key={id} className="num">
                  {formatCount(r.counts[id] ?? 0)}
                </td>
              ))}
              <td>
                <TableFilterButton label={`Filter to ${r.year}`} pressed={r.selected} onPress={() => onPress(String(r.year))} />
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
