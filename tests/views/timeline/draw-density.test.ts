import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/model/fuzzy-date';
import { columnAt, columnCounts, columnMax, monthsPerColumnFor } from '../../../src/views/timeline/draw-density';
import { binByLaneMonth } from '../../../src/views/timeline/timeline-bins';
import { allLanes } from '../../../src/views/timeline/timeline-lanes';
import { stackLanes } from '../../../src/views/timeline/timeline-marks';
import { dayToX, type TimeScale } from '../../../src/views/timeline/time-scale';
import { realDataset } from '../../real-dataset';
import { english, row } from './fixtures';

const domain = { start: toDayNumber(2000, 1, 1), end: toDayNumber(2030, 12, 31) };
const rows = [
  row('a', { value: '2010-02-03', precision: 'day', basis: 'stated' }),
  row('b', { value: '2010-03', precision: 'month', basis: 'inferred', reason: 'r' }),
  row('c', { value: '2010', precision: 'year', basis: 'stated' }),
];
const bins = binByLaneMonth(rows, 'sector', domain);

describe(monthsPerColumnFor, () => {
  it('merges months into quarters or years when a month would be thinner than a few pixels', () => {
    expect(monthsPerColumnFor({ domain, x0: 0, x1: 3000 }, bins)).toBe(1);
    expect(monthsPerColumnFor({ domain, x0: 0, x1: 680 }, bins)).toBe(3);
    expect(monthsPerColumnFor({ domain, x0: 0, x1: 120 }, bins)).toBe(12);
  });
});

describe(columnCounts, () => {
  const lane = bins.lanes.get('energy-storage')!;
  const q1of2010 = 10 * 12;

  it('sums a column of months, spreading year-only dates a twelfth per month', () => {
    expect(columnCounts(lane, q1of2010, 3, Infinity)).toEqual({ stated: 1, inferred: 1, yearOnly: 3 / 12 });
    expect(columnMax(bins, 3)).toBeCloseTo(2.25);
    expect(columnMax(bins, 12)).toBeCloseTo(3);
  });

  it('stops at the playhead month inside a column', () => {
    expect(columnCounts(lane, q1of2010, 3, q1of2010 + 1)).toEqual({ stated: 1, inferred: 0, yearOnly: 2 / 12 });
  });
});

describe(columnAt, () => {
  it('finds the lane and the first month of the column under the pointer', () => {
    const scale: TimeScale = { domain, x0: 200, x1: 880 };
    const lanes = stackLanes(allLanes('sector', realDataset(), english), 28);
    const frame = { bins, lanes, scale, top: 20, monthsPerColumn: 3 };
    const x = dayToX(scale, toDayNumber(2010, 3, 15));
    const hit = columnAt(frame, x, 20 + 28 * 5 + 10)!;
    expect(hit.layout.lane.key).toBe(lanes[5]!.lane.key);
    expect(hit.month).toBe(2010 * 12);
    expect(columnAt(frame, 100, 40)).toBeNull();
    expect(columnAt(frame, x, 5)).toBeNull();
  });
});
