import type { TFunction } from 'i18next';
import { parseIsoDay } from '../model/fuzzy-date';
import { LIST_FIELDS, MAX_QUERY, PARAM, SCALAR_PARAMS } from './filter-fields';
import { DEFAULT_FILTERS, partnerMatchCounts, withPartnerMatchRule, type Filters, type ListField } from './filters';

export { PARAM } from './filter-fields';

/** Everything the URL holds of the view: the filters and the selected initiative. */
export interface UrlState {
  filters: Filters;
  selected: string | null;
}

export const DEFAULT_URL_STATE: UrlState = { filters: DEFAULT_FILTERS, selected: null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why a link value was dropped: `unreadable` (the query string itself), `date` (not a day),
 * `range` (ends before it starts), `partnerMatch` (neither "all" nor "any"), `tooLong` (the query,
 * cut at `max`), `invalid` (a value of `field` that does not read, or a malformed selected id),
 * `unknown` (a value of `field`, or the selected initiative, that the dataset does not have).
 */
export type UrlNoticeReason = 'unreadable' | 'date' | 'range' | 'partnerMatch' | 'tooLong' | 'invalid' | 'unknown';

/** A parameter that was present but could not be read, and why it was dropped (a code: views word it, see `urlNoticeReason`). */
export interface UrlNotice {
  param: string;
  value: string;
  reason: UrlNoticeReason;
  /** The list field the value was for (`invalid`, `unknown`); absent for the selection. */
  field?: ListField;
  /** The longest query kept (`tooLong`). */
  max?: number;
}

/** Why a notice's value was dropped, in the display language ("not a valid sector id", "本数据集中没有领域“x”"). */
export function urlNoticeReason(t: TFunction, notice: UrlNotice): string {
  switch (notice.reason) {
    case 'invalid':
      return notice.field ? t(`filters.notice.reason.invalid.${notice.field}`) : t('filters.notice.reason.invalidSelected');
    case 'unknown':
      return notice.field ? t(`filters.notice.reason.unknown.${notice.field}`, { value: notice.value }) : t('filters.notice.reason.unknownSelected');
    case 'tooLong':
      return t('filters.notice.reason.tooLong', { max: notice.max ?? MAX_QUERY });
    default:
      return t(`filters.notice.reason.${notice.reason}`);
  }
}

/** The comma-separated values of a list parameter that read, each once, and those that do not. */
function parseList(raw: string, accept: (value: string) => boolean): { values: string[]; rejected: string[] } {
  const values: string[] = [];
  const rejected: string[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (accept(part)) {
      if (!values.includes(part)) values.push(part);
    } else rejected.push(part);
  }
  return { values, rejected };
}

/**
 * Reads each parameter on its own: a bad value is dropped (and reported) without touching the
 * others. Never throws, whatever the string.
 */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: DEFAULT_URL_STATE, notices: [{ param: '(query)', value: search.slice(0, 80), reason: 'unreadable' }] };
  }
  const notices: UrlNotice[] = [];
  const filters: Filters = { ...DEFAULT_FILTERS };
  const day = (param: string): string | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    const n = parseIsoDay(raw);
    if (n === null || raw.length !== 10) {
      notices.push({ param, value: raw, reason: 'date' });
      return null;
    }
    return raw;
  };

  filters.dateFrom = day(SCALAR_PARAMS.from);
  filters.dateTo = day(SCALAR_PARAMS.to);
  if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
    notices.push({ param: SCALAR_PARAMS.to, value: filters.dateTo, reason: 'range' });
    filters.dateFrom = null;
    filters.dateTo = null;
  }
  for (const spec of LIST_FIELDS) {
    const raw = params.get(spec.param);
    if (raw === null) continue;
    const { values, rejected } = parseList(raw, (value) => spec.accepts(value));
    for (const value of rejected) notices.push({ param: spec.param, value, reason: 'invalid', field: spec.field });
    (filters[spec.field] as string[]) = values;
  }
  const match = params.get(SCALAR_PARAMS.partnerMatch);
  if (match !== null) {
    if (match === 'all' || match === 'any') filters.partnerMatch = match;
    else notices.push({ param: SCALAR_PARAMS.partnerMatch, value: match, reason: 'partnerMatch' });
  }
  const query = params.get(SCALAR_PARAMS.query);
  if (query !== null) {
    if (query.length > MAX_QUERY) notices.push({ param: SCALAR_PARAMS.query, value: query.slice(0, 40), reason: 'tooLong', max: MAX_QUERY });
    filters.query = query.slice(0, MAX_QUERY);
  }
  let selected: string | null = null;
  const rawSelected = params.get(SCALAR_PARAMS.selected);
  if (rawSelected !== null && rawSelected !== '') {
    if (ID.test(rawSelected)) selected = rawSelected;
    else notices.push({ param: SCALAR_PARAMS.selected, value: rawSelected, reason: 'invalid' });
  }
  return { state: { filters: withPartnerMatchRule(filters), selected }, notices };
}

/**
 * Writes only the values that differ from the defaults, on top of `base` (the current query),
 * so parameters this codec does not own survive.
 */
export function formatUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const { filters } = state;
  if (filters.dateFrom) params.set(SCALAR_PARAMS.from, filters.dateFrom);
  if (filters.dateTo) params.set(SCALAR_PARAMS.to, filters.dateTo);
  for (const spec of LIST_FIELDS) {
    const values = filters[spec.field] as string[];
    if (values.length > 0) params.set(spec.param, values.join(','));
  }
  if (partnerMatchCounts(filters) && filters.partnerMatch !== DEFAULT_FILTERS.partnerMatch) params.set(SCALAR_PARAMS.partnerMatch, filters.partnerMatch);
  if (filters.query !== '') params.set(SCALAR_PARAMS.query, filters.query);
  if (state.selected) params.set(SCALAR_PARAMS.selected, state.selected);
  const text = params.toString();
  return text ? `?${text}` : '';
}
