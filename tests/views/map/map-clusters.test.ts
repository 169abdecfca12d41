import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../../src/data/schema';
import { clusterPlaces, type MarkerItem } from '../../../src/views/map/map-clusters';
import type { PlaceGroup } from '../../../src/views/map/map-places';

function group(i: number, lat: number, lon: number, count: number, inFilter = false): PlaceGroup {
  const place: GazetteerPlace = { id: String(100000 + i * 100), level: 'prefecture', provinceType: 'municipality', nameEn: `City ${i}`, nameZh: `城${i}`, provinceId: '110000', provinceEn: 'P', provinceZh: '省', lat, lon };
  return { kind: 'city', id: place.id, place, initiativeIds: Array.from({ length: count }, (_, k) => `i-${i}-${k}`), statusCounts: [count, 0, 0, 0, 0, 0], inferredCount: 0, inFilter };
}

/** 100 places on a 10 x 10 grid, 0.3 degrees apart, with 1..100 initiatives. */
const grid = Array.from({ length: 100 }, (_, i) => group(i, 30 + Math.floor(i / 10) * 0.3, 110 + (i % 10) * 0.3, i + 1, i < 5));
const total = grid.reduce((sum, g) => sum + g.initiativeIds.length, 0);
const at = (g: PlaceGroup): [number, number] => [g.place.lat, g.place.lon];

function placeIdsOf(items: MarkerItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'cluster' ? item.placeIds : [item.group.id])).sort();
}

describe(clusterPlaces, () => {
  it('draws a few places apart at every zoom', () => {
    const few = grid.slice(0, 10);
    const clusters = clusterPlaces(few, at);
    expect(clusters.itemsAt(3).every((item) => item.kind === 'place')).toBe(true);
    expect(clusters.itemsAt(3)).toHaveLength(10);
  });

  it('clusters many places when zoomed out, keeping every place and initiative exactly once', () => {
    const clusters = clusterPlaces(grid, at);
    const far = clusters.itemsAt(4);
    expect(far.length).toBeLessThan(20);
    expect(far.reduce((sum, item) => sum + item.count, 0)).toBe(total);
    expect(placeIdsOf(far)).toEqual(grid.map((g) => g.id).sort());
  });

  it('draws every place on its own above the cluster zoom', () => {
    const items = clusterPlaces(grid, at).itemsAt(8.5);
    expect(items).toHaveLength(100);
    expect(items.every((item) => item.kind === 'place')).toBe(true);
  });

  it('sums status and filter counts in clusters without changing the places', () => {
    const clusters = clusterPlaces(grid, at);
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
    const clusters = clusterPlaces(grid, at);
    const cluster = clusters.itemsAt(4).find((item) => item.kind === 'cluster')!;
    expect(cluster.kind).toBe('cluster');
    if (cluster.kind !== 'cluster') return;
    const counts = cluster.placeIds.map((id) => grid.find((g) => g.id === id)!.initiativeIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(clusters.expansionZoom(cluster.clusterId)).toBeGreaterThan(4);
  });

  it('uses the drawn position it is given (e.g. shifted for Amap)', () => {
    const items = clusterPlaces(grid.slice(0, 2), (g) => [g.place.lat + 1, g.place.lon + 2]).itemsAt(5);
    expect(items.map((i) => [i.lat, i.lon])).toEqual([
      [31, 112],
      [31, 112.3],
    ]);
  });
});
