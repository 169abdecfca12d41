import type { Dataset } from '../data/dataset';
import type { UrlNotice, UrlState } from './url-codec';
import { PARAM } from './url-codec';

/**
 * Drops filter values and a selection that name nothing in this dataset (a link made for another
 * dataset, or a record since removed), each with a notice; the rest of the state is kept.
 */
export function dropUnknownValues(state: UrlState, dataset: Dataset): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const keep = (param: string, values: string[], known: (v: string) => boolean, what: string) =>
    values.filter((value) => {
      if (known(value)) return true;
      notices.push({ param, value, reason: `no ${what} "${value}" in this dataset` });
      return false;
    });
  const { filters } = state;
  const sectors = keep(PARAM.sectors, filters.sectors, (v) => dataset.sectors.has(v), 'sector');
  const partners = keep(PARAM.partners, filters.partners, (v) => dataset.organisations.has(v), 'organisation');
  const places = keep(PARAM.places, filters.places, (v) => dataset.gazetteer.has(v), 'place');
  let selected = state.selected;
  if (selected && !dataset.initiatives.some((i) => i.id === selected)) {
    notices.push({ param: PARAM.selected, value: selected, reason: 'no such initiative in this dataset' });
    selected = null;
  }
  if (notices.length === 0) return { state, notices };
  return { state: { filters: { ...filters, sectors, partners, places }, selected }, notices };
}
