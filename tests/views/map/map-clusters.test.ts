import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../../src/data/schema';
import { clusterPlaces, separateCircles, type MarkerItem, type RadiusOf } from '../../../src/views/map/map-clusters';
import { markerRadius } from '../../../src/views/map/map-geometry';
import type { PlaceGroup } from '../../../src/views/map/map-places';

function group(i: number, lat: number, lon: number, count: number, inFilter = false): PlaceGroup {
  const place: GazetteerPlace = { id: String(100000 + i * 100), level: 'prefecture', provinceType: 'municipality', nameEn: `City ${i}`, nameZh: `城${i}`, provinceId: '110000', provinceEn: 'P', provinceZh: '省', lat, lon };
  return { kind: 'city', id: place.id, place, initiativeIds: Array.from({ length: count }, (_, k) => `i-${i}-${k}`), statusCounts: [count, 0, 0, 0, 0, 0], inferredCount: 0, inFilter };
}

/** 100 places on a 10 x 10 grid, 0.3 degrees apart, with 1..100 initiatives. */
const grid = Array.from({ length: 100 }, (_, i) => group(i, 30 + Math.floor(i / 10) * 0.3, 110 + (i % 10) * 0.3, i + 1, i < 5));
const total = grid.reduce((sum, g) => sum + g.initiativeIds.length, 0);
const at = (g: PlaceGroup): [number, number] => [g.place.lat, g.place.lon];
const radiusOf: RadiusOf = (count, maxCount) => markerRadius(count, maxCount, 8, 28);

/** Web Mercator pixels at a zoom, as the map draws them. */
function pixel(item: MarkerItem, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((item.lat * Math.PI) / 180);
  return [((item.lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

function overlapping(items: MarkerItem[], zoom: number): string[] {
  const out: string[] = [];
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      const [ax, ay] = pixel(a, zoom);
      const [bx, by] = pixel(b, zoom);
      if (Math.hypot(ax - bx, ay - by) < a.radius + b.radius) out.push(`${a.key} ${b.key}`);
    }),
  );
  return out;
}

function placeIdsOf(items: MarkerItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'cluster' ? item.placeIds : [item.group.id])).sort();
}

describe(clusterPlaces, () => {
  it('draws places apart when their circles do not touch', () => {
    const apart = [group(1, 30, 100, 3), group(2, 30, 110, 5), group(3, 40, 105, 1)];
    const items = clusterPlaces(apart, at, radiusOf).itemsAt(4);
    expect(items.map((i) => i.kind)).toEqual(['place', 'place', 'place']);
  });

  it('never lets two circles overlap, at any zoom, and keeps every initiative', () => {
    const clusters = clusterPlaces(grid, at, radiusOf);
    for (let zoom = 0; zoom <= 9; zoom += 1) {
      const items = clusters.itemsAt(zoom);
      expect(overlapping(items, zoom), `zoom ${zoom}`).toEqual([]);
      expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(total);
    }
  });

  it('merges a small circle into a big one that would cover it, though supercluster kept them apart', () => {
    // 0.6 degrees apart: about 27 px at zoom 5, more than the cluster radius in supercluster's units
    // at that zoom would join... but the big circle's 28 px radius reaches the small one.
    const items = separateCircles(
      [
        { kind: 'place', key: 'place-a', lat: 30, lon: 110, count: 400, radius: 0, group: group(1, 30, 110, 400) },
        { kind: 'place', key: 'place-b', lat: 30, lon: 110.6, count: 1, radius: 0, group: group(2, 30, 110.6, 1) },
      ],
      5,
      radiusOf,
      3,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'cluster', count: 401, lat: 30, lon: 110 });
  });

  it('clusters many places when zoomed out, keeping every place and initiative exactly once', () => {
    const clusters = clusterPlaces(grid, at, radiusOf);
    const far = clusters.itemsAt(4);
    expect(far.length).toBeLessThan(20);
    expect(far.reduce((sum, item) => sum + item.count, 0)).toBe(total);
    expect(placeIdsOf(far)).toEqual(grid.map((g) => g.id).sort());
  });

  it('draws every place on its own above the cluster zoom', () => {
    const items = clusterPlaces(grid, at, radiusOf).itemsAt(9);
    expect(items).toHaveLength(100);
    expect(items.every((item) => item.kind === 'place')).toBe(true);
  });

  it('sums status and filter counts in clusters without changing the places', () => {
    const clusters = clusterPlaces(grid, at, radiusOf);
    const items = clusters.itemsAt(3);
    const statuses = items.map((item) => (item.kind === 'cluster' ? item.statusCounts[0]! : item.group.statusCounts[0]!));
    expect(statuses.reduce((a, b) => a + b, 0)).toBe(total);
    const inFilter = items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.inFilterCount : item.group.inFilter ? 1 : 0), 0);
    expect(inFilter).toBe(5);
    // Zooming in after zooming out still sees the original counts (supercluster shares property objects).
    expect(clusters.itemsAt(6).reduce((sum, item) => sum + item.count, 0)).toBe(total);
    expect(grid[0]!.statusCounts).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('lists a cluster\'s places busiest first and zooms to where it splits', () => {
    const clusters = clusterPlaces(grid, at, radiusOf);
    const cluster = clusters.itemsAt(4).find((item) => item.kind === 'cluster')!;
    expect(cluster.kind).toBe('cluster');
    if (cluster.kind !== 'cluster') return;
    const counts = cluster.placeIds.map((id) => grid.find((g) => g.id === id)!.initiativeIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(clusters.expansionZoom(cluster, 4)).toBeGreaterThan(4);
    expect(cluster.key).toBe(`cluster-${cluster.placeIds[0]}`);
  });

  it('uses the drawn position it is given (e.g. shifted for Amap)', () => {
    const items = clusterPlaces(grid.slice(0, 2), (g) => [g.place.lat + 1, g.place.lon + 2], radiusOf).itemsAt(8);
    expect(items.map((i) => [i.lat, i.lon]).sort((a, b) => a[1]! - b[1]!)).toEqual([
      [31, 112],
      [31, 112.3],
    ]);
  });
});
