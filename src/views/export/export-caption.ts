import type { Manifest } from '../../data/schema';
import type { Formatter } from '../../i18n/format';
import { localDayAndTime } from '../../model/fuzzy-date';
import { manifestText } from '../../model/localised';


/** The local date and time of an export, in the display language: "1 Jun 2025, 14:03", "2025年6月1日 14:03". */
export function exportedAt(at: Date, f: Formatter): string {
  const { day, time } = localDayAndTime(at);
  return f.t('exports.caption.exported', { date: f.day(day), time });
}

/** The credit line printed at the foot of an exported image: where the data comes from and when. */
export function toExportCredit(manifest: Manifest, at: Date, f: Formatter): string {
  const exported = exportedAt(at, f);
  const { title } = manifestText(manifest, f.locale);
  return f.t(manifest.synthetic ? 'exports.caption.synthetic' : 'exports.caption.source', { title, exported });
}

/** "Filters: Sector: Energy storage · Partner: CATL", or that there are none. */
export function toFiltersLine(labels: readonly string[], f: Formatter): string {
  if (labels.length === 0) return f.t('exports.caption.filtersNone');
  return f.t('exports.caption.filters', { filters: labels.join(f.t('exports.caption.filterSeparator')) });
}

/** "Showing 2 of 6 initiatives", 显示2项举措，共6项. */
export function toShowingLine(shown: number, total: number, f: Formatter): string {
  return f.t('exports.caption.showing', { count: total, shown: f.count(shown), total: f.count(total) });
}

/** A report figure's default title, which the title and note dialog offers: the dataset's title, and for one view what it shows. */
export function defaultFigureTitle(manifest: Manifest, kind: 'dashboard' | 'map' | 'timeline', f: Formatter): string {
  return f.t(`exports.figure.title.${kind}`, { title: manifestText(manifest, f.locale).title });
}
