/**
 * npm run bench: builds the app, serves it, generates seeded synthetic datasets and measures, in
 * Debian's Chromium, time to ready, interaction latency (Event Timing API), playback frame rate,
 * JS heap and bundle size, against the budgets. Prints a table and writes bench/results/*.json.
 * Options: --sizes 1000,10000,100000  --runs 5  --seed 7  --skip-build
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureBundle } from './bench/bundle-size';
import { INTERACTIONS } from './bench/interactions';
import { summarise } from './bench/stats';
import { BUDGETS, checkBudgets, formatReport, type SizeResult } from './bench/report';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const PORT = 4410;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const npx = (...args: string[]) => execFileSync('npx', args, { stdio: 'inherit' });

if (!values['skip-build']) npx('vite', 'build');
const bundle = measureBundle('dist');
for (const count of sizes) {
  if (!existsSync(`data/synthetic/n${count}-s${seed}/manifest.json`)) npx('tsx', 'scripts/generate-synthetic.ts', '--count', String(count), '--seed', String(seed));
}

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
let browser: Browser | null = null;
try {
  for (let i = 0; i < 100 && !(await fetch(`${BASE}/`).then((r) => r.ok, () => false)); i++) await sleep(200);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: SizeResult[] = [];
  for (const count of sizes) {
    const ready: number[] = [];
    const heap: number[] = [];
    const latency: number[] = [];
    const fps: number[] = [];
    const skipped = new Set<string>();
    const byInteraction = new Map<string, number[]>();
    const runsHere = count >= 100_000 ? Math.max(3, Math.ceil(runs / 2)) : runs;
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
    results.push({
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

/** Navigation start to the app's `dashboard-ready` mark (data loaded, validated, every view drawn). */
async function measureReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 180_000 });
  return page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0]!.startTime);
}

/** Used JS heap after a forced garbage collection, in bytes. */
async function measureHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Runs the scripted interactions and reads each one's latency from the Event Timing API (the
 * browser's INP measure: input to next paint). Chromium reports only events of 16 ms or more, so
 * an interaction with no entry is counted as 16 ms, an upper bound.
 */
async function measureInteractions(page: Page): Promise<{ durations: number[]; named: Array<[string, number]>; skipped: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: Array<{ start: number; duration: number; id: number }> };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) if (e.interactionId) w.__events.push({ start: e.startTime, duration: e.duration, id: e.interactionId });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const windows: Array<{ name: string; start: number; end: number }> = [];
  const skipped: string[] = [];
  for (const interaction of INTERACTIONS) {
    const start = await page.evaluate(() => performance.now());
    try {
      await interaction.run(page);
    } catch {
      skipped.push(interaction.name);
      continue;
    }
    // Two frames later the interaction has painted and its entry is queued.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    windows.push({ name: interaction.name, start, end: await page.evaluate(() => performance.now()) });
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const events = await page.evaluate(() => (window as unknown as { __events: Array<{ start: number; duration: number }> }).__events);
  const durations = windows.map(({ start, end }) => Math.max(16, ...events.filter((e) => e.start >= start && e.start <= end).map((e) => e.duration)));
  return { durations, named: windows.map((w, i) => [w.name, durations[i]!]), skipped };
}

/** Frames per second while the timeline plays, counted with requestAnimationFrame over 3 s. */
async function measurePlaybackFps(page: Page): Promise<number> {
  const play = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /Play|Replay/ });
  if (!(await play.count())) return NaN;
  await play.first().click();
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const fps = await page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    function tick(now) {
      frames++;
      if (now - start < 3000) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (now - start));
    }
    requestAnimationFrame(tick);
  })`);
  const pause = page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: /Pause/ });
  if (await pause.count()) await pause.first().click();
  return fps;
}
