import type { Dataset } from '../../data/dataset';
import type { ListField } from '../../filters/filters';
import { countByKeys } from '../../derive/aggregate-categories';
import { INTL_LOCALE, type Locale } from '../../i18n/locale';
import type { DatasetIndex, IndexedInitiative, KeyField } from '../../model/dataset-index';
import { filterValueLabel, type LabelContext } from '../../filters/filter-value-label';

/** Where an option sits in its picker: the Place picker heads provincial-level units and cities apart. */
export type FilterOptionGroup = 'provincial' | 'city';

/** A value of a field as its picker lists it, in the display language. */
export interface FilterValue {
  value: string;
  label: string;
  /** What the find box matches, lower case: the label and the value's names in the other language (苏州 finds Suzhou). */
  find: string;
  group?: FilterOptionGroup;
}

export interface FilterOption extends FilterValue {
  /** Initiatives with this value among those the other filters leave. */
  count: number;
}

/** Initiatives per value of a field among the rows the other filters leave. */
export type FilterCounts = ReadonlyMap<string, number>;

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

/** The dataset's other names for a value (either language, aliases), so the find box knows them too. */
function otherNames(dataset: Dataset, field: ListField, value: string): string[] {
  switch (field) {
    case 'sectors': {
      const s = dataset.sectors.get(value);
      return s ? [s.label, s.labelZh] : [];
    }
    case 'partners': {
      const o = dataset.organisations.get(value);
      return o ? [o.name, o.nameZh ?? '', o.shortNameZh ?? '', ...o.aliases] : [];
    }
    case 'places': {
      const p = dataset.gazetteer.get(value);
      return p ? [p.nameEn, p.nameZh, p.provinceEn, p.provinceZh, ...(p.aliasesEn ?? [])] : [];
    }
    default:
      return [];
  }
}

const GROUP_ORDER: Record<FilterOptionGroup, number> = { provincial: 0, city: 1 };

const valuesByIndex = new WeakMap<DatasetIndex, Map<string, FilterValue[]>>();

/**
 * Every value of `field` in the dataset, labelled in the display language and sorted as it sorts
 * (pinyin order in Chinese), provincial-level places before cities, statuses up the ladder: found
 * once per index and language.
 */
export function labelledFilterValues(dataset: Dataset, index: DatasetIndex, field: ListField, context: LabelContext): FilterValue[] {
  let byField = valuesByIndex.get(index);
  if (!byField) valuesByIndex.set(index, (byField = new Map()));
  const key = `${field}:${context.locale}`;
  let values = byField.get(key);
  if (!values) {
    const collator = collatorFor(context.locale);
    // Statuses in the vocabulary's order (the ladder's steps, then the end states off it), not by name.
    const steps = field === 'statuses' ? dataset.vocabulary.statuses.ids : null;
    const ladder = (value: string) => (steps ? (steps.indexOf(value) + 1 || steps.length + 1) : 0);
    values = [...countValues(index, field, index.rows).keys()]
      .map((value): FilterValue => {
        const label = filterValueLabel(dataset, field, value, context);
        const find = [label, ...otherNames(dataset, field, value)].join('\n').toLowerCase();
        const place = field === 'places' ? dataset.gazetteer.get(value) : undefined;
        return place ? { value, label, find, group: place.level === 'province' ? 'provincial' : 'city' } : { value, label, find };
      })
      .sort((a, b) => (a.group && b.group ? GROUP_ORDER[a.group] - GROUP_ORDER[b.group] : 0) || ladder(a.value) - ladder(b.value) || collator(a.label, b.label));
    byField.set(key, values);
  }
  return values;
}

function collatorFor(locale: Locale): (a: string, b: string) => number {
  const tag = INTL_LOCALE[locale];
  return (a, b) => a.localeCompare(b, tag);
}

const countsByRows = new WeakMap<readonly IndexedInitiative[], Map<ListField, FilterCounts>>();

/**
 * The counts a picker's options show: how many of `contextRows` (the rows every other filter
 * leaves) have each value. Kept per context rows: the rows for a field's context stay the same
 * array while only that field changes (see createRowsExcept), so an open picker is not recounted
 * when one of its own values is ticked.
 */
export function filterOptionsFor(_dataset: Dataset, index: DatasetIndex, field: ListField, contextRows: readonly IndexedInitiative[]): FilterCounts {
  let byField = countsByRows.get(contextRows);
  if (!byField) countsByRows.set(contextRows, (byField = new Map()));
  let counts = byField.get(field);
  if (!counts) byField.set(field, (counts = countValues(index, field, contextRows)));
  return counts;
}

/** The picker's options: every value in the dataset, labelled and sorted, with its count among the rows. */
export function withCounts(values: readonly FilterValue[], counts: FilterCounts): FilterOption[] {
  return values.map((value) => ({ ...value, count: counts.get(value.value) ?? 0 }));
}

/** The options the find box's text matches (any of their names, ignoring case and spaces around it); all of them when it is empty. */
export function matchingOptions<T extends FilterValue>(options: readonly T[], find: string): readonly T[] {
  const needle = find.trim().toLowerCase();
  return needle ? options.filter((o) => o.find.includes(needle)) : options;
}

/**
 * Every value a list filter can take in the dataset, labelled and sorted, with faceted counts: how
 * many of `contextRows` have it.
 */
export function toFilterOptions(dataset: Dataset, index: DatasetIndex, field: ListField, contextRows: readonly IndexedInitiative[], context: LabelContext): FilterOption[] {
  return withCounts(labelledFilterValues(dataset, index, field, context), countValues(index, field, contextRows));
}
