import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/model/dataset-index';
import { toExportRow } from '../../../src/views/export/export-rows';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const index = buildDatasetIndex(dataset);
const row = (id: string) => toExportRow(index.byId.get(id)!, dataset);

describe(toExportRow, () => {
  it('flattens an initiative to one readable cell per field', () => {
    expect(row('danfoss-wuxing-zero-carbon-agreement')).toMatchObject({
      id: 'danfoss-wuxing-zero-carbon-agreement',
      date: '2020-11-30',
      date_precision: 'day',
      date_basis: 'stated',
      date_reason: '',
      status: 'Agreed',
      partners: 'Wuxing District, Huzhou (District Party Committee); Danfoss; CICPMC',
      partner_ids: 'wuxing-district-huzhou; danfoss; cicpmc',
      provinces: 'Zhejiang',
      sectors: 'City carbon goals; Green cold chain; Data centres; Energy recovery; Renewable energy',
      source_titles: 'Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss',
      source_files: 'data/sources/danfoss-wuxing-visit.en.txt',
    });
    expect(row('danfoss-wuxing-zero-carbon-agreement').partner_kinds.split('; ').sort()).toEqual(['Association', 'District government', 'Multinational company']);
  });

  it('keeps an unknown date empty with its reason, and an inferred one with its basis', () => {
    expect(row('schneider-electric-suzhou-parks-mou')).toMatchObject({ date: '', date_precision: 'unknown', date_reason: 'The article says only "Recently" and carries no date.' });
    expect(row('cecep-catl-energy-storage-agreement')).toMatchObject({ date: '2025-02-25', date_basis: 'inferred' });
    expect(row('siemens-china-zero-carbon-pioneer-program')).toMatchObject({ date: '2021-09', date_precision: 'month', provinces: '' });
  });

  it('names an untitled source by its publisher', () => {
    expect(row('cecep-catl-energy-storage-agreement').source_titles).toBe('Gasgoo');
  });
});
