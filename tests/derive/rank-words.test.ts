import { describe, expect, it } from 'vitest';
import { rankWords } from '../../src/derive/rank-words';

describe(rankWords, () => {
  it('ranks words in the language\'s collation, equal words alike, no word as NaN', () => {
    const ranks = rankWords(['beta', null, 'Alpha', 'beta', '', 'alpha'], 'en');
    expect(ranks[1]).toBeNaN();
    expect(ranks[4]).toBeNaN();
    expect(ranks[0]).toBe(ranks[3]);
    expect(ranks[5]!).toBeLessThan(ranks[2]!);
    expect(ranks[2]!).toBeLessThan(ranks[0]!);
  });

  it('ranks Chinese by its collation (pinyin): 北京 before 上海 before 浙江', () => {
    const ranks = rankWords(['浙江', '上海', '北京'], 'zh');
    expect([...ranks]).toEqual([2, 1, 0]);
  });
});
