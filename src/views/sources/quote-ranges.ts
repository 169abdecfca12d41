/**
 * Where each verbatim quote of a record lies in its source's archived text, and that text cut into
 * paragraphs with the quotes' spans marked. Offsets are UTF-16 indices into the text, `end` exclusive.
 */

/** A quote's place in the text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** A run of a paragraph: plain text (`quotes` empty) or text inside the listed quotes (their indices). */
export interface TextSegment {
  text: string;
  quotes: number[];
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the text. */
  start: number;
  segments: TextSegment[];
}

// Characters an archive may have typed differently from the quote: quotation marks, apostrophes, dashes.
const VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/["“”„«»]/, '["“”„«»]'],
  [/['‘’]/, "['‘’]"],
  [/[-‐‑–—]/, '[-‐‑–—]'],
];

function characterPattern(char: string): string {
  for (const [test, pattern] of VARIANTS) if (test.test(char)) return pattern;
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The first place `quote` occurs in `text`, any run of whitespace (line breaks, non-breaking spaces)
 * matching any other, and typographic quotation marks and dashes matching their plain forms; null
 * when it does not occur.
 */
export function findQuoteRange(text: string, quote: string): TextRange | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = words.map((word) => Array.from(word, characterPattern).join('')).join('\\s+');
  const match = new RegExp(pattern, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Each quote's range in the text, in the quotes' order (null for one not found). */
export function findQuoteRanges(text: string, quotes: readonly string[]): Array<TextRange | null> {
  return quotes.map((quote) => findQuoteRange(text, quote));
}

/**
 * The text's paragraphs (each non-blank line is one; the archives keep one paragraph a line) with
 * the quotes' ranges marked. A quote that runs over a line break is marked in both paragraphs;
 * overlapping quotes make a segment that lists both.
 */
export function toParagraphs(text: string, ranges: ReadonlyArray<TextRange | null>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (!body) continue;
    const start = match.index + lead;
    paragraphs.push({ start, segments: markSegments(body, start, ranges) });
  }
  return paragraphs;
}

function markSegments(body: string, offset: number, ranges: ReadonlyArray<TextRange | null>): TextSegment[] {
  const end = offset + body.length;
  // Every point where the set of quotes covering the text changes, within this paragraph.
  const cuts = new Set([offset, end]);
  for (const range of ranges) {
    if (!range) continue;
    if (range.start > offset && range.start < end) cuts.add(range.start);
    if (range.end > offset && range.end < end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const quotes = ranges.flatMap((range, q) => (range && range.start <= from && range.end >= to ? [q] : []));
    const last = segments[segments.length - 1];
    if (last && sameQuotes(last.quotes, quotes)) last.text += body.slice(from - offset, to - offset);
    else segments.push({ text: body.slice(from - offset, to - offset), quotes });
  }
  return segments;
}

function sameQuotes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((q, i) => q === b[i]);
}
