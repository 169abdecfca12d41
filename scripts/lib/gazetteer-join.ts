import type { GazetteerPlace, ProvincialType } from './gazetteer-types';
import { findPlace, type GeoPlace } from './geonames-places';
import { GEONAMES_ADMIN1, MUNICIPALITIES, type ProvinceName } from './province-names';
import { DIRECT_COUNTY_SEATS, PREFECTURE_SEATS, type SeatOverride } from './seat-overrides';

export interface CodeName {
  code: string;
  name: string;
}

export interface JoinInput {
  provinces: readonly ProvinceName[];
  prefectures: readonly CodeName[]; // GB/T prefecture-level units (xxyy00)
  directCounties: readonly CodeName[]; // GB/T county-level units under a province (xx90yy)
  admin2: readonly CodeName[]; // GeoNames admin2, code "CN.04.3205"
  places: readonly GeoPlace[]; // GeoNames points of CN, TW, HK, MO
}

export interface JoinResult {
  places: GazetteerPlace[];
  unjoined: string[]; // "code name: reason"
  joinedByAdmin2Name: number;
  joinedByOverride: number;
}

/** Capitals of the units GeoNames files as countries: [country, place name]. */
export const OWN_COUNTRY_CAPITALS: Readonly<Record<string, [string, string]>> = {
  '710000': ['TW', 'Taipei'],
  '810000': ['HK', 'Hong Kong'],
  '820000': ['MO', 'Macau'],
};

/** "Prefecture of Chenzhou" -> "Chenzhou", "Ma'anshan Shi" -> "Ma'anshan". */
export function toAdmin2BaseName(name: string): string {
  return name.replace(/^Prefecture of /, '').split(/\s+/)[0] ?? name;
}

export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}

interface Point {
  nameEn: string;
  lat: number;
  lon: number;
}

function toPoint(nameEn: string, place: GeoPlace): Point {
  // GeoNames writes "Xi’an"; a plain apostrophe is what people type when searching.
  return { nameEn: nameEn.replace(/’/g, "'"), lat: roundCoordinate(place.lat), lon: roundCoordinate(place.lon) };
}

function resolveOverride(
  code: string,
  zh: string,
  override: SeatOverride,
  places: readonly GeoPlace[],
  admin2: string | undefined,
): Point | string {
  if (override.zh !== zh) throw new Error(`override ${code}: expected ${override.zh}, GB/T says ${zh}`);
  const admin1 = override.admin1 ?? GEONAMES_ADMIN1[`${code.slice(0, 2)}0000`];
  const place = findPlace(places, { name: override.seat, country: 'CN', admin1, admin2, near: override.near });
  if (place === undefined) return `seat "${override.seat}" not found once in admin1 ${admin1}`;
  return toPoint(override.en, place);
}

export function joinGazetteer(input: JoinInput): JoinResult {
  const admin2ByCode = new Map(input.admin2.map((a) => [a.code, a.name]));
  const points = new Map<string, Point>();
  const unjoined: string[] = [];
  let joinedByAdmin2Name = 0;
  let joinedByOverride = 0;

  const record = (unit: CodeName, result: Point | string, byOverride: boolean): void => {
    if (typeof result === 'string') {
      unjoined.push(`${unit.code} ${unit.name}: ${result}`);
      return;
    }
    points.set(unit.code, result);
    if (byOverride) joinedByOverride += 1;
    else joinedByAdmin2Name += 1;
  };

  for (const unit of input.prefectures) {
    const prefix = unit.code.slice(0, 4);
    const admin1 = GEONAMES_ADMIN1[`${unit.code.slice(0, 2)}0000`] ?? '';
    const override = PREFECTURE_SEATS[unit.code];
    if (override !== undefined) {
      const admin2 = override.anyAdmin2 || override.admin1 !== undefined ? undefined : prefix;
      record(unit, resolveOverride(unit.code, unit.name, override, input.places, admin2), true);
      continue;
    }
    const admin2Name = admin2ByCode.get(`CN.${admin1}.${prefix}`);
    if (admin2Name === undefined) {
      record(unit, `no GeoNames admin2 CN.${admin1}.${prefix}`, false);
      continue;
    }
    const base = toAdmin2BaseName(admin2Name);
    const place = findPlace(input.places, { name: base, country: 'CN', admin1, admin2: prefix });
    const result = place === undefined ? `no single place named "${base}" in ${admin2Name}` : toPoint(base, place);
    record(unit, result, false);
  }

  for (const unit of input.directCounties) {
    const override = DIRECT_COUNTY_SEATS[unit.code];
    const result =
      override === undefined
        ? 'no safe GeoNames point'
        : resolveOverride(unit.code, unit.name, override, input.places, undefined);
    record(unit, result, true);
  }

  const places: GazetteerPlace[] = [];
  const units = [...input.prefectures, ...input.directCounties];
  for (const province of input.provinces) {
    const provinceType = provincialType(province);
    const place = (id: string, level: GazetteerPlace['level'], nameZh: string, point: Point): GazetteerPlace => ({
      id, level, provinceType, ...(level === 'province' ? { aliasesEn: provinceAliases(province, provinceType) } : {}), nameEn: point.nameEn, nameZh,
      provinceId: province.id, provinceEn: province.nameEn, provinceZh: province.nameZh,
      lat: point.lat, lon: point.lon,
    });
    const capital = findCapital(province, points, input.places);
    places.push(place(province.id, 'province', province.nameZh, { ...capital, nameEn: province.nameEn }));
    if (MUNICIPALITIES.includes(province.id)) {
      // The municipality as a city: GB/T code of its urban districts (市辖区), e.g. 110100.
      places.push(place(`${province.id.slice(0, 2)}0100`, 'prefecture', province.nameZh, capital));
    }
    for (const unit of units.filter((u) => u.code.slice(0, 2) === province.id.slice(0, 2))) {
      const point = points.get(unit.code);
      if (point !== undefined) places.push(place(unit.code, 'prefecture', unit.name, point));
    }
  }
  places.sort((a, b) => a.id.localeCompare(b.id));
  return { places, unjoined, joinedByAdmin2Name, joinedByOverride };
}

/** A province's point is its capital's: the xx0100 prefecture, or the named city itself. */
function findCapital(province: ProvinceName, points: Map<string, Point>, places: readonly GeoPlace[]): Point {
  const own = OWN_COUNTRY_CAPITALS[province.id];
  const municipality = MUNICIPALITIES.includes(province.id);
  if (own !== undefined || municipality) {
    const [country, name] = own ?? ['CN', province.nameEn];
    const admin1 = own === undefined ? GEONAMES_ADMIN1[province.id] : undefined;
    const place = findPlace(places, { name, country, admin1 });
    if (place === undefined) throw new Error(`no single GeoNames point "${name}" for ${province.id}`);
    return toPoint(province.nameEn, place);
  }
  const capital = points.get(`${province.id.slice(0, 2)}0100`);
  if (capital === undefined) throw new Error(`capital of ${province.id} did not join`);
  return capital;
}

/** 直辖市 by code; 特别行政区 and 自治区 by the end of the GB/T name; every other unit is a 省. */
export function provincialType(province: ProvinceName): ProvincialType {
  if (MUNICIPALITIES.includes(province.id)) return 'municipality';
  if (province.nameZh.endsWith('特别行政区')) return 'sar';
  if (province.nameZh.endsWith('自治区')) return 'autonomous-region';
  return 'province';
}

const TYPE_IN_ENGLISH: Record<ProvincialType, string[]> = {
  province: ['Province'],
  'autonomous-region': ['Autonomous Region'],
  municipality: ['Municipality', 'City'],
  sar: ['SAR', 'Special Administrative Region'],
};
/** Names readers search by that the gazetteer's own English name is not. */
const OTHER_ENGLISH_NAMES: Readonly<Record<string, string[]>> = { '540000': ['Tibet'], '820000': ['Macau'], '150000': ['Nei Mongol'] };

/** "Jiangsu Province", "Hong Kong SAR", "Tibet": what a reader may type for a provincial-level unit. */
export function provinceAliases(province: ProvinceName, type: ProvincialType): string[] {
  const names = [province.nameEn, ...(OTHER_ENGLISH_NAMES[province.id] ?? [])];
  return [...names.flatMap((name) => TYPE_IN_ENGLISH[type].map((word) => `${name} ${word}`)), ...(OTHER_ENGLISH_NAMES[province.id] ?? [])];
}
