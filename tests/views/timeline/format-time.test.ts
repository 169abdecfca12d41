import { describe, expect, it } from 'vitest';
import { formatMonth, precisionLabel, shortenLabel, textWidth, yearLabelGap } from '../../../src/views/timeline/format-time';
import { SCREEN_SIZES, timelineSizes } from '../../../src/views/timeline/timeline-sizes';
import { yearTicks, type TimeScale } from '../../../src/views/timeline/time-scale';
import { toDayNumber } from '../../../src/model/fuzzy-date';
import { chinese, english } from './fixtures';

describe(formatMonth, () => {
  it('names a month index in the display language', async () => {
    const zh = await chinese();
    expect(formatMonth(english, 2020 * 12 + 10)).toBe('Nov 2020');
    expect(formatMonth(zh, 2020 * 12 + 10)).toBe('2020年11月');
    expect(precisionLabel(english.t, 'month')).toBe('dated to the month');
    expect(precisionLabel(zh.t, 'day')).toBe('精确到日');
  });
});

describe(yearLabelGap, () => {
  it('keeps the screen gap for "2020" and widens it for "2020年", on screen and on a projector', async () => {
    const zh = await chinese();
    expect(yearLabelGap(english, SCREEN_SIZES)).toBe(SCREEN_SIZES.yearLabelGap);
    expect(yearLabelGap(zh, SCREEN_SIZES)).toBeCloseTo(SCREEN_SIZES.yearLabelGap + SCREEN_SIZES.yearFont);
    const big = timelineSizes(1.5);
    expect(yearLabelGap(zh, big)).toBeGreaterThan(yearLabelGap(english, big));
  });

  it('never lets two Chinese year labels touch: fewer labels where English fits every year', async () => {
    const zh = await chinese();
    // 40 years on 2,000px: 50px a year, enough for "2020" (46px), not for "2020年".
    const scale: TimeScale = { domain: { start: toDayNumber(1991, 1, 1), end: toDayNumber(2030, 12, 31) }, x0: 0, x1: 2000 };
    const labelled = (gap: number) => yearTicks(scale, gap).filter((t) => t.labelled);
    expect(labelled(yearLabelGap(english, SCREEN_SIZES))).toHaveLength(40);
    const chineseTicks = labelled(yearLabelGap(zh, SCREEN_SIZES));
    expect(chineseTicks).toHaveLength(20);
    const width = textWidth(zh.year(2020), SCREEN_SIZES.yearFont);
    for (let i = 1; i < chineseTicks.length; i++) expect(chineseTicks[i]!.x - chineseTicks[i - 1]!.x).toBeGreaterThan(width + 8);
  });
});

describe(shortenLabel, () => {
  it('cuts a long label after 26 Latin letters, or 13 Chinese characters', () => {
    expect(shortenLabel('Strategic cooperation agreement', 26)).toBe('Strategic cooperation agr…');
    expect(shortenLabel('Green finance and ESG', 26)).toBe('Green finance and ESG');
    expect(shortenLabel('考察期间达成的合作', 26)).toBe('考察期间达成的合作');
    expect(shortenLabel('一二三四五六七八九十一二三四五', 26)).toBe('一二三四五六七八九十一二…');
  });
});
