import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { EXPORT_COLUMNS, exportHeaders, toExportRow } from '../../../src/views/export/export-rows';
import { realDataset } from '../../real-dataset';
import { withChinese, withoutChinese, ZH } from '../details/chinese-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const en = createFormatter('en', i18n.getFixedT('en'));
const row = (id: string) => toExportRow(index.byId.get(id)!, dataset, en);
const chinese = withChinese(dataset);
const chineseIndex = buildDatasetIndex(chinese);
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

describe(toExportRow, () => {
  it('flattens an initiative to one cell per column, every column filled in order', () => {
    const danfoss = row('danfoss-wuxing-zero-carbon-agreement');
    expect(Object.keys(danfoss)).toEqual([...EXPORT_COLUMNS]);
    expect(danfoss).toMatchObject({
      id: 'danfoss-wuxing-zero-carbon-agreement',
      date: '30 Nov 2020',
      date_iso: '2020-11-30',
      date_precision: 'day',
      date_basis: 'stated',
      date_reason: '',
      status: 'Agreed',
      status_code: 'agreed',
      partners_en: 'Wuxing District, Huzhou (District Party Committee); Danfoss; CICPMC',
      partner_ids: 'wuxing-district-huzhou; danfoss; cicpmc',
      places_en: 'Wuxing District, Huzhou',
      provinces_en: 'Zhejiang',
      sectors_en: 'City carbon goals; Green cold chain; Data centres; Energy recovery; Renewable energy',
      source_titles: 'Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss',
      source_files: 'data/sources/danfoss-wuxing-visit.en.txt',
    });
    expect(danfoss.partner_kinds.split('; ').sort()).toEqual(['Association', 'District government', 'Multinational company']);
  });

  it('gives names in English and in Chinese, each in its own column, whatever the display language', () => {
    const id = 'cecep-catl-energy-storage-agreement';
    const inEnglish = toExportRow(chineseIndex.byId.get(id)!, chinese, en);
    const inChinese = toExportRow(chineseIndex.byId.get(id)!, chinese, zh);
    for (const r of [inEnglish, inChinese]) {
      expect(r.title_en).toBe('CECEP and CATL strategic cooperation agreement on energy storage');
      expect(r.title_zh).toBe(ZH.cecepTitle);
      expect(r.summary_zh).toBe(ZH.cecepSummary);
      expect(r.places_en).toBe('Ningde, Fujian');
      expect(r.places_zh).toBe('福建省宁德市');
      expect(r.gazetteer_names_en).toBe('Ningde');
      expect(r.gazetteer_names_zh).toBe('宁德市');
      expect(r.provinces_en).toBe('Fujian');
      expect(r.provinces_zh).toBe('福建省');
      expect(r.sectors_zh).toContain('储能');
      expect(r.sectors_en).toContain('Energy storage');
    }
    expect(inEnglish.partners_en).toBe('China Energy Conservation and Environmental Protection Group; CATL');
    expect(inEnglish.partners_zh).toBe(`${ZH.cecep.nameZh}; ${ZH.catl.nameZh}`);
    expect(inChinese.partners_zh).toBe(`${ZH.cecep.nameZh}；${ZH.catl.nameZh}`);
    // Labels and dates in words follow the display language; codes and ISO dates do not.
    expect(inChinese).toMatchObject({ date: '2025年2月25日', date_iso: '2025-02-25', date_precision: '日', date_basis: '推断', status: '已签署', status_code: 'signed', instrument: '战略合作协议' });
  });

  it('leaves a Chinese name empty when the dataset has none, never the English in its place', () => {
    const bare = withoutChinese(dataset);
    const danfoss = toExportRow(buildDatasetIndex(bare).byId.get('danfoss-wuxing-zero-carbon-agreement')!, bare, zh);
    expect(danfoss.title_zh).toBe('');
    expect(danfoss.summary_zh).toBe('');
    expect(danfoss.places_zh).toBe('');
    // One empty item per partner, so the list still lines up with partners_en.
    expect(danfoss.partners_zh).toBe('；；');
    expect(danfoss.partners_en).toBe('Wuxing District, Huzhou (District Party Committee)；Danfoss；CICPMC');
  });

  it("gives each place's gazetteer point (WGS 84, as the gazetteer has it), one per place, none for a nationwide one", () => {
    const suzhou = dataset.gazetteer.get('320500')!;
    expect(row('schneider-electric-suzhou-parks-mou')).toMatchObject({
      places_en: 'Suzhou Industrial Park; Suzhou National High-tech Industrial Development Zone',
      place_scopes: 'park; park',
      gazetteer_ids: '320500; 320500',
      latitudes: `${suzhou.lat}; ${suzhou.lat}`,
      longitudes: `${suzhou.lon}; ${suzhou.lon}`,
      provinces_en: 'Jiangsu',
    });
    expect(suzhou.lat).toBeCloseTo(31.304, 2);
    expect(row('catl-liaoning-fangda-zero-carbon-cluster')).toMatchObject({ place_scopes: 'province', gazetteer_ids: '210000', latitudes: String(dataset.gazetteer.get('210000')!.lat) });
    expect(row('siemens-china-zero-carbon-pioneer-program')).toMatchObject({ place_scopes: 'nationwide', gazetteer_ids: '', latitudes: '', longitudes: '', provinces_en: '', places_zh: '中国' });
  });

  it('keeps an unknown date empty with its reason, and an inferred one with its basis and precision', () => {
    expect(row('schneider-electric-suzhou-parks-mou')).toMatchObject({ date: 'date unknown', date_iso: '', date_precision: 'unknown', date_reason: 'The article says only "Recently" and carries no date.' });
    expect(row('cecep-catl-energy-storage-agreement')).toMatchObject({ date: '25 Feb 2025', date_iso: '2025-02-25', date_basis: 'inferred' });
    expect(row('siemens-china-zero-carbon-pioneer-program')).toMatchObject({ date: 'Sept 2021', date_iso: '2021-09', date_precision: 'month', date_basis: 'inferred' });
  });

  it('carries the first supporting quote verbatim, in its language, with its source id and translations', () => {
    const record = dataset.initiatives.find((i) => i.id === 'cecep-catl-energy-storage-agreement')!;
    const first = record.sources[0]!.quotes[0]!;
    const cecep = row('cecep-catl-energy-storage-agreement');
    expect(cecep.quote).toBe(first.text);
    expect(cecep.quote).toMatch(/^25 февраля/);
    expect(cecep).toMatchObject({ quote_language: 'ru', quote_source: 'gasgoo-catl-cecep-fangda', quote_translation_en: first.translations?.en ?? '' });
    expect(toExportRow(chineseIndex.byId.get('cecep-catl-energy-storage-agreement')!, chinese, en).quote_translation_zh).toBe(ZH.cecepQuote);
    const danfoss = row('danfoss-wuxing-zero-carbon-agreement');
    expect(danfoss).toMatchObject({ quote_language: 'en', quote_source: 'danfoss-wuxing-visit', quote_translation_en: '' });
    expect(danfoss.quote).toMatch(/^On November 30, 2020/);
  });

  it('names an untitled source by its publisher', () => {
    expect(row('cecep-catl-energy-storage-agreement').source_titles).toBe('Gasgoo');
  });
});

describe(exportHeaders, () => {
  it('heads the columns with their ids in English and in Chinese words in Chinese', () => {
    expect(exportHeaders(en)).toEqual([...EXPORT_COLUMNS]);
    const chineseHeaders = exportHeaders(zh);
    expect(chineseHeaders.slice(0, 3)).toEqual(['编号', '标题（英文）', '标题（中文）']);
    expect(new Set(chineseHeaders).size).toBe(EXPORT_COLUMNS.length);
    expect((chineseHeaders.join(' ').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'ISO')).toEqual([]);
  });
});
