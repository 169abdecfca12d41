import { z } from 'zod';
import { isRealCalendarDate } from './calendar-date';
import { problemParams } from './schema-issues';
import { BASES, GB_CODE_PATTERN, ID_PATTERN, LANGUAGES, PRECISIONS, PROVINCIAL_TYPES } from './vocabulary';

export * from './vocabulary';

/** Stable, hand-typable ids: lowercase words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters, digits and single hyphens, e.g. "catl-cecep-2025"');

/** GB/T 2260 six-digit administrative code, the key into data/geo/gazetteer.json. */
export const GbCodeSchema = z.string().regex(GB_CODE_PATTERN, 'must be a six-digit GB/T 2260 code, e.g. "320500"');

export const BasisSchema = z.enum(BASES);

export const PrecisionSchema = z.enum(PRECISIONS);

const DATE_PATTERNS = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;

/**
 * A date as precise as the source allows. `value` is ISO-8601 truncated to the precision
 * ("2020-11-30", "2025-02", "2021"), or null when the precision is "unknown".
 */
export const FuzzyDateSchema = z
  .strictObject({
    value: z.string().nullable(),
    precision: PrecisionSchema,
    basis: BasisSchema,
    reason: z.string().min(1).optional().describe('Why the date is inferred, or what the source says when unknown'),
    reasonZh: z.string().min(1).optional().describe('The reason in Chinese: the curator\'s translation'),
  })
  .superRefine((date, ctx) => {
    if (date.precision === 'unknown') {
      if (date.value !== null) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be null when precision is "unknown"' });
      return;
    }
    if (date.value === null || !DATE_PATTERNS[date.precision].test(date.value)) {
      const example = { day: '2020-11-30', month: '2025-02', year: '2021' }[date.precision];
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must look like "${example}" for precision "${date.precision}"`, params: problemParams('dateForm', { example, precision: date.precision }) });
    } else if (!isRealCalendarDate(date.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${date.value}" is not a real calendar date`, params: problemParams('notRealDate', { value: date.value }) });
    }
    if (date.basis === 'inferred' && !date.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an inferred date needs the reason it was inferred' });
    }
  });

/**
 * A term of the dataset's vocabulary (data/vocabulary.json): here only its form, an id; whether the
 * vocabulary has it is checked against the dataset's own (check-terms.ts), as sectors are against
 * sectors.json. So a curator adds a kind of instrument in the vocabulary file alone.
 */
const termId = (list: string, example: string) => IdSchema.describe(`An id from vocabulary.json \`${list}\`, e.g. "${example}"`);

export const InstrumentKindSchema = termId('instruments', 'memorandum');

export const StatusSchema = termId('statuses', 'signed');

export const PartyRoleSchema = termId('partyRoles', 'signatory');

export const PlaceScopeSchema = termId('placeScopes', 'city');

export const OrganisationKindSchema = termId('organisationKinds', 'private-company');

export const LanguageSchema = z.enum(LANGUAGES);

/** Marks one field of a record as inferred rather than stated, with the reason. */
export const InferenceSchema = z.strictObject({
  field: z.string().min(1).describe('Field path inside the record, e.g. "homeCountry" or "places.0"'),
  reason: z.string().min(10),
  reasonZh: z.string().min(4).optional().describe('The reason in Chinese: the curator\'s translation'),
});

/**
 * The curator's translations of a text into the display languages, keyed by language. A
 * translation is never source text: the app marks it as a translation wherever it shows it.
 */
function translations<T extends z.ZodType>(of: T, what: string) {
  return z
    .strictObject({ en: of.optional(), zh: of.optional() })
    .optional()
    .describe(`The curator's translations of ${what}, by display language; marked as translations, never source text`);
}

/** A verbatim quote from an archived source and the fields it supports. */
export const QuoteSchema = z.strictObject({
  text: z.string().min(3).describe('Copied verbatim from the archived source text'),
  translations: translations(z.string().min(1), 'the quote (into each display language other than the source\'s)'),
  supports: z.array(z.string().min(1)).min(1).describe('Fields the quote supports, e.g. ["date", "parties"]'),
});

export const SourceRefSchema = z.strictObject({
  source: IdSchema.describe('Id of an entry in sources.json'),
  quotes: z.array(QuoteSchema).min(1),
});

export const PartySchema = z.strictObject({
  organisation: IdSchema.describe('Id of an entry in organisations.json'),
  role: PartyRoleSchema,
});

export const PlaceSchema = z
  .strictObject({
    scope: PlaceScopeSchema,
    gazetteerId: GbCodeSchema.nullable().describe('Gazetteer id; a district or park uses its city, a nationwide place null'),
    name: z.string().min(1).describe('The place as the source names it, e.g. "Suzhou Industrial Park"'),
    nameZh: z.string().min(1).optional().describe('The place\'s Chinese name, e.g. "苏州工业园区": the curator\'s knowledge unless the source is Chinese'),
    basis: BasisSchema,
    reason: z.string().min(10).optional(),
    reasonZh: z.string().min(4).optional().describe('The reason in Chinese: the curator\'s translation'),
  })
  .superRefine((place, ctx) => {
    if (place.scope === 'nationwide' && place.gazetteerId !== null) {
      ctx.addIssue({ code: 'custom', path: ['gazetteerId'], message: 'must be null for a nationwide place' });
    }
    if (place.scope !== 'nationwide' && place.gazetteerId === null) {
      ctx.addIssue({ code: 'custom', path: ['gazetteerId'], message: `a ${place.scope} needs a gazetteer id` });
    }
    if (place.basis === 'inferred' && !place.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an inferred place needs the reason it was inferred' });
    }
  });

export const PersonSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1).nullable().describe('Title as the source gives it; null when the source gives none'),
  organisation: IdSchema.nullable().optional(),
  role: z.string().min(1).describe('What the person did, in the source\'s terms: "signed", "witnessed", "led the delegation"'),
  translations: translations(z.strictObject({ title: z.string().min(1).nullable().optional(), role: z.string().min(1).optional() }), 'the title and role'),
});

export const InitiativeSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(5),
  summary: z.string().min(20),
  instrument: InstrumentKindSchema,
  status: StatusSchema,
  date: FuzzyDateSchema.describe('When it was signed, agreed or launched'),
  parties: z.array(PartySchema).min(1),
  places: z.array(PlaceSchema).min(1),
  sectors: z.array(IdSchema).min(1).describe('Ids from sectors.json'),
  people: z.array(PersonSchema),
  sources: z.array(SourceRefSchema).min(1),
  inferred: z.array(InferenceSchema).optional(),
  translations: translations(z.strictObject({ title: z.string().min(5), summary: z.string().min(10) }), 'the title and summary'),
});

export const OrganisationSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  nameZh: z.string().min(1).optional().describe('Official or standard Chinese name; mark it in `inferred` when the source does not give it'),
  shortNameZh: z.string().min(1).optional().describe('The short Chinese form used in running text and charts, e.g. "宁德时代"'),
  aliases: z.array(z.string().min(1)).default([]),
  kind: OrganisationKindSchema,
  homeCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CN"').nullable(),
  sources: z.array(SourceRefSchema).default([]),
  inferred: z.array(InferenceSchema).optional(),
});

export const SectorSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  labelZh: z.string().min(1),
  description: z.string().min(1),
  descriptionZh: z.string().min(1).optional(),
});

/** An http or https address, e.g. "https://example.com/article". */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** A real calendar day in ISO form, e.g. "2025-03-01" (not "2025-02-30"). */
export const IsoDaySchema = z.iso.date({ error: 'must be a real calendar day like "2025-03-01"' });

export const SourceSchema = z.strictObject({
  id: IdSchema,
  file: z.string().regex(/^sources\/[\w.-]+\.txt$/, 'must be a path like "sources/name.txt" inside data/'),
  title: z.string().min(1).nullable().describe('null when the archived text carries no title'),
  publisher: z.string().min(1).nullable(),
  date: FuzzyDateSchema,
  language: LanguageSchema,
  note: z.string().optional(),
  url: WebUrlSchema.optional().describe('The address the text was archived from; absent when it was not recorded'),
  accessed: IsoDaySchema.optional().describe('The day the original address was read, e.g. "2025-03-01"'),
  archiveUrl: WebUrlSchema.optional().describe('A public archive of the original page (e.g. the Wayback Machine); absent when none was made'),
});

export const ManifestSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON schema an editor checks this file with'),
  title: z.string().min(1),
  description: z.string().optional(),
  translations: translations(z.strictObject({ title: z.string().min(1), description: z.string().optional() }), 'the title and description'),
  synthetic: z.boolean().describe('true for generated test and benchmark data, never the default'),
  version: z.string().min(1).optional().describe('The dataset\'s version, e.g. "0.1.0"; citations say "version not stated" without it'),
  updated: IsoDaySchema.optional().describe('The day the data was last changed (ISO), e.g. "2025-03-01"'),
  licence: z.string().min(1).optional().describe('The licence the data is published under; absent while none has been chosen'),
  generator: z.strictObject({ script: z.string(), seed: z.number().int(), count: z.number().int() }).optional(),
  files: z.strictObject({
    initiatives: z.string().min(1),
    organisations: z.string().min(1),
    sectors: z.string().min(1),
    sources: z.string().min(1),
    gazetteer: z.string().min(1),
    deck: z.string().min(1).optional().describe('Curated presentation deck (scenes) shipped with the dataset'),
    vocabulary: z
      .string()
      .min(1)
      .optional()
      .describe('The statuses, instruments, organisation kinds, party roles and place scopes; without it the built-in vocabulary (data/vocabulary.json)'),
  }),
});

/** The kinds of provincial-level unit (GB/T 2260): 省, 自治区, 直辖市, 特别行政区. */

export const GazetteerPlaceSchema = z.object({
  id: GbCodeSchema,
  level: z.enum(['province', 'prefecture']),
  provinceType: z.enum(PROVINCIAL_TYPES).describe('The kind of provincial-level unit this place is (level province) or lies in'),
  aliasesEn: z.array(z.string().min(1)).optional().describe('Other English names a reader may search by, e.g. "Tibet" for Xizang'),
  nameEn: z.string(),
  nameZh: z.string(),
  provinceId: GbCodeSchema,
  provinceEn: z.string(),
  provinceZh: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  geonameId: z.number().int().nullable().optional(),
  population: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("People in the seat's city proper per GeoNames (a province: its capital's), not the unit's total; ranks map labels"),
});
export const GazetteerSchema = z.object({
  meta: z.record(z.string(), z.unknown()),
  places: z.array(GazetteerPlaceSchema),
});

export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type Initiative = z.infer<typeof InitiativeSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type GazetteerPlace = z.infer<typeof GazetteerPlaceSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Person = z.infer<typeof PersonSchema>;
