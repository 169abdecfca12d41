import type { FuzzyDate } from '../../data/schema';
import { formatFuzzyDate } from '../../model/fuzzy-date';

const PRECISION_TEXT = { day: 'to the day', month: 'to the month', year: 'to the year', unknown: 'unknown' } as const;

export function DateLine({ date }: { date: FuzzyDate }) {
  return (
    <span className="date-line">
      <strong>{formatFuzzyDate(date)}</strong>
      {date.precision !== 'unknown' && <span className="muted"> · precise {PRECISION_TEXT[date.precision]}</span>}
      {date.basis === 'inferred' && <span className="tag inferred">inferred</span>}
      {date.reason && <span className="reason">{date.reason}</span>}
    </span>
  );
}
