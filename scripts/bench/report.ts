import { datasetLabel, formatFloorTable, formatGoalVerdict, formatLoadTable } from './format-goals';
import type { GoalVerdict } from './goals';
import type { summarise } from './stats';
import { TABLE_SORT_BUDGET_MS, type TableSortResult } from './table-sort';

export type Summary = ReturnType<typeof summarise>;

/** The floors of issue 17, measured in the same run as the app, alternating with it (scripts/bench/floors.ts). */
export interface FloorResult {
  /** Load floor: navigation start to its one number painted, per run. */
  loadMs: Summary;
  /** Each run's app ready / that run's load floor. */
  readyRatios: number[];
  /** Frame floor: Event Timing durations of its toggles, every run's together. */
  frameMs: Summary;
  /** The frame floor page's elements: the app's median count at ready. */
  elements: number;
}

/** The load as the app's page saw it (scripts/bench/load-metrics.ts), per run. */
export interface LoadResult {
  firstViewMs: Summary;
  lcpMs: Summary;
  tbtMs: Summary;
  longTasks: Summary;
}

export interface SizeResult {
  /** As `?dataset=` names it, or 'curated' for data/. */
  dataset: string;
  /** Initiatives in the dataset. */
  count: number;
  readyMs: Summary;
  interactionMs: Summary;
  playbackFps: Summary;
  heapMb: Summary;
  interactionsPerRun: number;
  skippedInteractions: string[];
  /** The interactions with the highest median latency, to show where the time goes. */
  slowest: Array<{ name: string; medianMs: number }>;
  /** Pressing the table's Title and Date headers (a fresh page, once): press to the sorted first row on screen. */
  tableSort?: TableSortResult[];
  floors?: FloorResult;
  load?: LoadResult;
  /** Elements in the app's document at ready, per run. */
  elements?: Summary;
}

/** The budgets from issue 7, in ms: informational since issue 17 (scripts/bench/goals.ts has the goals). */
export const BUDGETS = {
  readyMs: { 10000: 1000, 100000: 3000 } as Record<number, number>,
  interactionP95Ms: { 10000: 50, 100000: 100 } as Record<number, number>,
  playbackFps: { 10000: 30 } as Record<number, number>,
  firstPaintJsGzipKb: 200,
};

export interface Verdict {
  what: string;
  value: number;
  budget: string;
  pass: boolean;
}

export function checkBudgets(results: SizeResult[], bundle: { firstPaintGzip: number }): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const r of results) {
    if (r.dataset === 'curated') continue;
    const ready = BUDGETS.readyMs[r.count];
    // A run with only the table's sort (--only table-sort) measured nothing else.
    if (ready && r.readyMs.n > 0) verdicts.push({ what: `ready median, n=${r.count}`, value: r.readyMs.median, budget: `<= ${ready} ms`, pass: r.readyMs.median <= ready });
    const inp = BUDGETS.interactionP95Ms[r.count];
    if (inp && r.interactionMs.n > 0) verdicts.push({ what: `interaction p95, n=${r.count}`, value: r.interactionMs.p95, budget: `<= ${inp} ms`, pass: r.interactionMs.p95 <= inp });
    const fps = BUDGETS.playbackFps[r.count];
    if (fps && r.playbackFps.n > 0) verdicts.push({ what: `playback fps median, n=${r.count}`, value: r.playbackFps.median, budget: `>= ${fps} fps`, pass: r.playbackFps.median >= fps });
    if (r.count >= 100_000) {
      for (const s of r.tableSort ?? []) verdicts.push({ what: `table sort by ${s.column}, n=${r.count}`, value: s.ms, budget: `< ${TABLE_SORT_BUDGET_MS} ms`, pass: s.ms < TABLE_SORT_BUDGET_MS });
    }
  }
  const kb = bundle.firstPaintGzip / 1024;
  verdicts.push({ what: 'first-paint JS code, strings apart (gzip)', value: kb, budget: `<= ${BUDGETS.firstPaintJsGzipKb} kB`, pass: kb <= BUDGETS.firstPaintJsGzipKb });
  return verdicts;
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function formatReport(report: {
  machine: { cores: number; cpu: string; memoryGb: number; node: string; loadAverage?: number[] };
  bundle: { firstPaintGzip: number; firstPaintStringsGzip?: number; totalGzip: number };
  results: SizeResult[];
  verdicts: Verdict[];
  goals?: GoalVerdict[];
}): string {
  const load = report.machine.loadAverage ? `, load average ${report.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} at the start` : '';
  const lines = [
    `Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB, Node ${report.machine.node}${load}`,
    `Bundle: first-paint JS ${f(report.bundle.firstPaintGzip / 1024, 1)} kB gzip of code + ${f((report.bundle.firstPaintStringsGzip ?? 0) / 1024, 1)} kB of English strings; all JS ${f(report.bundle.totalGzip / 1024, 1)} kB gzip`,
  ];
  const floors = formatFloorTable(report.results);
  if (floors.length) lines.push('', 'Against the floors (measured in the same run, alternating with the app):', ...floors);
  if (report.goals?.length) lines.push('', 'Goals (issue 17):', ...report.goals.map(formatGoalVerdict));
  const loads = formatLoadTable(report.results);
  if (loads.length) lines.push('', 'Load (medians, ms from navigation start):', ...loads);
  const sized = report.results.filter((r) => r.dataset !== 'curated');
  lines.push(
    '',
    '| initiatives | ready median / p95 (ms) | interaction median / p95 / max (ms) [n] | playback fps median / min | JS heap median (MB) |',
    '|---:|---:|---:|---:|---:|',
    ...sized.map(
      (r) =>
        `| ${r.count.toLocaleString('en-US')} | ${f(r.readyMs.median)} / ${f(r.readyMs.p95)} | ${f(r.interactionMs.median)} / ${f(r.interactionMs.p95)} / ${f(r.interactionMs.max)} [${r.interactionMs.n}] | ${f(r.playbackFps.median, 1)} / ${f(r.playbackFps.min, 1)} | ${f(r.heapMb.median, 1)} |`,
    ),
    '',
    'Budgets of issue 7 (ms; informational):',
    ...report.verdicts.map((v) => `  ${v.pass ? 'PASS' : 'FAIL'}  ${v.what}: ${f(v.value, 1)} (budget ${v.budget})`),
  );
  lines.push('', 'Slowest interactions (median ms):');
  for (const r of sized) lines.push(`  n=${r.count}: ${r.slowest.map((s) => `${s.name} ${f(s.medianMs)}`).join('; ')}`);
  const sorts = report.results.filter((r) => r.tableSort?.length);
  if (sorts.length) lines.push('', 'Table sort (press to sorted first row, ms):', ...sorts.map((r) => `  n=${r.count}: ${r.tableSort!.map((s) => `${s.column} ${f(s.ms)}`).join('; ')}`));
  const skipped = report.results.flatMap((r) => r.skippedInteractions.map((s) => `${datasetLabel(r)}: ${s}`));
  if (skipped.length) lines.push('', 'Interactions that could not run (not counted):', ...skipped.map((s) => `  ${s}`));
  return lines.join('\n');
}
