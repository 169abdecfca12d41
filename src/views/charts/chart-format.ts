import { formatCount } from '../../model/labels';

/** "1 initiative", "2 initiatives". */
export function initiatives(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'initiative' : 'initiatives'}`;
}

/** Shortens a long label for an axis, keeping whole words where it can; the full label goes in a tooltip. */
export function truncateLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** "2 initiatives" or, when a selection leaves some out, "1 of 2 initiatives shown". */
export function describeCount(total: number, shown: number): string {
  return shown === total ? initiatives(total) : `${formatCount(shown)} of ${initiatives(total)} shown`;
}

/**
 * A count axis from 0: one tick per initiative up to 5; above, about four steps of 1, 2, 2.5 or 5
 * times a power of ten, the maximum rounded up to a whole step.
 */
export function niceCountScale(n: number): { max: number; ticks: number[] } {
  if (n <= 5) {
    const max = Math.max(1, Math.ceil(n));
    return { max, ticks: Array.from({ length: max + 1 }, (_, i) => i) };
  }
  const raw = n / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 2.5, 5, 10].find((s) => s * power >= raw)! * power);
  const max = Math.ceil(n / step) * step;
  return { max, ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step) };
}
