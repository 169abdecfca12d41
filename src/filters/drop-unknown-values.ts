import type { Dataset } from '../data/dataset';
import { LIST_FIELDS, SCALAR_PARAMS } from './filter-fields';
import { withPartnerMatchRule, type Filters } from './filters';
import type { UrlNotice, UrlState } from './url-codec';

/**
 * Drops filter values and a selection that name nothing in this dataset (a link made for another
 * dataset, or a record since removed), each with a notice; the rest of the state is kept.
 */
export function dropUnknownValues(state: UrlState, dataset: Dataset): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const filters: Filters = { ...state.filters };
  for (const { field, param, known } of LIST_FIELDS) {
    if (!known) continue;
    (filters[field] as string[]) = (state.filters[field] as string[]).filter((value) => {
      if (known.has(dataset, value)) return true;
      notices.push({ param, value, reason: 'unknown', field });
      return false;
    });
  }
  let selected = state.selected;
  if (selected && !dataset.initiatives.some((i) => i.id === selected)) {
    notices.push({ param: SCALAR_PARAMS.selected, value: selected, reason: 'unknown' });
    selected = null;
  }
  if (notices.length === 0) return { state, notices };
  return { state: { filters: withPartnerMatchRule(filters), selected }, notices };
}
