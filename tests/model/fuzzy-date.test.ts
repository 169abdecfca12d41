import { describe, expect, it } from 'vitest';
import { dateInterval, parseIsoDay } from '../../src/model/fuzzy-date';

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
