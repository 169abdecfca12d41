import type { Dataset } from '../../data/dataset';
import type { FilterClause, Filters, ListField } from '../../filters/filters';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, STATUS_LABELS } from '../../lib/labels';

export interface FilterChip {
  key: string;
  clause: FilterClause;
  label: string;
  /** The value to toggle off for list clauses; absent for date and query. */
  field?: ListField;
  value?: string;
}

const FIELD_NAMES: Record<ListField, string> = {
  sectors: 'Sector',
  partners: 'Partner',
  partnerKinds: 'Partner kind',
  places: 'Place',
  statuses: 'Status',
  instruments: 'Instrument',
};

/** One readable, removable chip per active filter value. */
export function toFilterChips(filters: Filters, dataset: Dataset): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.dateFrom || filters.dateTo) {
    chips.push({ key: 'date', clause: 'date', label: `Date: ${filters.dateFrom ?? 'start'} – ${filters.dateTo ?? 'end'} (undated left out)` });
  }
  const name = (field: ListField, value: string): string => {
    switch (field) {
      case 'sectors':
        return dataset.sectors.get(value)?.label ?? value;
      case 'partners':
        return dataset.organisations.get(value)?.name ?? value;
      case 'partnerKinds':
        return ORGANISATION_KIND_LABELS[value as keyof typeof ORGANISATION_KIND_LABELS] ?? value;
      case 'places': {
        const place = dataset.gazetteer.get(value);
        return place ? `${place.nameEn} ${place.nameZh}` : value;
      }
      case 'statuses':
        return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
      case 'instruments':
        return INSTRUMENT_LABELS[value as keyof typeof INSTRUMENT_LABELS] ?? value;
    }
  };
  if (filters.partnerMatch === 'all' && filters.partners.length > 1) {
    chips.push({ key: 'partners:all', clause: 'partners', label: `Partners together: ${filters.partners.map((p) => name('partners', p)).join(' + ')}` });
  }
  for (const field of Object.keys(FIELD_NAMES) as ListField[]) {
    if (field === 'partners' && filters.partnerMatch === 'all' && filters.partners.length > 1) continue;
    for (const value of filters[field] as string[]) {
      chips.push({ key: `${field}:${value}`, clause: field, field, value, label: `${FIELD_NAMES[field]}: ${name(field, value)}` });
    }
  }
  if (filters.query.trim()) chips.push({ key: 'query', clause: 'query', label: `Search: “${filters.query.trim()}”` });
  return chips;
}
