import { useTranslation } from 'react-i18next';
import type { FilterClause, Filters } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useCore } from '../../store/dashboard-context';
import { toFilterChips } from '../../filters/filter-chips';

/**
 * Which filters a chart applies, and which of its own choices it highlights instead of filtering
 * (cross-filtering: a chart keeps its full context for the clauses it sets).
 */
export function FilterNote({ own, filters, playhead }: { own: readonly FilterClause[]; filters: Filters; playhead: number | null }) {
  const { dataset } = useCore();
  const { t } = useTranslation();
  const format = useFormatter();
  const chips = toFilterChips(filters, dataset, format);
  const applied = chips.filter((chip) => !own.includes(chip.clause)).map((chip) => chip.label);
  const highlighted = chips.filter((chip) => own.includes(chip.clause)).map((chip) => chip.label);
  if (playhead !== null) applied.push(t('charts.filterNote.playback', { date: format.day(playhead) }));
  const separator = t('charts.filterNote.separator');
  return (
    <p className="chart-filters">
      <span>{applied.length === 0 ? t('charts.filterNote.none') : t('charts.filterNote.applied', { filters: applied.join(separator) })}</span>
      {/* Chinese runs its sentences on after the full stop. */}
      {format.locale === 'zh' ? '' : ' '}
      {highlighted.length > 0 && <span className="chart-own">{t('charts.filterNote.highlighted', { filters: highlighted.join(separator) })}</span>}
    </p>
  );
}
