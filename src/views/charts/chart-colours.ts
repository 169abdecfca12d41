import { NEUTRAL, OKABE_ITO, sectorColours } from '../palette';

/** Literal colours for SVG attributes (CSS variables do not work there) and exported images. */
export const TEXT = '#17211d';
export const MUTED = '#4d5a55';
/** Outline of a selected bar: seen without relying on colour. */
export const SELECTED_STROKE = '#17211d';
/** Bars with no category colour of their own. */
export const BAR_COLOUR = OKABE_ITO[0];

/**
 * Sector colours shared with the other views (sectorColours, by sectors.json order), and the
 * sectors that have one of their own rather than the grey of "Other sectors".
 */
export function sectorPalette(allSectorIds: readonly string[]): { colours: Map<string, string>; coloured: Set<string> } {
  const colours = sectorColours(allSectorIds);
  return { colours, coloured: new Set(allSectorIds.filter((id) => colours.get(id) !== NEUTRAL)) };
}
