import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/i18n/format';
import { i18n, loadLocale } from '../../src/i18n/i18n';

describe(createFormatter, () => {
  it('writes English dates in one form at each precision, marked when inferred', () => {
    const f = createFormatter('en', i18n.getFixedT('en'));
    expect(f.date({ value: '2020-11-30', precision: 'day', basis: 'stated' })).toBe('30 Nov 2020');
    expect(f.date({ value: '2025-02', precision: 'month', basis: 'inferred' })).toBe('Feb 2025 (inferred)');
    expect(f.date({ value: '2021', precision: 'year', basis: 'stated' })).toBe('2021');
    expect(f.date({ value: null, precision: 'unknown', basis: 'stated' })).toBe('date unknown');
  });

  it('writes Chinese dates as 2020年11月30日, with 推断 and 日期不详', async () => {
    await loadLocale('zh');
    const f = createFormatter('zh', i18n.getFixedT('zh'));
    expect(f.date({ value: '2020-11-30', precision: 'day', basis: 'stated' })).toBe('2020年11月30日');
    expect(f.date({ value: '2025-02', precision: 'month', basis: 'inferred' })).toBe('2025年2月（推断）');
    expect(f.date({ value: '2021', precision: 'year', basis: 'stated' })).toBe('2021年');
    expect(f.date({ value: null, precision: 'unknown', basis: 'stated' })).toBe('日期不详');
  });

  it('counts in the locale: 万 and 亿 in Chinese from ten thousand, exactly', async () => {
    await loadLocale('zh');
    const zh = createFormatter('zh', i18n.getFixedT('zh'));
    const en = createFormatter('en', i18n.getFixedT('en'));
    expect(en.count(12345)).toBe('12,345');
    expect(zh.count(9999)).toBe('9,999');
    expect(zh.count(12345)).toBe('1.2345万');
    expect(zh.count(100000)).toBe('10万');
    expect(zh.count(123456789)).toBe('1.23456789亿');
  });

  it('joins lists with 、 in Chinese', () => {
    expect(createFormatter('zh', i18n.getFixedT('zh')).list(['宁德时代', '西门子', '丹佛斯'])).toBe('宁德时代、西门子和丹佛斯');
    expect(createFormatter('en', i18n.getFixedT('en')).list(['CATL', 'Siemens', 'Danfoss'])).toBe('CATL, Siemens and Danfoss');
  });
});
