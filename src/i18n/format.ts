import type { TFunction } from 'i18next';
import { INTL_LOCALE, type Locale } from './locale';

const DAY_MS = 86_400_000;

/** The shape of a dataset date (data/schema.ts `FuzzyDate`), as far as formatting needs it. */
export interface DateLike {
  value: string | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
  basis: 'stated' | 'inferred';
}

/**
 * Every number, date and list the app shows, in the display language, through Intl: one form per
 * language everywhere ("30 Nov 2020" and "2020年11月30日"; "12,345" and "1.2345万"; "A, B and C"
 * and "A、B和C"), with the marks for inferred and unknown dates from the locale files.
 */
export interface Formatter {
  locale: Locale;
  t: TFunction;
  /** An exact count: "12,345"; in Chinese from 10,000 in 万 and 亿 ("1.2345万"). */
  count(n: number): string;
  /** A rounded number for an axis or a badge: "12K", "1.2万". */
  compact(n: number): string;
  /** A share 0..1 as a percentage. */
  percent(share: number): string;
  /** "A, B and C", "A、B和C". */
  list(items: readonly string[]): string;
  /** A dataset date at its precision, marked when inferred; "date unknown" when there is none. */
  date(date: DateLike): string;
  /** A date at its precision without the inferred mark (the mark is drawn beside it). */
  dateValue(date: DateLike): string;
  /** A day number (days since 1970-01-01 UTC): "30 Nov 2020", "2020年11月30日". */
  day(dayNumber: number): string;
  /** The month a day number falls in: "Nov 2020", "2020年11月". */
  month(dayNumber: number): string;
  /** A calendar year: "2021", "2021年". */
  year(year: number): string;
}

type Formats = { count: Intl.NumberFormat; large: Intl.NumberFormat; compact: Intl.NumberFormat; percent: Intl.NumberFormat; list: Intl.ListFormat; day: Intl.DateTimeFormat; month: Intl.DateTimeFormat; year: Intl.DateTimeFormat };
const FORMATS = new Map<Locale, Formats>();

/**
 * The Intl formats of a language, each made the first time it is used: making one loads its
 * locale data (a few ms each), and the first paint needs only some of them.
 */
function formatsFor(locale: Locale): Formats {
  let formats = FORMATS.get(locale);
  if (!formats) {
    const tag = INTL_LOCALE[locale];
    const utc = { timeZone: 'UTC' } as const;
    const makers: { [K in keyof Formats]: () => Formats[K] } = {
      count: () => new Intl.NumberFormat(tag),
      // Exact in 万 and 亿: up to 21 significant digits keeps every digit of a count.
      large: () => new Intl.NumberFormat(tag, { notation: 'compact', maximumSignificantDigits: 21 }),
      compact: () => new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }),
      percent: () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
      list: () => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }),
      day: () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: locale === 'zh' ? 'long' : 'short', year: 'numeric', ...utc }),
      month: () => new Intl.DateTimeFormat(tag, { month: locale === 'zh' ? 'long' : 'short', year: 'numeric', ...utc }),
      year: () => new Intl.DateTimeFormat(tag, { year: 'numeric', ...utc }),
    };
    const made: Partial<Formats> = {};
    const lazy = {} as Formats;
    for (const key of Object.keys(makers) as Array<keyof Formats>) {
      Object.defineProperty(lazy, key, { get: () => (made[key] ??= makers[key]() as never) });
    }
    formats = lazy;
    FORMATS.set(locale, formats);
  }
  return formats;
}

function startDay(date: DateLike): number | null {
  if (date.precision === 'unknown' || date.value === null) return null;
  const [y, m = 1, d = 1] = date.value.split('-').map(Number) as [number, number?, number?];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function createFormatter(locale: Locale, t: TFunction): Formatter {
  const f = formatsFor(locale);
  const at = (dayNumber: number) => new Date(dayNumber * DAY_MS);
  const formatter: Formatter = {
    locale,
    t,
    count: (n) => (locale === 'zh' && Math.abs(n) >= 10_000 ? f.large.format(n) : f.count.format(n)),
    compact: (n) => f.compact.format(n),
    percent: (share) => f.percent.format(share),
    list: (items) => f.list.format(items),
    day: (dayNumber) => f.day.format(at(dayNumber)),
    month: (dayNumber) => f.month.format(at(dayNumber)),
    year: (year) => f.year.format(new Date(Date.UTC(year, 6, 1))),
    dateValue: (date) => {
      const day = startDay(date);
      if (day === null) return t('common.date.unknown');
      if (date.precision === 'day') return formatter.day(day);
      if (date.precision === 'month') return formatter.month(day);
      return formatter.year(at(day).getUTCFullYear());
    },
    date: (date) => {
      const text = formatter.dateValue(date);
      return date.basis === 'inferred' && startDay(date) !== null ? t('common.date.inferredMark', { date: text }) : text;
    },
  };
  return formatter;
}
