import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleFilterValue } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { toJsonExport, toJsonText } from '../../../src/views/export/export-json';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);

describe(toJsonExport, () => {
  it('holds the filtered initiatives as stored, with the organisations, sectors and sources they name', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'sectors', 'energy-storage');
    const data = toJsonExport(applyFilters(index, filters), dataset, filters, ['Sector: Energy storage'], new Date('2025-06-01T10:00:00Z'), 'en');
    const back = JSON.parse(toJsonText(data)) as typeof data;
    expect(back.count).toBe(2);
    expect(back.initiatives.map((i) => i.id).sort()).toEqual(['catl-liaoning-fangda-zero-carbon-cluster', 'cecep-catl-energy-storage-agreement']);
    expect(back.initiatives[0]).toEqual(dataset.initiatives.find((i) => i.id === back.initiatives[0]!.id));
    expect(back.organisations.map((o) => o.id).sort()).toEqual(['catl', 'cecep', 'liaoning-fangda-group']);
    expect(back.sectors.map((s) => s.id)).toContain('energy-storage');
    expect(back.sources.map((s) => s.id)).toEqual(['gasgoo-catl-cecep-fangda']);
    expect(back).toMatchObject({ exportedAt: '2025-06-01T10:00:00.000Z', language: 'en', filterLabels: ['Sector: Energy storage'], dataset: { synthetic: false } });
    expect(back.filters.sectors).toEqual(['energy-storage']);
  });

  it('keeps ids and data as they are in a Chinese export: only the filter labels are in Chinese', () => {
    const filters = toggleFilterValue(DEFAULT_FILTERS, 'partners', 'catl');
    const rows = applyFilters(index, filters);
    const english = toJsonExport(rows, dataset, filters, ['Partner: CATL'], new Date('2025-06-01T10:00:00Z'), 'en');
    const chinese = toJsonExport(rows, dataset, filters, ['合作方：宁德时代'], new Date('2025-06-01T10:00:00Z'), 'zh');
    expect(chinese.language).toBe('zh');
    expect(chinese.filterLabels).toEqual(['合作方：宁德时代']);
    expect({ ...chinese, language: 'en', filterLabels: english.filterLabels }).toEqual(english);
  });
});
