import { useEffect, useMemo, useState } from 'react';
import { widthCountingFullWidth } from '../../lib/full-width-text';
import { columnsOf, textColumns, truncateLabel } from './chart-format';

/** One canvas for measuring text, made on first use; null where canvas has no 2D context (jsdom). */
let context: CanvasRenderingContext2D | null | undefined;

export interface DrawnText {
  text: string;
  bold: boolean;
}

/** Without canvas text: 0.6em a Latin character, 1em a Chinese (full-width) one. */
function estimate(text: string, fontPx: number): number {
  let em = 0;
  for (const char of text) em += columnsOf(char) === 2 ? 1 : 0.6;
  return em * fontPx;
}

/**
 * The width in CSS px of `text` as drawn at `fontPx` in the page's font (read off <html>, which
 * SVG text inherits: the Chinese font when Chinese is shown), bold or not; Han characters counted,
 * not measured (widthCountingFullWidth).
 */
export function textWidth({ text, bold }: DrawnText, fontPx: number): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return estimate(text, fontPx);
  const ctx = context;
  return widthCountingFullWidth(text, fontPx, (rest) => {
    ctx.font = `${bold ? 700 : 400} ${fontPx}px ${getComputedStyle(document.documentElement).fontFamily}`;
    return ctx.measureText(rest).width;
  });
}

/** The width in CSS px of the widest text, each in its own weight (see textWidth). */
export function widestText(texts: readonly DrawnText[], fontPx: number): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidth(text, fontPx));
  return widest;
}

/**
 * `text` shortened (at a word where it can, with "…") to the longest form whose drawn width fits
 * `maxWidth`, Chinese or not; `prefix` (e.g. a tick mark) is drawn before it and counts too.
 */
export function fitText(text: string, maxWidth: number, fontPx: number, bold: boolean, prefix = ''): string {
  const fits = (candidate: string) => textWidth({ text: prefix + candidate, bold }, fontPx) <= maxWidth;
  if (fits(text)) return text;
  const columns = textColumns(text);
  // The longest cut that fits, by bisection over its length in columns (a cut's width grows with it).
  let low = 1;
  let high = columns - 1;
  let best = truncateLabel(text, 2);
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = truncateLabel(text, mid);
    if (fits(candidate)) {
      best = candidate;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

/**
 * `text` in lines no wider than `maxWidth` (a slide wraps a long name rather than cutting it with
 * "…"): broken between words, or between any two characters of a word (or of Chinese) that is
 * wider than the line on its own. Never fewer than one line.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, bold: boolean): string[] {
  const fits = (candidate: string) => textWidth({ text: candidate, bold }, fontPx) <= maxWidth;
  // Words with their following space; Chinese characters each on their own (a line may break after any).
  const pieces = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    if (fits(line + piece) || line === '') line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  };
  for (const piece of pieces) {
    if (fits(piece.trimEnd())) push(piece);
    // A word wider than a line: character by character.
    else for (const char of piece) push(char);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [text];
}

export interface TextMeasure {
  fitText: typeof fitText;
  widestText: typeof widestText;
  wrapText: typeof wrapText;
}

/**
 * The measuring functions, a new object when the page's fonts finish loading (the Chinese font
 * arrives after the first paint in Chinese), so what is measured with them is measured again in
 * the font it is drawn in.
 */
export function useTextMeasure(): TextMeasure {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts?.addEventListener) return;
    const bump = () => setLoads((n) => n + 1);
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loads` is the reason for a new object.
  return useMemo(() => ({ fitText, widestText, wrapText }), [loads]);
}
