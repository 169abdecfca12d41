import type { GazetteerPlace, Status } from '../../data/schema';
import type { StatusTerms } from '../../data/vocabulary-terms';
import type { DatasetIndex, IndexedInitiative } from '../../model/dataset-index';

/** Counts per status, in the order of the dataset's statuses (`StatusTerms.ids`: the ladder, then the end states off it). */
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

function newGroup(kind: PlaceGroup['kind'], place: GazetteerPlace, placesFilter: readonly string[], statuses: StatusTerms): PlaceGroup {
  const inFilter = placesFilter.includes(place.id) || (kind === 'city' && placesFilter.includes(place.provinceId));
  return { kind, id: place.id, place, initiativeIds: [], statusCounts: statuses.ids.map(() => 0), inferredCount: 0, inFilter };
}

function byCountThenName(a: PlaceGroup, b: PlaceGroup): number {
  // Two cities can share an English name (Suzhou, Taizhou...): the id settles the order.
  return b.initiativeIds.length - a.initiativeIds.length || a.place.nameEn.localeCompare(b.place.nameEn) || a.id.localeCompare(b.id);
}

/**
 * One group per map location: each initiative counts once at a city even when it names two parks
 * there, and counts as inferred there only when every one of its places there is inferred.
 */
export function groupByPlace(index: DatasetIndex, rows: readonly IndexedInitiative[], gazetteer: ReadonlyMap<string, GazetteerPlace>, placesFilter: readonly string[]): MapPlaces {
  const codebook = index.codebooks.locations;
  const { statuses } = index.vocabulary;
  const groups: Array<PlaceGroup | null | undefined> = new Array(codebook.size);
  const groupAt = (code: number): PlaceGroup | null => {
    let group = groups[code];
    if (group === undefined) {
      const [kind, id] = codebook.values[code]!.split(':') as [PlaceGroup['kind'] | 'nationwide', string];
      const place = kind === 'nationwide' ? undefined : gazetteer.get(id);
      groups[code] = group = place && kind !== 'nationwide' ? newGroup(kind, place, placesFilter, statuses) : null;
    }
    return group;
  };
  const nationwideCode = codebook.codeOf('nationwide');
  const nationwide = { initiativeIds: [] as string[], inferredCount: 0 };
  let unplaced = 0;
  for (const { initiative, locations, unplaced: missing } of rows) {
    unplaced += missing;
    const statusIndex = statuses.ids.indexOf(initiative.status);
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
      if (statusIndex !== -1) group.statusCounts[statusIndex]! += 1;
      if (inferred) group.inferredCount += 1;
    }
  }
  const all = groups.filter((g): g is PlaceGroup => g !== null && g !== undefined).sort(byCountThenName);
  return { cities: all.filter((g) => g.kind === 'city'), provinces: all.filter((g) => g.kind === 'province'), nationwide, unplaced };
}

/** The most common status; a tie goes to the one further along the ladder (an end state off it past every step). */
export function dominantStatus(counts: StatusCounts, statuses: StatusTerms): Status {
  let best = 0;
  counts.forEach((count, i) => {
    if (count >= counts[best]!) best = i;
  });
  return statuses.ids[best] ?? '';
}
