/** A long task as the 'longtask' PerformanceObserver reports it: start and duration in ms from navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

/** A task blocks input for whatever it lasts past this (ms): Lighthouse's and web.dev's threshold. */
export const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time from `fromMs` to `untilMs` (navigation start to ready, in the bench): the sum,
 * over the long tasks, of the part of each beyond 50 ms, each task cut to the window first (as
 * Lighthouse does), so a task that straddles ready counts only up to ready.
 */
export function totalBlockingTime(tasks: readonly LongTask[], untilMs: number, fromMs = 0): number {
  let total = 0;
  for (const { start, duration } of tasks) {
    const inWindow = Math.min(start + duration, untilMs) - Math.max(start, fromMs);
    if (inWindow > BLOCKING_THRESHOLD_MS) total += inWindow - BLOCKING_THRESHOLD_MS;
  }
  return total;
}
