import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { toCsv, toCsvFile, UTF8_BOM } from '../../../src/views/export/export-csv';
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
    expect(rows.some((r) => /[",\n]/.test(r.summary + r.title + r.date_reason))).toBe(true);
    expect(parseBack(toCsv(rows, en))).toEqual(rows);
  });

  it('guards cells a spreadsheet would run as formulas, and still parses back', () => {
    const [row] = toExportRows([index.rows[0]!], dataset, en);
    const risky = { ...row!, title: '=HYPERLINK("http://example.com")', summary: '+1 and -2' };
    const csv = toCsv([risky], en);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(parseBack(csv)).toEqual([risky]);
  });

  it('heads the columns in Chinese and holds the Chinese names and labels', () => {
    const chinese = withChinese(dataset);
    const rows = toExportRows(buildDatasetIndex(chinese).rows, chinese, zh);
    const csv = toCsv(rows, zh);
    expect(csv.split('\r\n')[0]).toBe('编号,标题,摘要,译文说明,日期,日期（ISO格式）,日期精度,日期依据,日期说明,状态,合作形式,合作方,合作方编号,机构类型,地点,省级行政区,领域,来源标题,来源文件');
    expect((exportHeaders(zh).join(' ').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'ISO')).toEqual([]);
    const back = parseBack(csv, exportHeaders(zh));
    expect(back).toEqual(rows);
    expect(back.find((r) => r.id === 'cecep-catl-energy-storage-agreement')).toMatchObject({ title: ZH.cecepTitle, partners: `${ZH.cecep.nameZh}；${ZH.catl.nameZh}`, date: '2025年2月25日' });
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
