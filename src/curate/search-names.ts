import type { JsonObject } from './curate-types';
import { namesOf } from './lookalike-names';

/** A gazetteer place as the editor lists it. */
export interface GazetteerHit {
  id: string;
  level: string;
  nameEn: string;
  nameZh: string;
  provinceEn: string;
  provinceZh: string;
  /** Other English names a reader may search by ("Tibet"). */
  aliasesEn: string[];
}

/** Case, accents and full-width forms set aside: "Ürümqi" finds "Urumqi", "ＨＵＺＨＯＵ" finds "Huzhou". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** 0 for a name that is the query, 1 for one that starts with it, 2 for one that holds it; null for none. */
function rank(names: readonly string[], query: string): number | null {
  let best: number | null = null;
  for (const name of names.map(fold)) {
    const r = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : null;
    if (r !== null && (best === null || r < best)) best = r;
  }
  return best;
}

function ranked<T>(items: readonly T[], namesOfItem: (item: T) => string[], query: string, limit: number): T[] {
  const q = fold(query);
  if (!q) return [];
  return items
    .map((item, i) => ({ item, i, r: rank(namesOfItem(item), q) }))
    .filter((x): x is { item: T; i: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The gazetteer's places, read loosely from its JSON (the dataset check says what is wrong with it). */
export function gazetteerPlaces(gazetteer: unknown): GazetteerHit[] {
  const places = typeof gazetteer === 'object' && gazetteer !== null ? (gazetteer as { places?: unknown }).places : undefined;
  if (!Array.isArray(places)) return [];
  return places
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string')
    .map((p) => ({
      id: p.id as string,
      level: text(p.level),
      nameEn: text(p.nameEn),
      nameZh: text(p.nameZh),
      provinceEn: text(p.provinceEn),
      provinceZh: text(p.provinceZh),
      aliasesEn: Array.isArray(p.aliasesEn) ? p.aliasesEn.filter((a): a is string => typeof a === 'string') : [],
    }));
}

/** Places whose English or Chinese name (or an English alias) holds the query: "湖州" finds Huzhou (湖州市). */
export function searchGazetteer(places: readonly GazetteerHit[], query: string, limit = 8): GazetteerHit[] {
  return ranked(places, (p) => [p.nameEn, p.nameZh, ...p.aliasesEn], query, limit);
}

/** Organisations any of whose names (English, Chinese, aliases) holds the query. */
export function searchOrganisations(organisations: readonly JsonObject[], query: string, limit = 8): JsonObject[] {
  return ranked(organisations, namesOf, query, limit);
}
