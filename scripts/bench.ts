/**
 * npm run bench: builds the app, serves it, generates seeded synthetic datasets and measures, in
 * Debian's Chromium, time to ready, interaction latency (Event Timing API), playback frame rate,
 * JS heap and bundle size, against the budgets. Prints a table and writes bench/results/*.json.
 * Options: --sizes 1000,10000,100000  --runs 5  --seed 7  --skip-build
 *          --only table-sort (just the table's sort at each size)  --dist DIR --port N (a build of one's own)
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { measureBundle } from './bench/bundle-size';
import { INTERACTIONS } from './bench/interactions';
import { CHROMIUM_ARGS, measureHeap, measureInteractions, measurePlaybackFps, measureReady, waitForServer } from './bench/measure';
import { summarise } from './bench/stats';
import { BUDGETS, checkBudgets, formatReport, type SizeResult } from './bench/report';
import { measureTableSort } from './bench/table-sort';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
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
const BASE = `http://127.0.0.1:${PORT}`;

const npx = (...args: string[]) => execFileSync('npx', args, { stdio: 'inherit' });

if (!values['skip-build']) npx('vite', 'build', '--outDir', values.dist);
const bundle = measureBundle(values.dist);
for (const count of sizes) {
  if (!existsSync(`data/synthetic/n${count}-s${seed}/manifest.json`)) npx('tsx', 'scripts/generate-synthetic.ts', '--count', String(count), '--seed', String(seed));
}

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', values.dist], { stdio: 'ignore' });
let browser: Browser | null = null;
try {
  await waitForServer(BASE);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: SizeResult[] = [];
  for (const count of sizes) {
    const ready: number[] = [];
    const heap: number[] = [];
    const latency: number[] = [];
    const fps: number[] = [];
    const skipped = new Set<string>();
    const byInteraction = new Map<string, number[]>();
    const runsHere = onlyTableSort ? 0 : count >= 100_000 ? Math.max(3, Math.ceil(runs / 2)) : runs;
    for (let run = 0; run < runsHere; run++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      ready.push(await measureReady(page, `${BASE}/?dataset=synthetic/n${count}-s${seed}`));
      heap.push(await measureHeap(page));
      const measured = await measureInteractions(page);
      latency.push(...measured.durations);
      for (const [name, ms] of measured.named) byInteraction.set(name, [...(byInteraction.get(name) ?? []), ms]);
      measured.skipped.forEach((s) => skipped.add(s));
      fps.push(await measurePlaybackFps(page));
      await page.close();
      process.stdout.write(`  n=${count} run ${run + 1}/${runsHere}: ready ${Math.round(ready.at(-1)!)} ms\n`);
    }
    const sortPage = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await measureReady(sortPage, `${BASE}/?dataset=synthetic/n${count}-s${seed}`);
    const tableSort = await measureTableSort(sortPage, `data/synthetic/n${count}-s${seed}`);
    await sortPage.close();
    process.stdout.write(`  n=${count} table sort: ${tableSort.map((s) => `${s.column} ${Math.round(s.ms)} ms`).join(', ')}\n`);
    results.push({
      tableSort,
      count,
      readyMs: summarise(ready),
      interactionMs: summarise(latency),
      playbackFps: summarise(fps),
      heapMb: summarise(heap.map((b) => b / 1024 / 1024)),
      interactionsPerRun: INTERACTIONS.length - skipped.size,
      skippedInteractions: [...skipped],
      slowest: [...byInteraction]
        .map(([name, ms]) => ({ name, medianMs: summarise(ms).median }))
        .sort((a, b) => b.medianMs - a.medianMs)
        .slice(0, 6),
    });
  }
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
  const report = { date: new Date().toISOString(), machine, runs, seed, bundle, budgets: BUDGETS, results, verdicts: checkBudgets(results, bundle) };
  console.log(formatReport(report));
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${report.date.slice(0, 19).replace(/[:T]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${file}`);
} finally {
  await browser?.close();
  server.kill();
}
