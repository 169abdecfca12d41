/** One canvas for measuring text, made on first use; null where canvas has no 2D context (jsdom). */
let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width in CSS px of the widest text, each in its own weight, at `fontPx` in the page's font
 * (read off <html>, which SVG text inherits); estimated at 0.6em a character without canvas text.
 */
export function widestText(texts: ReadonlyArray<{ text: string; bold: boolean }>, fontPx: number): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return Math.max(0, ...texts.map((t) => t.text.length * fontPx * 0.6));
  const family = getComputedStyle(document.documentElement).fontFamily;
  let widest = 0;
  for (const { text, bold } of texts) {
    context.font = `${bold ? 700 : 400} ${fontPx}px ${family}`;
    widest = Math.max(widest, context.measureText(text).width);
  }
  return widest;
}
