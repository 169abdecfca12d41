/** Light and dark ends of the matrix's one-hue blue scale: told apart by lightness alone. */
const LIGHT = [222, 235, 247] as const;
const DARK = [8, 48, 107] as const;

/**
 * Background for a cell with `count` of at most `max` initiatives: the square root spreads small
 * counts so a matrix dominated by one busy pair stays readable. Text goes white on dark cells.
 */
export function matrixShade(count: number, max: number): { background: string; text: string } {
  if (count <= 0 || max <= 0) return { background: '#f6f8f7', text: '#4d5a55' };
  const t = max === 1 ? 1 : 0.25 + 0.75 * Math.sqrt((count - 1) / (max - 1));
  const mix = LIGHT.map((l, i) => Math.round(l + (DARK[i]! - l) * t));
  return { background: `rgb(${mix.join(', ')})`, text: t > 0.5 ? '#ffffff' : '#17211d' };
}
