import type { TFunction } from 'i18next';
import type { DateLike, Formatter } from '../../i18n/format';
import type { TimelineSizes } from './timeline-sizes';
import { monthStartDay } from './time-scale';

/** "Feb 2025", "2025年2月" for a month index (year * 12 + month - 1). */
export function formatMonth(format: Formatter, month: number): string {
  return format.month(monthStartDay(month));
}

/** "dated to the day", "精确到日". */
export function precisionLabel(t: TFunction, precision: DateLike['precision']): string {
  return t(`timeline.precision.${precision}`);
}

/**
 * Roughly how wide a label is drawn, in px, at `fontPx`: digits and Latin letters about 0.6 em,
 * Chinese characters (and full-width signs) a whole em. The SVG text is laid out without measuring
 * it (and jsdom cannot measure), so the axis and the lane labels make room from this estimate.
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const char of text) em += isWide(char) ? 1 : char === ' ' ? 0.3 : 0.6;
  return em * fontPx;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

/**
 * Room between two year labels: the screen's gap for "2020", widened by how much longer the year
 * reads in the display language ("2020年" takes about a third more), so labels never touch.
 */
export function yearLabelGap(format: Formatter, sizes: Pick<TimelineSizes, 'yearLabelGap' | 'yearFont'>): number {
  const sample = 2020;
  return sizes.yearLabelGap + Math.max(0, textWidth(format.year(sample), sizes.yearFont) - textWidth(String(sample), sizes.yearFont));
}

/**
 * `label` cut with "…" after `max` units, a Chinese character counting two (it is drawn about twice
 * as wide as a Latin letter), so a cut label fits the lane-label gutter in either language.
 */
export function shortenLabel(label: string, max: number): string {
  const units = (text: string) => [...text].reduce((sum, char) => sum + (isWide(char) ? 2 : 1), 0);
  if (units(label) <= max) return label;
  let out = '';
  for (const char of label) {
    if (units(out + char) > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
