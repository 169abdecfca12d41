import Supercluster from 'supercluster';
import type { PlaceGroup, StatusCounts } from './map-places';

/** One circle to draw: a place, or a cluster of nearby places when zoomed out. */
export type MarkerItem =
  | { kind: 'place'; key: string; lat: number; lon: number; count: number; group: PlaceGroup }
  | {
      kind: 'cluster';
      key: string;
      clusterId: number;
      lat: number;
      lon: number;
      count: number;
      statusCounts: StatusCounts;
      /** Gazetteer ids of the places inside, busiest first. */
      placeIds: string[];
      inFilterCount: number;
      inferredCount: number;
    };

type PlaceItem = Extract<MarkerItem, { kind: 'place' }>;

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
  /** The circles at an integer zoom level (the whole map, not just the view: a few hundred at most). */
  itemsAt(zoom: number): MarkerItem[];
  /** The zoom at which a cluster splits apart. */
  expansionZoom(clusterId: number): number;
}

export interface ClusterOptions {
  /** Cluster only when there are more places than this; a few places are clearer drawn apart. */
  minPlaces: number;
  /** Cluster radius in screen pixels. */
  radius: number;
  /** Above this zoom every place is drawn on its own. */
  maxZoom: number;
}

export const CLUSTER_OPTIONS: ClusterOptions = { minPlaces: 60, radius: 44, maxZoom: 7 };

/**
 * Clusters the city groups with supercluster. `position` gives the drawn [lat, lon] of a place
 * (shifted to GCJ-02 on Amap tiles).
 */
export function clusterPlaces(
  groups: readonly PlaceGroup[],
  position: (group: PlaceGroup) => [number, number],
  options: ClusterOptions = CLUSTER_OPTIONS,
): PlaceClusters {
  const placeItems = groups.map((group): PlaceItem => {
    const [lat, lon] = position(group);
    return { kind: 'place', key: `place-${group.id}`, lat, lon, count: group.initiativeIds.length, group };
  });
  if (groups.length <= options.minPlaces) return { itemsAt: () => placeItems, expansionZoom: () => options.maxZoom + 1 };

  const byId = new Map(placeItems.map((item) => [item.group.id, item]));
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: options.radius,
    maxZoom: options.maxZoom,
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
  const countOf = (id: string) => byId.get(id)?.count ?? 0;
  return {
    itemsAt(zoom) {
      const z = Math.max(0, Math.min(Math.floor(zoom), options.maxZoom + 1));
      let items = cache.get(z);
      if (!items) {
        items = index.getClusters([-180, -85, 180, 85], z).map((feature): MarkerItem => {
          const [lon = 0, lat = 0] = feature.geometry.coordinates;
          const props = feature.properties;
          if ('cluster' in props && props.cluster) {
            const placeIds = [...props.placeIds].sort((a, b) => countOf(b) - countOf(a));
            const { count, statusCounts, inFilterCount, inferredCount } = props;
            // Keyed by its busiest place, so a cluster's marker survives zooming while it holds that place.
            return { kind: 'cluster', key: `cluster-${placeIds[0]}`, clusterId: props.cluster_id, lat, lon, count, statusCounts, placeIds, inFilterCount, inferredCount };
          }
          return byId.get((props as PointProps).id)!;
        });
        cache.set(z, items);
      }
      return items;
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}
