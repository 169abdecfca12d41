import { CAPTURED_STYLE_PROPERTIES, inlineSvgStyles, keepInExport } from './export-capture';
import { cjkFontEmbedCss, loadCjkFontFor } from '../../styles/cjk-font';
import { ExportFailure } from './export-failure';

/** Text drawn around a captured element so the image stands alone on a slide. */
export interface SlideText {
  /** Heading above the capture; leave out when the element shows its own title. */
  title?: string;
  /** Lines under the title, e.g. the count and the active filters. */
  lines: readonly string[];
  /** Source credit and date, at the foot. */
  credit: string;
}

/** Han characters, kana, hangul and full-width forms: text a line may break between any two of. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Marks that never begin a line (，。、；：）」』》 …): they stay with the character before them. */
const NO_LINE_START = /^[，。、；：？！）》」』〉】〕”’・·…—,.;:?!)\]}]/u;

/** The text as pieces a line may break between: words, single CJK characters, runs of space. */
function breakables(text: string): string[] {
  const pieces: string[] = [];
  for (const match of text.matchAll(/\s+|[^\s]/gu)) {
    const piece = match[0];
    const last = pieces.at(-1);
    const joins = last !== undefined && !/\s/u.test(last) && !/\s/u.test(piece) && !CJK.test(piece) && !CJK.test(last.at(-1)!);
    // A word grows letter by letter; a CJK character or a space stands alone; a closing mark clings to what comes before.
    if (joins || (last !== undefined && !/\s/u.test(last) && NO_LINE_START.test(piece))) pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * Splits text into lines no wider than `maxWidth` as measured by `measure`: between words, and
 * between any two CJK characters (Chinese has no spaces), never before a closing mark. A long word
 * gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakables(text)) {
    if (/^\s+$/u.test(piece)) {
      if (line) line += ' ';
      continue;
    }
    const next = line + piece;
    if (line.trim() && measure(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const PAD = 28;
const TITLE_SIZE = 26;
const LINE_SIZE = 17;
const CREDIT_SIZE = 14;
const GAP = 10;
/** Narrow captures still get room for the credit line. */
const MIN_TEXT_WIDTH = 420;

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  colour: string;
}

/** Draws title and lines above the capture and the credit below it, on white. */
export function composeSlide(capture: HTMLCanvasElement, text: SlideText, ratio: number, fontFamily: string): HTMLCanvasElement {
  const width = Math.max(capture.width / ratio, MIN_TEXT_WIDTH) + PAD * 2;
  const scratch = document.createElement('canvas').getContext('2d')!;
  const block = (texts: readonly string[], size: number, weight: number, colour: string): TextBlock => {
    scratch.font = `${weight} ${size}px ${fontFamily}`;
    return { lines: texts.flatMap((t) => wrapText(t, width - PAD * 2, (s) => scratch.measureText(s).width)), size, weight, colour };
  };
  const head = [...(text.title ? [block([text.title], TITLE_SIZE, 700, '#17211d')] : []), block(text.lines, LINE_SIZE, 400, '#17211d')];
  const foot = [block([text.credit], CREDIT_SIZE, 400, '#4d5a55')];
  const heightOf = (blocks: TextBlock[]) => blocks.reduce((h, b) => h + b.lines.length * Math.round(b.size * 1.35), 0);
  const headHeight = heightOf(head);
  const footHeight = heightOf(foot);
  const height = PAD + headHeight + GAP + capture.height / ratio + GAP + footHeight + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'top';
  const draw = (blocks: TextBlock[], top: number) => {
    let y = top;
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
  context.drawImage(capture, PAD, PAD + headHeight + GAP, capture.width / ratio, capture.height / ratio);
  draw(foot, PAD + headHeight + GAP + capture.height / ratio + GAP);
  return canvas;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportFailure('encode'))), 'image/png'));
}

/**
 * A PNG of `node` as on screen (without controls), framed by `text`, at `ratio` times the CSS
 * pixel size so it stays sharp on a projector. Nothing is fetched from outside the page's origin.
 */
export async function renderSlidePng(node: HTMLElement, text: SlideText, ratio = 2): Promise<Blob> {
  // Loaded on the first export: nothing on the first paint needs it.
  const { toCanvas } = await import('html-to-image');
  const restore = inlineSvgStyles(node);
  let capture: HTMLCanvasElement;
  // The Chinese faces the picture draws, inlined: the copy html-to-image renders cannot fetch fonts.
  const fontEmbedCSS = await cjkFontEmbedCss(node.textContent ?? '');
  await loadCjkFontFor([text.title ?? '', ...text.lines, text.credit].join(' '));
  try {
    capture = await toCanvas(node, {
      pixelRatio: ratio,
      backgroundColor: '#ffffff',
      skipFonts: true,
      ...(fontEmbedCSS ? { fontEmbedCSS } : {}),
      filter: keepInExport,
      includeStyleProperties: CAPTURED_STYLE_PROPERTIES,
    });
  } finally {
    restore();
  }
  const fontFamily = getComputedStyle(node).fontFamily || 'sans-serif';
  return toBlob(composeSlide(capture, text, ratio, fontFamily));
}
