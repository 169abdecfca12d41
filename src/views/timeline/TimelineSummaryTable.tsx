import { useMemo, useState } from 'react';
import { useFormatter } from '../../i18n/use-formatter';
import { countByLaneYear, type TimelineBins } from './timeline-bins';
import type { Lane } from './timeline-lanes';

interface TimelineSummaryTableProps {
  bins: TimelineBins;
  lanes: readonly Lane[];
  /** The lane attribute as a column heading ("Sector") and in a sentence ("sector"). */
  laneLabel: string;
  laneNoun: string;
  /** Last month shown (playback), or null for all. */
  lastMonth: number | null;
  caption: string;
}

/** The numbers behind the picture: dated initiatives per lane and year, as a table anyone can open. */
export function TimelineSummaryTable(props: TimelineSummaryTableProps) {
  const { t } = useFormatter();
  // Built only while open: during playback a closed table costs nothing per step.
  const [open, setOpen] = useState(false);
  return (
    <details className="tl-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('timeline.table.summary', { noun: props.laneNoun })}</summary>
      {open && <CountsTable {...props} />}
    </details>
  );
}

function CountsTable({ bins, lanes, laneLabel, lastMonth, caption }: TimelineSummaryTableProps) {
  const format = useFormatter();
  const { years, counts } = useMemo(() => countByLaneYear(bins, lastMonth), [bins, lastMonth]);
  const used = years.filter((_, y) => lanes.some((lane) => (counts.get(lane.key)?.[y] ?? 0) > 0));
  return (
    <div className="tl-table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{laneLabel}</th>
            {used.map((year) => (
              <th key={year} scope="col">
                {format.year(year)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.key}>
              <th scope="row">{lane.label}</th>
              {used.map((year) => (
                <td key={year}>{format.count(counts.get(lane.key)?.[year - years[0]!] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
