import type { OrganisationKind } from '../data/schema';
import type { StatusTerms } from '../data/vocabulary-terms';

/**
 * Okabe–Ito: eight colours told apart by viewers with the common colour-vision deficiencies and
 * readable on a projector. Use for categories; keep a category's colour the same in every view.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Grey for "other" / "undated" / not highlighted. */
export const NEUTRAL = '#8a9590';

/** The status ladder as a sequential blue scale: darker is further along (six steps, as the curated vocabulary has). */
const LADDER_BLUES = ['#c6dbef', '#9ecae1', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;
/** The end states off the ladder (shelved, cancelled): warm greys, apart from the ladder's blues and from NEUTRAL. */
const OFF_LADDER_GREYS = ['#c2b6a3', '#7a6e60'] as const;

/**
 * A status's colour from where the dataset's vocabulary puts it: a step of the ladder takes its
 * place on the blue scale (spread over the scale when the ladder has more or fewer than six steps),
 * an end state off the ladder a grey; a status the vocabulary lacks NEUTRAL.
 */
export function statusColour(statuses: StatusTerms, status: string): string {
  const step = statuses.ladder.indexOf(status);
  if (step !== -1) {
    const last = LADDER_BLUES.length - 1;
    const at = statuses.ladder.length === 1 ? last : Math.round((step * last) / (statuses.ladder.length - 1));
    return LADDER_BLUES[at]!;
  }
  const end = statuses.offLadder.indexOf(status);
  return end === -1 ? NEUTRAL : OFF_LADDER_GREYS[end % OFF_LADDER_GREYS.length]!;
}

/** The colour of a step halfway up the ladder: the legend draws its sizes, dashes and shading in it. */
export function sampleStatusColour(statuses: StatusTerms): string {
  return statusColour(statuses, statuses.ladder[Math.floor((statuses.ladder.length - 1) / 2)] ?? '');
}

const KIND_COLOURS: Readonly<Record<string, string>> = {
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

/** An organisation kind's colour, the same in every view; a kind only the dataset's vocabulary defines takes NEUTRAL. */
export function partnerKindColour(kind: OrganisationKind): string {
  return KIND_COLOURS[kind] ?? NEUTRAL;
}

/**
 * Colours for sectors in their order in sectors.json: the first seven get Okabe–Ito colours,
 * the rest share NEUTRAL (charts group them as "Other sectors").
 */
export function sectorColours(sectorIds: readonly string[]): Map<string, string> {
  return new Map(sectorIds.map((id, i) => [id, i < 7 ? OKABE_ITO[i]! : NEUTRAL]));
}
