import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const ds = process.argv[2] ?? 'synthetic/n10000-s1';
await page.goto('http://127.0.0.1:4301/' + (ds === 'curated' ? '' : '?dataset=' + ds));
await page.locator('path.map-province').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const box = await page.locator('.map-canvas').boundingBox();
const mode = process.argv[3] ?? 'all';
if (mode === 'all' || mode === 'drag') for (const [dx, dy] of [[-300, 120], [350, -200], [-200, -150]]) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width / 2 + dx * i / 30, box.y + box.height / 2 + dy * i / 30);
  await page.mouse.up();
}
if (mode === 'all' || mode === 'zoom') for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out']) { await page.locator(`.map-toolbar button[aria-label="${name}"]`).click(); await page.waitForTimeout(400); }
const buf = await browser.stopTracing(); { const ev = JSON.parse(buf.toString()).traceEvents; console.log('SAMPLE', JSON.stringify(ev.find((e) => e.name === 'RunTask' && e.ph === 'X')), JSON.stringify(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [e.pid, e.tid, e.args.name]))); }
const events = JSON.parse(buf.toString()).traceEvents;
const main = new Map();
for (const e of events) { if (e.ph !== 'X' || !e.dur) continue; const k = e.name; main.set(k, (main.get(k) ?? { t: 0, n: 0, max: 0 })); const m = main.get(k); m.t += e.dur / 1000; m.n++; m.max = Math.max(m.max, e.dur / 1000); }
const long = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur > 40000);
for (const t of long.slice(0, 12)) {
  const kids = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 3000);
  console.log('TASK', (t.dur / 1000).toFixed(1), 'tid', t.tid, kids.map((k) => `${k.name}:${(k.dur / 1000).toFixed(1)}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''}${k.args?.data?.type ? '[' + k.args.data.type + ']' : ''}`).join(' | '));
}
for (const [k, v] of [...main].sort((a, b) => b[1].t - a[1].t).slice(0, 25)) console.log(v.t.toFixed(1).padStart(8), String(v.n).padStart(5), v.max.toFixed(1).padStart(7), k);
await browser.close();
