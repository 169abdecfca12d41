import type { Formatter } from '../../i18n/format';

/** "1 initiative", "2 initiatives"; "2 项举措". */
export function initiatives(format: Formatter, n: number): string {
  return format.t('charts.count.initiatives', { count: n, n: format.count(n) });
}

/** "2 initiatives" or, when a selection leaves some out, "1 of 2 initiatives shown". */
export function describeCount(format: Formatter, total: number, shown: number): string {
  return shown === total ? initiatives(format, total) : format.t('charts.count.ofShown', { shown: format.count(shown), total: initiatives(format, total) });
}

/** Full-width characters (CJK ideographs and punctuation, kana, hangul, full-width forms): two columns each. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** How wide a character is drawn, in columns: 2 for a full-width (Chinese) one, 1 for others. */
export function columnsOf(char: string): number {
  return WIDE.test(char) ? 2 : 1;
}

/** A text's width in columns (a Chinese character counts as two Latin ones). */
export function textColumns(text: string): number {
  let n = 0;
  for (const char of text) n += columnsOf(char);
  return n;
}

/**
 * Shortens a long label to at most `max` columns (a Chinese character is two), keeping whole
 * words where it can; the full label goes in a tooltip.
 */
export function truncateLabel(label: string, max: number): string {
  if (textColumns(label) <= max) return label;
  let cut = '';
  let used = 0;
  for (const char of label) {
    const width = columnsOf(char);
    if (used + width > max - 1) break;
    cut += char;
    used += width;
  }
  const space = cut.lastIndexOf(' ');
  return `${space > cut.length * 0.6 ? cut.slice(0, space) : cut.trimEnd()}…`;
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
