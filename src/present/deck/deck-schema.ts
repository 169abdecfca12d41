import { z } from 'zod';
import { GbCodeSchema, IdSchema, InstrumentKindSchema, OrganisationKindSchema, StatusSchema } from '../../data/schema';
import { LIST_FIELD_SPECS, LIST_FIELDS, MAX_QUERY, type ValueSchemaName } from '../../filters/filter-fields';
import type { ListField } from '../../filters/filters';
import { parseIsoDay } from '../../model/fuzzy-date';
import { DECK_VERSION, LEAD_PANELS } from './deck-constants';

export { DECK_VERSION, LEAD_PANELS, type LeadPanel, type MapBounds } from './deck-constants';

/** The schema of one value of each list field, by the name its row in LIST_FIELD_SPECS gives it. */
const VALUE_SCHEMAS = { IdSchema, GbCodeSchema, OrganisationKindSchema, StatusSchema, InstrumentKindSchema } as const satisfies Record<ValueSchemaName, z.ZodType<string>>;

/** Each list field's schema as an optional array of its values (a scene's filters set only some). */
function optionalListSchemas(): { [K in ListField]: z.ZodOptional<z.ZodArray<(typeof VALUE_SCHEMAS)[(typeof LIST_FIELD_SPECS)[K]['item']]>> } {
  return Object.fromEntries(LIST_FIELDS.map((spec) => [spec.field, z.array(VALUE_SCHEMAS[spec.item]).optional()])) as ReturnType<typeof optionalListSchemas>;
}

/**
 * The schema's own messages, in English for data:check; the app shows them in the display language
 * (check-deck.ts `deckProblemMessage`): custom issues carry `params.say`, the key of their wording
 * in the locale files (`present.check.*`) and its values; the others are known by these texts.
 */
export const SCHEMA_MESSAGES = {
  day: 'must be a date like "2021-10-13"',
  latitude: 'latitude must be between -90 and 90',
  longitude: 'longitude must be between -180 and 180',
  version: `must be ${DECK_VERSION}: this app reads deck files of version ${DECK_VERSION}`,
  empty: 'must not be empty',
} as const;

const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_MESSAGES.day)
  .refine((value) => parseIsoDay(value) !== null, { message: 'is not a real calendar date', params: { say: 'notRealDate' } });

const LatSchema = z.number().min(-90, SCHEMA_MESSAGES.latitude).max(90, SCHEMA_MESSAGES.latitude);
const LonSchema = z.number().min(-180, SCHEMA_MESSAGES.longitude).max(180, SCHEMA_MESSAGES.longitude);

/** [[south, west], [north, east]] in WGS-84 degrees, Leaflet's order. */
export const BoundsSchema = z.tuple([z.tuple([LatSchema, LonSchema]), z.tuple([LatSchema, LonSchema])]).superRefine(([[south, west], [north, east]], ctx) => {
  if (south >= north) ctx.addIssue({ code: 'custom', message: `south (${south}) must be below north (${north})`, params: { say: 'southNorth', south, north } });
  if (west >= east) ctx.addIssue({ code: 'custom', message: `west (${west}) must be left of east (${east})`, params: { say: 'westEast', west, east } });
});

/** The filters of a scene: only the clauses it sets; every other clause is off. Field names as in Filters. */
export const SceneFiltersSchema = z
  .strictObject({
    dateFrom: DaySchema.optional(),
    dateTo: DaySchema.optional(),
    ...optionalListSchemas(),
    partnerMatch: z.enum(['any', 'all']).optional(),
    query: z.string().max(MAX_QUERY).optional(),
  })
  .superRefine((filters, ctx) => {
    if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
      ctx.addIssue({ code: 'custom', path: ['dateTo'], message: `ends (${filters.dateTo}) before it starts (${filters.dateFrom})`, params: { say: 'dateOrder', to: filters.dateTo, from: filters.dateFrom } });
    }
  });

/** The languages a scene's words can be in (the display languages). */
export const SCENE_LANGUAGES = ['en', 'zh'] as const;

/** A scene's words in another display language (the curator's or the presenter's translation). */
const SceneWordsSchema = z.strictObject({
  title: z.string().trim().min(1, SCHEMA_MESSAGES.empty).max(120),
  caption: z.string().max(600).optional(),
  notes: z.string().max(5000).optional(),
});

/** A saved view: what is shown (filters, selection, map extent, leading panel) and what is said. */
export const SceneSchema = z.strictObject({
  id: IdSchema,
  lang: z.enum(SCENE_LANGUAGES).optional().describe('The language the title, caption and notes are written in; English when absent'),
  translations: z
    .strictObject({ en: SceneWordsSchema.optional(), zh: SceneWordsSchema.optional() })
    .optional()
    .describe('The title, caption and notes in the other display language'),
  title: z.string().trim().min(1, SCHEMA_MESSAGES.empty).max(120).describe('Short name in scene lists and the presenter view'),
  caption: z.string().max(600).default('').describe('Shown on screen under the views'),
  notes: z.string().max(5000).default('').describe('Speaker notes, shown only in the presenter view'),
  filters: SceneFiltersSchema.default({}),
  selected: IdSchema.nullable().default(null).describe('Initiative id to select, or null'),
  map: BoundsSchema.nullable().default(null).describe('Map extent [[south, west], [north, east]]; null keeps the map where it is'),
  lead: z.enum(LEAD_PANELS).default('map').describe('The panel shown first and largest'),
  card: z.boolean().default(false).describe('Show a large card of the selected initiative (title, partners, date, a quote)'),
});

export const DeckSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(DECK_VERSION, SCHEMA_MESSAGES.version),
    title: z.string().trim().min(1, SCHEMA_MESSAGES.empty).max(120),
    lang: z.enum(SCENE_LANGUAGES).optional().describe('The language the title is written in; English when absent'),
    translations: z.strictObject({ en: z.string().trim().min(1).max(120).optional(), zh: z.string().trim().min(1).max(120).optional() }).optional().describe('The title in the other display language'),
    scenes: z.array(SceneSchema).max(500),
  })
  .superRefine((deck, ctx) => {
    const seen = new Set<string>();
    deck.scenes.forEach((scene, i) => {
      if (seen.has(scene.id)) ctx.addIssue({ code: 'custom', path: ['scenes', i, 'id'], message: `duplicate scene id "${scene.id}"`, params: { say: 'duplicateId', id: scene.id } });
      seen.add(scene.id);
    });
  });

export type SceneFilters = z.output<typeof SceneFiltersSchema>;
export type Scene = z.output<typeof SceneSchema>;
export type Deck = z.output<typeof DeckSchema>;
export type SceneBounds = z.output<typeof BoundsSchema>;

export function emptyDeck(title = 'My scenes', lang: (typeof SCENE_LANGUAGES)[number] = 'en'): Deck {
  return { version: DECK_VERSION, title, ...(lang === 'en' ? {} : { lang }), scenes: [] };
}
