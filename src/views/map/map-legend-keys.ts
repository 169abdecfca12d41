import type { Status } from '../../data/schema';
import type { StatusTerms } from '../../data/vocabulary-terms';
import { dominantStatus, type MapPlaces } from './map-places';

/** Which keys a legend shows: statuses in the ladder's order, and each of the marks' explanations. */
export interface LegendKeys {
  statuses: readonly Status[];
  size: boolean;
  dashed: boolean;
  shaded: boolean;
  ring: boolean;
}

/** Every key: the analyst's legend explains everything the map can draw, every status of the dataset's vocabulary in its order. */
export function allLegendKeys(statuses: StatusTerms): LegendKeys {
  return { statuses: statuses.ids, size: true, dashed: true, shaded: true, ring: true };
}

/**
 * Only the keys for what this map draws (a slide shows fewer things rather than smaller ones): the
 * statuses its circles and shaded units are coloured by, circle sizes when there are several
 * circles, dashes when a place is inferred, shading when a whole unit has initiatives, the ring
 * when something is selected.
 */
export function legendKeysFor(places: MapPlaces, selected: boolean, statuses: StatusTerms): LegendKeys {
  const groups = [...places.cities, ...places.provinces].filter((g) => g.initiativeIds.length > 0);
  const colours = new Set(groups.map((g) => dominantStatus(g.statusCounts, statuses)));
  return {
    statuses: statuses.ids.filter((s) => colours.has(s)),
    size: places.cities.filter((g) => g.initiativeIds.length > 0).length > 1,
    dashed: groups.some((g) => g.inferredCount > 0),
    shaded: places.provinces.some((g) => g.initiativeIds.length > 0),
    ring: selected,
  };
}
