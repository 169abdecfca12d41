import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/model/fuzzy-date';
import { isPresetRange, lastTwelveMonths, presetRange, yearsWithData } from '../../../src/views/timeline/date-presets';

const day = (value: string) => parseIsoDay(value)!;

describe(yearsWithData, () => {
  it('lists every year a dated initiative overlaps, once and in order, and skips undated ones', () => {
    const rows = [
      { start: day('2025-02-25'), end: day('2025-02-25') },
      { start: day('2020-11-30'), end: day('2020-11-30') },
      { start: null, end: null },
      { start: day('2021-09-01'), end: day('2021-09-30') },
      { start: day('2022-12-15'), end: day('2024-01-10') },
      { start: day('2021-10-13'), end: day('2021-10-13') },
    ];
    expect(yearsWithData(rows)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearsWithData([{ start: null, end: null }])).toEqual([]);
  });
});

describe(presetRange, () => {
  it('sets a calendar year, or every date', () => {
    expect(presetRange({ kind: 'year', year: 2021 }, day('2026-12-01'))).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(presetRange({ kind: 'all' }, day('2026-12-01'))).toEqual({ from: null, to: null });
  });

  it('counts the last 12 months back from today, today included', () => {
    expect(presetRange({ kind: 'last12' }, day('2026-12-01'))).toEqual({ from: '2025-12-02', to: '2026-12-01' });
    expect(presetRange({ kind: 'last12' }, day('2026-12-31'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    const leap = lastTwelveMonths(day('2024-02-29'));
    expect(leap).toEqual({ from: day('2023-03-01'), to: day('2024-02-29') });
  });
});

describe(isPresetRange, () => {
  const today = day('2026-12-01');
  it('says which preset the range is', () => {
    expect(isPresetRange({ from: '2021-01-01', to: '2021-12-31' }, { kind: 'year', year: 2021 }, today)).toBe(true);
    expect(isPresetRange({ from: '2021-01-01', to: '2021-12-30' }, { kind: 'year', year: 2021 }, today)).toBe(false);
    expect(isPresetRange({ from: '2021-01-01', to: null }, { kind: 'year', year: 2021 }, today)).toBe(false);
    expect(isPresetRange({ from: null, to: null }, { kind: 'all' }, today)).toBe(true);
    expect(isPresetRange({ from: '2025-12-02', to: '2026-12-01' }, { kind: 'last12' }, today)).toBe(true);
    expect(isPresetRange({ from: '2025-12-02', to: '2026-12-01' }, { kind: 'last12' }, day('2026-12-02'))).toBe(false);
  });
});
