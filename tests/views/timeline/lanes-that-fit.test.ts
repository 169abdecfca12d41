import { describe, expect, it } from 'vitest';
import { lanesThatFit } from '../../../src/views/timeline/lanes-that-fit';
import { stackLanes } from '../../../src/views/timeline/timeline-marks';

const lane = (key: string) => ({ key, label: key, colour: '#000' });
const layouts = stackLanes(['a', 'b', 'c', 'd', 'e'].map(lane), 20);
const counts = new Map([
  ['a', 5],
  ['b', 50],
  ['c', 1],
  ['d', 30],
  ['e', 30],
]);
const keys = (lanes: ReturnType<typeof lanesThatFit>) => lanes.map((l) => l.key);

describe(lanesThatFit, () => {
  it('keeps every lane when they fit, or when there is no height to fit', () => {
    expect(keys(lanesThatFit(layouts, counts, 100, new Set()))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(keys(lanesThatFit(layouts, counts, 0, new Set()))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the fullest lanes that fit, in their own order (ties in their order)', () => {
    expect(keys(lanesThatFit(layouts, counts, 60, new Set()))).toEqual(['b', 'd', 'e']);
    expect(keys(lanesThatFit(layouts, counts, 59, new Set()))).toEqual(['b', 'd']);
  });

  it("keeps the selected initiative's lanes first", () => {
    expect(keys(lanesThatFit(layouts, counts, 40, new Set(['c'])))).toEqual(['b', 'c']);
  });

  it('fills the room with smaller lanes after a tall one that does not fit', () => {
    const mixed = [
      { lane: lane('tall'), y: 0, height: 50, tracks: 3 },
      { lane: lane('small'), y: 50, height: 20, tracks: 1 },
      { lane: lane('full'), y: 70, height: 20, tracks: 1 },
    ];
    const many = new Map([
      ['tall', 40],
      ['small', 1],
      ['full', 60],
    ]);
    expect(keys(lanesThatFit(mixed, many, 45, new Set()))).toEqual(['small', 'full']);
  });
});
