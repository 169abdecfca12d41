import Papa from 'papaparse';
import { EXPORT_COLUMNS, type ExportRow } from './export-rows';

/**
 * The rows as CSV (RFC 4180, CRLF line ends, quotes where needed) with a header row. Cells that
 * start with = + - @ are escaped so a spreadsheet does not run them as formulas.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  return Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data: rows.map((row) => EXPORT_COLUMNS.map((column) => row[column])) },
    { header: true, newline: '\r\n', escapeFormulae: true },
  );
}
