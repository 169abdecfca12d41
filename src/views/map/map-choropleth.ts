import type { PathOptions } from 'leaflet';
import type { MapPlaces } from './map-places';
import { BASEMAP_COLOURS, HIGHLIGHT, MARKER_OUTLINE } from './map-style';

/** Initiatives per provincial-level unit: each initiative once per unit it names a place in (a city there, or the whole unit). */
export interface UnitCounts {
  /** Unit id (GB/T) -> distinct initiatives with a place in it. */
  counts: Map<string, number>;
  /** Units in the places filter, or holding a city that is. */
  inFilter: Set<string>;
  /** Initiatives with no place in any unit (nationwide only). */
  nationwideOnly: number;
}

export function countByUnit(places: MapPlaces): UnitCounts {
  const ids = new Map<string, Set<string>>();
  const inFilter = new Set<string>();
  const add = (unit: string, initiativeIds: readonly string[]) => {
    let set = ids.get(unit);
    if (!set) ids.set(unit, (set = new Set()));
    for (const id of initiativeIds) set.add(id);
  };
  for (const group of places.provinces) {
    add(group.id, group.initiativeIds);
    if (group.inFilter) inFilter.add(group.id);
  }
  for (const group of places.cities) {
    add(group.place.provinceId, group.initiativeIds);
    if (group.inFilter) inFilter.add(group.place.provinceId);
  }
  const placed = new Set<string>();
  for (const set of ids.values()) for (const id of set) placed.add(id);
  const nationwideOnly = places.nationwide.initiativeIds.filter((id) => !placed.has(id)).length;
  return { counts: new Map([...ids].map(([unit, set]) => [unit, set.size])), inFilter, nationwideOnly };
}

/** Five greens, light to dark (ColorBrewer Greens): a hue apart from the blues of the statuses. */
export const CHOROPLETH_COLOURS = ['#e5f5e0', '#a1d99b', '#74c476', '#31a354', '#006d2c'] as const;

/** A class of the legend: counts from `min` to `max`, both included. */
export interface CountClass {
  min: number;
  max: number;
  colour: string;
}

/** Rounds a break to a number a legend reads easily: 1-2 significant digits (7, 12, 35, 140, 1,500). */
function niceBreak(value: number): number {
  if (value < 10) return Math.ceil(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1) * (value < 100 ? 1 : 5);
  return Math.ceil(value / step) * step;
}

/**
 * Up to five classes over the non-zero counts, at quantiles (each class holds about as many units),
 * rounded to readable numbers; fewer when there are few distinct counts. Zero is no class: such a
 * unit keeps the land colour.
 */
export function countClasses(counts: Iterable<number>, colours: readonly string[] = CHOROPLETH_COLOURS): CountClass[] {
  const values = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const distinct = [...new Set(values)];
  const uppers: number[] = [];
  if (distinct.length <= colours.length) uppers.push(...distinct);
  else {
    for (let i = 1; i <= colours.length; i += 1) {
      const at = values[Math.min(values.length - 1, Math.ceil((i / colours.length) * values.length) - 1)]!;
      const upper = i === colours.length ? values[values.length - 1]! : niceBreak(at);
      if (uppers.length === 0 || upper > uppers[uppers.length - 1]!) uppers.push(upper);
    }
  }
  // The darkest colour for the top class however many there are: the classes take the last colours.
  const offset = colours.length - uppers.length;
  return uppers.map((max, i) => ({ min: i === 0 ? 1 : uppers[i - 1]! + 1, max, colour: colours[offset + i]! }));
}

export function classOf(count: number, classes: readonly CountClass[]): CountClass | null {
  return count > 0 ? (classes.find((c) => count <= c.max) ?? classes[classes.length - 1] ?? null) : null;
}

/**
 * The province layer's styles in the shaded mode: each unit in its class's colour (land when it
 * has none), outlined when selected or open; units outside a places filter fade.
 */
export function choroplethStyles(units: UnitCounts, classes: readonly CountClass[], provinceIds: readonly string[], highlighted: ReadonlySet<string>, filterActive: boolean): Map<string, PathOptions> {
  return new Map(
    provinceIds.map((id) => {
      const cls = classOf(units.counts.get(id) ?? 0, classes);
      const faded = filterActive && !units.inFilter.has(id);
      const isHighlighted = highlighted.has(id);
      const style: PathOptions = {
        fillColor: cls?.colour ?? BASEMAP_COLOURS.land,
        fillOpacity: faded ? 0.35 : 1,
        color: isHighlighted ? HIGHLIGHT : cls ? MARKER_OUTLINE : BASEMAP_COLOURS.provinceBorder,
        opacity: faded && !isHighlighted ? 0.4 : 1,
        weight: isHighlighted ? 4 : cls ? 1.2 : 1.1,
        dashArray: undefined,
      };
      return [id, style];
    }),
  );
}
