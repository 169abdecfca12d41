// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readBasemap, type BasemapTopology, type Bounds, type ProvinceProperties } from '../../../src/views/map/map-basemap';
import { coastRunsByProvince, DETAIL_ZOOM, detailOutline, detailUrl, provincesNeedingDetail, readDetail, type DetailTopology } from '../../../src/views/map/map-detail';

const box = (south: number, west: number, north: number, east: number): Bounds => [
  [south, west],
  [north, east],
];

describe(provincesNeedingDetail, () => {
  const bounds = new Map<string, Bounds>([
    ['330000', box(27, 118, 31.2, 123)],
    ['350000', box(23.5, 115.8, 28.3, 120.7)],
    ['360000', box(24.5, 113.5, 30.1, 118.5)],
    ['650000', box(34.3, 73.5, 49.2, 96.4)],
  ]);
  const ningde = box(25.9, 118.6, 27.4, 120.5);

  it('asks for nothing below DETAIL_ZOOM', () => {
    expect(provincesNeedingDetail(bounds, ningde, DETAIL_ZOOM - 0.25)).toEqual([]);
    expect(provincesNeedingDetail(bounds, ningde, Number.NaN)).toEqual([]);
  });

  it('asks for the units whose bounds meet the view, sorted by id', () => {
    expect(provincesNeedingDetail(bounds, ningde, DETAIL_ZOOM, 0)).toEqual(['330000', '350000']);
    expect(provincesNeedingDetail(bounds, box(29.5, 119, 30.5, 120), 9)).toEqual(['330000']);
  });

  it('looks a share of the view beyond its edges (the renderers draw that far)', () => {
    // Jiangxi ends at 118.5 E: 0.1 degrees west of the view, within 15% of its 1.9-degree width.
    expect(provincesNeedingDetail(bounds, ningde, 8, 0)).not.toContain('360000');
    expect(provincesNeedingDetail(bounds, ningde, 8)).toContain('360000');
  });

  it('finds Fujian and Zhejiang for a view on Ningde with the shipped bounds', () => {
    const basemap = readBasemap(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology);
    const ids = provincesNeedingDetail(basemap.provinceBounds, box(26.2, 118.9, 27.1, 120.1), 9);
    expect(ids).toContain('350000');
    expect(ids).toContain('330000');
    expect(ids).not.toContain('650000');
  });
});

describe(detailUrl, () => {
  it('is a path on the app’s own origin', () => {
    expect(detailUrl('350000')).toBe('/data/geo/detail/350000.topo.json');
  });
});

/**
 * Two prefectures side by side (A west, B east, both rings clockwise) sharing arc 1; arc 0 runs
 * round A's other sides (coast), arc 2 round B's (a border with another unit).
 */
const tiny: DetailTopology = {
  type: 'Topology',
  arcs: [
    [[1, 0], [0, 0], [0, 1], [1, 1]],
    [[1, 1], [1, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
  ],
  objects: {
    prefectures: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { id: '350100', nameZh: '甲市' } },
        { type: 'Polygon', arcs: [[~2, ~1]], properties: { id: '350200', nameZh: '乙市' } },
      ],
    },
    coast: { type: 'MultiLineString', arcs: [[0]] },
    border: { type: 'MultiLineString', arcs: [[2]] },
    inner: { type: 'MultiLineString', arcs: [[1]] },
  },
  meta: { id: '350000', nameZh: '福建省', generatedBy: 'test' },
};

describe(readDetail, () => {
  const detail = readDetail(tiny);

  it('reads the prefectures with their ids and names', () => {
    expect(detail.id).toBe('350000');
    expect(detail.prefectures.features.map((f) => [f.properties.id, f.properties.nameZh])).toEqual([
      ['350100', '甲市'],
      ['350200', '乙市'],
    ]);
  });

  it('merges them into one outline, without the border between them', () => {
    const outline = detailOutline(tiny);
    expect(outline.coordinates).toHaveLength(1);
    expect(outline.coordinates[0]).toHaveLength(1); // no hole
    const xs = outline.coordinates[0]![0]!.map((p) => p[0]!);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(2);
  });

  it('gives the coast, the border with another unit and the inner border as lines, tagged with the unit', () => {
    expect(detail.coast.features[0]!.geometry.coordinates).toEqual([
      [[1, 0], [0, 0], [0, 1], [1, 1]],
    ]);
    expect(detail.border.features[0]!.geometry.coordinates).toEqual([
      [[1, 0], [2, 0], [2, 1], [1, 1]],
    ]);
    expect(detail.inner.features[0]!.geometry.coordinates).toEqual([
      [[1, 1], [1, 0]],
    ]);
    expect(detail.inner.features[0]!.properties.id).toBe('350000');
  });

  it('leaves a kind with no lines empty', () => {
    const noInner = readDetail({ ...tiny, objects: { ...tiny.objects, inner: { type: 'MultiLineString', arcs: [] } } });
    expect(noInner.inner.features).toEqual([]);
  });

  it('bounds the unit', () => {
    expect(detail.bounds).toEqual(box(0, 0, 1, 2));
  });
});

type Provinces = FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
const province = (id: string, coordinates: Position[][][]): Provinces['features'][number] => ({
  type: 'Feature',
  properties: { id, nameZh: id, nameEn: id },
  geometry: { type: 'MultiPolygon', coordinates },
});

describe(coastRunsByProvince, () => {
  // A west of B; B's ring starts in the middle of its coast, so a run wraps past its first point.
  const a = province('A', [
    [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
    [[[5, 5], [6, 5], [6, 6], [5, 5]]], // an island
  ]);
  const b = province('B', [[[[2, 0.5], [2, 1], [1, 1], [1, 0], [2, 0], [2, 0.5]]]]);
  const runs = coastRunsByProvince({ type: 'FeatureCollection', features: [a, b] });

  it('leaves out the edges two provinces share', () => {
    expect(runs.features[0]!.properties.id).toBe('A');
    expect(runs.features[0]!.geometry.coordinates[0]).toEqual([[1, 1], [0, 1], [0, 0], [1, 0]]);
  });

  it('keeps an island ring whole', () => {
    expect(runs.features[0]!.geometry.coordinates).toContainEqual([[5, 5], [6, 5], [6, 6], [5, 5]]);
  });

  it('keeps a run that wraps past the ring’s first point in one piece', () => {
    expect(runs.features[1]!.properties.id).toBe('B');
    expect(runs.features[1]!.geometry.coordinates).toEqual([[[1, 0], [2, 0], [2, 0.5], [2, 1], [1, 1]]]);
  });

  it('covers the shipped national outline, less the stretches it draws along shared borders', () => {
    const basemap = readBasemap(JSON.parse(readFileSync('data/geo/basemap.topo.json', 'utf8')) as BasemapTopology);
    const key = (p: Position, q: Position) => {
      const [a, b] = [String(p), String(q)];
      return a < b ? `${a} ${b}` : `${b} ${a}`;
    };
    const edges = (lines: Position[][]) => lines.flatMap((line) => line.slice(1).map((q, i) => key(line[i]!, q)));
    const uses = new Map<string, number>();
    for (const f of basemap.provinces.features) {
      for (const e of edges(f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat())) uses.set(e, (uses.get(e) ?? 0) + 1);
    }
    const fromRuns = new Set(edges(coastRunsByProvince(basemap.provinces).features.flatMap((f) => f.geometry.coordinates)));
    const national = new Set(edges(basemap.chinaOutline.features[0]!.geometry.coordinates.flat()));
    expect(fromRuns.size).toBeGreaterThan(1000);
    expect([...fromRuns].filter((e) => !national.has(e))).toEqual([]);
    // topojson's merge keeps a few zero-width spikes where simplification made two arcs coincide.
    expect([...national].filter((e) => !fromRuns.has(e) && uses.get(e) === 1)).toEqual([]);
  });
});
