// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetLabel, formatFloorTable, formatGoalVerdict, formatLoadTable } from '../../scripts/bench/format-goals';
import { checkGoals } from '../../scripts/bench/goals';
import { checkBudgets, formatReport } from '../../scripts/bench/report';
import { CURATED as curated, TEN_THOUSAND as tenThousand, sizeResult } from './bench-fixtures';


describe(formatGoalVerdict, () => {
  it('shows the app, the floor and the ratio of a ratio goal', () => {
    expect(formatGoalVerdict({ what: 'ready / load floor, 10,000', target: '<= 2x', app: 1700, floor: 1000, value: 1.7, pass: true })).toBe(
      '  PASS  ready / load floor, 10,000: 1700 / 1000 ms = 1.70x (goal <= 2x)',
    );
  });

  it('shows the figure alone for a goal with no floor, and FAIL when it fails', () => {
    expect(formatGoalVerdict({ what: 'playback fps median, 10,000', target: '>= 50 fps', app: 37.3, floor: null, value: 37.3, pass: false })).toBe(
      '  FAIL  playback fps median, 10,000: 37.3 (goal >= 50 fps)',
    );
  });

  it('says a goal was not measured rather than that it failed', () => {
    expect(formatGoalVerdict({ what: 'ready / load floor, 100,000', target: '<= 1.5x', app: NaN, floor: NaN, value: NaN, pass: null })).toBe(
      '  n/a   ready / load floor, 100,000: not measured in this run (goal <= 1.5x)',
    );
  });
});

describe(formatFloorTable, () => {
  it('puts app, floor and ratio side by side, with the runs\' range of ratios', () => {
    const [, , curatedRow, sizeRow] = formatFloorTable([curated, tenThousand]);
    // Runs' ratios: 1400/150, 1500/200, 1600/250.
    expect(curatedRow).toBe('| curated (6) | 1500 | 200 | 7.50x (6.40 - 9.33) | - | - | - |');
    expect(sizeRow).toBe('| 10,000 | 1700 | 1000 | 1.70x (1.64 - 1.78) | 72 | 24 / 40 [5000] | 1.80x |');
  });

  it('prints nothing for a run that measured no loads (--only table-sort)', () => {
    expect(formatFloorTable([sizeResult({ dataset: 'synthetic/n1000-s7', count: 1000, ready: [], loadFloor: [] })])).toEqual([]);
  });
});

describe(formatLoadTable, () => {
  it('gives first view, largest contentful paint, ready and blocking time per dataset', () => {
    expect(formatLoadTable([curated])[2]).toBe('| curated (6) | 1500 | 1520 | 1500 | 400 [6] |');
  });
});

describe(datasetLabel, () => {
  it('names the curated dataset and its count, a synthetic one by its count', () => {
    expect(datasetLabel(curated)).toBe('curated (6)');
    expect(datasetLabel({ dataset: 'synthetic/n100000-s7', count: 100_000 })).toBe('100,000');
  });
});

describe(formatReport, () => {
  const bundle = { firstPaintGzip: 140 * 1024, firstPaintStringsGzip: 16 * 1024, totalGzip: 800 * 1024 };
  const results = [curated, tenThousand];
  const text = formatReport({
    machine: { cores: 2, cpu: 'AMD EPYC', memoryGb: 24, node: 'v20.20.2', loadAverage: [1.5, 2, 2.5] },
    bundle,
    results,
    verdicts: checkBudgets(results, bundle),
    goals: checkGoals(results, bundle),
  });

  it('prints the floors, the goals and the old budgets, in that order', () => {
    const at = (s: string) => text.indexOf(s);
    expect(at('Against the floors')).toBeGreaterThan(0);
    expect(at('Goals (issue 17):')).toBeGreaterThan(at('Against the floors'));
    expect(at('Load (medians')).toBeGreaterThan(at('Goals (issue 17):'));
    expect(at('Budgets of issue 7')).toBeGreaterThan(at('Load (medians'));
    expect(text).toContain('load average 1.50 2.00 2.50 at the start');
  });

  it('keeps the curated dataset out of the millisecond budgets and the size table', () => {
    expect(checkBudgets(results, bundle).map((v) => v.what)).toEqual([
      'ready median, n=10000',
      'interaction p95, n=10000',
      'playback fps median, n=10000',
      'first-paint JS code, strings apart (gzip)',
    ]);
    expect(text).not.toMatch(/^\| 6 \|/m);
  });
});
