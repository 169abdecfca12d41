import { describe, expect, it } from 'vitest';
import { parseIsoDay, toDayNumber } from '../../../src/model/fuzzy-date';
import { allLanes } from '../../../src/views/timeline/timeline-lanes';
import { countMarks, layoutMarks, markCentreY } from '../../../src/views/timeline/timeline-marks';
import { SCREEN_SIZES, timelineSizes } from '../../../src/views/timeline/timeline-sizes';
import { dayToX, timeDomainOf, type TimeScale } from '../../../src/views/timeline/time-scale';
import { realDataset } from '../../real-dataset';
import { curated, english, row } from './fixtures';

const scale: TimeScale = { domain: { start: toDayNumber(2020, 1, 1), end: toDayNumber(2022, 12, 31) }, x0: 100, x1: 1200 };
const lanes = allLanes('sector', realDataset(), english);

describe(layoutMarks, () => {
  it('draws a day as a point, a month or a year as a span across it, and marks inferred dates', () => {
    const rows = [
      row('day', { value: '2021-03-05', precision: 'day', basis: 'stated' }),
      row('month', { value: '2021-06', precision: 'month', basis: 'inferred', reason: 'r' }),
      row('year', { value: '2022', precision: 'year', basis: 'stated' }),
    ];
    const { marks } = layoutMarks(rows, lanes, 'sector', scale);
    const [day, month, year] = marks;
    expect(day).toMatchObject({ shape: 'point', inferred: false });
    expect(day!.x1 - day!.x0).toBeCloseTo(2 * SCREEN_SIZES.pointRadius);
    expect((day!.x0 + day!.x1) / 2).toBeCloseTo(dayToX(scale, parseIsoDay('2021-03-05')! + 0.5));
    expect(month).toMatchObject({ shape: 'span', inferred: true });
    expect(month!.x0).toBeCloseTo(dayToX(scale, parseIsoDay('2021-06-01')!));
    expect(month!.x1).toBeCloseTo(dayToX(scale, parseIsoDay('2021-07-01')!));
    expect(year!.x0).toBeCloseTo(dayToX(scale, parseIsoDay('2022-01-01')!));
    expect(year!.x1).toBeCloseTo(dayToX(scale, parseIsoDay('2023-01-01')!));
  });

  it('puts an initiative in each of its sector lanes and leaves undated ones out', () => {
    const domainScale: TimeScale = { domain: timeDomainOf(curated.rows)!, x0: 200, x1: 900 };
    const { marks } = layoutMarks(curated.rows, lanes, 'sector', domainScale);
    const danfoss = marks.filter((m) => m.row.initiative.id === 'danfoss-wuxing-zero-carbon-agreement').map((m) => m.laneKey);
    expect(danfoss.sort()).toEqual(['city-decarbonisation', 'cold-chain', 'data-centres', 'energy-recovery', 'renewable-energy']);
    expect(marks.some((m) => m.row.initiative.id === 'schneider-electric-suzhou-parks-mou')).toBe(false);
    expect(marks).toHaveLength(countMarks(curated.rows, 'sector'));
    // Time order, for the keyboard.
    const starts = marks.map((m) => m.row.start!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('stacks marks that would overlap into tracks, and makes the lane taller', () => {
    const domainScale: TimeScale = { domain: timeDomainOf(curated.rows)!, x0: 200, x1: 900 };
    const layout = layoutMarks(curated.rows, lanes, 'sector', domainScale);
    // CECEP-CATL (Feb 25, 2025) and CATL-Fangda (Feb 20, 2025) are both energy storage, five days apart.
    const storage = layout.lanes.find((l) => l.lane.key === 'energy-storage')!;
    const single = layout.lanes.find((l) => l.lane.key === 'new-energy-materials')!;
    expect(storage.tracks).toBe(2);
    expect(storage.height).toBeGreaterThan(single.height);
    const tracks = layout.marks.filter((m) => m.laneKey === 'energy-storage').map((m) => m.track);
    expect(tracks.sort()).toEqual([0, 1]);
    expect(layout.height).toBe(layout.lanes.reduce((sum, l) => sum + l.height, 0));
  });

  it('scales points, tracks and lanes with the projector factor, keeping the marks in time order', () => {
    const domainScale: TimeScale = { domain: timeDomainOf(curated.rows)!, x0: 200, x1: 900 };
    const screen = layoutMarks(curated.rows, lanes, 'sector', domainScale);
    const projector = layoutMarks(curated.rows, lanes, 'sector', domainScale, timelineSizes(1.5));
    expect(projector.height).toBeCloseTo(screen.height * 1.5);
    const day = projector.marks.find((m) => m.shape === 'point')!;
    expect(day.x1 - day.x0).toBeCloseTo(2 * SCREEN_SIZES.pointRadius * 1.5);
    const storage = projector.lanes.find((l) => l.lane.key === 'energy-storage')!;
    expect(markCentreY(storage, 1, timelineSizes(1.5))).toBeCloseTo(1.5 * markCentreY(screen.lanes.find((l) => l.lane.key === 'energy-storage')!, 1));
    expect(projector.marks.map((m) => m.key)).toEqual(screen.marks.map((m) => m.key));
  });
});
