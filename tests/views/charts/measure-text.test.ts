// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fitText, textWidth, widestText } from '../../../src/views/charts/measure-text';

// jsdom draws no canvas text: widths are estimated, 0.6em a Latin character and 1em a Chinese one.
describe(textWidth, () => {
  it('measures Chinese wider than as many Latin characters', () => {
    expect(textWidth({ text: '宁德时代', bold: false }, 10)).toBeCloseTo(40);
    expect(textWidth({ text: 'CATL', bold: false }, 10)).toBeCloseTo(24);
    expect(widestText([{ text: 'Energy storage', bold: false }, { text: '储能', bold: true }], 10)).toBeCloseTo(84);
  });
});

describe(fitText, () => {
  it('keeps what fits and cuts the rest to the width, at a word in English and anywhere in Chinese', () => {
    expect(fitText('Digitalisation', 100, 10, false)).toBe('Digitalisation');
    expect(fitText('Suzhou Industrial Park Management Committee', 130, 10, false)).toBe('Suzhou Industrial…');
    const cut = fitText('苏州国家高新技术产业开发区管理委员会', 100, 10, false);
    expect(cut).toBe('苏州国家高新技术产…');
    expect(textWidth({ text: cut, bold: false }, 10)).toBeLessThanOrEqual(100);
  });
  it('leaves room for a prefix drawn before the label', () => {
    expect(fitText('宁德时代', 40, 10, true)).toBe('宁德时代');
    expect(fitText('宁德时代', 40, 10, true, '✓ ')).toBe('宁德…');
  });
});
