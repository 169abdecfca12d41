// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from '../../scripts/bench/blocking-time';

describe(totalBlockingTime, () => {
  it('sums the part of each long task beyond 50 ms', () => {
    expect(totalBlockingTime([{ start: 100, duration: 80 }, { start: 300, duration: 250 }], 1000)).toBe(30 + 200);
  });

  it('counts nothing for tasks of 50 ms or less', () => {
    expect(totalBlockingTime([{ start: 10, duration: 50 }, { start: 100, duration: 49.9 }], 1000)).toBe(0);
  });

  it('leaves out tasks that start at or after ready', () => {
    expect(totalBlockingTime([{ start: 1000, duration: 300 }, { start: 1200, duration: 90 }], 1000)).toBe(0);
  });

  it('cuts a task that straddles ready at ready', () => {
    // 900 to 1100: 100 ms of it before ready, 50 of them blocking.
    expect(totalBlockingTime([{ start: 900, duration: 200 }], 1000)).toBe(50);
    // 960 to 1100: only 40 ms before ready, so none blocking.
    expect(totalBlockingTime([{ start: 960, duration: 140 }], 1000)).toBe(0);
  });

  it('cuts a task that started before the window at its start', () => {
    expect(totalBlockingTime([{ start: 0, duration: 200 }], 1000, 100)).toBe(50);
  });
});
