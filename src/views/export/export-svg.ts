import { wrapText } from '../../lib/wrap-text';
import { cjkFontEmbedCss, loadCjkFontFor } from '../../styles/cjk-font';
import { drawElementAsSvg, escapeXml, type DrawnSvg } from './dom-svg';

/** The words a standalone SVG figure carries around its drawing. */
export interface SvgFigureText {
  title: string;
  /** "Note: …", or nothing. */
  note?: string;
  /** Source credit and date. */
  credit: string;
}

const PAD = 24;
const GAP = 12;
const MIN_TEXT_WIDTH = 420;
const LINE = 1.35;
const TITLE = { size: 22, weight: 700, colour: '#17211d' };
const NOTE = { size: 14, weight: 400, colour: '#17211d' };
const CREDIT = { size: 12, weight: 400, colour: '#4d5a55' };

type TextStyle = typeof TITLE;

export interface SvgFigureLayout {
  width: number;
  height: number;
  /** The drawing's top left. */
  body: { x: number; y: number };
  lines: Array<{ text: string; x: number; y: number; style: TextStyle }>;
}

/**
 * Where everything goes: the title at the top, the drawing under it, the note and the credit at the
 * foot, each wrapped to the figure's width (`measure` gives a string's width at a size and weight).
 * Every value in CSS pixels; `y` of a line is its baseline.
 */
export function layoutSvgFigure(body: Pick<DrawnSvg, 'width' | 'height'>, text: SvgFigureText, measure: (text: string, size: number, weight: number) => number): SvgFigureLayout {
  const width = Math.ceil(Math.max(body.width, MIN_TEXT_WIDTH) + PAD * 2);
  const lines: SvgFigureLayout['lines'] = [];
  let y = PAD;
  const write = (words: string, style: TextStyle) => {
    for (const line of wrapText(words, width - PAD * 2, (s) => measure(s, style.size, style.weight))) {
      lines.push({ text: line, x: PAD, y: Math.round(y + style.size * 0.95), style });
      y += Math.round(style.size * LINE);
    }
  };
  write(text.title, TITLE);
  y += GAP;
  const bodyAt = { x: PAD, y };
  y += Math.ceil(body.height) + GAP;
  if (text.note) write(text.note, NOTE);
  write(text.credit, CREDIT);
  return { width, height: Math.ceil(y + PAD), body: bodyAt, lines };
}

/** The file's text: an SVG 1.1 document that stands alone (sizes in px, a viewBox, fonts declared and, for Chinese, embedded). */
export function svgDocument(layout: SvgFigureLayout, drawn: DrawnSvg & { rootFont: string }, text: SvgFigureText, fontCss: string, lang: string): string {
  const { width, height } = layout;
  const lines = layout.lines.map(({ text: words, x, y, style }) => `<text x="${x}" y="${y}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.colour}">${escapeXml(words)}</text>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}px" height="${height}px" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(drawn.rootFont)}" xml:lang="${escapeXml(lang)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml([text.note, text.credit].filter(Boolean).join('\n'))}</desc>`,
    // Base64 font data and @font-face rules hold no "]]>".
    fontCss ? `<style><![CDATA[\n${fontCss}\n]]></style>` : '',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    `<g transform="translate(${layout.body.x} ${layout.body.y})">`,
    drawn.markup,
    '</g>',
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** `node` as a standalone SVG figure under `text.title`, over the note and credit, with what `keep` keeps. */
export async function renderSvgFigure(node: HTMLElement, text: SvgFigureText, keep: (node: Node) => boolean, lang: string): Promise<Blob> {
  const drawn = drawElementAsSvg(node, keep);
  const words = [text.title, text.note ?? '', text.credit, drawn.text].join(' ');
  // Measured in the face the file will draw them in.
  await loadCjkFontFor(words);
  const context = document.createElement('canvas').getContext('2d')!;
  const measure = (words: string, size: number, weight: number) => {
    context.font = `${weight} ${size}px ${drawn.rootFont}`;
    return context.measureText(words).width;
  };
  const layout = layoutSvgFigure(drawn, text, measure);
  // The Chinese faces the file draws, inlined: a report tool opening it has no web fonts.
  const fontCss = await cjkFontEmbedCss(words);
  return new Blob([svgDocument(layout, drawn, text, fontCss, lang)], { type: 'image/svg+xml' });
}
