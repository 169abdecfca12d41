import { estimateTextWidth } from './map-label-layout';

/** Measures a line of text as the page draws it; falls back to an estimate where there is no canvas (jsdom). */
export type MeasureText = (text: string, size: number, weight?: number, letterSpacing?: number) => number;

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
const cache = new Map<string, number>();

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  family = typeof document === 'undefined' ? '' : getComputedStyle(document.body).fontFamily;
  return context;
}

/**
 * Han characters and full-width punctuation: one em wide each in every Chinese font (Noto Sans SC,
 * Microsoft YaHei, PingFang SC), so they are counted, not measured. Measuring them is slow (the
 * browser looks for a font that has them: 7-12 ms for the first, 1-3 ms for each new size) and,
 * before the Chinese web font has arrived on a machine without a Chinese font of its own, wrong:
 * the browser measures the empty boxes it would draw, a third of the width.
 */
const FULL_WIDTH = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/gu;

/**
 * Width in pixels of `text` in the page's font at `size` and `weight`, plus `letterSpacing` (em)
 * after every character, rounded up. Cached; `forgetMeasurements` clears it when fonts arrive.
 */
export const measureText: MeasureText = (text, size, weight = 400, letterSpacing = 0) => {
  const key = `${weight}|${size}|${letterSpacing}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const ctx = canvasContext();
    if (ctx === null || family === '') width = estimateTextWidth(text, size, letterSpacing);
    else {
      const fullWidth = text.match(FULL_WIDTH)?.length ?? 0;
      const rest = fullWidth > 0 ? text.replace(FULL_WIDTH, '') : text;
      let measured = 0;
      if (rest !== '') {
        ctx.font = `${weight} ${size}px ${family}`;
        measured = ctx.measureText(rest).width;
      }
      width = Math.ceil(measured + fullWidth * size + [...text].length * letterSpacing * size);
    }
    cache.set(key, width);
  }
  return width;
};

/** Widths change once a web font has loaded (the Chinese subset arrives after the first paint). */
export function forgetMeasurements(): void {
  cache.clear();
}
