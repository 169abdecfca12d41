import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels, type LabelBox } from '../../../src/views/map/map-label-layout';

const box = (id: string, priority: number, left: number, top: number, extra: Partial<LabelBox> = {}): LabelBox => ({ id, priority, left, top, width: 40, height: 10, ...extra });

describe(placeLabels, () => {
  it('shows the higher priority label when two overlap', () => {
    const shown = placeLabels([box('low', 1, 0, 0), box('high', 5, 10, 2), box('apart', 0, 200, 0)]);
    expect([...shown.keys()].sort()).toEqual(['apart', 'high']);
  });

  it('moves a label to its next position when the first is taken', () => {
    const shown = placeLabels([box('a', 5, 0, 0), box('b', 1, 10, 0, { alternatives: [{ left: 10, top: 30 }] })]);
    expect(shown.get('b')).toMatchObject({ left: 10, top: 30 });
  });

  it('hides a label over another marker, not over its own', () => {
    const circles = [
      { id: 'own', left: -5, top: -5, width: 10, height: 10 },
      { id: 'other', left: 100, top: 0, width: 10, height: 10 },
    ];
    const shown = placeLabels([box('own', 1, 0, 0), box('x', 1, 90, 0)], circles);
    expect([...shown.keys()]).toEqual(['own']);
  });

  it('places a forced label before any other, at a free position if it has one, over a marker only if it must', () => {
    const circle = [{ id: 'c', left: 0, top: 0, width: 40, height: 10 }];
    const shown = placeLabels([box('big', 1e9, 0, 20), box('taiwan', 0, 0, 0, { force: true, alternatives: [{ left: 0, top: 20 }] })], circle);
    // Its first position is under a circle; its second is free: it takes it, and the big label gives way.
    expect(shown.get('taiwan')).toMatchObject({ top: 20 });
    expect(shown.has('big')).toBe(false);
    const cornered = placeLabels([box('hk', 0, 0, 0, { force: true })], circle);
    expect(cornered.get('hk')).toMatchObject({ left: 0, top: 0 });
  });
});

describe('placeLabels in a frame', () => {
  const frame = { left: 0, top: 0, right: 100, bottom: 50 };

  it('hides a name the frame would cut, or moves it to a position inside', () => {
    const shown = placeLabels([box('cut', 5, -10, 0), box('moves', 5, 80, 0, { alternatives: [{ left: 50, top: 30 }] }), box('inside', 1, 5, 5)], [], 2, frame);
    expect(shown.has('cut')).toBe(false);
    expect(shown.get('moves')).toMatchObject({ left: 50, top: 30 });
    expect(shown.get('inside')).toMatchObject({ left: 5, top: 5 });
  });

  it('still shows a forced name, moved in from the edge rather than cut', () => {
    const shown = placeLabels([box('hk', 0, 90, 0, { force: true }), box('taiwan', 0, 30, 45, { force: true })], [], 2, frame);
    // 40 x 10 boxes: moved left to end at the right edge, and up to end at the bottom.
    expect(shown.get('hk')).toMatchObject({ left: 60, top: 0 });
    expect(shown.get('taiwan')).toMatchObject({ left: 30, top: 40 });
  });
});

describe(estimateTextWidth, () => {
  it('counts Chinese characters as square and Latin ones narrower', () => {
    expect(estimateTextWidth('苏州', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeLessThan(20);
  });

  it('measures Chinese labels as drawn: full-width punctuation, letter spacing', () => {
    expect(estimateTextWidth('苏州市（江苏省）', 10)).toBe(80);
    // map.css draws province names with 0.08em letter spacing.
    expect(estimateTextWidth('新疆维吾尔自治区', 16, 0.08)).toBe(Math.ceil(8 * 1.08 * 16));
    expect(estimateTextWidth('1项全省举措 · 推断', 12)).toBeGreaterThan(estimateTextWidth('1项全省举措', 12) + 2 * 12);
  });

  it('counts spaces and dots narrower than letters', () => {
    expect(estimateTextWidth('a b', 10)).toBeLessThan(estimateTextWidth('abc', 10));
  });
});
