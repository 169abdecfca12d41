import type { InstrumentKind, OrganisationKind, Status } from '../data/schema';

/**
 * The one filter model every view reads. Each field is a clause; an empty list or null means
 * "no constraint". Hover, highlight and animation state do not belong here.
 */
export interface Filters {
  /** Inclusive date range as "YYYY-MM-DD"; an initiative matches when its date span overlaps it. Undated ones do not match a set range. */
  dateFrom: string | null;
  dateTo: string | null;
  sectors: string[];
  /** Organisation ids. */
  partners: string[];
  /** "any": an initiative with at least one of `partners`; "all": with every one (who works with whom). */
  partnerMatch: 'any' | 'all';
  /** Ids of terms in the dataset's vocabulary (data/vocabulary.json), as are `statuses` and `instruments`. */
  partnerKinds: OrganisationKind[];
  /** Gazetteer ids of provinces or cities; a province matches every place inside it. */
  places: string[];
  statuses: Status[];
  instruments: InstrumentKind[];
  /** Free text: titles, summaries, organisations and aliases, places (EN/ZH), people. */
  query: string;
}

/** Clause names, used by a view to skip its own clause when cross-filtering. */
export type FilterClause = 'date' | 'sectors' | 'partners' | 'partnerKinds' | 'places' | 'statuses' | 'instruments' | 'query';
/** Every clause once, in order; a record so that a clause added to FilterClause but not here fails to compile. */
const CLAUSE_ORDER: Record<FilterClause, number> = { date: 0, sectors: 1, partners: 2, partnerKinds: 3, places: 4, statuses: 5, instruments: 6, query: 7 };
export const FILTER_CLAUSES: readonly FilterClause[] = (Object.keys(CLAUSE_ORDER) as FilterClause[]).sort((a, b) => CLAUSE_ORDER[a] - CLAUSE_ORDER[b]);

/**
 * What a view can skip to keep its own context: a filter clause, or the timeline's playback
 * cutoff (`playhead`, which is not a filter: it is not in the URL, and only the timeline sets it).
 */
export type ViewClause = FilterClause | 'playhead';

export const DEFAULT_FILTERS: Filters = Object.freeze({
  dateFrom: null,
  dateTo: null,
  sectors: [],
  partners: [],
  partnerMatch: 'any',
  partnerKinds: [],
  places: [],
  statuses: [],
  instruments: [],
  query: '',
}) as Filters;

export type ListField = 'sectors' | 'partners' | 'partnerKinds' | 'places' | 'statuses' | 'instruments';

/**
 * The one rule for the partner match: "all" (partners together) means something only with two
 * partners or more; with fewer it is "any". Filters, the URL, scenes and chips all follow it.
 */
export function partnerMatchCounts(filters: Pick<Filters, 'partners'>): boolean {
  return filters.partners.length > 1;
}

/** The filters with the partner match back to "any" where it does not count (see partnerMatchCounts). */
export function withPartnerMatchRule(filters: Filters): Filters {
  return filters.partnerMatch === 'all' && !partnerMatchCounts(filters) ? { ...filters, partnerMatch: 'any' } : filters;
}

/** Adds the value to a list clause, or removes it when already there (click again to undo). */
export function toggleFilterValue<K extends ListField>(filters: Filters, field: K, value: Filters[K][number]): Filters {
  const list = filters[field] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return withPartnerMatchRule({ ...filters, [field]: next });
}

/** Initiatives that involve every one of `partners` together, e.g. a company and a city. */
export function setPartnerPair(filters: Filters, partners: string[]): Filters {
  return { ...filters, partners, partnerMatch: partners.length > 1 ? 'all' : 'any' };
}

export function setDateRange(filters: Filters, from: string | null, to: string | null): Filters {
  if (from && to && from > to) [from, to] = [to, from];
  return { ...filters, dateFrom: from, dateTo: to };
}

export function clearClause(filters: Filters, clause: FilterClause): Filters {
  if (clause === 'date') return { ...filters, dateFrom: null, dateTo: null };
  if (clause === 'query') return { ...filters, query: '' };
  if (clause === 'partners') return { ...filters, partners: [], partnerMatch: 'any' };
  return { ...filters, [clause]: [] };
}

export function isClauseActive(filters: Filters, clause: FilterClause): boolean {
  if (clause === 'date') return filters.dateFrom !== null || filters.dateTo !== null;
  if (clause === 'query') return filters.query.trim() !== '';
  return filters[clause].length > 0;
}

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/** Whether `a` and `b` constrain `clause` the same way (list order does not matter). */
export function sameClause(a: Filters, b: Filters, clause: FilterClause): boolean {
  if (clause === 'date') return a.dateFrom === b.dateFrom && a.dateTo === b.dateTo;
  if (clause === 'query') return a.query.trim() === b.query.trim();
  if (clause === 'partners') return sameValues(a.partners, b.partners) && (!partnerMatchCounts(a) || a.partnerMatch === b.partnerMatch);
  return sameValues(a[clause], b[clause]);
}

export function activeClauses(filters: Filters): FilterClause[] {
  return FILTER_CLAUSES.filter((clause) => isClauseActive(filters, clause));
}
