import Papa from 'papaparse';
import type { Formatter } from '../../i18n/format';
import { EXPORT_COLUMNS, exportHeaders, type ExportRow } from './export-rows';

/** The byte-order mark that tells Excel a CSV file is UTF-8 (else it reads Chinese as mojibake). */
export const UTF8_BOM = '\uFEFF';

/**
 * The rows as CSV (RFC 4180, CRLF line ends, quotes where needed) with a header row in the display
 * language. Cells that start with = + - @ are escaped so a spreadsheet does not run them as formulas.
 */
export function toCsv(rows: readonly ExportRow[], f: Formatter): string {
  return Papa.unparse(
    { fields: exportHeaders(f), data: rows.map((row) => EXPORT_COLUMNS.map((column) => row[column])) },
    { header: true, newline: '\r\n', escapeFormulae: true },
  );
}

/** The CSV file's text: the byte-order mark, then the CSV. */
export function toCsvFile(rows: readonly ExportRow[], f: Formatter): string {
  return `${UTF8_BOM}${toCsv(rows, f)}`;
}
