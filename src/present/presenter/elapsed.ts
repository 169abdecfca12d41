/** A stopwatch as plain data: running since `since` (ms epoch) plus what was banked before pauses. */
export interface Stopwatch {
  bankedMs: number;
  since: number | null;
}

export const startStopwatch = (now: number): Stopwatch => ({ bankedMs: 0, since: now });

export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.bankedMs + (watch.since === null ? 0 : Math.max(0, now - watch.since));
}

export function toggleStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === null ? { ...watch, since: now } : { bankedMs: elapsedMs(watch, now), since: null };
}

/** "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * The time of day as both display languages write it on a clock, "09:05", "14:30" (24-hour, as
 * en-GB and zh-CN do), in the machine's time zone.
 */
export function formatClock(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
