/** A label's box in screen pixels, with other positions to try when the first one is taken. */
export interface LabelBox {
  id: string;
  /** Higher goes first; a label that overlaps one already placed moves to its next position, or is hidden. */
  priority: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Other top-left corners to try, in order (e.g. the left side of a marker). */
  alternatives?: ReadonlyArray<{ left: number; top: number }>;
}

export interface Rect {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/**
 * Greedy label placement: highest priority first, each at its first position that overlaps no
 * label already placed and no obstacle (a marker circle) other than its own. Returns the chosen
 * box of every label shown. Ties keep the input order.
 * Note: quadratic in the number of labels; fine for the few hundred a map view holds.
 */
export function placeLabels(labels: readonly LabelBox[], obstacles: readonly Rect[] = [], gap = 2): Map<string, Rect> {
  const order = labels.map((label, i) => ({ label, i })).sort((a, b) => b.label.priority - a.label.priority || a.i - b.i);
  const placed = new Map<string, Rect>();
  for (const { label } of order) {
    for (const { left, top } of [label, ...(label.alternatives ?? [])]) {
      const box: Rect = { id: label.id, left, top, width: label.width, height: label.height };
      if ([...placed.values()].some((other) => overlaps(box, other, gap))) continue;
      if (obstacles.some((obstacle) => obstacle.id !== label.id && overlaps(box, obstacle, 0))) continue;
      placed.set(label.id, box);
      break;
    }
  }
  return placed;
}

/** Characters drawn about one em wide: CJK ideographs, kana, CJK and full-width punctuation (，。（）). */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Spaces, dots, hyphens and other narrow marks (letters keep the safe, wider estimate). */
const NARROW = /[\s.,:;'’·\-()|!]/u;

/**
 * Rough width in pixels of a text line as the map draws it: CJK characters are square (1 em),
 * capitals and digits about 0.64 em, other Latin letters 0.54 em, spaces and narrow marks 0.3 em;
 * `letterSpacing` (em, as in the CSS) is added after every character.
 */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let em = 0;
  for (const char of text) em += (WIDE.test(char) ? 1 : /[A-Z0-9]/.test(char) ? 0.64 : NARROW.test(char) ? 0.3 : 0.54) + letterSpacing;
  return Math.ceil(em * fontSize);
}
