import { widthCountingFullWidth } from '../../lib/full-width-text';
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
 * Width in pixels of `text` in the page's font at `size` and `weight`, plus `letterSpacing` (em)
 * after every character, rounded up; Han characters counted, not measured (widthCountingFullWidth).
 * Cached; `forgetMeasurements` clears it when fonts arrive.
 */
export const measureText: MeasureText = (text, size, weight = 400, letterSpacing = 0) => {
  const key = `${weight}|${size}|${letterSpacing}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const ctx = canvasContext();
    if (ctx === null || family === '') width = estimateTextWidth(text, size, letterSpacing);
    else {
      const measured = widthCountingFullWidth(text, size, (rest) => {
        ctx.font = `${weight} ${size}px ${family}`;
        return ctx.measureText(rest).width;
      });
      width = Math.ceil(measured + [...text].length * letterSpacing * size);
    }
    cache.set(key, width);
  }
  return width;
};

/** Widths change once a web font has loaded (the Chinese subset arrives after the first paint). */
export function forgetMeasurements(): void {
  cache.clear();
}
