import { wrapText } from '../../lib/wrap-text';
import type { Words } from '../deck/scene-words';
import type { HandoutDocument, HandoutPage } from './handout-pages';

/**
 * Where everything goes on one A4 landscape page of the PDF handout (millimetres from the top
 * left, type sizes in points): a running head (deck, copy, scene number), the scene's title, its
 * picture across the page, under it the caption, key numbers, filters and notes on the left and the
 * sources on the right, and the credit at the foot. The picture gives way to the text, down to a
 * smallest size; then the type shrinks, a step at a time; last, lines that still do not fit are
 * cut with an ellipsis. Pure: the writer gives the measure of a text at a size.
 */

export const PAGE = { width: 297, height: 210, margin: 12 } as const;
export const COLOURS = { text: '#17211d', muted: '#4d5a55', accent: '#1f6f5c', rule: '#c9d2ce' } as const;

const MM_PER_PT = 25.4 / 72;
const LINE = 1.3;
const MIN_IMAGE_HEIGHT = 72;
const SCALES = [1, 0.92, 0.84, 0.76, 0.68] as const;
const GAP = 3;
/** Share of the width the left column (caption, numbers, notes) takes; the sources get the rest. */
const LEFT_SHARE = 0.6;

export type PdfOp =
  | { kind: 'text'; text: string; x: number; y: number; size: number; colour: string }
  | { kind: 'image'; x: number; y: number; width: number; height: number }
  | { kind: 'rule'; x: number; y: number; width: number };

/** The width of `text` in millimetres at `size` points. */
export type Measure = (text: string, size: number) => number;

interface Block {
  lines: string[];
  size: number;
  colour: string;
  /** Space above the block, in mm. */
  before: number;
}

const lineHeight = (size: number) => size * MM_PER_PT * LINE;
const blockHeight = (blocks: readonly Block[]) => blocks.reduce((h, b) => h + b.before + b.lines.length * lineHeight(b.size), 0);

/** Words with the mark for text shown in the other language. */
export function wordsText(words: Words, mark: string): string {
  return words.fallback ? `${words.text} ${mark}` : words.text;
}

function wrap(texts: readonly string[], width: number, size: number, measure: Measure): string[] {
  return texts.flatMap((text) => wrapText(text, width, (s) => measure(s, size)));
}

/** At most `count` lines; the last one kept ends in an ellipsis when some are cut. */
function firstLines(lines: readonly string[], count: number, width: number, size: number, measure: Measure): string[] {
  if (lines.length <= count) return [...lines];
  const kept = lines.slice(0, count);
  let last = kept[count - 1]!;
  while (last.length > 1 && measure(`${last}…`, size) > width) last = last.slice(0, -1);
  kept[count - 1] = `${last}…`;
  return kept;
}

/** Keeps the blocks' lines that fit in `height`; the last kept line of a cut block ends in an ellipsis. */
function clip(blocks: readonly Block[], height: number, width: number, measure: Measure): Block[] {
  const out: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    const room = Math.floor((height - used - block.before) / lineHeight(block.size));
    if (room <= 0) break;
    if (room >= block.lines.length) {
      out.push(block);
      used += block.before + block.lines.length * lineHeight(block.size);
      continue;
    }
    out.push({ ...block, lines: firstLines(block.lines, room, width, block.size, measure) });
    break;
  }
  return out;
}

function draw(blocks: readonly Block[], x: number, y: number): PdfOp[] {
  const ops: PdfOp[] = [];
  for (const block of blocks) {
    y += block.before;
    for (const text of block.lines) {
      ops.push({ kind: 'text', text, x, y, size: block.size, colour: block.colour });
      y += lineHeight(block.size);
    }
  }
  return ops;
}

/** The drawing of one page; `aspect` is the picture's width over its height. */
export function layoutPdfPage(page: HandoutPage, doc: Pick<HandoutDocument, 'title' | 'kind' | 'credit'> & { mark: string; headings: { notes: string; sources: string } }, aspect: number, measure: Measure): PdfOp[] {
  const { width: W, height: H, margin: M } = PAGE;
  const content = W - 2 * M;
  const ops: PdfOp[] = [];

  const head = `${wordsText(doc.title, doc.mark)} · ${doc.kind}`;
  const headSize = 8;
  const counterWidth = measure(page.counter, headSize);
  const headWidth = content - counterWidth - 6;
  const [headLine = ''] = firstLines(wrap([head], headWidth, headSize, measure), 1, headWidth, headSize, measure);
  ops.push({ kind: 'text', text: headLine, x: M, y: M, size: headSize, colour: COLOURS.muted });
  ops.push({ kind: 'text', text: page.counter, x: W - M - counterWidth, y: M, size: headSize, colour: COLOURS.muted });
  ops.push({ kind: 'rule', x: M, y: M + lineHeight(headSize) + 0.8, width: content });

  const titleSize = 16;
  const titleBlocks: Block[] = [{ lines: firstLines(wrap([wordsText(page.title, doc.mark)], content, titleSize, measure), 2, content, titleSize, measure), size: titleSize, colour: COLOURS.text, before: 0 }];
  const titleTop = M + lineHeight(headSize) + 3;
  ops.push(...draw(titleBlocks, M, titleTop));

  const creditSize = 7;
  const credit = wrap([doc.credit], content, creditSize, measure);
  const footTop = H - M + 4 - credit.length * lineHeight(creditSize);
  ops.push({ kind: 'rule', x: M, y: footTop - 1.2, width: content });
  ops.push(...draw([{ lines: credit, size: creditSize, colour: COLOURS.muted, before: 0 }], M, footTop));

  const bodyTop = titleTop + blockHeight(titleBlocks) + GAP;
  const bodyHeight = footTop - 2 * GAP - bodyTop;
  const leftWidth = content * LEFT_SHARE - GAP;
  const rightWidth = content * (1 - LEFT_SHARE) - GAP;
  const columns = (scale: number): [Block[], Block[]] => {
    const size = (pt: number) => pt * scale;
    const left: Block[] = [];
    if (page.caption) left.push({ lines: wrap([wordsText(page.caption, doc.mark)], leftWidth, size(11), measure), size: size(11), colour: COLOURS.text, before: 0 });
    left.push({ lines: wrap([page.numbers.join(' · '), page.filters], leftWidth, size(9), measure), size: size(9), colour: COLOURS.text, before: left.length ? 1.5 : 0 });
    if (page.notes) {
      left.push({ lines: [doc.headings.notes], size: size(9), colour: COLOURS.accent, before: 2 });
      left.push({ lines: wrap([wordsText(page.notes, doc.mark)], leftWidth, size(9), measure), size: size(9), colour: COLOURS.text, before: 0.5 });
    }
    const right: Block[] = [
      { lines: [doc.headings.sources], size: size(8.5), colour: COLOURS.accent, before: 0 },
      { lines: wrap(page.sources, rightWidth, size(7.5), measure), size: size(7.5), colour: COLOURS.muted, before: 0.5 },
    ];
    return [left, right];
  };

  let scale: number = SCALES[0];
  let [left, right] = columns(scale);
  for (const next of SCALES.slice(1)) {
    if (bodyHeight - Math.max(blockHeight(left), blockHeight(right)) - GAP >= MIN_IMAGE_HEIGHT) break;
    scale = next;
    [left, right] = columns(scale);
  }
  const textHeight = Math.min(Math.max(blockHeight(left), blockHeight(right)), bodyHeight - GAP - MIN_IMAGE_HEIGHT);
  let imageHeight = bodyHeight - textHeight - GAP;
  let imageWidth = imageHeight * aspect;
  if (imageWidth > content) {
    imageWidth = content;
    imageHeight = content / aspect;
  }
  ops.push({ kind: 'image', x: M + (content - imageWidth) / 2, y: bodyTop, width: imageWidth, height: imageHeight });
  const textTop = bodyTop + imageHeight + GAP;
  const room = footTop - GAP - textTop;
  ops.push(...draw(clip(left, room, leftWidth, measure), M, textTop));
  ops.push(...draw(clip(right, room, rightWidth, measure), M + content * LEFT_SHARE + GAP, textTop));
  return ops;
}
