import type { GazetteerPlace, Initiative, Place, Status } from '../data/schema';
import { STATUSES } from '../data/schema';
import type { IndexedInitiative } from './dataset-index';

/** Where an initiative's place goes on the map: a point at a city, a whole province, or nowhere (nationwide). */
export type MapLocation = { kind: 'nationwide' } | { kind: 'province'; id: string } | { kind: 'city'; id: string };

/**
 * A park or district sits at its city (the gazetteer id is already the city's); a province-scope
 * place is its province's area, never a pin at the capital.
 */
export function locatePlace(place: Place, gazetteer: ReadonlyMap<string, GazetteerPlace>): MapLocation | null {
  if (place.scope === 'nationwide' || place.gazetteerId === null) return { kind: 'nationwide' };
  const hit = gazetteer.get(place.gazetteerId);
  if (!hit) return null;
  return place.scope === 'province' ? { kind: 'province', id: hit.provinceId } : { kind: 'city', id: hit.id };
}

/** Counts per status, in the order of STATUSES. */
export type StatusCounts = number[];

export interface PlaceGroup {
  kind: 'city' | 'province';
  /** Gazetteer id of the city (or municipality) or of the province. */
  id: string;
  place: GazetteerPlace;
  initiativeIds: string[];
  statusCounts: StatusCounts;
  /** How many of the initiatives give this place as inferred rather than stated. */
  inferredCount: number;
  /** The place, or the province it lies in, is in the places filter. */
  inFilter: boolean;
}

export interface MapPlaces {
  cities: PlaceGroup[];
  provinces: PlaceGroup[];
  nationwide: { initiativeIds: string[]; inferredCount: number };
  /** Places whose gazetteer id is not in the gazetteer (counted, not drawn). */
  unplaced: number;
}

function emptyCounts(): StatusCounts {
  return STATUSES.map(() => 0);
}

function newGroup(kind: PlaceGroup['kind'], place: GazetteerPlace, placesFilter: readonly string[]): PlaceGroup {
  const inFilter = placesFilter.includes(place.id) || (kind === 'city' && placesFilter.includes(place.provinceId));
  return { kind, id: place.id, place, initiativeIds: [], statusCounts: emptyCounts(), inferredCount: 0, inFilter };
}

function byCountThenName(a: PlaceGroup, b: PlaceGroup): number {
  return b.initiativeIds.length - a.initiativeIds.length || a.place.nameEn.localeCompare(b.place.nameEn);
}

/**
 * One group per map location: each initiative counts once at a city even when it names two parks
 * there, and counts as inferred there only when every one of its places there is inferred.
 */
export function groupByPlace(rows: readonly IndexedInitiative[], gazetteer: ReadonlyMap<string, GazetteerPlace>, placesFilter: readonly string[]): MapPlaces {
  const groups = new Map<string, PlaceGroup>();
  const nationwide = { initiativeIds: [] as string[], inferredCount: 0 };
  let unplaced = 0;
  for (const { initiative } of rows) {
    const statusIndex = STATUSES.indexOf(initiative.status);
    // key -> every place here is inferred
    const here = new Map<string, boolean>();
    for (const place of initiative.places) {
      const location = locatePlace(place, gazetteer);
      if (!location) {
        unplaced += 1;
        continue;
      }
      const key = location.kind === 'nationwide' ? 'nationwide' : `${location.kind}:${location.id}`;
      here.set(key, (here.get(key) ?? true) && place.basis === 'inferred');
    }
    for (const [key, inferred] of here) {
      if (key === 'nationwide') {
        nationwide.initiativeIds.push(initiative.id);
        if (inferred) nationwide.inferredCount += 1;
        continue;
      }
      let group = groups.get(key);
      if (!group) {
        const [kind, id] = key.split(':') as [PlaceGroup['kind'], string];
        const place = gazetteer.get(id);
        if (!place) continue;
        group = newGroup(kind, place, placesFilter);
        groups.set(key, group);
      }
      group.initiativeIds.push(initiative.id);
      group.statusCounts[statusIndex]! += 1;
      if (inferred) group.inferredCount += 1;
    }
  }
  const all = [...groups.values()].sort(byCountThenName);
  return { cities: all.filter((g) => g.kind === 'city'), provinces: all.filter((g) => g.kind === 'province'), nationwide, unplaced };
}

/** The most common status; a tie goes to the one further along the ladder. */
export function dominantStatus(counts: StatusCounts): Status {
  let best = 0;
  counts.forEach((count, i) => {
    if (count >= counts[best]!) best = i;
  });
  return STATUSES[best]!;
}

/** The map locations of one initiative, to highlight it when selected. */
export function locateInitiative(initiative: Initiative, gazetteer: ReadonlyMap<string, GazetteerPlace>): { cities: Set<string>; provinces: Set<string>; nationwide: boolean } {
  const result = { cities: new Set<string>(), provinces: new Set<string>(), nationwide: false };
  for (const place of initiative.places) {
    const location = locatePlace(place, gazetteer);
    if (location?.kind === 'city') result.cities.add(location.id);
    else if (location?.kind === 'province') result.provinces.add(location.id);
    else if (location?.kind === 'nationwide') result.nationwide = true;
  }
  return result;
}
