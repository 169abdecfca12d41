import type { GazetteerPlace, Initiative, Place, Status } from '../data/schema';
import { STATUSES } from '../data/schema';
import type { Codebook } from './codebook';
import type { DatasetIndex, IndexedInitiative } from './dataset-index';

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
  // Two cities can share an English name (Suzhou, Taizhou...): the id settles the order.
  return b.initiativeIds.length - a.initiativeIds.length || a.place.nameEn.localeCompare(b.place.nameEn) || a.id.localeCompare(b.id);
}

/** A map location as a codebook value: "city:<id>", "province:<id>" or "nationwide". */
function locationKey(location: MapLocation): string {
  return location.kind === 'nationwide' ? 'nationwide' : `${location.kind}:${location.id}`;
}

/**
 * Encodes initiatives' map locations for the dataset index. For each initiative: each location
 * once, as its code in `codebook` times two, plus one when every one of the initiative's places
 * there is inferred; and how many of its places are not in the gazetteer.
 */
export function makeLocationEncoder(gazetteer: ReadonlyMap<string, GazetteerPlace>, codebook: Codebook): (initiative: Initiative) => { locations: number[]; unplaced: number } {
  // A place's code depends only on its scope (province or not) and gazetteer id: found once each.
  const codes = new Map<string, number | null>();
  const codeOf = (place: Place): number | null => {
    const key = place.scope === 'province' || place.scope === 'nationwide' ? `${place.scope}|${place.gazetteerId}` : (place.gazetteerId ?? 'null');
    let code = codes.get(key);
    if (code === undefined) {
      const location = locatePlace(place, gazetteer);
      codes.set(key, (code = location ? codebook.encode(locationKey(location)) : null));
    }
    return code;
  };
  // Filled for each initiative, then copied to an array of exactly its length.
  const locations: number[] = [];
  return (initiative) => {
    locations.length = 0;
    let unplaced = 0;
    for (const place of initiative.places) {
      const code = codeOf(place);
      if (code === null) {
        unplaced += 1;
        continue;
      }
      const inferred = place.basis === 'inferred' ? 1 : 0;
      const at = locations.findIndex((packed) => packed >> 1 === code);
      // Inferred at a location only when every place there is inferred.
      if (at < 0) locations.push(code * 2 + inferred);
      else locations[at] = code * 2 + (locations[at]! & inferred);
    }
    return { locations: locations.slice(), unplaced };
  };
}

/**
 * One group per map location: each initiative counts once at a city even when it names two parks
 * there, and counts as inferred there only when every one of its places there is inferred.
 */
export function groupByPlace(index: DatasetIndex, rows: readonly IndexedInitiative[], gazetteer: ReadonlyMap<string, GazetteerPlace>, placesFilter: readonly string[]): MapPlaces {
  const codebook = index.codebooks.locations;
  const groups: Array<PlaceGroup | null | undefined> = new Array(codebook.size);
  const groupAt = (code: number): PlaceGroup | null => {
    let group = groups[code];
    if (group === undefined) {
      const [kind, id] = codebook.values[code]!.split(':') as [PlaceGroup['kind'] | 'nationwide', string];
      const place = kind === 'nationwide' ? undefined : gazetteer.get(id);
      groups[code] = group = place && kind !== 'nationwide' ? newGroup(kind, place, placesFilter) : null;
    }
    return group;
  };
  const nationwideCode = codebook.codeOf('nationwide');
  const nationwide = { initiativeIds: [] as string[], inferredCount: 0 };
  let unplaced = 0;
  for (const { initiative, locations, unplaced: missing } of rows) {
    unplaced += missing;
    const statusIndex = STATUSES.indexOf(initiative.status);
    for (const packed of locations) {
      const code = packed >> 1;
      const inferred = (packed & 1) === 1;
      if (code === nationwideCode) {
        nationwide.initiativeIds.push(initiative.id);
        if (inferred) nationwide.inferredCount += 1;
        continue;
      }
      const group = groupAt(code);
      if (!group) continue;
      group.initiativeIds.push(initiative.id);
      group.statusCounts[statusIndex]! += 1;
      if (inferred) group.inferredCount += 1;
    }
  }
  const all = groups.filter((g): g is PlaceGroup => g !== null && g !== undefined).sort(byCountThenName);
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
