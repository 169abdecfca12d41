import type { Dataset } from '../data/dataset';
import { LIST_FIELDS } from './filter-fields';
import { partnerMatchCounts, type FilterClause, type Filters, type ListField } from './filters';
import { filterValueLabel } from './filter-value-label';

export interface FilterChip {
  key: string;
  clause: FilterClause;
  label: string;
  /** The value to toggle off for list clauses; absent for date and query. */
  field?: ListField;
  value?: string;
}

/** One readable, removable chip per active filter value. */
export function toFilterChips(filters: Filters, dataset: Dataset): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.dateFrom || filters.dateTo) {
    chips.push({ key: 'date', clause: 'date', label: `Date: ${filters.dateFrom ?? 'start'} – ${filters.dateTo ?? 'end'} (undated left out)` });
  }
  const name = (field: ListField, value: string): string => filterValueLabel(dataset, field, value, 'chip');
  const together = filters.partnerMatch === 'all' && partnerMatchCounts(filters);
  if (together) {
    chips.push({ key: 'partners:all', clause: 'partners', label: `Partners together: ${filters.partners.map((p) => name('partners', p)).join(' + ')}` });
  }
  for (const { field, label } of LIST_FIELDS) {
    if (field === 'partners' && together) continue;
    for (const value of filters[field] as string[]) {
      chips.push({ key: `${field}:${value}`, clause: field, field, value, label: `${label}: ${name(field, value)}` });
    }
  }
  if (filters.query.trim()) chips.push({ key: 'query', clause: 'query', label: `Search: “${filters.query.trim()}”` });
  return chips;
}
