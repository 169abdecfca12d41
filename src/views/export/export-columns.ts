import type { Formatter } from '../../i18n/format';

/**
 * The columns of the initiatives table a report export writes, in order. Names (title, partners,
 * places, sectors) come in both languages, each in its own column, whatever the display language;
 * labels (status, date words) are in the display language beside their codes; ids, codes, ISO dates
 * and coordinates are as the dataset has them. An empty cell: the dataset does not give it.
 */
export const EXPORT_COLUMNS = [
  'id',
  'title_en',
  'title_zh',
  'summary_en',
  'summary_zh',
  'date',
  'date_iso',
  'date_precision',
  'date_basis',
  'date_reason',
  'status',
  'status_code',
  'instrument',
  'instrument_code',
  'partners_en',
  'partners_zh',
  'partner_ids',
  'partner_kinds',
  'places_en',
  'places_zh',
  'place_scopes',
  'place_bases',
  'gazetteer_ids',
  'gazetteer_names_en',
  'gazetteer_names_zh',
  'provinces_en',
  'provinces_zh',
  'latitudes',
  'longitudes',
  'sectors_en',
  'sectors_zh',
  'sector_ids',
  'quote',
  'quote_language',
  'quote_source',
  'quote_translation_en',
  'quote_translation_zh',
  'source_ids',
  'source_titles',
  'source_urls',
  'source_files',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** One initiative as a flat record, one text cell per column. */
export type ExportRow = Record<ExportColumn, string>;

/** The header row in the display language: the column ids in English, 编号, 标题（英文）… in Chinese. */
export function exportHeaders(f: Pick<Formatter, 't'>): string[] {
  return EXPORT_COLUMNS.map((column) => f.t(`exports.csv.column.${column}`));
}

/** What a column holds, in the display language, for the companion file. */
export function columnMeaning(column: ExportColumn, f: Pick<Formatter, 't'>): string {
  return f.t(`exports.about.column.${column}`);
}
