import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto('http://127.0.0.1:' + (process.env.PORT ?? '4301') + '/?dataset=' + (process.argv[2] ?? 'synthetic/n10000-s1'));
await page.locator('path.map-province').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(8000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const box = await page.locator('.map-canvas').boundingBox();
const mode = process.argv[3] ?? 'all';
if (mode === 'all' || mode === 'drag') for (const [dx, dy] of [[-300, 120], [350, -200], [-200, -150]]) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width / 2 + dx * i / 30, box.y + box.height / 2 + dy * i / 30);
  await page.mouse.up();
}
if (mode === 'all' || mode === 'zoom') for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out']) { await page.locator(`.map-toolbar button[aria-label="${name}"]`).click(); await page.waitForTimeout(400); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t / 1000); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
await browser.close();
