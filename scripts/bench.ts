/**
 * npm run bench: builds the app, serves it, generates seeded synthetic datasets and measures, in
 * Debian's Chromium, the app against floors measured in the same run (issue 17, docs/PERFORMANCE.md):
 * time to ready against a plain page that loads the same files (load floor), interaction latency
 * (Event Timing API) against a plain page of the same size toggling one element (frame floor),
 * alternating app and floors run by run; the ratios against the goals (scripts/bench/goals.ts);
 * and, as before, playback frame rate, JS heap, bundle size and the millisecond budgets of issue 7.
 * The curated dataset (data/) is measured too, for its load: ready, first view drawn, largest
 * contentful paint, total blocking time. Prints tables and writes bench/results/*.json.
 * Options: --sizes 1000,10000,100000  --runs 5  --seed 7  --skip-build  --skip-curated
 *          --only table-sort (just the table's sort at each size)  --dist DIR --port N (a build of
 *          one's own; the floors are served on port N+1)
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { measureBundle } from './bench/bundle-size';
import { checkGoals, GOALS } from './bench/goals';
import { CHROMIUM_ARGS, waitForServer } from './bench/measure';
import { measureDataset, type DatasetPlan } from './bench/measure-dataset';
import { BUDGETS, checkBudgets, formatReport, type SizeResult } from './bench/report';
import { FLOOR_DIR, startPreview } from './bench/servers';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
    'skip-curated': { type: 'boolean', default: false },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4410' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const PORT = Number(values.port);
const onlyTableSort = values.only === 'table-sort';
const bases = { app: `http://127.0.0.1:${PORT}`, floor: `http://127.0.0.1:${PORT + 1}` };
const started = Date.now();

const npx = (...args: string[]) => execFileSync('npx', args, { stdio: 'inherit' });

if (!values['skip-build']) npx('vite', 'build', '--outDir', values.dist);
const bundle = measureBundle(values.dist);
for (const count of sizes) {
  if (!existsSync(`data/synthetic/n${count}-s${seed}/manifest.json`)) npx('tsx', 'scripts/generate-synthetic.ts', '--count', String(count), '--seed', String(seed));
}

const curatedCount = (JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: unknown[] }).initiatives.length;
const plans: DatasetPlan[] = [
  // Twice the rounds: they take 2-3 s each, and a floor of 60-400 ms moves most with the machine's load.
  ...(values['skip-curated'] || onlyTableSort ? [] : [{ dataset: null, count: curatedCount, runs: runs * 2, interactions: false }]),
  ...sizes.map((count) => ({
    dataset: `synthetic/n${count}-s${seed}`,
    count,
    runs: onlyTableSort ? 0 : count >= 100_000 ? Math.max(3, Math.ceil(runs / 2)) : runs,
    interactions: true,
    tableSortDir: `data/synthetic/n${count}-s${seed}`,
  })),
];

const loadAverage = loadavg();
const servers: ChildProcess[] = [startPreview(values.dist, PORT), startPreview(FLOOR_DIR, PORT + 1)];
let browser: Browser | null = null;
try {
  await Promise.all([waitForServer(bases.app), waitForServer(bases.floor, '/load.html')]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: SizeResult[] = [];
  for (const plan of plans) results.push(await measureDataset(browser, bases, plan, (line) => process.stdout.write(`${line}\n`)));
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, loadAverage };
  const report = {
    date: new Date().toISOString(),
    machine,
    runs,
    seed,
    bundle,
    goals: checkGoals(results, bundle),
    goalTable: GOALS,
    budgets: BUDGETS,
    results,
    verdicts: checkBudgets(results, bundle),
    durationS: 0,
  };
  report.durationS = Math.round((Date.now() - started) / 1000);
  console.log(formatReport(report));
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${report.date.slice(0, 19).replace(/[:T]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${file} (the bench took ${report.durationS} s)`);
} finally {
  await browser?.close();
  servers.forEach((server) => server.kill());
}
