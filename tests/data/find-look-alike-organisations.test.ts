import { describe, expect, it } from 'vitest';
import { comparableName } from '../../src/data/find-look-alike-organisations';

describe(comparableName, () => {
  it('reads Latin names case, punctuation and legal form aside', () => {
    expect(comparableName('Example Energy Co., Ltd.')).toBe('example energy');
    expect(comparableName('The  EXAMPLE-Energy Group')).toBe('example energy');
    expect(comparableName('Siemens China')).toBe('siemens china');
  });

  it('reads Chinese names without 有限公司, 集团 and the like at the end', () => {
    expect(comparableName('宁德时代新能源科技股份有限公司')).toBe('宁德时代新能源科技');
    expect(comparableName('中国节能环保集团有限公司')).toBe('中国节能环保');
    expect(comparableName('西门子（中国）有限公司')).toBe('西门子中国');
    // 集团 inside the name stays: only the legal form at the end goes.
    expect(comparableName('辽宁方大集团实业有限公司')).toBe('辽宁方大集团实业');
  });
});
