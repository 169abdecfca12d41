import { describe, expect, it } from 'vitest';
import { dateInterval, formatFuzzyDate, parseIsoDay } from '../../src/model/fuzzy-date';

describe(formatFuzzyDate, () => {
  it('reads as its precision allows', () => {
    expect(formatFuzzyDate({ value: '2020-11-30', precision: 'day', basis: 'stated' })).toBe('Nov 30, 2020');
    expect(formatFuzzyDate({ value: '2025-02', precision: 'month', basis: 'inferred', reason: 'r' })).toBe('Feb 2025 (inferred)');
    expect(formatFuzzyDate({ value: '2021', precision: 'year', basis: 'stated' })).toBe('2021');
    expect(formatFuzzyDate({ value: null, precision: 'unknown', basis: 'stated' })).toBe('date unknown');
  });
});

describe(dateInterval, () => {
  it('spans the whole month or year, inclusive', () => {
    const feb = dateInterval({ value: '2024-02', precision: 'month', basis: 'stated' })!;
    expect(feb.end - feb.start + 1).toBe(29);
    const year = dateInterval({ value: '2021', precision: 'year', basis: 'stated' })!;
    expect(year.end - year.start + 1).toBe(365);
    expect(dateInterval({ value: null, precision: 'unknown', basis: 'stated' })).toBeNull();
  });
});

describe(parseIsoDay, () => {
  it('rejects dates that do not exist', () => {
    expect(parseIsoDay('2021-02-29')).toBeNull();
    expect(parseIsoDay('2021-13-01')).toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('nonsense')).toBeNull();
  });
});
