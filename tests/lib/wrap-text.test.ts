import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/wrap-text';

describe(wrapText, () => {
  const measure = (s: string) => s.length;
  it('keeps the text’s own line breaks and blank lines between paragraphs', () => {
    expect(wrapText('one two three\n\nfour', 8, measure)).toEqual(['one two', 'three', '', 'four']);
  });
});
