/**
 * The dataset's fixed patterns and small closed lists as plain constants, with no zod: code on the
 * first screen imports these, so the schema (and zod) can load with the dataset instead of before
 * the first paint. The vocabularies a curator extends (statuses, instruments, organisation kinds,
 * party roles, place scopes) are the dataset's own: data/vocabulary.json, read by vocabulary-terms.ts.
 */

/** Stable, hand-typable ids: lowercase words joined by hyphens (schema.ts `IdSchema`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A GB/T 2260 six-digit administrative code, the key into data/geo/gazetteer.json (schema.ts `GbCodeSchema`). */
export const GB_CODE_PATTERN = /^\d{6}$/;

export const BASES = ['stated', 'inferred'] as const;

export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;

export const LANGUAGES = ['en', 'ru', 'zh'] as const;

export const PROVINCIAL_TYPES = ['province', 'autonomous-region', 'municipality', 'sar'] as const;

export type Basis = (typeof BASES)[number];
export type Precision = (typeof PRECISIONS)[number];
/** Ids of terms in the dataset's vocabulary (data/vocabulary.json): any id the vocabulary defines. */
export type InstrumentKind = string;
export type Status = string;
export type PartyRoleKind = string;
export type PlaceScope = string;
export type OrganisationKind = string;
export type SourceLanguage = (typeof LANGUAGES)[number];
export type ProvincialType = (typeof PROVINCIAL_TYPES)[number];
