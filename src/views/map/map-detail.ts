import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiLineString as TopoMultiLineString, Topology } from 'topojson-specification';
import { geometryBounds, type Bounds, type ProvinceProperties } from './map-basemap';
import { boundsIntersect, unionBounds } from './map-geometry';

/**
 * The close-zoom basemap: one file per provincial-level unit, data/geo/detail/<GB code>.topo.json
 * (written by scripts/build-basemap-detail.ts), with its prefecture-level units (districts in the
 * municipalities, Hong Kong and Macao; counties in Taiwan). The national basemap is simplified
 * for the whole country and looks doubled and jagged from about zoom 7; from DETAIL_ZOOM on, the
 * provinces in view are drawn from these files instead.
 */

/**
 * Zoom from which the provinces in view are drawn from their detail files. The national
 * basemap's province lines lie off the detailed ones by 0.7 km at the median, 2.7 km at the 90th
 * and 4 km at the 95th percentile (sampled along every unit's detailed outline). At the national
 * strokes (1.1-1.8 px) a line up to about 2 px off still reads as the border; the 90th percentile
 * is 1.3 px at zoom 6, 1.9 px at 6.5, 2.6 px at 7 and 5.3 px at 8 (at 32 N), where coasts cut
 * across bays and borders stray from the markers. So the switch is at 6.5, before the first
 * city-level scene (zoom 7 and up).
 */
export const DETAIL_ZOOM = 6.5;

/** Properties of a detail file's `prefectures`: GB/T 2260 code (ISO 3166-2 in Taiwan) and Chinese name. */
export interface PrefectureProperties {
  id: string;
  nameZh: string;
}

export interface DetailMeta {
  /** GB/T 2260 code of the provincial-level unit. */
  id: string;
  nameZh: string;
  generatedBy: string;
}

/**
 * A detail file. Its outline is written as lines by kind: `coast` (coastline and national border:
 * no unit on the other side), `border` (shared with another provincial-level unit, the same
 * points in both files) and `inner` (between its prefectures). The kinds are found when the file
 * is built (scripts/lib/detail-lines.ts): the source draws many borders twice, once per side, a
 * little apart, so they cannot be told from a coast by TopoJSON's sharing alone.
 */
export type DetailTopology = Topology<{
  prefectures: GeometryCollection<PrefectureProperties>;
  coast: TopoMultiLineString;
  border: TopoMultiLineString;
  inner: TopoMultiLineString;
}> & { meta: DetailMeta };

type Lines = FeatureCollection<MultiLineString, { id: string }>;

/** One unit's detail, as GeoJSON layers (lon/lat, WGS-84). */
export interface DetailProvince {
  id: string;
  /** Prefecture polygons: the land. */
  prefectures: FeatureCollection<Polygon | MultiPolygon, PrefectureProperties>;
  /** Coastline and national border. */
  coast: Lines;
  /** Borders with other provincial-level units. */
  border: Lines;
  /** Borders between the unit's prefectures. */
  inner: Lines;
  bounds: Bounds;
}

export function detailUrl(id: string): string {
  return `/data/geo/detail/${id}.topo.json`;
}

const isArea = (f: Feature<Geometry | null, PrefectureProperties>): f is Feature<Polygon | MultiPolygon, PrefectureProperties> =>
  f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');

/**
 * A unit's prefectures merged into one shape (topojson merge), for checks of the files. Not drawn,
 * so not read with every file: where the source's two sides of a border differ, it keeps the sliver
 * between them as a hole; the map draws the coast and border lines instead.
 */
export function detailOutline(topology: DetailTopology): MultiPolygon {
  // Every prefecture geometry is a Polygon or MultiPolygon (the build writes no others).
  return merge(topology, topology.objects.prefectures.geometries as Parameters<typeof merge>[1]);
}

/** Reads a detail file into GeoJSON: prefecture polygons and the lines by kind. */
export function readDetail(topology: DetailTopology): DetailProvince {
  const { id } = topology.meta;
  const prefectures = feature(topology, topology.objects.prefectures).features.filter(isArea);
  const lines = (object: TopoMultiLineString): Lines => {
    const geometry = feature(topology, object).geometry as MultiLineString;
    return { type: 'FeatureCollection', features: geometry.coordinates.length > 0 ? [{ type: 'Feature', properties: { id }, geometry }] : [] };
  };
  return {
    id,
    prefectures: { type: 'FeatureCollection', features: prefectures },
    coast: lines(topology.objects.coast),
    border: lines(topology.objects.border),
    inner: lines(topology.objects.inner),
    // A detail file always has prefectures; an empty one would have no extent to speak of.
    bounds: unionBounds([], prefectures.map((f) => geometryBounds(f.geometry))) ?? [[0, 0], [0, 0]],
  };
}

/**
 * The units to draw in detail for a view: none below DETAIL_ZOOM, else those whose bounds meet
 * the view grown by `pad` of its size on each side (the renderers draw that far beyond it, and the
 * margin absorbs the ~0.5 km between WGS-84 bounds and a GCJ-02 view). Sorted by id.
 */
export function provincesNeedingDetail(provinceBounds: ReadonlyMap<string, Bounds>, view: Bounds, zoom: number, pad = 0.15): string[] {
  if (!(zoom >= DETAIL_ZOOM)) return [];
  const [[south, west], [north, east]] = view;
  const dLat = (north - south) * pad;
  const dLon = (east - west) * pad;
  const grown: Bounds = [
    [south - dLat, west - dLon],
    [north + dLat, east + dLon],
  ];
  return [...provinceBounds].filter(([, bounds]) => boundsIntersect(bounds, grown)).map(([id]) => id).sort();
}

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Every point of the rings as a small integer, the same one wherever the same coordinates recur
 * (one string key per point, not two per edge), so an edge is a number: the pair's ids.
 */
function numberRings(rings: readonly Position[][]): { ids: Uint32Array[]; edgeKey(a: number, b: number): number } {
  const idOf = new Map<string, number>();
  const ids = rings.map((ring) => {
    const out = new Uint32Array(ring.length);
    ring.forEach((p, i) => {
      const key = `${p[0]},${p[1]}`;
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      out[i] = id;
    });
    return out;
  });
  const n = idOf.size;
  return { ids, edgeKey: (a, b) => (a < b ? a * n + b : b * n + a) };
}

/**
 * Each unit's share of the national outline (coast and land border) from the national basemap:
 * the edges of its rings that no other unit's rings hold. Shared borders come from one TopoJSON
 * arc, so both neighbours hold the very same points. Lets the national outline be left out
 * along the units drawn in detail, and drawn as before along the rest.
 */
export function coastRunsByProvince(
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>,
): FeatureCollection<MultiLineString, { id: string }> {
  const ringsByFeature = provinces.features.map((f) => ringsOf(f.geometry));
  const { ids, edgeKey } = numberRings(ringsByFeature.flat());
  const uses = new Map<number, number>();
  for (const ring of ids) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const key = edgeKey(ring[i]!, ring[i + 1]!);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  let next = 0;
  const features = provinces.features.map((f, n): Feature<MultiLineString, { id: string }> => {
    const runs: Position[][] = [];
    for (const ring of ringsByFeature[n]!) {
      const id = ids[next++]!;
      const edges = ring.length - 1;
      const outer = (i: number) => uses.get(edgeKey(id[i]!, id[i + 1]!)) === 1;
      // Start where a run begins, so one that wraps past the ring's first point is not cut there.
      let start = 0;
      while (start < edges && (!outer(start) || outer((start + edges - 1) % edges))) start++;
      if (start === edges) {
        if (edges > 0 && outer(0)) runs.push(ring.slice()); // the whole ring: an island
        continue;
      }
      let run: Position[] = [];
      for (let k = 0; k < edges; k++) {
        const i = (start + k) % edges;
        if (outer(i)) {
          if (run.length === 0) run.push(ring[i]!);
          run.push(ring[i + 1]!);
        } else if (run.length > 0) {
          runs.push(run);
          run = [];
        }
      }
      if (run.length > 0) runs.push(run);
    }
    return { type: 'Feature', properties: { id: f.properties.id }, geometry: { type: 'MultiLineString', coordinates: runs } };
  });
  return { type: 'FeatureCollection', features };
}
