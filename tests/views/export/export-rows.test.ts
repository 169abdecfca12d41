import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { toExportRow } from '../../../src/views/export/export-rows';
import { realDataset } from '../../real-dataset';
import { withChinese, withoutChinese, ZH } from '../details/chinese-fixture';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const en = createFormatter('en', i18n.getFixedT('en'));
const row = (id: string) => toExportRow(index.byId.get(id)!, dataset, en);
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

describe(toExportRow, () => {
  it('flattens an initiative to one readable cell per field', () => {
    expect(row('danfoss-wuxing-zero-carbon-agreement')).toMatchObject({
      id: 'danfoss-wuxing-zero-carbon-agreement',
      translation: '',
      date: '30 Nov 2020',
      date_iso: '2020-11-30',
      date_precision: 'day',
      date_basis: 'stated',
      date_reason: '',
      status: 'Agreed',
      partners: 'Wuxing District, Huzhou (District Party Committee); Danfoss; CICPMC',
      partner_ids: 'wuxing-district-huzhou; danfoss; cicpmc',
      places: 'Wuxing District, Huzhou, Zhejiang',
      provinces: 'Zhejiang',
      sectors: 'City carbon goals; Green cold chain; Data centres; Energy recovery; Renewable energy',
      source_titles: 'Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss',
      source_files: 'data/sources/danfoss-wuxing-visit.en.txt',
    });
    expect(row('danfoss-wuxing-zero-carbon-agreement').partner_kinds.split('; ').sort()).toEqual(['Association', 'District government', 'Multinational company']);
  });

  it('keeps an unknown date empty with its reason, and an inferred one with its basis', () => {
    expect(row('schneider-electric-suzhou-parks-mou')).toMatchObject({ date: 'date unknown', date_iso: '', date_precision: 'unknown', date_reason: 'The article says only "Recently" and carries no date.' });
    expect(row('cecep-catl-energy-storage-agreement')).toMatchObject({ date: '25 Feb 2025', date_iso: '2025-02-25', date_basis: 'inferred' });
    expect(row('siemens-china-zero-carbon-pioneer-program')).toMatchObject({ date: 'Sept 2021', date_iso: '2021-09', date_precision: 'month', provinces: '' });
  });

  it('names an untitled source by its publisher', () => {
    expect(row('cecep-catl-energy-storage-agreement').source_titles).toBe('Gasgoo');
  });

  it('writes labels, names, places and dates in Chinese, marking the curator\'s translation; ids and paths stay', () => {
    const chinese = withChinese(dataset);
    const chineseIndex = buildDatasetIndex(chinese);
    const cecep = toExportRow(chineseIndex.byId.get('cecep-catl-energy-storage-agreement')!, chinese, zh);
    expect(cecep).toMatchObject({
      id: 'cecep-catl-energy-storage-agreement',
      title: ZH.cecepTitle,
      summary: ZH.cecepSummary,
      translation: '编者译文',
      date: '2025年2月25日',
      date_iso: '2025-02-25',
      date_precision: '日',
      date_basis: '推断',
      status: '已签署',
      instrument: '战略合作协议',
      partners: `${ZH.cecep.nameZh}；${ZH.catl.nameZh}`,
      partner_ids: 'cecep；catl',
      places: '福建省宁德市',
      provinces: '福建省',
      source_files: 'data/sources/gasgoo-catl-cecep-fangda.ru.txt',
    });
    expect(cecep.sectors).toContain('储能');
    const schneider = toExportRow(chineseIndex.byId.get('schneider-electric-suzhou-parks-mou')!, chinese, zh);
    expect(schneider).toMatchObject({ date: '日期不详', date_precision: '不详', date_basis: '原文所述' });
    const siemens = toExportRow(chineseIndex.byId.get('siemens-china-zero-carbon-pioneer-program')!, chinese, zh);
    expect(siemens).toMatchObject({ date: '2021年9月', date_precision: '月' });
  });

  it('says when a Chinese export shows English for want of a translation', () => {
    const bare = withoutChinese(dataset);
    const bareIndex = buildDatasetIndex(bare);
    const danfoss = toExportRow(bareIndex.byId.get('danfoss-wuxing-zero-carbon-agreement')!, bare, zh);
    expect(danfoss).toMatchObject({
      title: dataset.initiatives.find((i) => i.id === 'danfoss-wuxing-zero-carbon-agreement')!.title,
      translation: '尚无中文译文，以英文显示',
      partners: 'Wuxing District, Huzhou (District Party Committee)；Danfoss；CICPMC',
      places: 'Wuxing District, Huzhou（浙江省湖州市）',
      status: '已达成',
    });
  });
});
