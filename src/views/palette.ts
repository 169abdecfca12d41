import type { OrganisationKind, Status } from '../data/schema';

/**
 * Okabe–Ito: eight colours told apart by viewers with the common colour-vision deficiencies and
 * readable on a projector. Use for categories; keep a category's colour the same in every view.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Grey for "other" / "undated" / not highlighted. */
export const NEUTRAL = '#8a9590';

/** The status ladder as a sequential blue-green scale: darker is further along. */
export const STATUS_COLOURS: Record<Status, string> = {
  announced: '#c6dbef',
  agreed: '#9ecae1',
  signed: '#4292c6',
  launched: '#2171b5',
  'in-implementation': '#08519c',
  completed: '#08306b',
};

export const PARTNER_KIND_COLOURS: Record<OrganisationKind, string> = {
  'multinational-company': OKABE_ITO[0],
  'state-owned-enterprise': OKABE_ITO[5],
  'private-company': OKABE_ITO[1],
  'city-government': OKABE_ITO[2],
  'district-government': '#5a8f29',
  'park-management-committee': OKABE_ITO[3],
  association: OKABE_ITO[4],
  'certification-body': '#7f6a00',
  university: OKABE_ITO[7],
  'government-agency': '#4d4d4d',
};

/**
 * Colours for sectors in their order in sectors.json: the first seven get Okabe–Ito colours,
 * the rest share NEUTRAL (charts group them as "Other sectors").
 */
export function sectorColours(sectorIds: readonly string[]): Map<string, string> {
  return new Map(sectorIds.map((id, i) => [id, i < 7 ? OKABE_ITO[i]! : NEUTRAL]));
}
