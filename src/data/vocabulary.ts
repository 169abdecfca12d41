/**
 * The dataset's vocabularies as plain constants, with no zod: code on the first screen imports
 * these, so the schema (and zod) can load with the dataset instead of before the first paint.
 */

/** Stable, hand-typable ids: lowercase words joined by hyphens (schema.ts `IdSchema`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A GB/T 2260 six-digit administrative code, the key into data/geo/gazetteer.json (schema.ts `GbCodeSchema`). */
export const GB_CODE_PATTERN = /^\d{6}$/;

export const BASES = ['stated', 'inferred'] as const;

export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;

export const INSTRUMENT_KINDS = [
  'memorandum',
  'strategic-cooperation-agreement',
  'cooperation-agreement',
  'agreement-on-visit',
  'programme-launch',
  'joint-initiative',
] as const;

/** The status ladder, in order: each step implies the ones before it. */
export const STATUSES = ['announced', 'agreed', 'signed', 'launched', 'in-implementation', 'completed'] as const;

/** signatory: signed; partner: party to an agreement the source does not say was signed. */
export const PARTY_ROLES = ['signatory', 'partner', 'host', 'witness', 'facilitator', 'launcher'] as const;

export const PLACE_SCOPES = ['nationwide', 'province', 'city', 'district', 'park'] as const;

export const ORGANISATION_KINDS = [
  'multinational-company',
  'state-owned-enterprise',
  'private-company',
  'city-government',
  'district-government',
  'park-management-committee',
  'association',
  'certification-body',
  'university',
  'government-agency',
] as const;

export const LANGUAGES = ['en', 'ru', 'zh'] as const;

export const PROVINCIAL_TYPES = ['province', 'autonomous-region', 'municipality', 'sar'] as const;

export type Basis = (typeof BASES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type PartyRoleKind = (typeof PARTY_ROLES)[number];
export type PlaceScope = (typeof PLACE_SCOPES)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type SourceLanguage = (typeof LANGUAGES)[number];
export type ProvincialType = (typeof PROVINCIAL_TYPES)[number];
