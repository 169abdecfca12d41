import type { Json, JsonObject } from './curate-types';

/**
 * The order of fields in each kind of object of the dataset files, as the curated files have them.
 * A field the editor sets for the first time lands in its place, not at the end, so a saved record
 * reads like the others. Fields not listed keep their order after the listed ones.
 */
interface Shape {
  keys: readonly string[];
  /** The shape of each field that holds an object or a list of objects. */
  children?: Readonly<Record<string, Shape>>;
}

const INFERENCE: Shape = { keys: ['field', 'reason', 'reasonZh'] };
const DATE: Shape = { keys: ['value', 'precision', 'basis', 'reason', 'reasonZh'] };
const LANGS: Shape = { keys: ['en', 'zh'] };
const QUOTE: Shape = { keys: ['text', 'translations', 'supports'], children: { translations: LANGS } };
const SOURCE_REF: Shape = { keys: ['source', 'quotes'], children: { quotes: QUOTE } };

const translated = (keys: readonly string[]): Shape => ({ keys: LANGS.keys, children: { en: { keys }, zh: { keys } } });

export const INITIATIVE_SHAPE: Shape = {
  keys: ['id', 'title', 'summary', 'translations', 'instrument', 'status', 'date', 'parties', 'places', 'sectors', 'people', 'sources', 'inferred'],
  children: {
    translations: translated(['title', 'summary']),
    date: DATE,
    parties: { keys: ['organisation', 'role'] },
    places: { keys: ['scope', 'gazetteerId', 'name', 'nameZh', 'basis', 'reason', 'reasonZh'] },
    people: { keys: ['name', 'title', 'organisation', 'role', 'translations'], children: { translations: translated(['title', 'role']) } },
    sources: SOURCE_REF,
    inferred: INFERENCE,
  },
};

export const ORGANISATION_SHAPE: Shape = {
  keys: ['id', 'name', 'nameZh', 'shortNameZh', 'aliases', 'kind', 'homeCountry', 'sources', 'inferred'],
  children: { sources: SOURCE_REF, inferred: INFERENCE },
};

export const SOURCE_SHAPE: Shape = {
  keys: ['id', 'file', 'title', 'publisher', 'date', 'language', 'note', 'url', 'accessed', 'archiveUrl'],
  children: { date: DATE },
};

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function orderValue(value: Json | undefined, shape: Shape | undefined): Json | undefined {
  if (!shape) return value;
  if (Array.isArray(value)) return value.map((item) => orderValue(item, shape) as Json);
  return isObject(value) ? orderKeys(value, shape) : value;
}

/** The object with its fields in the shape's order (nested objects too); undefined fields dropped. */
export function orderKeys(object: JsonObject, shape: Shape): JsonObject {
  const listed = shape.keys.filter((key) => object[key] !== undefined);
  const rest = Object.keys(object).filter((key) => !shape.keys.includes(key) && object[key] !== undefined);
  const out: JsonObject = {};
  for (const key of [...listed, ...rest]) out[key] = orderValue(object[key], shape.children?.[key]);
  return out;
}
