import { beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/schema';
import { createFormatter, type Formatter } from '../../src/i18n/format';
import { i18n, loadLocale } from '../../src/i18n/i18n';
import { describePlace, describePlaces, gazetteerChineseName, gazetteerUnitName, partnerNames, shortChineseName } from '../../src/model/describe-initiative';
import { realDataset } from '../real-dataset';
import { withChinese, withoutChinese, ZH } from '../views/details/chinese-fixture';

const dataset = realDataset();
const en = createFormatter('en', i18n.getFixedT('en'));
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

const place = (p: Partial<Place> & Pick<Place, 'scope' | 'name'>): Place => ({ gazetteerId: null, basis: 'stated', ...p });
const initiative = (id: string) => dataset.initiatives.find((i) => i.id === id)!;

describe(describePlace, () => {
  it('locates a place in English as before', () => {
    expect(describePlaces(dataset, initiative('danfoss-wuxing-zero-carbon-agreement'), en)).toBe('Wuxing District, Huzhou, Zhejiang');
    expect(describePlaces(dataset, initiative('cecep-catl-energy-storage-agreement'), en)).toBe('Ningde, Fujian');
    expect(describePlaces(dataset, initiative('schneider-electric-suzhou-parks-mou'), en)).toBe('Suzhou Industrial Park, Jiangsu; Suzhou National High-tech Industrial Development Zone, Jiangsu');
    expect(describePlaces(dataset, initiative('siemens-china-zero-carbon-pioneer-program'), en)).toBe('China (nationwide)');
    expect(describePlace(dataset, place({ scope: 'district', gazetteerId: '330500', name: 'Wuxing' }), en)).toBe('Wuxing (Huzhou, Zhejiang)');
  });

  it('names each provincial-level unit with its own term: never Beijing or Hong Kong a province', () => {
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '210000', name: 'Liaoning' }), en)).toBe('Liaoning province');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '110000', name: 'Beijing' }), en)).toBe('Beijing municipality');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '810000', name: 'Hong Kong' }), en)).toBe('Hong Kong SAR');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '450000', name: 'Guangxi' }), en)).toBe('Guangxi autonomous region');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '320000', name: 'Jiangsu Province' }), en)).toBe('Jiangsu Province');
    // A city-scope place may name a municipality directly.
    expect(describePlace(dataset, place({ scope: 'city', gazetteerId: '110000', name: 'Beijing' }), en)).toBe('Beijing');
    expect(describePlace(dataset, place({ scope: 'district', gazetteerId: '110000', name: 'Chaoyang District' }), en)).toBe('Chaoyang District, Beijing');
    expect(describePlace(dataset, place({ scope: 'city', gazetteerId: '110000', name: 'Beijing', nameZh: '北京市' }), zh)).toBe('北京市');
    expect(describePlace(dataset, place({ scope: 'district', gazetteerId: '110000', name: 'Chaoyang District', nameZh: '朝阳区' }), zh)).toBe('北京市朝阳区');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '810000', name: 'Hong Kong' }), zh)).toBe('香港特别行政区');
  });

  it('writes Chinese places in the Chinese order, province first', () => {
    const chinese = withChinese(dataset);
    const of = (id: string) => describePlaces(chinese, chinese.initiatives.find((i) => i.id === id)!, zh);
    expect(of('cecep-catl-energy-storage-agreement')).toBe('福建省宁德市');
    expect(describePlace(dataset, place({ scope: 'district', gazetteerId: '330500', name: 'Wuxing District, Huzhou', nameZh: '湖州市吴兴区' }), zh)).toBe('浙江省湖州市吴兴区');
    expect(describePlace(dataset, place({ scope: 'district', gazetteerId: '330500', name: 'Wuxing', nameZh: '吴兴区' }), zh)).toBe('浙江省湖州市吴兴区');
    expect(describePlace(dataset, place({ scope: 'park', gazetteerId: '320500', name: 'Suzhou Industrial Park', nameZh: '苏州工业园区' }), zh)).toBe('江苏省苏州工业园区');
    expect(describePlace(dataset, place({ scope: 'city', gazetteerId: '350900', name: 'Ningde', nameZh: '宁德市' }), zh)).toBe('福建省宁德市');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '210000', name: 'Liaoning', nameZh: '辽宁' }), zh)).toBe('辽宁省');
    expect(describePlace(dataset, place({ scope: 'nationwide', name: 'China', nameZh: '中国' }), zh)).toBe('中国（全国）');
    expect(describePlaces(chinese, chinese.initiatives.find((i) => i.id === 'schneider-electric-suzhou-parks-mou')!, zh)).toMatch(/^江苏省苏州工业园区；/);
  });

  it('falls back to the gazetteer\'s Chinese names when a place has none', () => {
    const bare = withoutChinese(dataset);
    const of = (id: string) => describePlaces(bare, bare.initiatives.find((i) => i.id === id)!, zh);
    expect(of('cecep-catl-energy-storage-agreement')).toBe('Ningde, Fujian（福建省宁德市）');
    expect(of('siemens-china-zero-carbon-pioneer-program')).toBe('全国');
    expect(describePlace(dataset, place({ scope: 'city', gazetteerId: '350900', name: 'Ningde' }), zh)).toBe('福建省宁德市');
    expect(describePlace(dataset, place({ scope: 'province', gazetteerId: '320000', name: 'Jiangsu Province' }), zh)).toBe('江苏省');
  });
});

describe(gazetteerUnitName, () => {
  it('names a gazetteer unit with its administrative term in both languages', () => {
    const unit = (id: string, f: Formatter) => gazetteerUnitName(dataset.gazetteer.get(id)!, f);
    expect(unit('320500', en)).toBe('Suzhou, Jiangsu');
    expect(unit('320500', zh)).toBe('江苏省苏州市');
    expect(unit('310000', en)).toBe('Shanghai municipality');
    expect(unit('540000', en)).toBe('Xizang autonomous region');
    expect(unit('820000', zh)).toBe('澳门特别行政区');
    expect(['320500', '110000', '810000'].map((id) => gazetteerChineseName(dataset.gazetteer.get(id)!))).toEqual(['江苏省苏州市', '北京市', '香港特别行政区']);
  });
});

describe(shortChineseName, () => {
  it('drops the administrative term', () => {
    expect(['苏州市', '江苏省', '广西壮族自治区', '香港特别行政区', '内蒙古自治区', '杭州'].map(shortChineseName)).toEqual(['苏州', '江苏', '广西', '香港', '内蒙古', '杭州']);
  });
});

describe(partnerNames, () => {
  it('gives the full official names in the display language', () => {
    const chinese = withChinese(dataset);
    const cecep = chinese.initiatives.find((i) => i.id === 'cecep-catl-energy-storage-agreement')!;
    expect(partnerNames(chinese, cecep, 'zh')).toEqual([ZH.cecep.nameZh, ZH.catl.nameZh]);
    expect(partnerNames(chinese, cecep, 'en')).toEqual(['China Energy Conservation and Environmental Protection Group', 'CATL']);
    expect(partnerNames(withoutChinese(dataset), cecep, 'zh')).toEqual(['China Energy Conservation and Environmental Protection Group', 'CATL']);
  });
});
