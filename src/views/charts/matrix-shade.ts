/** Light and dark ends of the matrix's one-hue blue scale: told apart by lightness alone. */
const LIGHT = [222, 235, 247] as const;
const DARK = [8, 48, 107] as const;

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Background for a cell with `count` of at most `max` initiatives: the square root spreads small
 * counts so a matrix dominated by one busy pair stays readable. The number is black or white,
 * whichever contrasts more (at least 4.5:1 on every shade).
 */
export function matrixShade(count: number, max: number): { background: string; text: string } {
  if (count <= 0 || max <= 0) return { background: '#f6f8f7', text: '#4d5a55' };
  const t = max === 1 ? 1 : 0.25 + 0.75 * Math.sqrt((count - 1) / (max - 1));
  const mix = LIGHT.map((l, i) => Math.round(l + (DARK[i]! - l) * t));
  const l = luminance(mix);
  return { background: `rgb(${mix.join(', ')})`, text: contrast(l, 1) >= contrast(l, 0) ? '#ffffff' : '#000000' };
}
