import { describe, expect, it } from 'vitest';
import { widthCountingFullWidth } from '../../src/lib/full-width-text';

const sevenEach = (asked: string[]) => (rest: string) => (asked.push(rest), rest.length * 7);

describe('widthCountingFullWidth', () => {
  it('counts Han characters, CJK punctuation and full-width forms as one em, without measuring them', () => {
    const asked: string[] = [];
    expect(widthCountingFullWidth('内蒙古自治区', 16, sevenEach(asked))).toBe(96);
    expect(widthCountingFullWidth('（试点）。', 10, sevenEach(asked))).toBe(50);
    expect(asked).toEqual([]);
  });

  it('measures the rest in order, spaces kept, and adds one em per full-width character', () => {
    const asked: string[] = [];
    expect(widthCountingFullWidth('Suzhou 苏州 +1', 14, sevenEach(asked))).toBe(70 + 28);
    expect(widthCountingFullWidth('Zibo', 14, sevenEach(asked))).toBe(28);
    // Half-width katakana and Latin-1 marks (the middle dot) are measured, not counted.
    expect(widthCountingFullWidth('a · ｱ', 10, sevenEach(asked))).toBe(35);
    expect(asked).toEqual(['Suzhou  +1', 'Zibo', 'a · ｱ']);
  });
});
