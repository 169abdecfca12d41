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
  /**
   * Always shown (Taiwan, Hong Kong, Macao): at its first position free of labels and obstacles,
   * else free of labels and hard obstacles, else free of hard obstacles, else its first. Forced
   * labels go before all others.
   */
  force?: boolean;
}

export interface Rect {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Not even a forced label may cover it (a count printed in a circle, the inset). */
  hard?: boolean;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/** The visible area, in the same coordinates as the boxes. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept between two labels by default (px). */
export const LABEL_GAP = 2;

/**
 * Greedy label placement: forced labels first, then highest priority first, each at its first
 * position that lies inside `frame` (when given: a name cut by the map's edge reads as another
 * word, 宁夏回族自治区 as 夏回族自治区) and overlaps no label already placed and no obstacle (a marker
 * circle) other than its own. A forced label's positions are first moved into the frame, then it
 * falls back as described on `force`. Returns the chosen box of every label shown. Ties keep the input order.
 * Note: quadratic in the number of labels; fine for the few hundred a map view holds.
 */
export function placeLabels(labels: readonly LabelBox[], obstacles: readonly Rect[] = [], gap = LABEL_GAP, frame?: Frame): Map<string, Rect> {
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => Number(b.label.force ?? false) - Number(a.label.force ?? false) || b.label.priority - a.label.priority || a.i - b.i);
  const placed = new Map<string, Rect>();
  const taken: Rect[] = [];
  const clearOfLabels = (box: Rect) => !taken.some((other) => overlaps(box, other, gap));
  const clearOf = (box: Rect, which: readonly Rect[]) => !which.some((obstacle) => obstacle.id !== box.id && overlaps(box, obstacle, 0));
  const hard = obstacles.filter((o) => o.hard);
  const inside = (box: Rect) => !frame || (box.left >= frame.left && box.top >= frame.top && box.left + box.width <= frame.right && box.top + box.height <= frame.bottom);
  // A forced label's positions are moved into the frame (as far as it is big enough), so it is never the one cut.
  const into = (box: Rect): Rect =>
    frame ? { ...box, left: Math.max(frame.left, Math.min(box.left, frame.right - box.width)), top: Math.max(frame.top, Math.min(box.top, frame.bottom - box.height)) } : box;
  for (const { label } of order) {
    const positions = [label, ...(label.alternatives ?? [])].map(({ left, top }): Rect => ({ id: label.id, left, top, width: label.width, height: label.height }));
    const boxes = label.force ? positions.map(into) : positions;
    const box =
      boxes.find((b) => inside(b) && clearOfLabels(b) && clearOf(b, obstacles)) ??
      (label.force ? (boxes.find((b) => clearOfLabels(b) && clearOf(b, hard)) ?? boxes.find((b) => clearOf(b, hard)) ?? boxes[0]) : undefined);
    if (box) {
      placed.set(label.id, box);
      taken.push(box);
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
