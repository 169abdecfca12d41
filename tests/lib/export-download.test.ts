import { describe, expect, it } from 'vitest';
import { toExportCredit, toFiltersLine } from '../../src/views/export/export-caption';
import { exportFileName } from '../../src/lib/export-download';

describe(exportFileName, () => {
  it('makes a safe name from a title and the local date', () => {
    expect(exportFileName('chart-Initiatives by sector', 'png', new Date(2025, 5, 1, 23, 59))).toBe('chart-initiatives-by-sector-2025-06-01.png');
    expect(exportFileName('—', 'csv', new Date(2025, 0, 9))).toBe('export-2025-01-09.csv');
  });
});

describe(toExportCredit, () => {
  const manifest = { title: 'Carbon initiatives', synthetic: false, files: { initiatives: 'i', organisations: 'o', sectors: 's', sources: 'src', gazetteer: 'g' } };
  it('names the source and the export date, and warns about synthetic data', () => {
    const at = new Date(2025, 5, 1, 14, 3);
    expect(toExportCredit(manifest, at)).toMatch(/^Source: Carbon initiatives; .* Exported 1 June 2025.* 14:03\.$/);
    expect(toExportCredit({ ...manifest, synthetic: true }, at)).toMatch(/^SYNTHETIC TEST DATA/);
  });
  it('lists the filters or says there are none', () => {
    expect(toFiltersLine([])).toBe('Filters: none (all initiatives)');
    expect(toFiltersLine(['Sector: Energy storage', 'Partner: CATL'])).toBe('Filters: Sector: Energy storage · Partner: CATL');
  });
});
