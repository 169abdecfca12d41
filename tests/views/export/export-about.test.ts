import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { manifestVersion, toAboutRows } from '../../../src/views/export/export-about';
import { toTableCsv } from '../../../src/views/export/export-csv';
import { EXPORT_COLUMNS, exportHeaders } from '../../../src/views/export/export-columns';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const en = createFormatter('en', i18n.getFixedT('en'));
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});
const at = new Date(2025, 5, 1, 14, 3);
const asMap = (rows: string[][]) => new Map(rows.map(([item, value]) => [item!, value!]));

describe(toAboutRows, () => {
  it('says the dataset, its version, the filters in words, the rows and the date of the export', () => {
    const about = asMap(toAboutRows({ dataset, filterLabels: ['Sector: Energy storage', 'Partner: CATL'], rows: 2, total: 6, at, f: en }));
    expect(about.get('Dataset')).toBe('Carbon-reduction initiatives in China (curated)');
    expect(about.get('Kind of data')).toMatch(/^Curated: real initiatives/);
    expect(about.get('Version')).toBe(dataset.manifest.version ?? "Not stated: the dataset's manifest gives no version");
    expect(about.get('Loaded from')).toBe('data/');
    expect(about.get('Filters applied')).toBe('Sector: Energy storage · Partner: CATL');
    expect(about.get('Rows')).toBe('2 of 6 initiatives, one row each');
    expect(about.get('Exported')).toBe(`1 Jun 2025, 14:03 local time (${at.toISOString()})`);
    expect(about.get('Coordinates')).toMatch(/WGS 84 datum \(EPSG:4326\), from the dataset's gazetteer \(geo\/gazetteer\.json, GeoNames points\)/);
  });

  it('says there are no filters, and a synthetic dataset is not real', () => {
    const synthetic = { ...dataset, manifest: { ...dataset.manifest, synthetic: true } };
    const about = asMap(toAboutRows({ dataset: synthetic, filterLabels: [], rows: 6, total: 6, at, f: en }));
    expect(about.get('Filters applied')).toBe('None (all initiatives)');
    const unversioned = { ...dataset, manifest: { ...dataset.manifest, version: undefined, licence: undefined } };
    const bare = asMap(toAboutRows({ dataset: unversioned, filterLabels: [], rows: 6, total: 6, at, f: en }));
    expect(bare.get('Version')).toBe("Not stated: the dataset's manifest gives no version");
    expect(bare.get('Licence')).toBe("Not stated in the dataset's manifest");
    expect(about.get('Kind of data')).toBe('SYNTHETIC TEST DATA, not real initiatives');
  });

  it('explains every column of the initiatives table by its header', () => {
    for (const f of [en, zh]) {
      const rows = toAboutRows({ dataset, filterLabels: [], rows: 6, total: 6, at, f });
      const headers = exportHeaders(f);
      const columns = rows.slice(rows.findIndex((r) => r[0] === f.t('exports.about.columns')) + 1);
      expect(columns.map((r) => r[0])).toEqual(headers);
      expect(columns.every((r) => r[1]!.length > 3)).toBe(true);
    }
  });

  it('is worded in Chinese for a Chinese export, and reads back as CSV', () => {
    const rows = toAboutRows({ dataset, filterLabels: ['合作方：宁德时代'], rows: 2, total: 6, at, f: zh });
    const back = Papa.parse<string[]>(toTableCsv(rows), { skipEmptyLines: true }).data;
    const about = asMap(back);
    expect(about.get('数据集')).toBe('中国减碳合作举措（精选数据集）');
    expect(about.get('已应用的筛选条件')).toBe('合作方：宁德时代');
    expect(about.get('行数')).toBe('2项举措（共6项），每项一行');
    expect(about.get('导出时间')).toMatch(/^2025年6月1日 14:03（本地时间；/);
    expect(about.get('坐标')).toContain('WGS 84坐标系');
    expect(about.get('纬度')).toContain('十进制度');
    expect(back).toEqual(rows);
    expect(EXPORT_COLUMNS.length).toBeGreaterThan(30);
  });
});

describe(manifestVersion, () => {
  it('reads a version the manifest states, and never makes one up', () => {
    expect(manifestVersion({})).toBeNull();
    expect(manifestVersion({ version: '2025.06' })).toBe('2025.06');
    expect(manifestVersion({ version: ' ' })).toBeNull();
  });
});
