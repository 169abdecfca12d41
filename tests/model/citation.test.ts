import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/schema';
import { createFormatter, type Formatter } from '../../src/i18n/format';
import { i18n, loadLocale } from '../../src/i18n/i18n';
import { citeDataset, citeDatasetWork, citeInitiative, viewLink } from '../../src/model/citation';
import { toDayNumber } from '../../src/model/fuzzy-date';
import { realDataset } from '../real-dataset';

const dataset = realDataset();
const en = createFormatter('en', i18n.getFixedT('en'));
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

const manifest = (more: Partial<Manifest> = {}): Manifest => ({ ...dataset.manifest, version: '0.1.0', updated: '2026-12-01', ...more });
const today = toDayNumber(2027, 1, 15);
const initiative = (id: string) => dataset.initiatives.find((i) => i.id === id)!;

describe(citeDatasetWork, () => {
  it('names the title, version, date of the data and says the licence is not stated', () => {
    expect(citeDatasetWork(en, manifest())).toBe('Carbon-reduction initiatives in China (curated) [dataset]. Version 0.1.0; data as of 1 Dec 2026; licence not stated');
  });

  it('says in words what the manifest does not give', () => {
    expect(citeDatasetWork(en, manifest({ version: undefined, updated: undefined }))).toBe('Carbon-reduction initiatives in China (curated) [dataset]. version not stated; date of the data not stated; licence not stated');
    expect(citeDatasetWork(en, manifest({ licence: 'CC BY 4.0' }))).toMatch(/; licence: CC BY 4\.0$/);
  });

  it('cites in Chinese with the Chinese title and Chinese punctuation', () => {
    expect(citeDatasetWork(zh, manifest())).toBe('中国减碳合作举措（精选数据集）［数据集］。版本：0.1.0；数据更新日期：2026年12月1日；未注明许可协议');
  });
});

describe(citeDataset, () => {
  it('adds the address of the view and the day it was accessed', () => {
    expect(citeDataset(en, manifest(), 'http://localhost/?sector=energy-storage', today)).toBe(
      'Carbon-reduction initiatives in China (curated) [dataset]. Version 0.1.0; data as of 1 Dec 2026; licence not stated. http://localhost/?sector=energy-storage (accessed 15 Jan 2027).',
    );
    expect(citeDataset(zh, manifest(), 'http://localhost/', today)).toBe('中国减碳合作举措（精选数据集）［数据集］。版本：0.1.0；数据更新日期：2026年12月1日；未注明许可协议。网址：http://localhost/（访问日期：2027年1月15日）。');
  });
});

describe(citeInitiative, () => {
  const link = 'http://localhost/?selected=cecep-catl-energy-storage-agreement';
  const data = { ...dataset, manifest: manifest() };

  it('names the partners, the title, the date as the data has it, the dataset and the stable link', () => {
    expect(citeInitiative(en, data, initiative('cecep-catl-energy-storage-agreement'), link, today)).toBe(
      'China Energy Conservation and Environmental Protection Group and CATL. “CECEP and CATL strategic cooperation agreement on energy storage”, 25 Feb 2025 (inferred). In: Carbon-reduction initiatives in China (curated) [dataset]. Version 0.1.0; data as of 1 Dec 2026; licence not stated. http://localhost/?selected=cecep-catl-energy-storage-agreement (accessed 15 Jan 2027).',
    );
  });

  it('cites in Chinese: partners, the title in 《》, the date in Chinese', () => {
    const text = citeInitiative(zh, data, initiative('cecep-catl-energy-storage-agreement'), link, today);
    expect(text).toMatch(/^中国节能环保集团有限公司和宁德时代新能源科技股份有限公司：《中国节能与宁德时代储能领域战略合作协议》，2025年2月25日（推断）。载于：中国减碳合作举措（精选数据集）［数据集］。/);
    expect(text).toMatch(/。网址：http:\/\/localhost\/\?selected=cecep-catl-energy-storage-agreement（访问日期：2027年1月15日）。$/);
  });

  it('gives a date at its precision, and says when it is unknown', () => {
    const record = initiative('cecep-catl-energy-storage-agreement');
    expect(citeInitiative(en, data, { ...record, date: { value: '2025-02', precision: 'month', basis: 'stated' } }, link, today)).toContain('”, Feb 2025. In:');
    expect(citeInitiative(en, data, { ...record, date: { value: null, precision: 'unknown', basis: 'stated' } }, link, today)).toContain('”, date unknown. In:');
  });
});

describe(viewLink, () => {
  it('is the address of the view without a fragment', () => {
    expect(viewLink('http://localhost/?q=catl#results')).toBe('http://localhost/?q=catl');
  });
});
