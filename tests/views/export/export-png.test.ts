import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/views/export/export-png';

describe(wrapText, () => {
  const measure = (s: string) => s.length;
  it('breaks between words so no line is wider than asked', () => {
    expect(wrapText('Filters: Sector: Energy storage · Partner: CATL', 20, measure)).toEqual(['Filters: Sector:', 'Energy storage ·', 'Partner: CATL']);
  });
  it('gives a word longer than the width a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 6, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});
