import { beforeAll, describe, expect, it } from 'vitest';
import { ORDER_KEYS } from '../../../src/derive/row-order';
import { createFormatter, type Formatter } from '../../../src/i18n/format';
import { i18n, loadLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { canHideColumn, cellText, clampColumnSize, COLUMN_SIZES, TABLE_COLUMNS } from '../../../src/views/table/table-columns';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const en = createFormatter('en', i18n.getFixedT('en'));
const danfoss = index.byId.get('danfoss-wuxing-zero-carbon-agreement')!;
let zh: Formatter;
beforeAll(async () => {
  await loadLocale('zh');
  zh = createFormatter('zh', i18n.getFixedT('zh'));
});

describe('TABLE_COLUMNS', () => {
  it('has one column for every order key, title first', () => {
    expect([...TABLE_COLUMNS].sort()).toEqual([...ORDER_KEYS].sort());
    expect(TABLE_COLUMNS[0]).toBe('title');
    for (const key of TABLE_COLUMNS) expect(COLUMN_SIZES[key].min).toBeLessThanOrEqual(COLUMN_SIZES[key].size);
  });

  it('lets every column but the title be hidden', () => {
    expect(TABLE_COLUMNS.filter((key) => !canHideColumn(key))).toEqual(['title']);
  });
});

describe(clampColumnSize, () => {
  it('keeps a width within the column bounds, in whole pixels', () => {
    expect(clampColumnSize('date', 10)).toBe(COLUMN_SIZES.date.min);
    expect(clampColumnSize('date', 10_000)).toBe(COLUMN_SIZES.date.max);
    expect(clampColumnSize('date', 150.6)).toBe(151);
  });
});

describe(cellText, () => {
  const text = (key: (typeof TABLE_COLUMNS)[number], format: Formatter) => cellText(key, dataset, format)(danfoss);

  it('reads each column in English as the list and details say it', () => {
    expect(text('title', en)).toBe(danfoss.initiative.title);
    expect(text('date', en)).toBe('30 Nov 2020');
    expect(text('status', en)).toBe('Agreed');
    expect(text('instrument', en)).toBe('Agreement reached on a visit');
    expect(text('places', en)).toBe('Wuxing District, Huzhou, Zhejiang');
    expect(text('partners', en)).toBe('Wuxing District, Huzhou (District Party Committee), Danfoss, CICPMC');
    expect(text('sectors', en).split(', ').length).toBe(danfoss.initiative.sectors.length);
  });

  it('reads each column in Chinese with Chinese separators and labels', () => {
    expect(text('date', zh)).toBe('2020年11月30日');
    expect(text('status', zh)).toBe('已达成');
    expect(text('places', zh)).toBe('浙江省湖州市吴兴区');
    expect(text('partners', zh)).toBe('吴兴区、丹佛斯、跨促会');
    expect(text('sectors', zh)).not.toMatch(/[A-Za-z]/);
  });

  it('says the date is unknown when the data has none, and shows an unknown partner by its id', () => {
    const undated = index.rows.find((row) => row.start === null)!;
    expect(cellText('date', dataset, en)(undated)).toBe('date unknown');
    const stranger = { ...danfoss, initiative: { ...danfoss.initiative, parties: [{ ...danfoss.initiative.parties[0]!, organisation: 'not-in-the-dataset' }] } };
    expect(cellText('partners', dataset, en)(stranger)).toBe('not-in-the-dataset');
  });
});
