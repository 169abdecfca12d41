import type { FilterClause, Filters } from '../../filters/filters';
import { dayNumberToIso, formatFuzzyDate } from '../../model/fuzzy-date';
import { useCore } from '../../store/dashboard-context';
import { toFilterChips } from '../../filters/filter-chips';

/**
 * Which filters a chart applies, and which of its own choices it highlights instead of filtering
 * (cross-filtering: a chart keeps its full context for the clauses it sets).
 */
export function FilterNote({ own, filters, playhead }: { own: readonly FilterClause[]; filters: Filters; playhead: number | null }) {
  const { dataset } = useCore();
  const chips = toFilterChips(filters, dataset);
  const applied = chips.filter((chip) => !own.includes(chip.clause)).map((chip) => chip.label);
  const highlighted = chips.filter((chip) => own.includes(chip.clause)).map((chip) => chip.label);
  if (playhead !== null) {
    const iso = dayNumberToIso(playhead);
    applied.push(`Timeline playback: dated up to ${formatFuzzyDate({ value: iso, precision: 'day', basis: 'stated' })}`);
  }
  return (
    <p className="chart-filters">
      {applied.length === 0 ? <span>Filters: none.</span> : <span>Filters: {applied.join(' · ')}.</span>}{' '}
      {highlighted.length > 0 && (
        <span className="chart-own">
          Highlighted here rather than filtered: {highlighted.join(' · ')}.
        </span>
      )}
    </p>
  );
}
