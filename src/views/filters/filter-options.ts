import type { Dataset } from '../../data/dataset';
import type { ListField } from '../../filters/filters';
import type { DatasetIndex } from '../../lib/dataset-index';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, STATUS_LABELS } from '../../lib/labels';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

function countBy(index: DatasetIndex, valuesOf: (row: DatasetIndex['rows'][number]) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of index.rows) for (const value of valuesOf(row)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The values each list filter can take in this dataset, with how many initiatives have each. */
export function toFilterOptions(dataset: Dataset, index: DatasetIndex): Record<ListField, FilterOption[]> {
  const sorted = (counts: Map<string, number>, label: (value: string) => string) =>
    [...counts].map(([value, count]) => ({ value, label: label(value), count })).sort((a, b) => a.label.localeCompare(b.label));
  return {
    sectors: sorted(countBy(index, (r) => r.sectors), (v) => dataset.sectors.get(v)?.label ?? v),
    partners: sorted(countBy(index, (r) => r.partners), (v) => dataset.organisations.get(v)?.name ?? v),
    partnerKinds: sorted(countBy(index, (r) => r.partnerKinds), (v) => ORGANISATION_KIND_LABELS[v as keyof typeof ORGANISATION_KIND_LABELS] ?? v),
    places: sorted(countBy(index, (r) => r.places), (v) => {
      const p = dataset.gazetteer.get(v);
      return p ? (p.level === 'province' ? `${p.nameEn} ${p.nameZh} (province)` : `${p.nameEn} ${p.nameZh}, ${p.provinceEn}`) : v;
    }),
    statuses: sorted(countBy(index, (r) => [r.initiative.status]), (v) => STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? v),
    instruments: sorted(countBy(index, (r) => [r.initiative.instrument]), (v) => INSTRUMENT_LABELS[v as keyof typeof INSTRUMENT_LABELS] ?? v),
  };
}
