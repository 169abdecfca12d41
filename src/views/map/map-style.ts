import type { PathOptions } from 'leaflet';
import { gapStrokeWidth } from './map-border-gaps';
import type { StatusTerms } from '../../data/vocabulary-terms';
import { statusColour } from '../palette';
import { dominantStatus, type PlaceGroup, type StatusCounts } from './map-places';

/**
 * Colours of the offline basemap, chosen to stay quiet under the data on a projector: warm light
 * land for China, greyer land for neighbours, pale blue-grey sea, mid-grey borders.
 */
export const BASEMAP_COLOURS = {
  sea: '#d6e4ec',
  land: '#f6f2e8',
  neighbour: '#e7e8e3',
  neighbourBorder: '#b9beb8',
  provinceBorder: '#8d9791',
  /** Prefecture borders, drawn only at close zoom (DetailLayers): lighter than the province borders. */
  prefectureBorder: '#c5cac3',
  nationalBorder: '#5f6b66',
  dash: '#4f5d66',
} as const;

/** Marker outlines: dark enough to show the palest status colour on the pale land. */
export const MARKER_OUTLINE = '#0b2545';
/** The selected initiative's places and the place open in the side panel (Okabe–Ito vermillion). */
export const HIGHLIGHT = '#D55E00';

export const countryStyle: PathOptions = {
  fillColor: BASEMAP_COLOURS.neighbour,
  fillOpacity: 1,
  color: BASEMAP_COLOURS.neighbourBorder,
  weight: 1,
  interactive: false,
};

/**
 * The neighbours' outlines near China, drawn under everything in neighbour colour with a stroke
 * about 10 km wide on each side: it fills the slivers between the provinces (ECharts) and the
 * neighbours (Natural Earth), which would otherwise show as sea.
 */
export function gapFillStyle(zoom: number): PathOptions {
  return { fill: false, color: BASEMAP_COLOURS.neighbour, weight: gapStrokeWidth(zoom), lineCap: 'round', lineJoin: 'round', interactive: false };
}

/** China's national border and coastline (the merged provinces), over the province borders. */
export const nationalOutlineStyle: PathOptions = { fill: false, color: BASEMAP_COLOURS.nationalBorder, weight: 1.8, interactive: false };

/** Every key is set, so a province that loses its highlight gets its plain style back. */
export function provinceStyle(tilesOn: boolean): PathOptions {
  return {
    fillColor: BASEMAP_COLOURS.land,
    fillOpacity: tilesOn ? 0 : 1,
    color: BASEMAP_COLOURS.provinceBorder,
    opacity: 1,
    weight: 1.1,
    dashArray: undefined,
    interactive: false,
  };
}

/**
 * A province drawn from its detail file (DetailLayers) or given way to it (BasemapLayers). The
 * land takes the province's fill (and its highlight's), without a stroke; its outline is drawn as
 * lines over every province's land, so a neighbour's fill never covers half a highlighted border.
 */
export function detailLandStyle(tilesOn: boolean, highlight: PathOptions | undefined): PathOptions {
  return { ...provinceStyle(tilesOn), ...highlight, stroke: false, interactive: false };
}

/** A detailed province's border and coast, in the coarse province's stroke (and its highlight's). */
export function detailOutlineStyle(highlight: PathOptions | undefined): PathOptions {
  const { color, opacity, weight, dashArray } = { ...provinceStyle(false), ...highlight };
  return { fill: false, stroke: true, color, opacity, weight, dashArray, lineCap: 'round', lineJoin: 'round', interactive: false };
}

/** Borders between a detailed province's prefectures: thin and light, under the province borders. */
export const prefectureBorderStyle: PathOptions = { fill: false, color: BASEMAP_COLOURS.prefectureBorder, weight: 0.7, opacity: 1, interactive: false };

/** A province the detail layer draws: its national-scale shape is kept (for the layer's order) but not shown. */
export const hiddenProvinceStyle: PathOptions = { stroke: false, fill: false, interactive: false };

export const dashStyle: PathOptions = { fillColor: BASEMAP_COLOURS.dash, fillOpacity: 1, color: BASEMAP_COLOURS.dash, weight: 1, interactive: false };
export const islandStyle: PathOptions = { fillColor: BASEMAP_COLOURS.land, fillOpacity: 1, color: BASEMAP_COLOURS.nationalBorder, weight: 1, interactive: false };

export interface MarkerState {
  statusCounts: StatusCounts;
  /** The dataset's statuses, in the order of `statusCounts`. */
  statuses: StatusTerms;
  /** Every initiative gives this place as inferred. */
  inferred: boolean;
  /** A places filter is set and this place is not in it. */
  faded: boolean;
  highlighted: boolean;
  cluster: boolean;
}

export function markerStyle({ statusCounts, statuses, inferred, faded, highlighted, cluster }: MarkerState): PathOptions {
  return {
    fillColor: statusColour(statuses, dominantStatus(statusCounts, statuses)),
    fillOpacity: faded ? 0.25 : 0.92,
    color: highlighted ? HIGHLIGHT : MARKER_OUTLINE,
    opacity: faded && !highlighted ? 0.45 : 1,
    weight: highlighted ? 4 : cluster ? 3 : inferred ? 2 : 1.5,
    dashArray: inferred && !highlighted ? '4 3' : undefined,
  };
}

/**
 * Provinces with whole-province initiatives, shaded in the colour of their most common status
 * over the land colour, deeper with their count; dashed when the province is inferred.
 */
export function provinceHighlightStyles(groups: readonly PlaceGroup[], highlighted: ReadonlySet<string>, filterActive: boolean, tilesOn: boolean, statuses: StatusTerms): Map<string, PathOptions> {
  const max = groups.reduce((m, g) => Math.max(m, g.initiativeIds.length), 1);
  return new Map(
    groups.map((group) => {
      const count = group.initiativeIds.length;
      const faded = filterActive && !group.inFilter;
      const isHighlighted = highlighted.has(group.id);
      const shade = faded ? 0.1 : 0.18 + 0.3 * Math.sqrt(count / max);
      const style: PathOptions = {
        fillColor: mix(statusColour(statuses, dominantStatus(group.statusCounts, statuses)), tilesOn ? '#ffffff' : BASEMAP_COLOURS.land, shade),
        fillOpacity: tilesOn ? 0.5 : 1,
        color: isHighlighted ? HIGHLIGHT : MARKER_OUTLINE,
        opacity: isHighlighted ? 1 : faded ? 0.35 : 0.8,
        weight: isHighlighted ? 4 : 1.5,
        dashArray: group.inferredCount === count && !isHighlighted ? '7 5' : undefined,
      };
      return [group.id, style];
    }),
  );
}

/** `amount` of `colour` over `base` (both "#rrggbb"): an opaque tint, so no layer shows through. */
export function mix(colour: string, base: string, amount: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(colour, i) * amount + channel(base, i) * (1 - amount)));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
