import type { MapPlaces, PlaceGroup } from './map-places';

/** The place open in the map's side panel; UI state, not a filter, so not in the URL. */
export type ActivePlace = { kind: 'city' | 'province'; id: string } | { kind: 'nationwide' };

export function sameActive(a: ActivePlace | null, b: ActivePlace | null): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && (a.kind === 'nationwide' || (b.kind !== 'nationwide' && a.id === b.id));
}

export function activeOf(group: PlaceGroup): ActivePlace {
  return { kind: group.kind, id: group.id };
}

/** The initiatives behind the active place in the drawn rows; null when none are left (filtered out). */
export function findActive(places: MapPlaces, active: ActivePlace | null): { group: PlaceGroup | null; initiativeIds: string[] } | null {
  if (!active) return null;
  if (active.kind === 'nationwide') return places.nationwide.initiativeIds.length ? { group: null, initiativeIds: places.nationwide.initiativeIds } : null;
  const list = active.kind === 'city' ? places.cities : places.provinces;
  const group = list.find((g) => g.id === active.id);
  return group ? { group, initiativeIds: group.initiativeIds } : null;
}
