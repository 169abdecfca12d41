import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberToIso, parseIsoDay, toDayNumber } from '../../../src/model/fuzzy-date';
import { dayToX, monthEndDay, monthIndexOf, monthStartDay, timeDomainOf, xToDay, yearOfDay, yearTicks, type TimeScale } from '../../../src/views/timeline/time-scale';
import { curated, row } from './fixtures';

const iso = (day: number) => dayNumberToIso(day);

describe(timeDomainOf, () => {
  it('frames the curated initiatives in whole years, 2020 to 2025', () => {
    const domain = timeDomainOf(curated.rows)!;
    expect([iso(domain.start), iso(domain.end)]).toEqual(['2020-01-01', '2025-12-31']);
  });

  it('widens a single year to three so one item does not fill the axis', () => {
    const domain = timeDomainOf([row('a', { value: '2021-05-04', precision: 'day', basis: 'stated' })])!;
    expect([iso(domain.start), iso(domain.end)]).toEqual(['2020-01-01', '2022-12-31']);
  });

  it('has nothing to frame when no row is dated', () => {
    expect(timeDomainOf([row('a', { value: null, precision: 'unknown', basis: 'stated' })])).toBeNull();
  });
});

describe('months as indexes', () => {
  it('runs from the first to the last day of a month, leap years included', () => {
    const feb2024 = monthIndexOf(parseIsoDay('2024-02-17')!);
    expect(feb2024).toBe(2024 * 12 + 1);
    expect(iso(monthStartDay(feb2024))).toBe('2024-02-01');
    expect(iso(monthEndDay(feb2024))).toBe('2024-02-29');
    expect(iso(monthEndDay(2025 * 12 + 11))).toBe('2025-12-31');
  });

  it('agrees with the calendar for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(1900, 1, 1), max: toDayNumber(2200, 12, 31) }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(monthIndexOf(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      }),
      { numRuns: 2000 },
    );
  });
});

describe(xToDay, () => {
  const scale: TimeScale = { domain: { start: toDayNumber(2020, 1, 1), end: toDayNumber(2025, 12, 31) }, x0: 200, x1: 900 };

  it('finds the day a pixel falls in, the inverse of dayToX', () => {
    for (const day of ['2020-01-01', '2021-09-15', '2025-12-31']) {
      const n = parseIsoDay(day)!;
      expect(iso(xToDay(scale, dayToX(scale, n) + 0.01))).toBe(day);
    }
    expect(dayToX(scale, scale.domain.end + 1)).toBeCloseTo(900);
  });

  it('clamps pixels outside the plot to the ends of the axis', () => {
    expect(iso(xToDay(scale, 0))).toBe('2020-01-01');
    expect(iso(xToDay(scale, 5000))).toBe('2025-12-31');
  });
});

describe(yearTicks, () => {
  it('labels every year when there is room, and every fifth year on a 31-year axis', () => {
    const six: TimeScale = { domain: { start: toDayNumber(2020, 1, 1), end: toDayNumber(2025, 12, 31) }, x0: 0, x1: 700 };
    expect(yearTicks(six).filter((t) => t.labelled).map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const thirtyOne: TimeScale = { domain: { start: toDayNumber(2000, 1, 1), end: toDayNumber(2030, 12, 31) }, x0: 0, x1: 680 };
    const ticks = yearTicks(thirtyOne);
    expect(ticks).toHaveLength(32);
    expect(ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2030]);
  });
});

describe(yearOfDay, () => {
  it('gives the UTC calendar year of every day from 1600 to 2400, as Date does', () => {
    const first = Math.floor(Date.UTC(1600, 0, 1) / 86_400_000);
    const last = Math.floor(Date.UTC(2400, 11, 31) / 86_400_000);
    const wrong: number[] = [];
    for (let day = first; day <= last; day++) if (yearOfDay(day) !== new Date(day * 86_400_000).getUTCFullYear()) wrong.push(day);
    expect(wrong).toEqual([]);
    expect([yearOfDay(-1), yearOfDay(0), yearOfDay(Math.floor(Date.UTC(2024, 1, 29) / 86_400_000)), yearOfDay(Math.floor(Date.UTC(2024, 11, 31) / 86_400_000))]).toEqual([1969, 1970, 2024, 2024]);
  });
});
