import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/fuzzy-date';
import { binByLaneMonth, countByLaneYear } from '../../../src/views/timeline/timeline-bins';
import { timeDomainOf } from '../../../src/views/timeline/time-scale';
import { curated, row } from './fixtures';

const domain = { start: toDayNumber(2020, 1, 1), end: toDayNumber(2022, 12, 31) };
const rows = [
  row('day', { value: '2021-03-05', precision: 'day', basis: 'stated' }, ['energy-storage', 'digitalisation']),
  row('month', { value: '2021-03', precision: 'month', basis: 'inferred', reason: 'r' }),
  row('year', { value: '2021', precision: 'year', basis: 'stated' }),
  row('undated', { value: null, precision: 'unknown', basis: 'stated' }),
];

describe(binByLaneMonth, () => {
  const bins = binByLaneMonth(rows, 'sector', domain);
  const march2021 = 14; // months from Jan 2020

  it('counts each lane by the month a day or month date starts in, stated and inferred apart', () => {
    expect(bins.months).toBe(36);
    const storage = bins.lanes.get('energy-storage')!;
    expect(storage.stated[march2021]).toBe(1);
    expect(storage.inferred[march2021]).toBe(1);
    expect(storage.stated.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('keeps year-only dates by year, and counts an initiative in each of its sectors', () => {
    expect([...bins.lanes.get('energy-storage')!.yearOnly]).toEqual([0, 1, 0]);
    expect(bins.lanes.get('digitalisation')!.stated[march2021]).toBe(1);
    expect(bins.lanes.has('renewable-energy')).toBe(false);
  });

  it('leaves undated initiatives out of the bins', () => {
    const total = [...bins.lanes.values()].reduce((sum, lane) => sum + lane.stated.reduce((a, b) => a + b, 0) + lane.inferred.reduce((a, b) => a + b, 0) + lane.yearOnly.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(4); // day (two sectors) + month + year
  });
});

describe(countByLaneYear, () => {
  it('gives dated initiatives per lane and year, cut at the playhead month', () => {
    const bins = binByLaneMonth(curated.rows, 'sector', timeDomainOf(curated.rows)!);
    const all = countByLaneYear(bins, null);
    expect(all.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(all.counts.get('energy-storage')).toEqual([0, 0, 0, 0, 0, 2]);
    expect(all.counts.get('digitalisation')).toEqual([0, 2, 0, 0, 0, 0]);
    const upToAug2021 = countByLaneYear(bins, 2021 * 12 + 7);
    expect(upToAug2021.counts.get('digitalisation')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(upToAug2021.counts.get('city-decarbonisation')).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('counts a year-only date once its January is shown', () => {
    const bins = binByLaneMonth(rows, 'sector', domain);
    expect(countByLaneYear(bins, 2020 * 12 + 11).counts.get('energy-storage')).toEqual([0, 0, 0]);
    expect(countByLaneYear(bins, 2021 * 12).counts.get('energy-storage')).toEqual([0, 1, 0]);
    expect(countByLaneYear(bins, null).counts.get('energy-storage')).toEqual([0, 3, 0]);
  });
});
