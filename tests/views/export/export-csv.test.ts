import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { toCsv } from '../../../src/views/export/export-csv';
import { EXPORT_COLUMNS, toExportRows, type ExportRow } from '../../../src/views/export/export-rows';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

/** Reads the CSV back as a spreadsheet user would, undoing the formula guard (a leading apostrophe). */
function parseBack(csv: string): ExportRow[] {
  const parsed = Papa.parse<ExportRow>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(EXPORT_COLUMNS);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v])) as unknown as ExportRow);
}

describe(toCsv, () => {
  it('parses back to exactly the filtered initiatives, field for field', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl');
    const filtered = applyFilters(index, filters);
    const rows = toExportRows(filtered, dataset);
    const back = parseBack(toCsv(rows));
    expect(back.map((r) => r.id)).toEqual(['cecep-catl-energy-storage-agreement', 'catl-liaoning-fangda-zero-carbon-cluster']);
    expect(back).toEqual(rows);
  });

  it('round-trips all six curated initiatives with quotes, commas, line breaks and non-Latin text', () => {
    const rows = toExportRows(index.rows, dataset);
    expect(rows.some((r) => /[",\n]/.test(r.summary + r.title + r.date_reason))).toBe(true);
    expect(parseBack(toCsv(rows))).toEqual(rows);
  });

  it('guards cells a spreadsheet would run as formulas, and still parses back', () => {
    const [row] = toExportRows([index.rows[0]!], dataset);
    const risky = { ...row!, title: '=HYPERLINK("http://example.com")', summary: '+1 and -2' };
    const csv = toCsv([risky]);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(parseBack(csv)).toEqual([risky]);
  });
});
