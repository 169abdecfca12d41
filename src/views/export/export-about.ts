import type { Dataset } from '../../data/dataset';
import type { Manifest } from '../../data/schema';
import type { Formatter } from '../../i18n/format';
import { manifestText } from '../../model/localised';
import { localDayAndTime } from '../../model/fuzzy-date';
import { columnMeaning, EXPORT_COLUMNS, exportHeaders } from './export-columns';

/** The file names inside a report export: ASCII, so every unzip tool and spreadsheet reads them. */
export const EXPORT_FILES = { initiatives: 'initiatives.csv', about: 'about.csv' } as const;

export interface AboutInput {
  dataset: Dataset;
  /** The active filters as the chips word them, in the display language. */
  filterLabels: readonly string[];
  rows: number;
  total: number;
  at: Date;
  f: Formatter;
}

/** The dataset's version, when its manifest states one: never guessed. */
export function manifestVersion(manifest: Pick<Manifest, 'version'>): string | null {
  return manifest.version?.trim() || null;
}

/** "1 Jun 2025, 14:03 local time (2025-06-01T06:03:00.000Z)": the local day and time, and the instant in ISO 8601. */
function exportedValue(at: Date, f: Formatter): string {
  const { day, time } = localDayAndTime(at);
  return f.t('exports.about.exportedValue', { date: f.day(day), time, iso: at.toISOString() });
}

/**
 * The companion table of an export, as [item, value] rows in the display language: the dataset,
 * its version, where it was loaded from, the filters in words, the number of rows, when it was
 * made, how to read the cells (the coordinates' datum, lists, empty cells), then what each column
 * of the initiatives table means, by its header.
 */
export function toAboutRows({ dataset, filterLabels, rows, total, at, f }: AboutInput): string[][] {
  const { t } = f;
  const { manifest } = dataset;
  const { title, description } = manifestText(manifest, f.locale);
  const version = manifestVersion(manifest);
  const headers = exportHeaders(f);
  return [
    [t('exports.about.item'), t('exports.about.value')],
    [t('exports.about.dataset'), title],
    [t('exports.about.description'), description ?? t('exports.about.unknown')],
    [t('exports.about.kind'), t(manifest.synthetic ? 'exports.about.synthetic' : 'exports.about.curated')],
    [t('exports.about.version'), version ?? t('exports.about.noVersion')],
    [t('exports.about.updated'), manifest.updated ?? t('exports.about.notStated')],
    [t('exports.about.licence'), manifest.licence ?? t('exports.about.notStated')],
    [t('exports.about.folder'), dataset.baseUrl.replace(/^\//, '')],
    [t('exports.about.filters'), filterLabels.length > 0 ? filterLabels.join(t('exports.caption.filterSeparator')) : t('exports.about.noFilters')],
    [t('exports.about.rows'), t('exports.about.rowsOf', { count: total, rows: f.count(rows), total: f.count(total) })],
    [t('exports.about.exported'), exportedValue(at, f)],
    [t('exports.about.labels'), t('exports.about.labelsValue')],
    [t('exports.about.coordinates'), t('exports.about.coordinatesValue', { gazetteer: manifest.files.gazetteer })],
    [t('exports.about.lists'), t('exports.about.listsValue', { separator: t('exports.csv.listSeparator').trim() })],
    [t('exports.about.empty'), t('exports.about.emptyValue')],
    [t('exports.about.files'), t('exports.about.filesValue', { initiatives: EXPORT_FILES.initiatives, about: EXPORT_FILES.about })],
    ['', ''],
    [t('exports.about.columns'), t('exports.about.meaning')],
    ...EXPORT_COLUMNS.map((column, i) => [headers[i]!, columnMeaning(column, f)]),
  ];
}
