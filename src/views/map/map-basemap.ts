import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { findBorderGapLines } from './map-border-gaps';
import { findLabelPoint } from './map-label-point';

/** Properties of data/geo/basemap.topo.json's objects (written by scripts/build-basemap.ts). */
export interface ProvinceProperties {
  id: string; // GB/T 2260 code, the gazetteer id of the province
  nameZh: string;
  nameEn: string;
}
export interface CountryProperties {
  nameZh: string;
  nameEn: string | null;
  iso: string | null;
}
export interface SeaPartProperties {
  kind: 'dash' | 'islands';
  nameZh: string;
  nameEn: string;
}

export type BasemapTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  countries: GeometryCollection<CountryProperties>;
  southChinaSea: GeometryCollection<SeaPartProperties>;
}> & { meta: { credits: string; notApproved: string }; labels: BasemapLabels };

export type Area<P> = Feature<Polygon | MultiPolygon, P>;

/** [[south, west], [north, east]] in degrees, Leaflet's LatLngBounds order. */
export type Bounds = [[number, number], [number, number]];

/** Where to print an area's name. */
export interface AreaLabel {
  /** GB/T code of a province; the English name of a country. */
  id: string;
  nameZh: string;
  nameEn: string;
  lat: number;
  lon: number;
  /** Area of the province in square degrees (Mercator-scaled); bigger provinces win label space. */
  area: number;
}

/** Label points, found when the basemap is built (scripts/build-basemap.ts), not on every load. */
export interface BasemapLabels {
  provinces: AreaLabel[];
  /** Neighbouring countries big enough to name (tiny islands and clipped slivers are left unnamed). */
  countries: AreaLabel[];
}

export interface Basemap {
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  southChinaSea: FeatureCollection<Polygon | MultiPolygon, SeaPartProperties>;
  /** The 34 provinces merged: China's national border and coastline, drawn once over the provinces. */
  chinaOutline: FeatureCollection<MultiPolygon>;
  /** Neighbours' outlines near China's land border, to fill the slivers between the two sources. */
  borderGaps: FeatureCollection<MultiLineString>;
  provinceLabels: AreaLabel[];
  /** Neighbouring countries big enough to name (tiny islands and clipped slivers are left unnamed). */
  countryLabels: AreaLabel[];
  provinceBounds: Map<string, Bounds>;
  credits: string;
  notApproved: string;
}

/** Mercator square degrees; Bhutan (about 5) is named, Brunei and Singapore are not. */
const MIN_NAMED_COUNTRY_AREA = 3;

function areasOf<P>(collection: FeatureCollection<Geometry | null, P>): FeatureCollection<Polygon | MultiPolygon, P> {
  const features = collection.features.filter(
    (f): f is Area<P> => f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
  return { type: 'FeatureCollection', features };
}

function polygonsOf(geometry: Polygon | MultiPolygon): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function geometryBounds(geometry: Polygon | MultiPolygon): Bounds {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
  }
  return [
    [south, west],
    [north, east],
  ];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function labelOf(id: string, nameZh: string, nameEn: string, point: { lat: number; lon: number; area: number }): AreaLabel {
  return { id, nameZh, nameEn, lat: round(point.lat, 4), lon: round(point.lon, 4), area: round(point.area, 2) };
}

/**
 * Where to print each province's and named country's name: the pole of inaccessibility of its
 * largest polygon. Run by the basemap build, which stores the result in the file's `labels`.
 */
export function computeBasemapLabels(topology: Omit<BasemapTopology, 'labels'>): BasemapLabels {
  const provinces = areasOf(feature(topology, topology.objects.provinces)).features.map(({ properties, geometry }) =>
    labelOf(properties.id, properties.nameZh, properties.nameEn, findLabelPoint(polygonsOf(geometry))),
  );
  const countries = areasOf(feature(topology, topology.objects.countries)).features.flatMap(({ properties, geometry }): AreaLabel[] => {
    if (!properties.nameEn) return [];
    const point = findLabelPoint(polygonsOf(geometry), 0.1);
    return point.area >= MIN_NAMED_COUNTRY_AREA ? [labelOf(properties.nameEn, properties.nameZh, properties.nameEn, point)] : [];
  });
  return { provinces, countries };
}

/** Converts the TopoJSON basemap to GeoJSON layers, with its label points and bounds per province. */
export function readBasemap(topology: BasemapTopology): Basemap {
  const provinces = areasOf(feature(topology, topology.objects.provinces));
  const countries = areasOf(feature(topology, topology.objects.countries));
  return {
    provinces,
    countries,
    // Every province geometry is a Polygon or MultiPolygon (GeometryCollection is not used).
    chinaOutline: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: merge(topology, topology.objects.provinces.geometries as Parameters<typeof merge>[1]) }] },
    borderGaps: findBorderGapLines(countries, provinces),
    southChinaSea: areasOf(feature(topology, topology.objects.southChinaSea)),
    provinceLabels: topology.labels.provinces,
    countryLabels: topology.labels.countries,
    provinceBounds: new Map(provinces.features.map((f) => [f.properties.id, geometryBounds(f.geometry)])),
    credits: topology.meta.credits,
    notApproved: topology.meta.notApproved,
  };
}

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '省', '市', '盟'];
/** Peoples named in autonomous regions and prefectures, dropped from the short name with 自治区/自治州. */
const PEOPLES = ['维吾尔', '朝鲜族', '蒙古族', '蒙古', '哈萨克', '柯尔克孜', '土家族', '布依族', '哈尼族', '傈僳族', '景颇族', '藏族', '羌族', '彝族', '苗族', '侗族', '壮族', '傣族', '白族', '回族', '黎族'];

function stripEnd(name: string, endings: readonly string[]): string {
  const ending = endings.find((e) => name.endsWith(e) && name.length >= e.length + 2);
  return ending ? name.slice(0, -ending.length) : name;
}

/**
 * The name a map prints: 江苏省 -> 江苏, 广西壮族自治区 -> 广西, 香港特别行政区 -> 香港,
 * 苏州市 -> 苏州, 延边朝鲜族自治州 -> 延边, 锡林郭勒盟 -> 锡林郭勒, 陵水黎族自治县 -> 陵水.
 */
export function shortNameZh(nameZh: string): string {
  let name = stripEnd(nameZh, SUFFIXES);
  if (name === nameZh || !/自治/.test(nameZh)) return name;
  for (let before = ''; before !== name; ) {
    before = name;
    name = stripEnd(name, PEOPLES);
  }
  return name;
}
