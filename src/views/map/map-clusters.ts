import Supercluster from 'supercluster';
import { pixelAt } from './map-geometry';
import type { PlaceGroup, StatusCounts } from './map-places';

/** One circle to draw: a place, or a cluster of nearby places when zoomed out; `radius` in pixels. */
export type MarkerItem =
  | { kind: 'place'; key: string; lat: number; lon: number; count: number; radius: number; group: PlaceGroup }
  | {
      kind: 'cluster';
      key: string;
      lat: number;
      lon: number;
      count: number;
      radius: number;
      statusCounts: StatusCounts;
      /** Gazetteer ids of the places inside, busiest first. */
      placeIds: string[];
      inFilterCount: number;
      inferredCount: number;
    };

type PlaceItem = Extract<MarkerItem, { kind: 'place' }>;
type ClusterItem = Extract<MarkerItem, { kind: 'cluster' }>;

interface PointProps {
  id: string;
}
interface ClusterProps {
  count: number;
  statusCounts: StatusCounts;
  placeIds: string[];
  inFilterCount: number;
  inferredCount: number;
}

export interface PlaceClusters {
  /** The circles at a zoom level (the whole map, not just the view: a few hundred at most); none overlaps another. */
  itemsAt(zoom: number): MarkerItem[];
  /** The zoom at which a circle drawn at `zoom` splits apart; `zoom` itself when it never does. */
  expansionZoom(item: MarkerItem, zoom: number): number;
}

export interface ClusterOptions {
  /** supercluster's radius in screen pixels: places this close are grouped before circles are sized. */
  radius: number;
  /** The map's largest zoom: circles are laid out for every integer zoom up to it. */
  maxZoom: number;
  /** Smallest space in pixels between two circles. */
  gap: number;
}

export const CLUSTER_OPTIONS: ClusterOptions = { radius: 36, maxZoom: 9, gap: 3 };

/** A circle's radius for a count, given the largest count drawn at that zoom. */
export type RadiusOf = (count: number, maxCount: number) => number;

function asCluster(item: MarkerItem): ClusterItem {
  if (item.kind === 'cluster') return { ...item, placeIds: [...item.placeIds], statusCounts: [...item.statusCounts] as StatusCounts };
  const { group } = item;
  return {
    kind: 'cluster',
    key: `cluster-${group.id}`,
    lat: item.lat,
    lon: item.lon,
    count: item.count,
    radius: item.radius,
    statusCounts: [...group.statusCounts] as StatusCounts,
    placeIds: [group.id],
    inFilterCount: group.inFilter ? 1 : 0,
    inferredCount: group.inferredCount,
  };
}

/** Adds `other` to `into` (a copy), which keeps its position: the bigger circle stays where it was. */
function absorb(into: ClusterItem, other: MarkerItem): ClusterItem {
  const add = asCluster(other);
  return {
    ...into,
    count: into.count + add.count,
    statusCounts: into.statusCounts.map((n, i) => n + (add.statusCounts[i] ?? 0)) as StatusCounts,
    placeIds: into.placeIds.concat(add.placeIds),
    inFilterCount: into.inFilterCount + add.inFilterCount,
    inferredCount: into.inferredCount + add.inferredCount,
  };
}

/**
 * Sizes the circles and merges any two that would touch (closer than `gap`), biggest first, until
 * none does: circles of very different sizes can overlap even when their centres are further apart
 * than supercluster's radius. Merged circles are sized again (bigger), so this repeats until stable.
 */
export function separateCircles(items: readonly MarkerItem[], zoom: number, radiusOf: RadiusOf, gap: number): MarkerItem[] {
  let current = [...items];
  for (;;) {
    const maxCount = current.reduce((max, item) => Math.max(max, item.count), 1);
    const sized = current.map((item) => ({ item: { ...item, radius: radiusOf(item.count, maxCount) }, at: pixelAt(item.lat, item.lon, zoom) }));
    sized.sort((a, b) => b.item.count - a.item.count || a.item.key.localeCompare(b.item.key));
    const kept: Array<{ item: MarkerItem; at: [number, number] }> = [];
    let merged = false;
    for (const next of sized) {
      const hit = kept.findIndex((k) => Math.hypot(k.at[0] - next.at[0], k.at[1] - next.at[1]) < k.item.radius + next.item.radius + gap);
      if (hit < 0) {
        kept.push(next);
        continue;
      }
      const target = kept[hit]!;
      kept[hit] = { item: absorb(asCluster(target.item), next.item), at: target.at };
      merged = true;
    }
    current = kept.map((k) => k.item);
    if (!merged) return current;
  }
}

/** Busiest first (the bigger city first among equals), so a cluster is keyed by (and its label names) its busiest place. */
function sortPlaceIds(item: MarkerItem, countOf: (id: string) => number, populationOf: (id: string) => number): MarkerItem {
  if (item.kind !== 'cluster') return item;
  const placeIds = [...item.placeIds].sort((a, b) => countOf(b) - countOf(a) || populationOf(b) - populationOf(a) || a.localeCompare(b));
  return { ...item, placeIds, key: `cluster-${placeIds[0]}` };
}

/**
 * Clusters the city groups (supercluster), then sizes the circles with `radiusOf` and merges any
 * that would overlap, at each integer zoom: no two circles overlap at any zoom (between integer
 * zooms the map only spreads them further apart). `position` gives the drawn [lat, lon] of a place
 * (shifted to GCJ-02 on Amap tiles).
 */
export function clusterPlaces(
  groups: readonly PlaceGroup[],
  position: (group: PlaceGroup) => [number, number],
  radiusOf: RadiusOf,
  options: ClusterOptions = CLUSTER_OPTIONS,
): PlaceClusters {
  const placeItems = groups.map((group): PlaceItem => {
    const [lat, lon] = position(group);
    return { kind: 'place', key: `place-${group.id}`, lat, lon, count: group.initiativeIds.length, radius: 0, group };
  });
  const byId = new Map(placeItems.map((item) => [item.group.id, item]));
  const countOf = (id: string) => byId.get(id)?.count ?? 0;
  const populationOf = (id: string) => byId.get(id)?.group.place.population ?? 0;
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: options.radius,
    maxZoom: options.maxZoom - 1,
    minPoints: 2,
    map: ({ id }) => {
      const group = byId.get(id)!.group;
      return {
        count: group.initiativeIds.length,
        statusCounts: group.statusCounts,
        placeIds: [id],
        inFilterCount: group.inFilter ? 1 : 0,
        inferredCount: group.inferredCount,
      };
    },
    // Note: supercluster shallow-copies properties, so arrays are replaced, never changed in place.
    reduce: (acc, props) => {
      acc.count += props.count;
      acc.statusCounts = acc.statusCounts.map((n, i) => n + (props.statusCounts[i] ?? 0));
      acc.placeIds = acc.placeIds.concat(props.placeIds);
      acc.inFilterCount += props.inFilterCount;
      acc.inferredCount += props.inferredCount;
    },
  });
  index.load(
    placeItems.map((item) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [item.lon, item.lat] },
      properties: { id: item.group.id },
    })),
  );
  const cache = new Map<number, MarkerItem[]>();
  const level = (zoom: number) => Math.max(0, Math.min(Math.floor(zoom), options.maxZoom));
  const itemsAt = (zoom: number): MarkerItem[] => {
    const z = level(zoom);
    let items = cache.get(z);
    if (!items) {
      const grouped = index.getClusters([-180, -85, 180, 85], z).map((feature): MarkerItem => {
        const [lon = 0, lat = 0] = feature.geometry.coordinates;
        const props = feature.properties;
        if ('cluster' in props && props.cluster) {
          const { count, statusCounts, placeIds, inFilterCount, inferredCount } = props;
          return { kind: 'cluster', key: '', lat, lon, count, radius: 0, statusCounts, placeIds, inFilterCount, inferredCount };
        }
        return byId.get((props as PointProps).id)!;
      });
      items = separateCircles(grouped, z, radiusOf, options.gap).map((item) => sortPlaceIds(item, countOf, populationOf));
      cache.set(z, items);
    }
    return items;
  };
  return {
    itemsAt,
    expansionZoom(item, zoom) {
      if (item.kind === 'place') return zoom;
      const ids = item.placeIds;
      for (let z = level(zoom) + 1; z <= options.maxZoom; z += 1) {
        const holder = itemsAt(z).find((other) => other.kind === 'cluster' && other.placeIds.includes(ids[0]!));
        if (!holder || holder.kind !== 'cluster' || ids.some((id) => !holder.placeIds.includes(id))) return z;
      }
      return zoom;
    },
  };
}
