/**
 * Frame times of the map while it is panned and zoomed, in Debian's Chromium, on synthetic datasets.
 * Drives the map with real input (mouse drags, wheel zooms, the zoom buttons, arrow keys) and
 * records every requestAnimationFrame interval and every long task (PerformanceObserver) meanwhile,
 * plus, from a Chromium trace, the renderer main thread's CPU time: on a busy machine wall-clock
 * long tasks include time the thread waited for a CPU, thread time does not.
 *
 * Usage: npx vite build --outDir /tmp/dist-x && npx tsx scripts/bench-map.ts --dist /tmp/dist-x
 * Options: --datasets curated,synthetic/n10000-s1,synthetic/n100000-s1  --port 4311  --rounds 3
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { summarise } from './bench/stats';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    datasets: { type: 'string', default: 'synthetic/n10000-s1,synthetic/n100000-s1' },
    port: { type: 'string', default: '4311' },
    rounds: { type: 'string', default: '3' },
  },
});
const BASE = `http://127.0.0.1:${values.port}`;
const rounds = Number(values.rounds);

interface Recorded {
  frames: number[];
  longTasks: number[];
}

/**
 * Starts recording rAF intervals and long tasks in the page. A string, not a function: tsx would
 * wrap named functions in a helper (__name) that does not exist in the page.
 */
const START_RECORDING = `(() => {
  const bench = { frames: [], longTasks: [], running: true };
  window.__bench = bench;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) bench.longTasks.push(entry.duration); }).observe({ type: 'longtask' });
  let last = 0;
  function tick(now) {
    if (last) bench.frames.push(now - last);
    last = now;
    if (bench.running) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})()`;

/**
 * Resolves once the page has had no long task for `quietMs` (the search index and other views
 * finish their background work after the first paint), or after `maxMs`.
 */
const WAIT_FOR_QUIET = (quietMs: number, maxMs: number) => `new Promise((resolve) => {
  let last = performance.now();
  const started = last;
  new PerformanceObserver((list) => { last = performance.now(); }).observe({ type: 'longtask' });
  const check = () => {
    const now = performance.now();
    if (now - last >= ${quietMs} || now - started >= ${maxMs}) resolve(now - started);
    else setTimeout(check, 100);
  };
  check();
})`;

async function startRecording(page: Page) {
  await page.evaluate(START_RECORDING);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU time (ms) of the page's main thread's tasks, from a trace: total and the tasks over 50 ms. */
function mainThreadCpu(events: TraceEvent[]): { total: number; long: number[] } {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = new Map<string, number[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(thread)) tasks.set(thread, [...(tasks.get(thread) ?? []), (e.tdur ?? 0) / 1000]);
  }
  // The page's renderer is the busiest one.
  const busiest = [...tasks.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return { total: busiest.reduce((a, b) => a + b, 0), long: busiest.filter((t) => t > 50) };
}

async function stopRecording(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: Recorded & { running: boolean } };
    w.__bench.running = false;
    return { frames: w.__bench.frames, longTasks: w.__bench.longTasks };
  });
}

/** One round of panning and zooming: drags, wheel zooms in and out, zoom buttons, arrow keys. */
async function panAndZoom(page: Page) {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const drag = async (from: { x: number; y: number }, dx: number, dy: number) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(from.x + (dx * i) / 30, from.y + (dy * i) / 30);
    await page.mouse.up();
  };
  for (const [fx, fy, dx, dy] of [[0.5, 0.5, -300, 120], [0.4, 0.6, 350, -200], [0.6, 0.4, -200, -150], [0.5, 0.5, 150, 230]] as const) await drag(at(fx, fy), dx, dy);
  // Wheel zoom in over the east coast, drag there, zoom back out.
  const coast = at(0.7, 0.55);
  await page.mouse.move(coast.x, coast.y);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -120);
    // Past the map's wheel-gesture pause: each notch is its own gesture (one zoom level each).
    await sleep(350);
  }
  await drag(coast, -250, 100);
  await drag(at(0.3, 0.6), 280, -160);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await sleep(350);
  }
  // Animated zooms with the buttons, then keyboard panning.
  // CSS selectors, not getByRole: Playwright's role queries run in the page and would count as its work.
  for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out']) {
    await page.locator(`.map-toolbar button[aria-label="${name}"]`).click();
    await sleep(350);
  }
  await page.locator('.map-canvas').focus();
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
    await page.keyboard.press(key);
    await sleep(150);
  }
  await page.locator('.map-toolbar button', { hasText: 'Reset view' }).click();
  await sleep(1000);
}

function fmt(n: number): string {
  return n.toFixed(1).padStart(7);
}

for (const dataset of values.datasets.split(',')) {
  const match = /n(\d+)-s(\d+)$/.exec(dataset);
  if (match && !existsSync(`data/${dataset}/manifest.json`)) {
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--count', match[1]!, '--seed', match[2]!], { stdio: 'inherit' });
  }
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', values.port, '--strictPort', '--outDir', values.dist], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100 && !(await fetch(`${BASE}/`).then((r) => r.ok, () => false)); i++) await sleep(200);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`map pan/zoom frame times, ${rounds} rounds per dataset, viewport 1920x1080 (ms); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  console.log('dataset                      frames  median     p95     max  long tasks (n, total, max)  main-thread CPU (total, tasks > 50 ms)  places');
  for (const dataset of values.datasets.split(',')) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(dataset === 'curated' ? `${BASE}/` : `${BASE}/?dataset=${dataset}`);
    await page.locator('path.map-province').first().waitFor({ timeout: 120_000 });
    await page.evaluate(WAIT_FOR_QUIET(2000, 30_000));
    const summary = (await page.locator('.map-summary').textContent()) ?? '';
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await startRecording(page);
    for (let r = 0; r < rounds; r++) await panAndZoom(page);
    const { frames, longTasks } = await stopRecording(page);
    const cpu = mainThreadCpu((JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents);
    const s = summarise(frames);
    const total = longTasks.reduce((a, b) => a + b, 0);
    console.log(
      `${dataset.padEnd(28)} ${String(s.n).padStart(6)} ${fmt(s.median)} ${fmt(s.p95)} ${fmt(s.max)}  ${String(longTasks.length).padStart(4)}, ${fmt(total)}, ${fmt(longTasks.length ? Math.max(...longTasks) : 0)}  ${fmt(cpu.total)}, ${cpu.long.length} (max ${fmt(Math.max(0, ...cpu.long))})  ${summary.split('·')[0]!.trim()}`,
    );
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
