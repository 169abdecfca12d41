import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { createFormatter } from '../../../src/i18n/format';
import { i18n, showLocale } from '../../../src/i18n/i18n';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { filterOptionsFor, labelledFilterValues, matchingOptions, toFilterOptions } from '../../../src/views/filters/filter-options';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const en = createFormatter('en', i18n.getFixedT('en'));

describe(toFilterOptions, () => {
  it('lists every value of the field, counted among the context rows, by label', () => {
    const catl = applyFilters(index, toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'));
    const options = toFilterOptions(dataset, index, 'sectors', catl, en);
    expect(options).toHaveLength(new Set(index.rows.flatMap((r) => r.initiative.sectors)).size);
    expect(options.find((o) => o.value === 'energy-storage')?.count).toBe(2);
    expect(options.filter((o) => o.count > 0).every((o) => catl.some((r) => r.initiative.sectors.includes(o.value)))).toBe(true);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b)));
  });

  it('lists statuses up the ladder, not by name', () => {
    const options = toFilterOptions(dataset, index, 'statuses', index.rows, en);
    const ladder = dataset.vocabulary.statuses.ids;
    const positions = options.map((o) => ladder.indexOf(o.value));
    expect(positions.length).toBeGreaterThan(1);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('heads provincial-level units before cities, each named with its administrative term', () => {
    const options = toFilterOptions(dataset, index, 'places', index.rows, en);
    const groups = options.map((o) => o.group);
    expect(groups.indexOf('city')).toBeGreaterThan(groups.lastIndexOf('provincial'));
    const labels = options.map((o) => o.label);
    expect(labels).toContain('Jiangsu (province)');
    expect(labels).toContain('Suzhou, Jiangsu');
    expect(labels.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(false);
  });
});

describe(labelledFilterValues, () => {
  afterEach(() => showLocale('en'));

  it('labels in Chinese in pinyin order, and the find box knows both languages', async () => {
    await showLocale('zh');
    const zh = createFormatter('zh', i18n.getFixedT('zh'));
    const places = labelledFilterValues(dataset, index, 'places', zh);
    expect(places.map((p) => p.label)).toContain('江苏省');
    expect(places.map((p) => p.label)).toContain('苏州市（江苏省）');
    expect(places.find((p) => p.label === '苏州市（江苏省）')?.find).toContain('suzhou');
    const provincial = places.filter((p) => p.group === 'provincial').map((p) => p.label);
    expect(provincial).toEqual([...provincial].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const statuses = labelledFilterValues(dataset, index, 'statuses', zh).map((s) => s.label);
    expect(statuses.every((s) => /^[\u4e00-\u9fff]+$/.test(s))).toBe(true);
    // The English labels are kept apart: found once per language.
    expect(labelledFilterValues(dataset, index, 'places', en).map((p) => p.label)).toContain('Jiangsu (province)');
  });
});

describe(matchingOptions, () => {
  it('keeps the options whose names hold the text, ignoring case and spaces around it, and all for no text', () => {
    const partners = labelledFilterValues(dataset, index, 'partners', en);
    expect(matchingOptions(partners, '')).toBe(partners);
    expect(matchingOptions(partners, '  ')).toBe(partners);
    const catl = matchingOptions(partners, ' catl ');
    expect(catl.map((o) => o.value)).toEqual(['catl']);
    expect(matchingOptions(partners, 'zzzz-no-such-partner')).toEqual([]);
  });
});

describe(filterOptionsFor, () => {
  it('counts once per context rows and field, and again for other rows', () => {
    const rows = applyFilters(index, DEFAULT_FILTERS, { except: ['sectors'] });
    const first = filterOptionsFor(dataset, index, 'sectors', rows);
    expect(filterOptionsFor(dataset, index, 'sectors', rows)).toBe(first);
    expect(filterOptionsFor(dataset, index, 'statuses', rows)).not.toBe(first);
    const fewer = applyFilters(index, toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl'), { except: ['sectors'] });
    const counts = filterOptionsFor(dataset, index, 'sectors', fewer);
    expect(toFilterOptions(dataset, index, 'sectors', fewer, en).map((o) => o.count)).toEqual(
      labelledFilterValues(dataset, index, 'sectors', en).map((v) => counts.get(v.value) ?? 0),
    );
  });
});
