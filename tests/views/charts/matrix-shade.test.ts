import { describe, expect, it } from 'vitest';
import { contrast, luminance, matrixShade } from '../../../src/views/charts/matrix-shade';

const parse = (css: string) => css.match(/\d+/g)!.map(Number);

describe(matrixShade, () => {
  it('darkens with the count, from light to dark blue', () => {
    const shades = [1, 5, 50, 211].map((n) => luminance(parse(matrixShade(n, 211).background)));
    expect([...shades].sort((a, b) => b - a)).toEqual(shades);
    expect(matrixShade(1, 1).text).toBe('#ffffff');
  });

  it('keeps the number readable (4.5:1) on every shade', () => {
    for (const max of [1, 2, 7, 211, 5000]) {
      for (let n = 1; n <= Math.min(max, 400); n++) {
        const { background, text } = matrixShade(n, max);
        expect(contrast(luminance(parse(background)), luminance(parse(text === '#ffffff' ? 'rgb(255,255,255)' : 'rgb(0,0,0)')))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
