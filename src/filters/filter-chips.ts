import type { Dataset } from '../data/dataset';
import type { Formatter } from '../i18n/format';
import { parseIsoDay } from '../model/fuzzy-date';
import { filterFieldLabel, LIST_FIELDS } from './filter-fields';
import { partnerMatchCounts, type FilterClause, type Filters, type ListField } from './filters';
import { filterValueLabel } from './filter-value-label';

export interface FilterChip {
  key: string;
  clause: FilterClause;
  /** What the chip says, in the display language ("Sector: Energy storage", "领域：储能"). */
  label: string;
  /** The value to toggle off for list clauses; absent for date and query. */
  field?: ListField;
  value?: string;
}

/** A filter's "YYYY-MM-DD" as the display language writes a day (30 Nov 2020, 2020年11月30日). */
function filterDay(format: Formatter, iso: string): string {
  const day = parseIsoDay(iso);
  return day === null ? iso : format.day(day);
}

/** One readable, removable chip per active filter value, worded in the formatter's language. */
export function toFilterChips(filters: Filters, dataset: Dataset, format: Formatter): FilterChip[] {
  const { t } = format;
  const chips: FilterChip[] = [];
  if (filters.dateFrom || filters.dateTo) {
    const from = filters.dateFrom ? filterDay(format, filters.dateFrom) : null;
    const to = filters.dateTo ? filterDay(format, filters.dateTo) : null;
    const label = from && to ? t('filters.chips.date.range', { from, to }) : from ? t('filters.chips.date.from', { from }) : t('filters.chips.date.to', { to });
    chips.push({ key: 'date', clause: 'date', label });
  }
  const name = (field: ListField, value: string): string => filterValueLabel(dataset, field, value, format, 'chip');
  const together = filters.partnerMatch === 'all' && partnerMatchCounts(filters);
  if (together) {
    const names = filters.partners.map((p) => name('partners', p)).join(t('filters.chips.partnersJoin'));
    chips.push({ key: 'partners:all', clause: 'partners', label: t('filters.chips.partnersTogether', { names }) });
  }
  for (const { field } of LIST_FIELDS) {
    if (field === 'partners' && together) continue;
    const label = filterFieldLabel(t, field);
    for (const value of filters[field] as string[]) {
      chips.push({ key: `${field}:${value}`, clause: field, field, value, label: t('filters.chips.value', { field: label, value: name(field, value) }) });
    }
  }
  if (filters.query.trim()) chips.push({ key: 'query', clause: 'query', label: t('filters.chips.query', { query: filters.query.trim() }) });
  return chips;
}
