/**
 * The deck format's constants that code on the first screen needs (the store, the layout), with no
 * zod: the schema (deck-schema.ts) loads with the presentation, after the first paint.
 */

/** The panel a scene puts first and largest. */
export const LEAD_PANELS = ['map', 'timeline', 'charts', 'details'] as const;
export type LeadPanel = (typeof LEAD_PANELS)[number];

/** [[south, west], [north, east]] in WGS-84 degrees (Leaflet's LatLngBoundsLiteral order). */
export type MapBounds = [[number, number], [number, number]];

/** The deck file format version; a file with another version is refused, not guessed at. */
export const DECK_VERSION = 1;
