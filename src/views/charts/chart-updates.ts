import { clearClause, setDateRange, setPartnerPair, toggleFilterValue, type Filters } from '../../filters/filters';

/**
 * Adds or removes one partner. While a pair is selected ("partners together"), pressing one of its
 * partners keeps the other alone, and pressing another partner starts again from that partner.
 */
export function togglePartner(filters: Filters, id: string): Filters {
  if (filters.partnerMatch === 'all') {
    return filters.partners.includes(id) ? setPartnerPair(filters, filters.partners.filter((p) => p !== id)) : setPartnerPair(filters, [id]);
  }
  return toggleFilterValue(filters, 'partners', id);
}

export function isPairSelected(filters: Filters, company: string, counterpart: string): boolean {
  return filters.partnerMatch === 'all' && filters.partners.length === 2 && filters.partners.includes(company) && filters.partners.includes(counterpart);
}

/** Initiatives naming both organisations; pressing the same pair again removes it. */
export function togglePartnerPair(filters: Filters, company: string, counterpart: string): Filters {
  return isPairSelected(filters, company, counterpart) ? clearClause(filters, 'partners') : setPartnerPair(filters, [company, counterpart]);
}

export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function isYearSelected(filters: Filters, year: number): boolean {
  const { from, to } = yearRange(year);
  return filters.dateFrom === from && filters.dateTo === to;
}

/** Filters to one calendar year; pressing the same year again clears the date filter. */
export function toggleYear(filters: Filters, year: number): Filters {
  const { from, to } = yearRange(year);
  return isYearSelected(filters, year) ? clearClause(filters, 'date') : setDateRange(filters, from, to);
}
