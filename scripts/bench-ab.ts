/**
 * npm run bench:ab -- --a DIR --b DIR [--dataset synthetic/n10000-s7 | curated] [--runs 3] [--port 4420] [--load-only]
 * Compares two production builds on the same machine at the same time: serves both (vite preview
 * --outDir), then loads them in turns (A, B, B, A, A, B, ...) and measures time to ready and the scripted
 * interactions' latency (Event Timing) on each, as `npm run bench` does, and between the two the
 * floors of issue 17 (a plain page loading the same files; a plain page of A's size toggling one
 * element), so each side's ratio to the floor is printed too. On a shared machine whose speed
 * drifts, this is how to tell whether a change helped. Ports 4420 (A), 4421 (B), 4422 (floors), or from `--port N` on. Build the two sides first, e.g.
 * `git worktree add /tmp/old <commit>` and `npx vite build --outDir /tmp/a` there, and
 * `npx vite build --outDir /tmp/b` here. The dataset (under data/) must exist (npm run data:synthetic).
 */
import { chromium, type Browser } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { datasetQuery, measureFrameFloor, measureLoadFloor } from './bench/floors';
import { ratio } from './bench/goals';
import { INTERACTIONS } from './bench/interactions';
import { readLoadMetrics } from './bench/load-metrics';
import { CHROMIUM_ARGS, countElements, measureInteractions, measureReady, openPage, waitForServer } from './bench/measure';
import { FLOOR_DIR, startPreview } from './bench/servers';
import { summarise } from './bench/stats';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    dataset: { type: 'string', default: 'synthetic/n10000-s7' },
    runs: { type: 'string', default: '3' },
    /** A's port; B and the floors on the next two. */
    port: { type: 'string', default: '4420' },
    /** Ready and the load floor only, no interactions (as the bench measures the curated dataset): a round takes seconds, not half a minute. */
    'load-only': { type: 'boolean', default: false },
  },
});
if (!values.a || !values.b) throw new Error('Give both builds: --a DIR --b DIR (each made by vite build --outDir DIR)');
for (const dir of [values.a, values.b]) if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html is missing: build it with npx vite build --outDir ${dir}`);
/** As `?dataset=` names it; null for the curated dataset (data/). */
const dataset = values.dataset === 'curated' ? null : values.dataset;
if (!existsSync(`data/${dataset ? `${dataset}/` : ''}manifest.json`)) throw new Error(`data/${values.dataset} is missing: npm run data:synthetic`);

const sides = [
  { name: 'A', dir: values.a, port: Number(values.port) },
  { name: 'B', dir: values.b, port: Number(values.port) + 1 },
];
const FLOOR = `http://127.0.0.1:${Number(values.port) + 2}`;
const servers: ChildProcess[] = [...sides.map(({ dir, port }) => startPreview(dir, port)), startPreview(FLOOR_DIR, Number(values.port) + 2)];
let browser: Browser | null = null;
try {
  await Promise.all([...sides.map(({ port }) => waitForServer(`http://127.0.0.1:${port}`)), waitForServer(FLOOR, '/load.html')]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const figures = new Map(sides.map((s) => [s.name, { ready: [] as number[], firstView: [] as number[], lcp: [] as number[], tbt: [] as number[], latency: [] as number[], byInteraction: new Map<string, number[]>() }]));
  const floor = { load: [] as number[], frame: [] as number[], elements: 0 };
  const measureFloors = async () => {
    floor.load.push(await measureLoadFloor(browser!, FLOOR, dataset));
    if (!values['load-only']) floor.frame.push(...(await measureFrameFloor(browser!, FLOOR, floor.elements, INTERACTIONS.length)));
    const frame = values['load-only'] ? '' : `, frame p95 ${summarise(floor.frame).p95} ms [${floor.elements} elements]`;
    console.log(`run ${floor.load.length} floors: load ${Math.round(floor.load.at(-1)!)} ms${frame}`);
  };
  for (let run = 0; run < Number(values.runs); run++) {
    // A, floors, B then B, floors, A: the page loaded second shares the machine with the first
    // one's teardown, so neither side is always second; the floors are measured between them.
    const order = run % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      if (side !== order[0]) await measureFloors();
      const page = await openPage(browser);
      const ready = await measureReady(page, `http://127.0.0.1:${side.port}/${datasetQuery(dataset)}`);
      const load = await readLoadMetrics(page, ready);
      // The frame floor has as many elements as side A at ready in its first run.
      if (!floor.elements && side.name === 'A') floor.elements = await countElements(page);
      const { durations, named } = values['load-only'] ? { durations: [], named: [] } : await measureInteractions(page);
      await page.close();
      const f = figures.get(side.name)!;
      f.ready.push(ready);
      if (Number.isFinite(load.firstViewMs)) f.firstView.push(load.firstViewMs);
      if (Number.isFinite(load.lcpMs)) f.lcp.push(load.lcpMs);
      f.tbt.push(load.tbtMs);
      f.latency.push(...durations);
      for (const [name, duration] of named) f.byInteraction.set(name, [...(f.byInteraction.get(name) ?? []), duration]);
      const l = summarise(durations);
      console.log(`run ${run + 1} ${side.name}: ready ${Math.round(ready)} ms, first view ${Math.round(load.firstViewMs)}, LCP ${Math.round(load.lcpMs)}, TBT ${Math.round(load.tbtMs)} ms${l.n ? `, interaction median ${l.median} / p95 ${l.p95} ms` : ''}`);
    }
  }
  console.log(`\n${values.dataset}, ${values.runs} runs per side, ${cpus().length} cores`);
  const loadOnly = Boolean(values['load-only']);
  // With --load-only nothing is clicked: the interaction columns are left out rather than printed as NaN.
  const interactionColumns = (cells: string) => (loadOnly ? '' : ` ${cells} |`);
  console.log(`| side | build | ready median / min / max (ms) | ready / load floor |${interactionColumns('interaction median / p95 / max (ms) [n] | p95 / frame floor p95')}`);
  console.log(`|---|---|---:|---:|${interactionColumns('---:|---:')}`);
  const loadFloor = summarise(floor.load);
  const frameFloor = summarise(floor.frame);
  for (const side of sides) {
    const r = summarise(figures.get(side.name)!.ready);
    const l = summarise(figures.get(side.name)!.latency);
    console.log(
      `| ${side.name} | ${side.dir} | ${Math.round(r.median)} / ${Math.round(r.min)} / ${Math.round(r.max)} | ${ratio(r.median, loadFloor.median).toFixed(2)}x |${interactionColumns(`${l.median} / ${l.p95} / ${l.max} [${l.n}] | ${ratio(l.p95, frameFloor.p95).toFixed(2)}x`)}`,
    );
  }
  console.log(
    `| floors | ${FLOOR_DIR} | ${Math.round(loadFloor.median)} / ${Math.round(loadFloor.min)} / ${Math.round(loadFloor.max)} | 1x |${interactionColumns(`${frameFloor.median} / ${frameFloor.p95} / ${frameFloor.max} [${frameFloor.n}], ${floor.elements} elements | 1x`)}`,
  );
  // How the load looks on the way to ready (as the bench reports it for the curated dataset).
  console.log('\n| side | first view drawn median (ms) | LCP median (ms) | TBT median (ms) |');
  console.log('|---|---:|---:|---:|');
  for (const side of sides) {
    const f = figures.get(side.name)!;
    const [v, p, t] = [f.firstView, f.lcp, f.tbt].map((x) => Math.round(summarise(x).median));
    console.log(`| ${side.name} | ${v} | ${p} | ${t} |`);
  }
  if (!loadOnly) {
    // Which interactions differ: each one's median and max over the runs, side by side.
    console.log('\n| interaction | A median / max (ms) | B median / max (ms) |');
    console.log('|---|---:|---:|');
    const [a, b] = sides.map((side) => figures.get(side.name)!.byInteraction);
    for (const [name, durations] of a!) {
      const x = summarise(durations);
      const y = summarise(b!.get(name) ?? []);
      console.log(`| ${name} | ${x.median} / ${x.max} | ${y.median} / ${y.max} |`);
    }
  }
} finally {
  await browser?.close();
  servers.forEach((server) => server.kill());
}
