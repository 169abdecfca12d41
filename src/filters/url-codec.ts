import { INSTRUMENT_KINDS, ORGANISATION_KINDS, STATUSES } from '../data/schema';
import { parseIsoDay } from '../lib/fuzzy-date';
import { DEFAULT_FILTERS, type Filters } from './filters';

/** Everything the URL holds: the filters and the selected initiative. */
export interface UrlState {
  filters: Filters;
  selected: string | null;
}

export const DEFAULT_URL_STATE: UrlState = { filters: DEFAULT_FILTERS, selected: null };

/** The query parameters this codec owns; any other parameter in the URL is kept as it is. */
export const PARAM = {
  from: 'from',
  to: 'to',
  sectors: 'sector',
  partners: 'partner',
  partnerMatch: 'partnerMatch',
  partnerKinds: 'kind',
  places: 'place',
  statuses: 'status',
  instruments: 'instrument',
  query: 'q',
  selected: 'selected',
} as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GB_CODE = /^\d{6}$/;
const MAX_QUERY = 200;

/** A parameter that was present but could not be read, and why it was dropped. */
export interface UrlNotice {
  param: string;
  value: string;
  reason: string;
}

type ListParse<T> = { values: T[]; rejected: string[] };

function parseList<T extends string>(raw: string, accept: (v: string) => v is T): ListParse<T> {
  const values: T[] = [];
  const rejected: string[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (accept(part)) {
      if (!values.includes(part)) values.push(part);
    } else rejected.push(part);
  }
  return { values, rejected };
}

const isId = (v: string): v is string => ID.test(v);
const isGbCode = (v: string): v is string => GB_CODE.test(v);
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): v is T =>
    (allowed as readonly string[]).includes(v);

/**
 * Reads each parameter on its own: a bad value is dropped (and reported) without touching the
 * others. Never throws, whatever the string.
 */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: DEFAULT_URL_STATE, notices: [{ param: '(query)', value: search.slice(0, 80), reason: 'not a readable query string' }] };
  }
  const notices: UrlNotice[] = [];
  const filters: Filters = { ...DEFAULT_FILTERS };
  const list = <T extends string>(param: string, accept: (v: string) => v is T, what: string): T[] => {
    const raw = params.get(param);
    if (raw === null) return [];
    const { values, rejected } = parseList(raw, accept);
    for (const value of rejected) notices.push({ param, value, reason: `not a valid ${what}` });
    return values;
  };
  const day = (param: string): string | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    const n = parseIsoDay(raw);
    if (n === null || raw.length !== 10) {
      notices.push({ param, value: raw, reason: 'not a date like 2021-10-13' });
      return null;
    }
    return raw;
  };

  filters.dateFrom = day(PARAM.from);
  filters.dateTo = day(PARAM.to);
  if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
    notices.push({ param: PARAM.to, value: filters.dateTo, reason: 'ends before the start date; range dropped' });
    filters.dateFrom = null;
    filters.dateTo = null;
  }
  filters.sectors = list(PARAM.sectors, isId, 'sector id');
  filters.partners = list(PARAM.partners, isId, 'organisation id');
  const match = params.get(PARAM.partnerMatch);
  if (match !== null) {
    if (match === 'all' || match === 'any') filters.partnerMatch = match;
    else notices.push({ param: PARAM.partnerMatch, value: match, reason: 'must be "all" or "any"' });
  }
  filters.partnerKinds = list(PARAM.partnerKinds, oneOf(ORGANISATION_KINDS), 'partner kind');
  filters.places = list(PARAM.places, isGbCode, 'place code (six digits)');
  filters.statuses = list(PARAM.statuses, oneOf(STATUSES), 'status');
  filters.instruments = list(PARAM.instruments, oneOf(INSTRUMENT_KINDS), 'instrument kind');
  const query = params.get(PARAM.query);
  if (query !== null) {
    if (query.length > MAX_QUERY) notices.push({ param: PARAM.query, value: query.slice(0, 40), reason: `longer than ${MAX_QUERY} characters; cut` });
    filters.query = query.slice(0, MAX_QUERY);
  }
  let selected: string | null = null;
  const rawSelected = params.get(PARAM.selected);
  if (rawSelected !== null && rawSelected !== '') {
    if (isId(rawSelected)) selected = rawSelected;
    else notices.push({ param: PARAM.selected, value: rawSelected, reason: 'not a valid initiative id' });
  }
  return { state: { filters, selected }, notices };
}

/**
 * Writes only the values that differ from the defaults, on top of `base` (the current query),
 * so parameters this codec does not own survive.
 */
export function formatUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const { filters } = state;
  if (filters.dateFrom) params.set(PARAM.from, filters.dateFrom);
  if (filters.dateTo) params.set(PARAM.to, filters.dateTo);
  const lists = ['sectors', 'partners', 'partnerKinds', 'places', 'statuses', 'instruments'] as const;
  for (const field of lists) {
    if (filters[field].length > 0) params.set(PARAM[field], filters[field].join(','));
  }
  if (filters.partnerMatch !== DEFAULT_FILTERS.partnerMatch) params.set(PARAM.partnerMatch, filters.partnerMatch);
  if (filters.query !== '') params.set(PARAM.query, filters.query);
  if (state.selected) params.set(PARAM.selected, state.selected);
  const text = params.toString();
  return text ? `?${text}` : '';
}
