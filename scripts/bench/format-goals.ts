import type { GoalVerdict } from './goals';
import type { SizeResult } from './report';

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const range = (values: readonly number[], digits: number) => (values.length ? `${f(Math.min(...values), digits)} - ${f(Math.max(...values), digits)}` : 'n/a');

/** "curated (30)" or "10,000". */
export const datasetLabel = (r: Pick<SizeResult, 'dataset' | 'count'>) => (r.dataset === 'curated' ? `curated (${r.count})` : r.count.toLocaleString('en-US'));

/** One line per goal: PASS, FAIL or n/a (not measured), the app's figure against the floor's and the ratio. */
export function formatGoalVerdict(v: GoalVerdict): string {
  if (v.pass === null) return `  n/a   ${v.what}: not measured in this run (goal ${v.target})`;
  const figure = v.floor === null ? f(v.value, 1) : `${f(v.app)} / ${f(v.floor)} ms = ${f(v.value, 2)}x`;
  return `  ${v.pass ? 'PASS' : 'FAIL'}  ${v.what}: ${figure} (goal ${v.target})`;
}

/** App, floor and ratio side by side, per dataset: ready against the load floor, interaction p95 against the frame floor. */
export function formatFloorTable(results: readonly SizeResult[]): string[] {
  const rows = results.filter((r) => r.floors && r.readyMs.n > 0);
  if (!rows.length) return [];
  return [
    '| dataset | ready median (ms) | load floor median (ms) | ready / load floor (runs) | interaction p95 (ms) | frame floor median / p95 (ms) [elements] | p95 / frame floor p95 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const fl = r.floors!;
      const interaction = r.interactionMs.n > 0;
      return [
        datasetLabel(r),
        f(r.readyMs.median),
        f(fl.loadMs.median),
        `${f(r.readyMs.median / fl.loadMs.median, 2)}x (${range(fl.readyRatios, 2)})`,
        interaction ? f(r.interactionMs.p95) : '-',
        fl.frameMs.n > 0 ? `${f(fl.frameMs.median)} / ${f(fl.frameMs.p95)} [${fl.elements}]` : '-',
        interaction && fl.frameMs.n > 0 ? `${f(r.interactionMs.p95 / fl.frameMs.p95, 2)}x` : '-',
      ].join(' | ').replace(/^/, '| ').concat(' |');
    }),
  ];
}

/** First view drawn, largest contentful paint, ready and total blocking time to ready, medians per dataset. */
export function formatLoadTable(results: readonly SizeResult[]): string[] {
  const rows = results.filter((r) => r.load && r.load.lcpMs.n > 0);
  if (!rows.length) return [];
  return [
    '| dataset | first view drawn (ms) | largest contentful paint (ms) | ready (ms) | total blocking time to ready (ms) [long tasks] |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${datasetLabel(r)} | ${f(r.load!.firstViewMs.median)} | ${f(r.load!.lcpMs.median)} | ${f(r.readyMs.median)} | ${f(r.load!.tbtMs.median)} [${f(r.load!.longTasks.median)}] |`),
  ];
}
