import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isPointInGeometry } from './point-in-polygon';
import type { SeaPartProperties } from './south-china-sea';

/** Shape of data/geo/basemap.topo.json's objects, as read back with topojson-client. */
export interface ProvinceProperties {
  id: string; // GB/T 2260 code
  nameZh: string;
  nameEn: string;
}

export interface CountryProperties {
  nameZh: string;
  nameEn: string | null;
  iso: string | null; // ISO 3166-1 alpha-2; null where Natural Earth has none (-99)
}

export interface BasemapMeta {
  credits: string;
  notApproved: string;
  generatedBy: string;
}

export type BasemapTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  southChinaSea: GeometryCollection<SeaPartProperties>;
  countries: GeometryCollection<CountryProperties>;
}> & { meta: BasemapMeta };

export type Area<P> = Feature<Polygon | MultiPolygon, P>;

function areas<P>(collection: FeatureCollection<Geometry | null, P>): Area<P>[] {
  return collection.features.filter(
    (f): f is Area<P> => f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
}

export function readProvinces(topology: BasemapTopology): Area<ProvinceProperties>[] {
  return areas(feature(topology, topology.objects.provinces));
}

export function readCountries(topology: BasemapTopology): Area<CountryProperties>[] {
  return areas(feature(topology, topology.objects.countries));
}

/** The areas whose polygons hold the point ([lon, lat] order is GeoJSON's). */
export function findAreasAt<P>(areasToSearch: readonly Area<P>[], lon: number, lat: number): Area<P>[] {
  return areasToSearch.filter((a) => isPointInGeometry(lon, lat, a.geometry));
}
