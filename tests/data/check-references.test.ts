// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeScopeProblem } from '../../src/data/check-references';
import { byId } from '../../src/data/dataset';
import { GazetteerSchema, type PlaceScope } from '../../src/data/schema';

const gazetteer = byId(GazetteerSchema.parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8'))).places);
const check = (scope: PlaceScope, id: string) => placeScopeProblem(scope, gazetteer.get(id)!, gazetteer);

describe('placeScopeProblem: a place\'s scope and the gazetteer unit it names', () => {
  it('accepts a city by its prefecture id and a province by its provincial-level id', () => {
    expect(check('city', '370300')).toBeNull();
    expect(check('park', '320500')).toBeNull();
    expect(check('district', '330500')).toBeNull();
    expect(check('province', '210000')).toBeNull();
    expect(check('province', '810000')).toBeNull();
  });

  it('accepts Hong Kong and Macao directly as a city, a district or a park', () => {
    expect(check('city', '810000')).toBeNull();
    expect(check('city', '820000')).toBeNull();
    expect(check('park', '810000')).toBeNull();
    expect(check('district', '820000')).toBeNull();
  });

  it.each([
    ['110000', '110100', 'Beijing'],
    ['120000', '120100', 'Tianjin'],
    ['310000', '310100', 'Shanghai'],
    ['500000', '500100', 'Chongqing'],
  ])('names the city id to use for the municipality %s as a city', (province, city, name) => {
    expect(check('city', province)).toBe(`scope is "city" but "${province}" is the municipality ${name} (provincial level); use ${city} for ${name} as a city`);
  });

  it('names the city id for a district or park in a municipality too', () => {
    expect(check('district', '310000')).toBe('scope is "district" but "310000" is the municipality Shanghai (provincial level); use 310100 for Shanghai as the city the district lies in');
    expect(check('park', '110000')).toMatch(/use 110100 for Beijing as the city the park lies in$/);
  });

  it('names the provincial-level id for a province-scope place given a city', () => {
    expect(check('province', '110100')).toBe('scope is "province" but "110100" is Beijing, a city (prefecture level); use 110000 for Beijing as a provincial-level unit');
    expect(check('province', '320500')).toBe('scope is "province" but "320500" is Suzhou, a city (prefecture level); use 320000 for Jiangsu');
  });

  it('asks for one of the province\'s city codes when a city is given a province, by its type', () => {
    expect(check('city', '320000')).toBe('scope is "city" but "320000" is the province Jiangsu (provincial level); use the id of the city, one of Jiangsu\'s 32xx00 codes');
    expect(check('city', '540000')).toMatch(/^scope is "city" but "540000" is the autonomous region Xizang \(provincial level\); use the id of the city, one of Xizang's 54xx00 codes$/);
  });

  it('says when the gazetteer has no city under a provincial-level unit that is not a SAR', () => {
    expect(check('city', '710000')).toBe('scope is "city" but "710000" is the province Taiwan (provincial level); the gazetteer has no city in Taiwan: use scope "province"');
  });

  it('has nothing to say about a nationwide place', () => {
    expect(check('nationwide', '110000')).toBeNull();
  });
});
