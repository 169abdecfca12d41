/**
 * npx tsx scripts/bench-cpu-ab.ts DIR_A DIR_B [curated | synthetic/n10000-s7] [runs=4] [port=4456]
 * Main-thread CPU time from navigation start to `dashboard-ready`, two builds loaded in turns (A, B
 * then B, A): the sum of the renderer main thread's tasks' thread time (`tdur` in a Chromium trace),
 * with Layout, FunctionCall, module evaluation and GC apart. Thread time leaves out the time the
 * thread waited for a core, so on a loaded two-core machine it moves by 5-10% between loads where
 * ready moves by 30-50%: it sees a change of 100 ms of work that `npm run bench:ab` cannot
 * (docs/PERFORMANCE.md, change 22). It measures work, not waiting: judge ready with bench:ab too.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, openPage, waitForServer, measureReady } from './bench/measure';
import { startPreview } from './bench/servers';
const [a, b, ds, runsArg, portArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 4);
const port = Number(portArg ?? 4456);
if (!a || !b) throw new Error('Give two builds: DIR_A DIR_B');
const sides = [{ n: 'A', dir: a, port }, { n: 'B', dir: b, port: port + 1 }];
interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; tdur?: number; args?: { name?: string } }
const srvs = sides.map((s) => startPreview(s.dir, s.port));
const out: Record<string, { cpu: number[]; ready: number[]; top: Record<string, number>[] }> = { A: { cpu: [], ready: [], top: [] }, B: { cpu: [], ready: [], top: [] } };
try {
  for (const s of sides) await waitForServer(`http://127.0.0.1:${s.port}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  for (let r = 0; r < runs; r++) for (const s of r % 2 ? [...sides].reverse() : sides) {
    const page = await openPage(browser);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
    const ready = await measureReady(page, `http://127.0.0.1:${s.port}/${ds && ds !== 'curated' ? `?dataset=${ds}` : ''}`);
    const buf = await browser.stopTracing();
    const ev = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const mainTid = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'dashboard-ready'));
    if (!mainTid) throw new Error('No renderer main thread with the dashboard-ready mark in the trace');
    const pid = mainTid.pid, tid = mainTid.tid;
    const nav = ev.find((e) => e.pid === pid && e.name === 'navigationStart' ) ?? ev.find((e) => e.pid === pid && e.name === 'fetchStart');
    const mark = ev.find((e) => e.pid === pid && e.name === 'dashboard-ready');
    if (!nav || !mark) throw new Error('No navigation start or ready mark in the trace');
    const t0 = nav.ts, t1 = mark.ts;
    let cpu = 0; const top: Record<string, number> = {};
    for (const e of ev) if (e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts <= t1) {
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') cpu += (e.tdur ?? 0) / 1000;
      if (['Layout', 'UpdateLayoutTree', 'EvaluateScript', 'v8.compile', 'FunctionCall', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'ParseHTML', 'v8.evaluateModule', 'RunMicrotasks'].includes(e.name)) top[e.name] = (top[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
    }
    out[s.n]!.cpu.push(cpu); out[s.n]!.ready.push(ready); out[s.n]!.top.push(top);
    console.log(`run ${r + 1} ${s.n}: ready ${Math.round(ready)} ms, main-thread CPU to ready ${Math.round(cpu)} ms`, Object.entries(top).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
    await page.close();
  }
  await browser.close();
  const med = (x: number[]) => { const s = [...x].sort((p, q) => p - q); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
  for (const s of sides) { const o = out[s.n]!; const keys = Object.keys(o.top[0]!); console.log(`${s.n} ${s.dir}: ready median ${Math.round(med(o.ready))} ms, CPU median ${Math.round(med(o.cpu))} ms (${Math.round(Math.min(...o.cpu))}-${Math.round(Math.max(...o.cpu))}); ` + keys.map((k) => `${k} ${Math.round(med(o.top.map((t) => t[k] ?? 0)))}`).join(', ')); }
} finally { srvs.forEach((x) => x.kill()); }
