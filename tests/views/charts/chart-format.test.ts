import { describe, expect, it } from 'vitest';
import { describeCount, niceCountScale, truncateLabel } from '../../../src/views/charts/chart-format';

describe(niceCountScale, () => {
  it('ticks every initiative for small counts, so six initiatives get whole numbers', () => {
    expect(niceCountScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceCountScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
  it('uses round steps for large counts', () => {
    expect(niceCountScale(2370)).toEqual({ max: 3000, ticks: [0, 1000, 2000, 3000] });
    expect(niceCountScale(523)).toEqual({ max: 600, ticks: [0, 200, 400, 600] });
    expect(niceCountScale(8)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceCountScale(8013).ticks).toEqual([0, 2500, 5000, 7500, 10000]);
  });
});

describe(truncateLabel, () => {
  it('keeps short labels and cuts long ones at a word', () => {
    expect(truncateLabel('CATL', 10)).toBe('CATL');
    expect(truncateLabel('Suzhou Industrial Park Management Committee', 26)).toBe('Suzhou Industrial Park…');
  });
});

describe(describeCount, () => {
  it('says how many a selection leaves', () => {
    expect(describeCount(1, 1)).toBe('1 initiative');
    expect(describeCount(3, 1)).toBe('1 of 3 initiatives shown');
  });
});
