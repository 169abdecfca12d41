import { describe, expect, it } from 'vitest';
import { createRowSorter } from '../../src/derive/order-rows';
import { orderValue } from '../../src/derive/order-values';
import { createFormatter } from '../../src/i18n/format';
import { i18n, loadLocale } from '../../src/i18n/i18n';
import { buildDatasetIndex } from '../../src/model/dataset-index';
import { realDataset } from '../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const english = createFormatter('en', i18n.getFixedT('en'));
const ids = (rows: readonly { initiative: { id: string } }[]) => rows.map((r) => r.initiative.id);

describe(createRowSorter, () => {
  it('puts the newest first by default and the undated last, in either direction', () => {
    const sort = createRowSorter(index);
    const value = orderValue('date', dataset, english);
    const newest = sort(index.rows, { key: 'date', dir: 'desc' }, value, 'en').rows;
    const oldest = sort(index.rows, { key: 'date', dir: 'asc' }, value, 'en').rows;
    const dated = (rows: typeof newest) => rows.filter((r) => r.start !== null).map((r) => r.start!);
    expect(dated(newest)).toEqual([...dated(newest)].sort((a, b) => b - a));
    expect(dated(oldest)).toEqual([...dated(newest)].reverse());
    for (const rows of [newest, oldest]) expect(rows.at(-1)!.start).toBeNull();
  });

  it('orders titles by the display language\'s collation, and says where each row is', () => {
    const sort = createRowSorter(index);
    const ordered = sort(index.rows, { key: 'title', dir: 'asc' }, orderValue('title', dataset, english), 'en');
    const titles = ordered.rows.map((r) => r.initiative.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('en').compare));
    ordered.rows.forEach((row, i) => expect(ordered.positionOf(row.initiative.id)).toBe(i));
    expect(ordered.positionOf('not-there')).toBe(-1);
  });

  it('sorts Chinese titles in Chinese collation order', async () => {
    await loadLocale('zh');
    const chinese = createFormatter('zh', i18n.getFixedT('zh'));
    const sort = createRowSorter(index);
    const rows = sort(index.rows, { key: 'title', dir: 'asc' }, orderValue('title', dataset, chinese), 'zh').rows;
    const titles = rows.map((r) => orderValue('title', dataset, chinese)(r) as string);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh').compare));
  });

  it('sorts a filtered subset, keeps ties in the dataset\'s order, and gives the same result for the same input', () => {
    const sort = createRowSorter(index);
    const subset = index.rows.filter((_, i) => i % 2 === 0);
    const value = orderValue('status', dataset, english);
    const first = sort(subset, { key: 'status', dir: 'desc' }, value, 'en');
    expect(sort(subset, { key: 'status', dir: 'desc' }, value, 'en')).toBe(first);
    expect(new Set(ids(first.rows))).toEqual(new Set(ids(subset)));
    const steps = first.rows.map((r) => value(r) as number);
    expect(steps).toEqual([...steps].sort((a, b) => b - a));
    for (let i = 1; i < first.rows.length; i++) {
      if (steps[i] === steps[i - 1]) expect(index.rows.indexOf(first.rows[i]!)).toBeGreaterThan(index.rows.indexOf(first.rows[i - 1]!));
    }
  });
});

describe('createRowSorter().prepare', () => {
  it('ranks a key\'s words ahead, and the sort then gives the same order', async () => {
    const value = orderValue('title', dataset, english);
    const cold = createRowSorter(index)(index.rows, { key: 'title', dir: 'desc' }, value, 'en');
    const sorter = createRowSorter(index);
    await sorter.prepare('title', value, 'en');
    expect(ids(sorter(index.rows, { key: 'title', dir: 'desc' }, value, 'en').rows)).toEqual(ids(cold.rows));
    // Numbers need no preparing.
    await expect(sorter.prepare('date', orderValue('date', dataset, english), 'en')).resolves.toBeUndefined();
  });
});
