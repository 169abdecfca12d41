import type { Dataset } from '../data/dataset';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, STATUS_LABELS } from '../model/labels';
import type { ListField } from './filters';

/** A filter value as people read it; options add a city's province, chips keep it short. */
export function filterValueLabel(dataset: Dataset, field: ListField, value: string, style: 'option' | 'chip' = 'option'): string {
  switch (field) {
    case 'sectors':
      return dataset.sectors.get(value)?.label ?? value;
    case 'partners':
      return dataset.organisations.get(value)?.name ?? value;
    case 'partnerKinds':
      return ORGANISATION_KIND_LABELS[value as keyof typeof ORGANISATION_KIND_LABELS] ?? value;
    case 'places': {
      const p = dataset.gazetteer.get(value);
      if (!p) return value;
      if (style === 'chip') return `${p.nameEn} ${p.nameZh}`;
      return p.level === 'province' ? `${p.nameEn} ${p.nameZh} (province)` : `${p.nameEn} ${p.nameZh}, ${p.provinceEn}`;
    }
    case 'statuses':
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
    case 'instruments':
      return INSTRUMENT_LABELS[value as keyof typeof INSTRUMENT_LABELS] ?? value;
  }
}
