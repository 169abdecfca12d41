/**
 * npx tsx scripts/bench-profile.ts DIR [curated | synthetic/n10000-s7] [loads=3] [port=4466]
 * Where the main thread's time goes from navigation start to `dashboard-ready`: a sampled V8 CPU
 * profile (100 µs) of each load, self time summed by function and by the file it comes from, the
 * median over the loads printed, largest first (the profile runs from just before navigation to
 * just after ready; idle and garbage collection appear as their own entries; `ONLY=name` keeps the
 * functions of files whose name holds it). Build DIR with `npx vite build --minify false --outDir
 * DIR` so the functions keep their names. Samples are wall-clock: on a loaded machine
 * they include time the thread waited for a core (scripts/bench-cpu-ab.ts measures thread time).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, openPage, waitForServer } from './bench/measure';
import { startPreview } from './bench/servers';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [dir, ds = 'curated', loadsArg, portArg] = process.argv.slice(2);
if (!dir) throw new Error('Give a build: DIR');
const loads = Number(loadsArg ?? 3);
const port = Number(portArg ?? 4466);
const server = startPreview(dir, port);
const byFunction: Array<Map<string, number>> = [];
const byFile: Array<Map<string, number>> = [];
try {
  await waitForServer(`http://127.0.0.1:${port}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  for (let n = 0; n < loads; n++) {
    const page = await openPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/${ds !== 'curated' ? `?dataset=${ds}` : ''}`);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, undefined, { timeout: 120_000 });
    const ready = await page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0]!.startTime);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const fn = new Map<string, number>();
    const file = new Map<string, number>();
    // From the profile's start (the blank page before navigation is idle) to a few ms after ready.
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const where = frame.url ? frame.url.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '.js') : '(native)';
      const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
      fn.set(name, (fn.get(name) ?? 0) + dt);
      file.set(where, (file.get(where) ?? 0) + dt);
    });
    byFunction.push(fn);
    byFile.push(file);
    console.log(`load ${n + 1}: ready ${Math.round(ready)} ms`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}

function medians(maps: Array<Map<string, number>>): Array<[string, number]> {
  const keys = new Set(maps.flatMap((m) => [...m.keys()]));
  return [...keys]
    .map((key): [string, number] => {
      const values = maps.map((m) => m.get(key) ?? 0).sort((a, b) => a - b);
      return [key, values[values.length >> 1]!];
    })
    .sort((a, b) => b[1] - a[1]);
}
console.log('\nBy file (median self time, ms):');
for (const [key, ms] of medians(byFile).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
console.log('\nBy function (median self time, ms):');
for (const [key, ms] of medians(byFunction).filter(([k]) => !process.env.ONLY || k.includes(process.env.ONLY)).slice(0, 60)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
