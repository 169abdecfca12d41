import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberToIso, parseIsoDay, toDayNumber } from '../../../src/model/fuzzy-date';
import { addMonths, filterValuesOf, moveHandle, overlapsRange, rangeFromFilters } from '../../../src/views/timeline/brush';
import type { TimeDomain } from '../../../src/views/timeline/time-scale';

const day = (value: string) => parseIsoDay(value)!;
const iso = dayNumberToIso;
const domain: TimeDomain = { start: day('2020-01-01'), end: day('2025-12-31') };

describe(filterValuesOf, () => {
  it('writes ISO days and leaves a bound at the edge of the axis open', () => {
    expect(filterValuesOf({ from: day('2021-01-01'), to: day('2022-12-31') }, domain)).toEqual({ from: '2021-01-01', to: '2022-12-31' });
    expect(filterValuesOf({ from: domain.start, to: domain.end }, domain)).toEqual({ from: null, to: null });
    expect(filterValuesOf({ from: day('2019-06-01'), to: null }, domain)).toEqual({ from: null, to: null });
  });

  it('round-trips any range inside the axis through the filter strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: domain.start + 1, max: domain.end - 1 }), fc.integer({ min: domain.start + 1, max: domain.end - 1 }), (a, b) => {
        const range = { from: Math.min(a, b), to: Math.max(a, b) };
        const { from, to } = filterValuesOf(range, domain);
        expect(rangeFromFilters({ dateFrom: from, dateTo: to })).toEqual(range);
      }),
    );
  });
});

describe(addMonths, () => {
  it('moves by calendar months, keeping the day where the month has it', () => {
    expect(iso(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(iso(addMonths(day('2021-01-31'), 1))).toBe('2021-02-28');
    expect(iso(addMonths(day('2021-03-15'), -14))).toBe('2020-01-15');
  });

  it('keeps the last day of a month the last day when asked (the end of a range)', () => {
    expect(iso(addMonths(day('2021-02-28'), 1, true))).toBe('2021-03-31');
    expect(iso(addMonths(day('2025-12-31'), -12, true))).toBe('2024-12-31');
    expect(iso(addMonths(day('2021-02-28'), 1))).toBe('2021-03-28');
  });
});

describe(moveHandle, () => {
  const open = { from: null, to: null };

  it('moves a handle a month with an arrow and a year with Shift, starting from the edge of the axis', () => {
    expect(moveHandle(open, 'from', 'ArrowRight', false, domain)).toEqual({ from: day('2020-02-01'), to: null });
    expect(moveHandle(open, 'from', 'ArrowRight', true, domain)).toEqual({ from: day('2021-01-01'), to: null });
    expect(moveHandle(open, 'to', 'ArrowLeft', false, domain)).toEqual({ from: null, to: day('2025-11-30') });
    expect(moveHandle(open, 'to', 'PageDown', false, domain)).toEqual({ from: null, to: day('2024-12-31') });
  });

  it('sends a handle to the edge with Home and End, which removes that limit', () => {
    const range = { from: day('2021-05-01'), to: day('2022-05-01') };
    const next = moveHandle(range, 'from', 'Home', false, domain)!;
    expect(filterValuesOf(next, domain)).toEqual({ from: null, to: '2022-05-01' });
    expect(filterValuesOf(moveHandle(range, 'to', 'End', false, domain)!, domain)).toEqual({ from: '2021-05-01', to: null });
  });

  it('stops a handle a month short of the other one and at the ends of the axis', () => {
    const range = { from: day('2021-03-01'), to: day('2021-05-31') };
    expect(iso(moveHandle(range, 'from', 'ArrowRight', true, domain)!.from!)).toBe('2021-05-01');
    expect(iso(moveHandle(range, 'to', 'ArrowLeft', true, domain)!.to!)).toBe('2021-03-31');
    expect(moveHandle({ from: null, to: null }, 'from', 'ArrowLeft', true, domain)!.from).toBe(domain.start);
    expect(moveHandle({ from: null, to: null }, 'to', 'ArrowRight', false, domain)!.to).toBe(domain.end);
    expect(iso(moveHandle({ from: day('2021-03-01'), to: null }, 'to', 'Home', false, domain)!.to!)).toBe('2021-03-31');
  });

  it('lands a handle that was not on a month boundary on the next one in the direction of the key', () => {
    const range = { from: day('2021-10-13'), to: day('2022-02-20') };
    expect(iso(moveHandle(range, 'from', 'ArrowRight', false, domain)!.from!)).toBe('2021-11-01');
    expect(iso(moveHandle(range, 'from', 'ArrowLeft', false, domain)!.from!)).toBe('2021-10-01');
    expect(iso(moveHandle(range, 'from', 'ArrowLeft', true, domain)!.from!)).toBe('2020-11-01');
    expect(iso(moveHandle(range, 'to', 'ArrowRight', false, domain)!.to!)).toBe('2022-02-28');
    expect(iso(moveHandle(range, 'to', 'ArrowLeft', false, domain)!.to!)).toBe('2022-01-31');
  });

  it('keeps a handle in place rather than move it the wrong way when the other is within the month', () => {
    const range = { from: day('2021-05-01'), to: day('2021-05-20') };
    expect(moveHandle(range, 'to', 'ArrowLeft', false, domain)!.to).toBe(day('2021-05-20'));
    expect(moveHandle(range, 'from', 'ArrowRight', false, domain)!.from).toBe(day('2021-05-01'));
  });

  it('always ends on a month start and a month end, whatever keys are pressed', () => {
    const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom<'from' | 'to'>('from', 'to'), fc.constantFrom(...keys), fc.boolean()), { minLength: 1, maxLength: 30 }), (presses) => {
        let range: { from: number | null; to: number | null } = { from: null, to: null };
        for (const [side, key, shift] of presses) range = moveHandle(range, side, key, shift, domain)!;
        const from = range.from ?? domain.start;
        const to = range.to ?? domain.end;
        expect(iso(from).endsWith('-01')).toBe(true);
        expect(iso(to + 1).endsWith('-01')).toBe(true);
        expect(from).toBeLessThan(to);
      }),
    );
  });

  it('ignores other keys', () => {
    expect(moveHandle(open, 'from', 'a', false, domain)).toBeNull();
  });
});

describe(overlapsRange, () => {
  it('matches a span that overlaps the range, as the date filter does', () => {
    const sep2021 = [toDayNumber(2021, 9, 1), toDayNumber(2021, 9, 30)] as const;
    expect(overlapsRange(...sep2021, { from: day('2021-09-30'), to: null })).toBe(true);
    expect(overlapsRange(...sep2021, { from: day('2021-10-01'), to: null })).toBe(false);
    expect(overlapsRange(...sep2021, { from: null, to: null })).toBe(true);
  });
});
