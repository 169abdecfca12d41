import type { Dataset } from '../../data/dataset';
import type { ListField } from '../../filters/filters';
import { countByKeys } from '../../derive/aggregate-categories';
import type { DatasetIndex, IndexedInitiative, KeyField } from '../../model/dataset-index';
import { filterValueLabel } from '../../filters/filter-value-label';

export interface FilterOption {
  value: string;
  label: string;
  /** Initiatives with this value among those the other filters leave. */
  count: number;
}

/** The fields with a single value per initiative; the others are the index's key fields, held as codes. */
const SINGLE_VALUE_OF: Partial<Record<ListField, (row: IndexedInitiative) => string>> = {
  statuses: (r) => r.initiative.status,
  instruments: (r) => r.initiative.instrument,
};

/** Initiatives per value of `field` among `rows`. */
function countValues(index: DatasetIndex, field: ListField, rows: readonly IndexedInitiative[]): Map<string, number> {
  const single = SINGLE_VALUE_OF[field];
  if (!single) return countByKeys(index, rows, field as KeyField);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = single(row);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const valuesByIndex = new WeakMap<DatasetIndex, Map<ListField, Array<{ value: string; label: string }>>>();

/** Every value of `field` in the dataset with its label, by label: found once per dataset index. */
function valuesInDataset(dataset: Dataset, index: DatasetIndex, field: ListField): Array<{ value: string; label: string }> {
  let byField = valuesByIndex.get(index);
  if (!byField) valuesByIndex.set(index, (byField = new Map()));
  let values = byField.get(field);
  if (!values) {
    values = [...countValues(index, field, index.rows).keys()]
      .map((value) => ({ value, label: filterValueLabel(dataset, field, value) }))
      .sort((a, b) => a.label.localeCompare(b.label));
    byField.set(field, values);
  }
  return values;
}

/**
 * Every value a list filter can take in the dataset, labelled and sorted, with faceted counts: how
 * many of `contextRows` (the rows every other filter leaves) have it.
 */
export function toFilterOptions(dataset: Dataset, index: DatasetIndex, field: ListField, contextRows: readonly IndexedInitiative[]): FilterOption[] {
  const counts = countValues(index, field, contextRows);
  return valuesInDataset(dataset, index, field).map(({ value, label }) => ({ value, label, count: counts.get(value) ?? 0 }));
}

const optionsByRows = new WeakMap<readonly IndexedInitiative[], Map<ListField, FilterOption[]>>();

/**
 * toFilterOptions, kept per context rows: the rows for a field's context stay the same array while
 * only that field changes (see createRowsExcept), so an open picker is not recounted when one of
 * its own values is ticked.
 */
export function filterOptionsFor(dataset: Dataset, index: DatasetIndex, field: ListField, contextRows: readonly IndexedInitiative[]): FilterOption[] {
  let byField = optionsByRows.get(contextRows);
  if (!byField) optionsByRows.set(contextRows, (byField = new Map()));
  let options = byField.get(field);
  if (!options) byField.set(field, (options = toFilterOptions(dataset, index, field, contextRows)));
  return options;
}
