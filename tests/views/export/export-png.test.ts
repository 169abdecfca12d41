import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/views/export/export-png';

describe(wrapText, () => {
  const measure = (s: string) => s.length;
  it('breaks between words so no line is wider than asked', () => {
    expect(wrapText('Filters: Sector: Energy storage · Partner: CATL', 20, measure)).toEqual(['Filters: Sector:', 'Energy storage ·', 'Partner: CATL']);
  });
  it('gives a word longer than the width a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 6, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('breaks Chinese, which has no spaces, between characters', () => {
    expect(wrapText('筛选条件：领域：储能；合作方：宁德时代', 8, measure)).toEqual(['筛选条件：领域：', '储能；合作方：宁', '德时代']);
    expect(wrapText('显示2项举措，共6项', 5, measure)).toEqual(['显示2项举', '措，共6项']);
  });
  it('never starts a line with a closing mark', () => {
    expect(wrapText('来源：中国减碳合作举措。导出', 4, measure)).toEqual(['来源：中', '国减碳合', '作举措。', '导出']);
  });
  it('keeps Latin words whole inside Chinese text', () => {
    expect(wrapText('导出时间：2025年6月1日 14:03。', 6, measure)).toEqual(['导出时间：', '2025年6', '月1日', '14:03。']);
  });
});
