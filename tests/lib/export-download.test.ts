import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/i18n/format';
import { i18n, loadLocale } from '../../src/i18n/i18n';
import { exportFileName } from '../../src/lib/export-download';
import { toExportCredit, toFiltersLine, toShowingLine } from '../../src/views/export/export-caption';

const en = createFormatter('en', i18n.getFixedT('en'));
let zh: ReturnType<typeof createFormatter>;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

describe(exportFileName, () => {
  it('makes a safe name from a title and the local date', () => {
    expect(exportFileName('chart-Initiatives by sector', 'png', new Date(2025, 5, 1, 23, 59))).toBe('chart-initiatives-by-sector-2025-06-01.png');
    expect(exportFileName('—', 'csv', new Date(2025, 0, 9))).toBe('export-2025-01-09.csv');
  });

  it('keeps Chinese characters and drops what a file system would refuse', () => {
    expect(exportFileName('图表-按领域统计的举措', 'png', new Date(2025, 5, 1))).toBe('图表-按领域统计的举措-2025-06-01.png');
    expect(exportFileName('图表-合作方：宁德时代/西门子（2025）?', 'png', new Date(2025, 5, 1))).toBe('图表-合作方-宁德时代-西门子-2025-2025-06-01.png');
    expect(exportFileName('？？', 'csv', new Date(2025, 0, 9), '导出')).toBe('导出-2025-01-09.csv');
    expect(exportFileName('a'.repeat(200), 'csv', new Date(2025, 0, 9))).toBe(`${'a'.repeat(80)}-2025-01-09.csv`);
  });
});

describe(toExportCredit, () => {
  const manifest = { title: 'Carbon initiatives', synthetic: false, files: { initiatives: 'i', organisations: 'o', sectors: 's', sources: 'src', gazetteer: 'g' } };
  const at = new Date(2025, 5, 1, 14, 3);

  it('names the source and the export date, and warns about synthetic data', () => {
    expect(toExportCredit(manifest, at, en)).toBe('Source: Carbon initiatives; every initiative is traced to an archived source text. Exported 1 Jun 2025, 14:03.');
    expect(toExportCredit({ ...manifest, synthetic: true }, at, en)).toMatch(/^SYNTHETIC TEST DATA/);
  });

  it('says it in Chinese, with the dataset title in Chinese when the manifest has it', () => {
    const translated = { ...manifest, translations: { zh: { title: '中国减碳合作举措' } } };
    expect(toExportCredit(translated, at, zh)).toBe('来源：中国减碳合作举措；每项举措均可追溯至一份存档的来源原文。导出时间：2025年6月1日 14:03。');
    expect(toExportCredit({ ...translated, synthetic: true }, at, zh)).toMatch(/^合成测试数据，并非真实举措。/);
  });

  it('lists the filters or says there are none', () => {
    expect(toFiltersLine([], en)).toBe('Filters: none (all initiatives)');
    expect(toFiltersLine(['Sector: Energy storage', 'Partner: CATL'], en)).toBe('Filters: Sector: Energy storage · Partner: CATL');
    expect(toFiltersLine([], zh)).toBe('筛选条件：无（全部举措）');
    expect(toFiltersLine(['领域：储能', '合作方：宁德时代'], zh)).toBe('筛选条件：领域：储能；合作方：宁德时代');
  });

  it('counts in the display language', () => {
    expect(toShowingLine(2, 6, en)).toBe('Showing 2 of 6 initiatives');
    expect(toShowingLine(1, 1, en)).toBe('Showing 1 of 1 initiative');
    expect(toShowingLine(1234, 10000, en)).toBe('Showing 1,234 of 10,000 initiatives');
    expect(toShowingLine(2, 6, zh)).toBe('显示2项举措，共6项');
    expect(toShowingLine(1234, 10000, zh)).toBe('显示1,234项举措，共1万项');
  });
});
