import { formatCount } from '../../model/labels';
import type { CategoryDatum } from './CategoryBarChart';
import { TableFilterButton } from './TableFilterButton';

/** The numbers behind a bar chart as a table, with a filter toggle per row. */
export function CategoryTable({ caption, heading, data, action, onPress }: { caption: string; heading: string; data: readonly CategoryDatum[]; action: string; onPress(key: string): void }) {
  const anyLeftOut = data.some((d) => d.shown !== d.total);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">Initiatives</th>
          {anyLeftOut && <th scope="col" className="num">Shown with every filter</th>}
          <th scope="col">Filter</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">
              {d.label}
              {d.detail && <span className="muted"> ({d.detail})</span>}
            </th>
            <td className="num">{formatCount(d.total)}</td>
            {anyLeftOut && <td className="num">{formatCount(d.shown)}</td>}
            <td>
              {!d.disabled && (
                <TableFilterButton label={`Filter by ${d.label}`} pressed={d.selected} title={`Press to ${action}`} onPress={() => onPress(d.key)} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
