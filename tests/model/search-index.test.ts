import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normaliseText, tokenise } from '../../src/model/search-index';
import { realDataset } from '../real-dataset';

const search = buildSearchIndex(realDataset());
const find = (q: string) => [...(search.match(q) ?? [])].sort();

describe(buildSearchIndex, () => {
  it('finds an organisation by alias and by full name', () => {
    expect(find('CECEP')).toEqual(['cecep-catl-energy-storage-agreement']);
    expect(find('conservation and environmental protection group')).toEqual(['cecep-catl-energy-storage-agreement']);
  });

  it('finds places in English and Chinese', () => {
    expect(find('huzhou')).toEqual(['danfoss-wuxing-zero-carbon-agreement']);
    expect(find('湖州')).toEqual(['danfoss-wuxing-zero-carbon-agreement']);
    expect(find('辽宁')).toEqual(['catl-liaoning-fangda-zero-carbon-cluster']);
  });

  it('finds people, ignoring case and diacritics', () => {
    expect(find('PRAFULL')).toEqual(['schneider-electric-suzhou-parks-mou']);
    expect(find('Dánfoss')).toEqual(['danfoss-wuxing-zero-carbon-agreement']);
  });

  it('matches word prefixes and needs every word', () => {
    expect(find('zib')).toEqual(['energy-chain-zibo-cqc-double-carbon-agreement']);
    expect(find('siemens zibo')).toEqual([]);
    expect(search.match('   ')).toBeNull();
  });
});

describe(tokenise, () => {
  it('splits Chinese into characters and Latin into words', () => {
    expect(tokenise('苏州市 Suzhou-Park')).toEqual(['苏', '州', '市', 'Suzhou', 'Park']);
    expect(normaliseText('Zürich')).toBe('zurich');
  });
});
