/**
 * Han characters and full-width punctuation: one em wide each in every Chinese font (Noto Sans SC,
 * Microsoft YaHei, PingFang SC; checked in the page with the bundled Noto Sans SC subset: 北京 at
 * 16 px is 32.0001 px, （试点） at 13 px 52.0001). Measuring them on a canvas is slow (the browser
 * looks for a font that has them: 7-12 ms for the first, 1-3 ms for each new size and weight) and,
 * before the Chinese web font has arrived on a machine without a Chinese font of its own, wrong: it
 * measures the empty boxes it would draw, a third of the width (docs/PERFORMANCE.md, change 32).
 * Left out: the combining tone marks U+302A-302F (no width) and the half space U+303F. Chromium
 * narrows some pairs of punctuation (`text-spacing-trim`: "）、"), so a count can be a little wide:
 * the safe side for labels that must not overlap.
 */
const FULL_WIDTH = /[\u3000-\u3029\u3030-\u303e\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/gu;

/**
 * The width of `text` at `fontPx`: its full-width characters counted as one em each, the rest
 * (Latin, digits, spaces, in order) given to `measure`, which is not called when nothing is left.
 */
export function widthCountingFullWidth(text: string, fontPx: number, measure: (rest: string) => number): number {
  const fullWidth = text.match(FULL_WIDTH)?.length ?? 0;
  const rest = fullWidth > 0 ? text.replace(FULL_WIDTH, '') : text;
  return (rest === '' ? 0 : measure(rest)) + fullWidth * fontPx;
}
