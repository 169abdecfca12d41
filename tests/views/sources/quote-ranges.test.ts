import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuoteRange, findQuoteRanges, toParagraphs } from '../../../src/views/sources/quote-ranges';

const marked = (text: string, quotes: string[]) =>
  toParagraphs(text, findQuoteRanges(text, quotes)).map((p) => p.segments.map((s) => (s.quotes.length ? `[${s.quotes.join(',')}:${s.text}]` : s.text)).join(''));

describe(findQuoteRange, () => {
  it('finds a quote verbatim', () => {
    expect(findQuoteRange('Alpha beta gamma.', 'beta gamma')).toEqual({ start: 6, end: 16 });
  });

  it('matches a quote across a line break, a non-breaking space and doubled spaces', () => {
    const text = 'The parties signed\nthe agreement\u00a0on  30 November.';
    const range = findQuoteRange(text, 'signed the agreement on 30 November');
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe('signed\nthe agreement\u00a0on  30 November');
  });

  it('matches typographic quotation marks and dashes against plain ones', () => {
    const text = 'the “zero-carbon” park — phase two';
    const range = findQuoteRange(text, '"zero–carbon" park - phase');
    expect(text.slice(range!.start, range!.end)).toBe('“zero-carbon” park — phase');
  });

  it('treats regular-expression characters in a quote as text', () => {
    expect(findQuoteRange('costs (US$1.5bn) [est.]', '(US$1.5bn) [est.]')).toEqual({ start: 6, end: 23 });
    expect(findQuoteRange('costs US-1x5bn', 'US$1.5bn')).toBeNull();
  });

  it('says null for a quote that is not in the text, or an empty one', () => {
    expect(findQuoteRange('Alpha beta', 'beta alpha')).toBeNull();
    expect(findQuoteRange('Alpha beta', '   ')).toBeNull();
  });
});

describe(toParagraphs, () => {
  it('makes one paragraph of each non-blank line, trimmed, with its offset', () => {
    const text = 'First line\n\n\n  Second line  \r\nThird\n';
    const paragraphs = toParagraphs(text, []);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['First line', 'Second line', 'Third']);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 15, 30]);
  });

  it('marks each quote where it occurs, leaving the rest plain', () => {
    expect(marked('One two three four.\nFive six.', ['two three', 'six'])).toEqual(['One [0:two three] four.', 'Five [1:six].']);
  });

  it('marks a quote that runs over a line break in both paragraphs', () => {
    expect(marked('One two\nthree four', ['two three'])).toEqual(['One [0:two]', '[0:three] four']);
  });

  it('marks overlapping quotes with both where they overlap', () => {
    expect(marked('a b c d e', ['b c d', 'c d e'])).toEqual(['a [0:b ][0,1:c d][1: e]']);
  });

  it('leaves a quote that is not found unmarked', () => {
    expect(marked('a b c', ['x y', 'b'])).toEqual(['a [1:b] c']);
  });

  it('finds every quote of the curated records in their archived texts', () => {
    const { initiatives } = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<{ sources: Array<{ source: string; quotes: Array<{ text: string }> }> }> };
    const { sources } = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: Array<{ id: string; file: string }> };
    const files = new Map(sources.map((s) => [s.id, s.file]));
    let count = 0;
    for (const ref of initiatives.flatMap((i) => i.sources)) {
      const text = readFileSync(`data/${files.get(ref.source)}`, 'utf8');
      const ranges = findQuoteRanges(text, ref.quotes.map((q) => q.text));
      expect(ranges.every(Boolean), ref.source).toBe(true);
      const paragraphs = toParagraphs(text, ranges);
      // Each quote's marked text, put back together, is the quote up to whitespace.
      ref.quotes.forEach((quote, q) => {
        const text = paragraphs.flatMap((p) => p.segments.filter((s) => s.quotes.includes(q)).map((s) => s.text)).join(' ');
        expect(text.replace(/\s+/g, ' ')).toBe(quote.text.trim().replace(/\s+/g, ' '));
      });
      count += ref.quotes.length;
    }
    expect(count).toBeGreaterThan(20);
  });
});
