import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import type { Formatter } from '../../i18n/format';
import { EXPORT_COLUMNS, exportHeaders, type ExportRow } from './export-columns';

/** The byte-order mark that tells Excel a CSV file is UTF-8 (else it reads Chinese as mojibake). */
export const UTF8_BOM = '\uFEFF';

/**
 * A table as CSV (RFC 4180, CRLF line ends, quotes where needed). Cells that start with = + - @
 * are escaped so a spreadsheet does not run them as formulas.
 */
export function toTableCsv(table: readonly (readonly string[])[]): string {
  return Papa.unparse(
    table.map((row) => [...row]),
    { newline: '\r\n', escapeFormulae: true },
  );
}

/** The rows as CSV with a header row in the display language. */
export function toCsv(rows: readonly ExportRow[], f: Pick<Formatter, 't'>): string {
  return toTableCsv([exportHeaders(f), ...rows.map((row) => EXPORT_COLUMNS.map((column) => row[column]))]);
}

/** A CSV file's text: the byte-order mark, then the CSV. */
export function withBom(csv: string): string {
  return `${UTF8_BOM}${csv}`;
}

/** The rows as a CSV file's text. */
export function toCsvFile(rows: readonly ExportRow[], f: Pick<Formatter, 't'>): string {
  return withBom(toCsv(rows, f));
}

/** Text files in one .zip (deflated, UTF-8 names), dated `at`. */
export function toZip(files: Record<string, string>, at: Date): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  return zipSync(entries, { level: 6, mtime: at }) as Uint8Array<ArrayBuffer>;
}
