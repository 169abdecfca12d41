import type { SizeResult } from './report';

/**
 * The goals of issue 17, one row each: ratios to the floors measured in the same run (so they
 * hold whatever the machine's speed at the moment), playback frame rate, first-paint code size.
 * `dataset` is 'curated' (data/) or a synthetic dataset's count.
 */
export interface Goal {
  what: string;
  measure: 'readyVsLoadFloor' | 'interactionP95VsFrameFloor' | 'playbackFpsMedian' | 'firstPaintCodeKb';
  dataset?: 'curated' | number;
  /** The value must be at most `max`, or at least `min`. */
  max?: number;
  min?: number;
}

export const GOALS: readonly Goal[] = [
  { what: 'ready / load floor, curated dataset', measure: 'readyVsLoadFloor', dataset: 'curated', max: 8 },
  { what: 'ready / load floor, 10,000', measure: 'readyVsLoadFloor', dataset: 10_000, max: 2 },
  { what: 'ready / load floor, 100,000', measure: 'readyVsLoadFloor', dataset: 100_000, max: 1.5 },
  { what: 'interaction p95 / frame floor p95, 10,000', measure: 'interactionP95VsFrameFloor', dataset: 10_000, max: 2 },
  { what: 'interaction p95 / frame floor p95, 100,000', measure: 'interactionP95VsFrameFloor', dataset: 100_000, max: 3 },
  { what: 'playback fps median, 10,000', measure: 'playbackFpsMedian', dataset: 10_000, min: 50 },
  { what: 'first-paint JS code, locale strings apart (kB gzip)', measure: 'firstPaintCodeKb', max: 150 },
];

export interface GoalVerdict {
  what: string;
  /** "<= 8x", ">= 50 fps", "<= 150 kB". */
  target: string;
  /** The app's figure (ready median, interaction p95, fps median, kB) and the floor's (null when the goal has none). */
  app: number;
  floor: number | null;
  /** What the goal is judged on: app / floor for a ratio, else the app's figure. */
  value: number;
  /** null when this run did not measure it (the dataset was not in --sizes). */
  pass: boolean | null;
}

/** app / floor; NaN when either is missing or the floor is not a positive time. */
export function ratio(app: number, floor: number): number {
  return Number.isFinite(app) && Number.isFinite(floor) && floor > 0 ? app / floor : NaN;
}

/** Whether `value` meets the goal; null when there is no value to judge. */
export function meetsGoal(goal: Pick<Goal, 'max' | 'min'>, value: number): boolean | null {
  if (!Number.isFinite(value)) return null;
  return (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
}

export function goalTarget(goal: Goal): string {
  const unit = goal.measure === 'playbackFpsMedian' ? ' fps' : goal.measure === 'firstPaintCodeKb' ? ' kB' : 'x';
  return goal.max !== undefined ? `<= ${goal.max}${unit}` : `>= ${goal.min}${unit}`;
}

const isFor = (goal: Goal) => (r: SizeResult) => (goal.dataset === 'curated' ? r.dataset === 'curated' : r.dataset !== 'curated' && r.count === goal.dataset);

/** The app's and the floor's figures a goal compares, from the run's results. */
function figuresFor(goal: Goal, result: SizeResult | undefined, bundle: { firstPaintGzip: number }): { app: number; floor: number | null } {
  switch (goal.measure) {
    case 'firstPaintCodeKb':
      return { app: bundle.firstPaintGzip / 1024, floor: null };
    case 'playbackFpsMedian':
      return { app: result?.playbackFps.median ?? NaN, floor: null };
    case 'readyVsLoadFloor':
      return { app: result?.readyMs.median ?? NaN, floor: result?.floors?.loadMs.median ?? NaN };
    case 'interactionP95VsFrameFloor':
      return { app: result?.interactionMs.p95 ?? NaN, floor: result?.floors?.frameMs.p95 ?? NaN };
  }
}

/** Every goal of GOALS judged on this run: medians of ready against the load floor's, p95 against the frame floor's. */
export function checkGoals(results: readonly SizeResult[], bundle: { firstPaintGzip: number }, goals: readonly Goal[] = GOALS): GoalVerdict[] {
  return goals.map((goal) => {
    const { app, floor } = figuresFor(goal, goal.dataset === undefined ? undefined : results.find(isFor(goal)), bundle);
    const value = floor === null ? app : ratio(app, floor);
    return { what: goal.what, target: goalTarget(goal), app, floor, value, pass: meetsGoal(goal, value) };
  });
}
