import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset';
import { buildSearchIndex, buildSearchIndexAsync, normaliseText, tokenise } from '../../src/model/search-index';
import { realDataset } from '../real-dataset';

const search = buildSearchIndex(realDataset());
const find = (q: string) => [...(search.match(q) ?? [])].sort();

const CATL = ['catl-liaoning-fangda-zero-carbon-cluster', 'cecep-catl-energy-storage-agreement'];
const SCHNEIDER = ['schneider-electric-suzhou-parks-mou'];
const DANFOSS = ['danfoss-wuxing-zero-carbon-agreement'];

/** The curated dataset with one initiative moved to `place` (a gazetteer unit), to search by what it lies in. */
function withPlace(gazetteerId: string, name: string): Dataset {
  const dataset = realDataset();
  const [first, ...rest] = dataset.initiatives;
  const moved = { ...first!, places: [{ scope: 'city' as const, gazetteerId, name, basis: 'stated' as const }] };
  return { ...dataset, initiatives: [moved, ...rest] };
}

describe(buildSearchIndex, () => {
  it('finds an organisation by alias and by full name', () => {
    expect(find('CECEP')).toEqual(['cecep-catl-energy-storage-agreement']);
    expect(find('conservation and environmental protection group')).toEqual(['cecep-catl-energy-storage-agreement']);
    expect(find('Contemporary Amperex Technology')).toEqual(CATL);
  });

  it('finds places in English and Chinese', () => {
    expect(find('huzhou')).toEqual(DANFOSS);
    expect(find('湖州')).toEqual(DANFOSS);
    expect(find('辽宁')).toEqual(['catl-liaoning-fangda-zero-carbon-cluster']);
  });

  it('finds people, ignoring case and diacritics', () => {
    expect(find('PRAFULL')).toEqual(SCHNEIDER);
    expect(find('Dánfoss')).toEqual(DANFOSS);
  });

  it('matches word prefixes and needs every word', () => {
    expect(find('zib')).toEqual(['energy-chain-zibo-cqc-double-carbon-agreement']);
    expect(find('siemens zibo')).toEqual([]);
    expect(search.match('   ')).toBeNull();
  });
});

describe('search in Chinese', () => {
  it('finds organisations by their Chinese names and short names', () => {
    expect(find('宁德时代')).toEqual(CATL);
    expect(find('丹佛斯')).toEqual(DANFOSS);
    expect(find('西门子')).toEqual(['siemens-china-zero-carbon-pioneer-program']);
    expect(find('施耐德')).toEqual(SCHNEIDER);
  });

  it('finds sectors by their Chinese labels', () => {
    const storage = realDataset()
      .initiatives.filter((i) => i.sectors.includes('energy-storage'))
      .map((i) => i.id)
      .sort();
    expect(storage.length).toBeGreaterThan(0);
    expect(find('储能')).toEqual(storage);
  });

  it('finds places at every level: a district inside a name, a province by its Chinese name', () => {
    expect(find('吴兴')).toEqual(DANFOSS);
    expect(find('江苏省')).toEqual(SCHNEIDER);
    expect(find('江苏')).toEqual(SCHNEIDER);
  });

  it('matches a Chinese run where its characters stand together, not anywhere in the record', () => {
    // 江 and 苏 are both in the Suzhou record's Chinese (江苏省, 苏州), 苏江 is not.
    expect(find('苏江')).toEqual([]);
    // One character is a term of its own.
    expect(find('吴')).toEqual(DANFOSS);
  });

  it('mixes Chinese and English words in one query', () => {
    expect(find('CATL 储能')).toEqual(CATL);
    expect(find('宁德时代 zibo')).toEqual([]);
  });
});

describe('English alternate names from the gazetteer', () => {
  it('finds a city by its province\'s alternate names ("Jiangsu Province")', () => {
    expect(find('Jiangsu Province')).toEqual(SCHNEIDER);
  });

  it('finds a place in Xizang by "Tibet" and "Tibet Autonomous Region"', () => {
    const index = buildSearchIndex(withPlace('540100', 'Lhasa'));
    const moved = realDataset().initiatives[0]!.id;
    expect([...index.match('Tibet')!]).toEqual([moved]);
    expect([...index.match('tibet autonomous region')!]).toEqual([moved]);
    expect([...index.match('西藏')!]).toEqual([moved]);
    expect([...index.match('拉萨')!]).toEqual([moved]);
    // Not without it.
    expect(find('Tibet')).toEqual([]);
  });
});

describe('typos', () => {
  it('still find the obvious thing', () => {
    expect(find('CTAL')).toEqual(CATL);
    expect(find('schnieder')).toEqual(SCHNEIDER);
    expect(find('suzou')).toEqual(SCHNEIDER);
    expect(find('Danfos')).toEqual(DANFOSS);
    expect(find('schnieder suzou')).toEqual(SCHNEIDER);
  });

  it('say which words were mended', () => {
    expect(search.search('CTAL')!.words.map((w) => [w.how, w.corrections])).toEqual([['fuzzy', ['catl']]]);
  });

  it('never bring fuzzy matches to a word that matches as typed', () => {
    for (const word of ['catl', 'suzhou', 'schneider', 'zibo']) {
      const outcome = search.search(word)!;
      expect(outcome.words[0]!.how, word).toBe('prefix');
      expect(outcome.words[0]!.corrections, word).toEqual([]);
    }
    expect(find('catl')).toEqual(CATL);
  });

  it('do not make unrelated words match', () => {
    for (const word of ['banana', 'hydrogen', 'volcano', 'wind', 'Tokyo', 'nuclear', 'xyz', 'coal', '2019', '北京', '香蕉', '火山']) {
      expect(find(word), word).toEqual([]);
    }
  });

  it('leave short words and numbers exact', () => {
    expect(find('cta')).toEqual([]);
    expect(search.search('2021')!.words[0]!.how).not.toBe('fuzzy');
  });
});

describe('did you mean', () => {
  it('offers the nearest query that matches when nothing does', () => {
    expect(search.suggest('宁德时大')).toBe('宁德时代');
    expect(search.suggest('西门字')).toBe('西门子');
    expect(search.suggest('schnie')).toBe('Schneider');
    expect(search.suggest('schnie elektr')).toBe('Schneider Electric');
    expect(find(search.suggest('schnie elektr')!)).toEqual(SCHNEIDER);
  });

  it('keeps the words that match and mends the others', () => {
    expect(search.suggest('danfoss 吴心')).toMatch(/^danfoss 吴兴/);
  });

  it('offers nothing when the query matches, when no word is near, or when every word matches but not together', () => {
    expect(search.suggest('CATL')).toBeNull();
    expect(search.suggest('CTAL')).toBeNull();
    expect(search.suggest('banana')).toBeNull();
    expect(search.suggest('qqqxz')).toBeNull();
    expect(search.suggest('siemens zibo')).toBeNull();
    expect(search.suggest('')).toBeNull();
  });
});

describe(buildSearchIndexAsync, () => {
  it('builds the same index in slices', async () => {
    const index = await buildSearchIndexAsync(realDataset(), { sliceMs: 0 });
    for (const q of ['宁德时代', 'CTAL', 'Jiangsu Province', 'zib']) expect([...index.match(q)!].sort()).toEqual(find(q));
  });
});

describe(tokenise, () => {
  it('cuts Chinese into characters and neighbouring pairs, and Latin into words', () => {
    expect(tokenise('苏州市 Suzhou-Park')).toEqual(['苏', '州', '苏州', '市', '州市', 'suzhou', 'park']);
    expect(tokenise('合作（第1项）：ＣＡＴＬ')).toEqual(['合', '作', '合作', '第', '1', '项', 'catl']);
    expect(normaliseText('Zürich')).toBe('zurich');
  });
});

describe('did you mean, for short English words', () => {
  it('does not offer a word that only changes a letter of a short one ("Hong Kong" is not "Song Song")', () => {
    expect(search.suggest('Hong Kong')).toBeNull();
    expect(search.suggest('suzou')).toBeNull(); // it matches by itself (fuzzy): no suggestion needed
  });
});
