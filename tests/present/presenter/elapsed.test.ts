import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, formatElapsed, startStopwatch, toggleStopwatch } from '../../../src/present/presenter/elapsed';

describe('the presenter timer', () => {
  it('counts while running and holds while paused', () => {
    let watch = startStopwatch(1_000);
    expect(elapsedMs(watch, 61_000)).toBe(60_000);
    watch = toggleStopwatch(watch, 61_000);
    expect(elapsedMs(watch, 500_000)).toBe(60_000);
    watch = toggleStopwatch(watch, 500_000);
    expect(elapsedMs(watch, 505_000)).toBe(65_000);
  });

  it('formats minutes and hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245_900)).toBe('4:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });
});

describe(formatClock, () => {
  it('writes the time of day on a 24-hour clock, as both display languages do', () => {
    expect(formatClock(new Date(2026, 0, 5, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2026, 0, 5, 14, 30))).toBe('14:30');
  });
});
