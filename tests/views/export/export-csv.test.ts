import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { unzipSync, strFromU8 } from 'fflate';
import { toCsv, toCsvFile, toTableCsv, toZip, UTF8_BOM } from '../../../src/views/export/export-csv';
import { EXPORT_COLUMNS, exportHeaders, toExportRows, type ExportRow } from '../../../src/views/export/export-rows';
import { realDataset } from '../../real-dataset';
import { withChinese, ZH } from '../details/chinese-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const en = createFormatter('en', i18n.getFixedT('en'));
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

/** Reads the CSV back as a spreadsheet user would, undoing the formula guard (a leading apostrophe). */
function parseBack(csv: string, headers: readonly string[] = EXPORT_COLUMNS): ExportRow[] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [head, ...body] = parsed.data;
  expect(head).toEqual(headers);
  return body.map((cells) => Object.fromEntries(EXPORT_COLUMNS.map((column, i) => [column, /^'[=+\-@\t\r]/.test(cells[i]!) ? cells[i]!.slice(1) : cells[i]!])) as unknown as ExportRow);
}

describe(toCsv, () => {
  it('parses back to exactly the filtered initiatives, field for field', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl');
    const filtered = applyFilters(index, filters);
    const rows = toExportRows(filtered, dataset, en);
    const back = parseBack(toCsv(rows, en));
    expect(back.map((r) => r.id)).toEqual(['cecep-catl-energy-storage-agreement', 'catl-liaoning-fangda-zero-carbon-cluster']);
    expect(back).toEqual(rows);
  });

  it('round-trips all six curated initiatives with quotes, commas, line breaks and non-Latin text', () => {
    const rows = toExportRows(index.rows, dataset, en);
    expect(rows.some((r) => /[",\n]/.test(r.summary_en + r.title_en + r.date_reason + r.quote))).toBe(true);
    expect(parseBack(toCsv(rows, en))).toEqual(rows);
  });

  it('guards cells a spreadsheet would run as formulas, and still parses back', () => {
    const [row] = toExportRows([index.rows[0]!], dataset, en);
    const risky = { ...row!, title_en: '=HYPERLINK("http://example.com")', summary_en: '+1 and -2' };
    const csv = toCsv([risky], en);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(parseBack(csv)).toEqual([risky]);
  });

  it('heads the columns in Chinese and holds the Chinese names and labels', () => {
    const chinese = withChinese(dataset);
    const rows = toExportRows(buildDatasetIndex(chinese).rows, chinese, zh);
    const csv = toCsv(rows, zh);
    expect(csv.split('\r\n')[0]).toMatch(/^编号,标题（英文）,标题（中文）,摘要（英文）,摘要（中文）,日期,日期（ISO格式）,日期精度,日期依据,日期说明,状态,/);
    expect(csv.split('\r\n')[0]).toContain(',纬度,经度,');
    expect((exportHeaders(zh).join(' ').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'ISO')).toEqual([]);
    const back = parseBack(csv, exportHeaders(zh));
    expect(back).toEqual(rows);
    expect(back.find((r) => r.id === 'cecep-catl-energy-storage-agreement')).toMatchObject({ title_zh: ZH.cecepTitle, partners_zh: `${ZH.cecep.nameZh}；${ZH.catl.nameZh}`, date: '2025年2月25日' });
  });
});

describe(toCsvFile, () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads the Chinese', async () => {
    const chinese = withChinese(dataset);
    const text = toCsvFile(toExportRows(buildDatasetIndex(chinese).rows, chinese, zh), zh);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const bytes = new Uint8Array(await new Blob([text], { type: 'text/csv;charset=utf-8' }).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain(ZH.catl.nameZh);
  });
});

describe(toZip, () => {
  it('holds each file under its name, byte for byte, dated at the export', () => {
    const at = new Date(2025, 5, 1, 14, 3);
    const csv = toCsvFile(toExportRows(index.rows, dataset, en), en);
    const about = toTableCsv([['item', 'value'], ['Filters applied', '合作方：宁德时代']]);
    const files = unzipSync(toZip({ 'initiatives.csv': csv, 'about.csv': about }, at));
    expect(Object.keys(files).sort()).toEqual(['about.csv', 'initiatives.csv']);
    expect([...files['initiatives.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['initiatives.csv']!)).toBe(csv);
    expect(strFromU8(files['about.csv']!)).toBe('item,value\r\nFilters applied,合作方：宁德时代');
  });
});
