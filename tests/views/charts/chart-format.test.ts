import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { describeCount, initiatives, niceCountScale, textColumns, truncateLabel } from '../../../src/views/charts/chart-format';

const en = createFormatter('en', i18n.getFixedT('en'));
const zh = () => createFormatter('zh', i18n.getFixedT('zh'));

beforeAll(() => loadLocale('zh'));

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
  it('counts a Chinese character as two columns and cuts Chinese anywhere', () => {
    expect(textColumns('宁德时代')).toBe(8);
    expect(textColumns('绿色金融与ESG')).toBe(13);
    expect(truncateLabel('宁德时代', 8)).toBe('宁德时代');
    // 18 characters, 36 columns: 12 characters and the ellipsis fit in 26.
    expect(truncateLabel('苏州国家高新技术产业开发区管理委员会', 26)).toBe('苏州国家高新技术产业开发…');
  });
});

describe(describeCount, () => {
  it('says how many a selection leaves', () => {
    expect(describeCount(en, 1, 1)).toBe('1 initiative');
    expect(describeCount(en, 3, 1)).toBe('1 of 3 initiatives shown');
    expect(initiatives(en, 12345)).toBe('12,345 initiatives');
  });
  it('says it in Chinese, with 万 for large counts', () => {
    expect(describeCount(zh(), 1, 1)).toBe('1 项举措');
    expect(describeCount(zh(), 3, 1)).toBe('显示 1 项，共 3 项举措');
    expect(initiatives(zh(), 12345)).toBe('1.2345万 项举措');
  });
});
