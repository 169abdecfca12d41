import { afterEach, describe, expect, it } from 'vitest';
import { toFilterChips } from '../../src/filters/filter-chips';
import { DEFAULT_FILTERS, setPartnerPair, type Filters } from '../../src/filters/filters';
import { filterValueLabel, placeOptionLabel } from '../../src/filters/filter-value-label';
import { createFormatter } from '../../src/i18n/format';
import { i18n, showLocale } from '../../src/i18n/i18n';
import { realDataset } from '../real-dataset';

const dataset = realDataset();
const en = createFormatter('en', i18n.getFixedT('en'));
const zhFormatter = async () => {
  await showLocale('zh');
  return createFormatter('zh', i18n.getFixedT('zh'));
};
const place = (id: string) => dataset.gazetteer.get(id)!;

const filters: Filters = {
  ...setPartnerPair(DEFAULT_FILTERS, ['catl', 'cecep']),
  dateFrom: '2021-01-01',
  sectors: ['energy-storage'],
  places: ['320000', '320500'],
  statuses: ['signed'],
  query: ' CATL ',
};

afterEach(() => showLocale('en'));

describe(placeOptionLabel, () => {
  it('names a provincial-level unit by its kind in English, by its official name in Chinese', async () => {
    expect(['810000', '110000', '320000', '540000', '320500', '110100'].map((id) => placeOptionLabel(en, place(id)))).toEqual([
      'Hong Kong (special administrative region)',
      'Beijing (municipality)',
      'Jiangsu (province)',
      'Xizang (autonomous region)',
      'Suzhou, Jiangsu',
      'Beijing',
    ]);
    const zh = await zhFormatter();
    expect(['810000', '110000', '320000', '540000', '320500', '110100'].map((id) => placeOptionLabel(zh, place(id)))).toEqual([
      '香港特别行政区',
      '北京市',
      '江苏省',
      '西藏自治区',
      '苏州市（江苏省）',
      '北京市',
    ]);
  });
});

describe(filterValueLabel, () => {
  it('names organisations, sectors and vocabularies in the display language', async () => {
    expect(filterValueLabel(dataset, 'partners', 'catl', en)).toBe(dataset.organisations.get('catl')!.name);
    expect(filterValueLabel(dataset, 'statuses', 'signed', en)).toBe('Signed');
    const zh = await zhFormatter();
    expect(filterValueLabel(dataset, 'sectors', 'energy-storage', zh)).toBe(dataset.sectors.get('energy-storage')!.labelZh);
    expect(filterValueLabel(dataset, 'statuses', 'signed', zh)).toBe('已签署');
    expect(filterValueLabel(dataset, 'instruments', 'memorandum', zh)).toBe('合作备忘录');
    expect(filterValueLabel(dataset, 'partnerKinds', 'university', zh)).toBe('高等院校');
    const catl = dataset.organisations.get('catl')!;
    if (catl.nameZh) expect(filterValueLabel(dataset, 'partners', 'catl', zh)).toBe(catl.nameZh);
  });
});

describe(toFilterChips, () => {
  it('words each chip in English, dates in the one form', () => {
    expect(toFilterChips(filters, dataset, en).map((chip) => chip.label)).toEqual([
      'Date: 1 Jan 2021 – end (undated left out)',
      `Partners together: ${dataset.organisations.get('catl')!.name} + ${dataset.organisations.get('cecep')!.name}`,
      'Sector: Energy storage',
      'Place: Jiangsu',
      'Place: Suzhou, Jiangsu',
      'Status: Signed',
      'Search: “CATL”',
    ]);
  });

  it('words each chip in Chinese, with no English word but the query', async () => {
    const zh = await zhFormatter();
    const labels = toFilterChips(filters, dataset, zh).map((chip) => chip.label);
    expect(labels[0]).toBe('日期：2021年1月1日起（未注明日期的举措不计入）');
    expect(labels.slice(2)).toEqual([`领域：${dataset.sectors.get('energy-storage')!.labelZh}`, '地点：江苏省', '地点：苏州市', '状态：已签署', '搜索：“CATL”']);
    const org = (id: string) => dataset.organisations.get(id)!;
    if (org('catl').nameZh && org('cecep').nameZh) {
      expect(labels[1]).toMatch(/^共同合作方：/);
      expect(labels.slice(0, -1).join(' ')).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
