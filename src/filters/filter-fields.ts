import type { TFunction } from 'i18next';
import type { Dataset } from '../data/dataset';
import { GB_CODE_PATTERN, ID_PATTERN } from '../data/vocabulary';
import type { ListField } from './filters';

/**
 * The schemas (src/data/schema.ts) that a list field's values can have. The scene schema checks a
 * scene's values with them (present/deck/deck-schema.ts), with their messages; the URL checks with
 * `accepts`, the same test in plain code, so that zod loads with the dataset, not before the first paint.
 */
export type ValueSchemaName = 'IdSchema' | 'GbCodeSchema' | 'OrganisationKindSchema' | 'StatusSchema' | 'InstrumentKindSchema';

const matching = (pattern: RegExp) => (value: string) => pattern.test(value);

/**
 * One list field of the filter model (also its clause's name), as every reader of filters needs
 * it: the URL codec, the check against the dataset, the chips and pickers, the scene schema.
 * Adding a list filter is a row here, a field in `Filters`, and its test in derive.
 */
export interface ListFieldSpec<K extends ListField = ListField> {
  field: K;
  /** Its name in the URL (`?sector=a,b`). */
  param: string;
  /** One value: the schema a scene file's values are checked with (data/schema.ts). */
  item: ValueSchemaName;
  /** One value: whether the URL accepts it, by its form; the same test as `item`, without zod. */
  accepts(value: string): boolean;
  /**
   * Whether the dataset has the value: its ids, gazetteer codes and vocabulary terms (statuses,
   * kinds, instruments: data/vocabulary.json). A link's values are read by form alone (`accepts`)
   * before the dataset arrives, then checked here. `noun` is the English word the curator's
   * diagnostics (data:check, the deck check) use; the screen names a field by `filterFieldLabel`
   * and says what was dropped with the notice's reason code (url-codec.ts).
   */
  known?: { noun: string; has(dataset: Dataset, value: string): boolean };
}

/**
 * The picker's and the chip's name for a field, in the display language
 * (src/i18n/locales/<lang>/filters.json, `field`).
 */
export const filterFieldLabel = (t: TFunction, field: ListField): string => t(`filters.field.${field}`);

export const LIST_FIELD_SPECS = {
  sectors: {
    field: 'sectors',
    param: 'sector',
    item: 'IdSchema',
    accepts: matching(ID_PATTERN),
    known: { noun: 'sector', has: (dataset, value) => dataset.sectors.has(value) },
  },
  partners: {
    field: 'partners',
    param: 'partner',
    item: 'IdSchema',
    accepts: matching(ID_PATTERN),
    known: { noun: 'organisation', has: (dataset, value) => dataset.organisations.has(value) },
  },
  partnerKinds: {
    field: 'partnerKinds',
    param: 'kind',
    item: 'OrganisationKindSchema',
    accepts: matching(ID_PATTERN),
    known: { noun: 'organisation kind', has: (dataset, value) => dataset.vocabulary.organisationKinds.terms.has(value) },
  },
  places: {
    field: 'places',
    param: 'place',
    item: 'GbCodeSchema',
    accepts: matching(GB_CODE_PATTERN),
    known: { noun: 'gazetteer place', has: (dataset, value) => dataset.gazetteer.has(value) },
  },
  statuses: {
    field: 'statuses',
    param: 'status',
    item: 'StatusSchema',
    accepts: matching(ID_PATTERN),
    known: { noun: 'status', has: (dataset, value) => dataset.vocabulary.statuses.terms.has(value) },
  },
  instruments: {
    field: 'instruments',
    param: 'instrument',
    item: 'InstrumentKindSchema',
    accepts: matching(ID_PATTERN),
    known: { noun: 'instrument', has: (dataset, value) => dataset.vocabulary.instruments.terms.has(value) },
  },
} as const satisfies { [K in ListField]: ListFieldSpec<K> };

/** The list fields in the order pickers and chips show them. */
export const LIST_FIELDS: readonly ListFieldSpec[] = Object.values(LIST_FIELD_SPECS);

/** The URL names of the other parameters the view owns: the date range, partner match, query, selection. */
export const SCALAR_PARAMS = { from: 'from', to: 'to', partnerMatch: 'partnerMatch', query: 'q', selected: 'selected' } as const;

/** Every query parameter the filter codec owns; any other parameter in the URL is kept as it is. */
export const PARAM = {
  ...SCALAR_PARAMS,
  ...(Object.fromEntries(LIST_FIELDS.map((spec) => [spec.field, spec.param])) as Record<ListField, string>),
};

/** The longest query the URL and a scene keep. */
export const MAX_QUERY = 200;
