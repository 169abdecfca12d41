/**
 * npm run bench:ab -- --a DIR --b DIR [--dataset synthetic/n10000-s7] [--runs 3]
 * Compares two production builds on the same machine at the same time: serves both (vite preview
 * --outDir), then loads them in turns (A, B, B, A, A, B, ...) and measures time to ready and the scripted
 * interactions' latency (Event Timing) on each, as `npm run bench` does. On a shared machine whose
 * speed drifts, this is how to tell whether a change helped. Build the two sides first, e.g.
 * `git worktree add /tmp/old <commit>` and `npx vite build --outDir /tmp/a` there, and
 * `npx vite build --outDir /tmp/b` here. The dataset (under data/) must exist (npm run data:synthetic).
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, measureInteractions, measureReady, waitForServer } from './bench/measure';
import { summarise } from './bench/stats';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    dataset: { type: 'string', default: 'synthetic/n10000-s7' },
    runs: { type: 'string', default: '3' },
  },
});
if (!values.a || !values.b) throw new Error('Give both builds: --a DIR --b DIR (each made by vite build --outDir DIR)');
for (const dir of [values.a, values.b]) if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html is missing: build it with npx vite build --outDir ${dir}`);
if (!existsSync(`data/${values.dataset}/manifest.json`)) throw new Error(`data/${values.dataset} is missing: npm run data:synthetic`);

const sides = [
  { name: 'A', dir: values.a, port: 4420 },
  { name: 'B', dir: values.b, port: 4421 },
];
const servers: ChildProcess[] = sides.map(({ dir, port }) =>
  spawn('node_modules/.bin/vite', ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' }),
);
let browser: Browser | null = null;
try {
  await Promise.all(sides.map(({ port }) => waitForServer(`http://127.0.0.1:${port}`)));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const figures = new Map(sides.map((s) => [s.name, { ready: [] as number[], latency: [] as number[], byInteraction: new Map<string, number[]>() }]));
  for (let run = 0; run < Number(values.runs); run++) {
    // A, B then B, A: the page loaded second shares the machine with the first one's teardown, so
    // neither side is always second.
    for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const ready = await measureReady(page, `http://127.0.0.1:${side.port}/?dataset=${values.dataset}`);
      const { durations, named } = await measureInteractions(page);
      await page.close();
      const f = figures.get(side.name)!;
      f.ready.push(ready);
      f.latency.push(...durations);
      for (const [name, duration] of named) f.byInteraction.set(name, [...(f.byInteraction.get(name) ?? []), duration]);
      const l = summarise(durations);
      console.log(`run ${run + 1} ${side.name}: ready ${Math.round(ready)} ms, interaction median ${l.median} / p95 ${l.p95} ms`);
    }
  }
  console.log(`\n${values.dataset}, ${values.runs} runs per side, ${cpus().length} cores`);
  console.log('| side | build | ready median / min / max (ms) | interaction median / p95 / max (ms) [n] |');
  console.log('|---|---|---:|---:|');
  for (const side of sides) {
    const r = summarise(figures.get(side.name)!.ready);
    const l = summarise(figures.get(side.name)!.latency);
    console.log(`| ${side.name} | ${side.dir} | ${Math.round(r.median)} / ${Math.round(r.min)} / ${Math.round(r.max)} | ${l.median} / ${l.p95} / ${l.max} [${l.n}] |`);
  }
  // Which interactions differ: each one's median and max over the runs, side by side.
  console.log('\n| interaction | A median / max (ms) | B median / max (ms) |');
  console.log('|---|---:|---:|');
  const [a, b] = sides.map((side) => figures.get(side.name)!.byInteraction);
  for (const [name, durations] of a!) {
    const x = summarise(durations);
    const y = summarise(b!.get(name) ?? []);
    console.log(`| ${name} | ${x.median} / ${x.max} | ${y.median} / ${y.max} |`);
  }
} finally {
  await browser?.close();
  servers.forEach((server) => server.kill());
}
