// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkGoals, GOALS, goalTarget, meetsGoal, ratio } from '../../scripts/bench/goals';
import { CURATED, TEN_THOUSAND, sizeResult } from './bench-fixtures';

const bundle = (kb: number) => ({ firstPaintGzip: kb * 1024 });

describe(ratio, () => {
  it('divides the app by the floor', () => {
    expect(ratio(1500, 500)).toBe(3);
  });

  it('is NaN without a floor to divide by', () => {
    expect(ratio(1500, 0)).toBeNaN();
    expect(ratio(1500, NaN)).toBeNaN();
    expect(ratio(NaN, 500)).toBeNaN();
  });
});

describe(meetsGoal, () => {
  it('passes at the bound itself, and fails past it', () => {
    expect(meetsGoal({ max: 2 }, 2)).toBe(true);
    expect(meetsGoal({ max: 2 }, 2.01)).toBe(false);
    expect(meetsGoal({ min: 50 }, 50)).toBe(true);
    expect(meetsGoal({ min: 50 }, 49.9)).toBe(false);
  });

  it('says nothing (null) of a figure that was not measured', () => {
    expect(meetsGoal({ max: 2 }, NaN)).toBeNull();
  });
});

describe(goalTarget, () => {
  it('words each kind of goal with its unit', () => {
    expect(GOALS.map(goalTarget)).toEqual(['<= 8x', '<= 2x', '<= 1.5x', '<= 2x', '<= 3x', '>= 50 fps', '<= 150 kB']);
  });
});

describe(checkGoals, () => {
  const curated = CURATED;
  const tenThousand = TEN_THOUSAND;
  const verdicts = checkGoals([curated, tenThousand], bundle(140));
  const byWhat = (what: string) => verdicts.find((v) => v.what === what)!;

  it('judges ready on the ratio of the medians: the app to the load floor', () => {
    expect(byWhat('ready / load floor, curated dataset')).toEqual({ what: 'ready / load floor, curated dataset', target: '<= 8x', app: 1500, floor: 200, value: 7.5, pass: true });
    expect(byWhat('ready / load floor, 10,000')).toMatchObject({ app: 1700, floor: 1000, value: 1.7, pass: true });
  });

  it('judges interactions on the p95 of the app against the frame floor p95', () => {
    expect(byWhat('interaction p95 / frame floor p95, 10,000')).toMatchObject({ app: 72, floor: 40, value: 1.8, pass: true });
  });

  it('fails a ratio over its goal', () => {
    const slow = sizeResult({ dataset: 'curated', count: 6, ready: [1700], loadFloor: [200] });
    expect(checkGoals([slow], bundle(140))[0]).toMatchObject({ value: 8.5, pass: false });
  });

  it('judges playback and first-paint code on the figures themselves, with no floor', () => {
    expect(byWhat('playback fps median, 10,000')).toMatchObject({ app: 52, floor: null, value: 52, pass: true });
    expect(byWhat('first-paint JS code, locale strings apart (kB gzip)')).toMatchObject({ value: 140, pass: true });
    expect(checkGoals([], bundle(151)).at(-1)).toMatchObject({ value: 151, pass: false });
  });

  it('leaves a goal unjudged when its dataset was not measured', () => {
    expect(byWhat('ready / load floor, 100,000').pass).toBeNull();
    expect(byWhat('interaction p95 / frame floor p95, 100,000').pass).toBeNull();
  });

  it('does not take a synthetic dataset for the curated one, nor the curated one for a size', () => {
    const curatedOfTenThousand = sizeResult({ dataset: 'curated', count: 10_000, ready: [1700], loadFloor: [1000] });
    const results = checkGoals([curatedOfTenThousand], bundle(140));
    expect(results[0]).toMatchObject({ app: 1700, pass: true });
    expect(results[1]!.pass).toBeNull();
  });
});
