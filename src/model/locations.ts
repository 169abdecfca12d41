import type { GazetteerPlace, Initiative, Place } from '../data/schema';
import type { Codebook } from './codebook';

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
