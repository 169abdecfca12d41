import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberToIso, parseIsoDay } from '../../../src/model/fuzzy-date';
import { MIN_MONTH_PX, snappedDrag, snapUnitOf, unitEnd, unitOf, unitStart } from '../../../src/views/timeline/brush-snap';
import { dayToX, type TimeDomain, type TimeScale } from '../../../src/views/timeline/time-scale';

const day = (value: string) => parseIsoDay(value)!;
const iso = dayNumberToIso;
const isoRange = (r: { from: number | null; to: number | null }) => [r.from === null ? null : iso(r.from), r.to === null ? null : iso(r.to)];
const domain: TimeDomain = { start: day('2020-01-01'), end: day('2025-12-31') };
/** 72 months on 720 px: 10 px a month, so the brush snaps to months. */
const scale: TimeScale = { domain, x0: 100, x1: 820 };
const open = { from: null, to: null };
/** The pixel a little way into a day (a day is a third of a pixel here). */
const x = (value: string) => dayToX(scale, day(value)) + 0.05;

describe(snapUnitOf, () => {
  it('snaps to months while a month is at least MIN_MONTH_PX wide, and to years below that', () => {
    const months = (domain.end - domain.start + 1) / 30.436875;
    expect(snapUnitOf({ domain, x0: 0, x1: months * MIN_MONTH_PX })).toBe('month');
    expect(snapUnitOf({ domain, x0: 0, x1: months * MIN_MONTH_PX - 1 })).toBe('year');
    // 31 years on 900 px: under 2.5 px a month.
    expect(snapUnitOf({ domain: { start: day('2000-01-01'), end: day('2030-12-31') }, x0: 0, x1: 900 })).toBe('year');
  });
});

describe('units', () => {
  it('number months and years and give their first and last days', () => {
    expect([iso(unitStart(unitOf(day('2024-02-17'), 'month'), 'month')), iso(unitEnd(unitOf(day('2024-02-17'), 'month'), 'month'))]).toEqual(['2024-02-01', '2024-02-29']);
    expect([iso(unitStart(unitOf(day('2024-02-17'), 'year'), 'year')), iso(unitEnd(unitOf(day('2024-02-17'), 'year'), 'year'))]).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe(snappedDrag, () => {
  it('makes a range of every month a drag across the plot touches, in either direction', () => {
    expect(isoRange(snappedDrag(scale, 'create', x('2021-01-15'), x('2022-12-15'), open, 'month'))).toEqual(['2021-01-01', '2022-12-31']);
    expect(isoRange(snappedDrag(scale, 'create', x('2022-12-15'), x('2021-01-15'), open, 'month'))).toEqual(['2021-01-01', '2022-12-31']);
    expect(isoRange(snappedDrag(scale, 'create', x('2021-03-02'), x('2021-03-20'), open, 'month'))).toEqual(['2021-03-01', '2021-03-31']);
    expect(isoRange(snappedDrag(scale, 'create', -50, 5000, open, 'month'))).toEqual(['2020-01-01', '2025-12-31']);
  });

  it('makes a range of whole years when zoomed out', () => {
    expect(isoRange(snappedDrag(scale, 'create', x('2021-05-15'), x('2022-02-01'), open, 'year'))).toEqual(['2021-01-01', '2022-12-31']);
  });

  it('takes a handle to the month boundary nearest the pointer, a month short of the other end at most', () => {
    const range = { from: day('2021-03-01'), to: day('2021-08-31') };
    expect(isoRange(snappedDrag(scale, 'from', 0, x('2021-01-20'), range, 'month'))).toEqual(['2021-02-01', '2021-08-31']);
    expect(isoRange(snappedDrag(scale, 'from', 0, x('2021-01-10'), range, 'month'))).toEqual(['2021-01-01', '2021-08-31']);
    expect(isoRange(snappedDrag(scale, 'from', 0, x('2023-01-01'), range, 'month'))).toEqual(['2021-08-01', '2021-08-31']);
    expect(isoRange(snappedDrag(scale, 'to', 0, x('2021-10-20'), range, 'month'))).toEqual(['2021-03-01', '2021-10-31']);
    expect(isoRange(snappedDrag(scale, 'to', 0, x('2021-10-10'), range, 'month'))).toEqual(['2021-03-01', '2021-09-30']);
    expect(isoRange(snappedDrag(scale, 'to', 0, x('2020-01-01'), range, 'month'))).toEqual(['2021-03-01', '2021-03-31']);
    // Dragged to the edge of the axis: the range reaches it, and the filter writes that side open.
    expect(isoRange(snappedDrag(scale, 'to', 0, 5000, range, 'month'))).toEqual(['2021-03-01', '2025-12-31']);
    expect(isoRange(snappedDrag(scale, 'from', 0, -5000, range, 'month'))).toEqual(['2020-01-01', '2021-08-31']);
  });

  it('moves the band by the whole months the pointer travelled and keeps it on the axis', () => {
    const range = { from: day('2021-03-01'), to: day('2021-08-31') };
    const anchor = x('2021-05-10');
    expect(isoRange(snappedDrag(scale, 'move', anchor, x('2021-07-05'), range, 'month'))).toEqual(['2021-05-01', '2021-10-31']);
    expect(isoRange(snappedDrag(scale, 'move', anchor, x('2021-05-20'), range, 'month'))).toEqual(['2021-03-01', '2021-08-31']);
    expect(isoRange(snappedDrag(scale, 'move', anchor, 5000, range, 'month'))).toEqual(['2025-07-01', '2025-12-31']);
    // A range that did not start on a month boundary lands on one.
    expect(isoRange(snappedDrag(scale, 'move', anchor, anchor, { from: day('2021-10-13'), to: day('2022-02-20') }, 'month'))).toEqual(['2021-10-01', '2022-02-28']);
  });

  it('puts the ends it moves on unit boundaries, for any drag in any mode, and leaves a handle not dragged where it was', () => {
    const mode = fc.constantFrom('create' as const, 'move' as const, 'from' as const, 'to' as const);
    const px = fc.double({ min: 0, max: 920, noNaN: true });
    const dayIn = fc.integer({ min: domain.start, max: domain.end });
    fc.assert(
      fc.property(mode, px, px, dayIn, dayIn, fc.constantFrom('month' as const, 'year' as const), (m, a, b, d1, d2, unit) => {
        const before = { from: Math.min(d1, d2), to: Math.max(d1, d2) };
        const range = snappedDrag(scale, m, a, b, before, unit);
        const [from, to] = [range.from!, range.to!];
        expect(from).toBeLessThanOrEqual(to);
        expect(from).toBeGreaterThanOrEqual(domain.start);
        expect(to).toBeLessThanOrEqual(domain.end);
        if (m === 'to') expect(from).toBe(before.from);
        else expect(unitStart(unitOf(from, unit), unit)).toBe(from);
        if (m === 'from') expect(to).toBe(before.to);
        else expect(unitEnd(unitOf(to, unit), unit)).toBe(to);
      }),
    );
  });
});
