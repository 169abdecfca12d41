import { canvasToBlob, captureElement, keepInExport } from '../../lib/capture';
import { withPngText } from '../../lib/png-text';
import { wrapText } from '../../lib/wrap-text';
import { cjkFontEmbedCss, loadCjkFontFor } from '../../styles/cjk-font';
import { ExportFailure } from './export-failure';

export { wrapText } from '../../lib/wrap-text';

/** Text drawn around a captured element so the image stands alone on a slide. */
export interface SlideText {
  /** Heading above the capture; leave out when the element shows its own title. */
  title?: string;
  /** Lines under the title, e.g. the count and the active filters. */
  lines: readonly string[];
  /** The author's note ("Note: …"), at the foot above the credit; left out when empty. */
  note?: string;
  /** Source credit and date, at the foot. */
  credit: string;
}

const PAD = 28;
const TITLE_SIZE = 26;
const LINE_SIZE = 17;
const CREDIT_SIZE = 14;
const NOTE_SIZE = 15;
const GAP = 10;
/** Between the blocks of a figure (the map beside the timeline), and between the parts of one block. */
const BLOCK_GAP = 24;
const PART_GAP = 8;
/** Narrow captures still get room for the credit line. */
const MIN_TEXT_WIDTH = 420;

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  colour: string;
}

/** Captured pictures laid out as a figure: rows, each of blocks side by side, each of parts top to bottom. */
export type FigureCaptures = HTMLCanvasElement[][][];

interface Placed {
  canvas: HTMLCanvasElement;
  x: number;
  y: number;
}

/** Where each capture goes (CSS pixels from the top left of the pictures), and the pictures' size. */
function placeCaptures(rows: FigureCaptures, ratio: number): { placed: Placed[]; width: number; height: number } {
  const placed: Placed[] = [];
  let y = 0;
  let width = 0;
  rows.forEach((blocks, r) => {
    if (r > 0) y += BLOCK_GAP;
    let x = 0;
    let rowHeight = 0;
    blocks.forEach((parts, b) => {
      if (b > 0) x += BLOCK_GAP;
      let blockY = y;
      let blockWidth = 0;
      parts.forEach((canvas, p) => {
        if (p > 0) blockY += PART_GAP;
        placed.push({ canvas, x, y: blockY });
        blockY += canvas.height / ratio;
        blockWidth = Math.max(blockWidth, canvas.width / ratio);
      });
      x += blockWidth;
      rowHeight = Math.max(rowHeight, blockY - y);
    });
    width = Math.max(width, x);
    y += rowHeight;
  });
  return { placed, width, height: y };
}

/** Draws the title and lines above the captures and the credit below them, on white. */
export function composeFigure(rows: FigureCaptures, text: SlideText, ratio: number, fontFamily: string): HTMLCanvasElement {
  const pictures = placeCaptures(rows, ratio);
  const width = Math.max(pictures.width, MIN_TEXT_WIDTH) + PAD * 2;
  const scratch = document.createElement('canvas').getContext('2d')!;
  const block = (texts: readonly string[], size: number, weight: number, colour: string): TextBlock => {
    scratch.font = `${weight} ${size}px ${fontFamily}`;
    return { lines: texts.flatMap((t) => wrapText(t, width - PAD * 2, (s) => scratch.measureText(s).width)), size, weight, colour };
  };
  const head = [...(text.title ? [block([text.title], TITLE_SIZE, 700, '#17211d')] : []), block(text.lines, LINE_SIZE, 400, '#17211d')];
  const foot = [...(text.note ? [block([text.note], NOTE_SIZE, 400, '#17211d')] : []), block([text.credit], CREDIT_SIZE, 400, '#4d5a55')];
  const heightOf = (blocks: TextBlock[]) => blocks.reduce((h, b) => h + b.lines.length * Math.round(b.size * 1.35), 0);
  const headHeight = heightOf(head);
  const footHeight = heightOf(foot);
  const top = PAD + headHeight + GAP;
  const height = top + pictures.height + GAP + footHeight + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'top';
  const draw = (blocks: TextBlock[], y: number) => {
    for (const b of blocks) {
      context.font = `${b.weight} ${b.size}px ${fontFamily}`;
      context.fillStyle = b.colour;
      for (const line of b.lines) {
        context.fillText(line, PAD, y);
        y += Math.round(b.size * 1.35);
      }
    }
  };
  draw(head, PAD);
  for (const { canvas: capture, x, y } of pictures.placed) context.drawImage(capture, PAD + x, top + y, capture.width / ratio, capture.height / ratio);
  draw(foot, top + pictures.height + GAP);
  return canvas;
}

/** One capture under its title and lines, over its credit. */
export function composeSlide(capture: HTMLCanvasElement, text: SlideText, ratio: number, fontFamily: string): HTMLCanvasElement {
  return composeFigure([[[capture]]], text, ratio, fontFamily);
}

async function toPng(canvas: HTMLCanvasElement, metadata?: Record<string, string>): Promise<Blob> {
  const blob = await canvasToBlob(canvas, 'image/png');
  if (!blob) throw new ExportFailure('encode');
  if (!metadata) return blob;
  return new Blob([withPngText(new Uint8Array(await blob.arrayBuffer()), metadata)], { type: 'image/png' });
}

/**
 * A PNG of `node` as on screen (without controls), framed by `text`, at `ratio` times the CSS
 * pixel size so it stays sharp on a projector. Nothing is fetched from outside the page's origin.
 */
export async function renderSlidePng(node: HTMLElement, text: SlideText, ratio = 2): Promise<Blob> {
  return renderFigurePng([[[node]]], text, { ratio });
}

export interface FigureOptions {
  ratio?: number;
  /** What each capture copies; `keepInExport` by default. */
  filter?: (node: Node) => boolean;
  /** Written into the PNG as text (iTXt chunks: Title, Description, Source, Creation Time…), for report tools and checks. */
  metadata?: Record<string, string>;
}

/** A PNG of several elements laid out as a figure (rows of blocks of parts), framed by `text`. */
export async function renderFigurePng(elements: HTMLElement[][][], text: SlideText, { ratio = 2, filter = keepInExport, metadata }: FigureOptions = {}): Promise<Blob> {
  const all = elements.flat(2);
  // The Chinese faces the pictures draw, inlined: the copy html-to-image renders cannot fetch fonts.
  const fontEmbedCSS = await cjkFontEmbedCss(all.map((node) => node.textContent ?? '').join(' '));
  await loadCjkFontFor([text.title ?? '', ...text.lines, text.note ?? '', text.credit].join(' '));
  const captures: FigureCaptures = [];
  for (const row of elements) {
    const blocks: HTMLCanvasElement[][] = [];
    for (const block of row) {
      const parts: HTMLCanvasElement[] = [];
      for (const node of block) parts.push(await captureElement(node, { ratio, filter, fontEmbedCSS }));
      blocks.push(parts);
    }
    captures.push(blocks);
  }
  const fontFamily = getComputedStyle(all[0] ?? document.body).fontFamily || 'sans-serif';
  return toPng(composeFigure(captures, text, ratio, fontFamily), metadata);
}
