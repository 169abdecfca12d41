/**
 * Saves the screenshots under docs/ from the production build, in Debian's Chromium.
 * Usage: npm run build && npx tsx scripts/take-screenshots.ts [part of a file name, to take only those]
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = 4179;
/** The synthetic dataset the map shots at scale use (generated when missing; never the default dataset). */
const SYNTHETIC = { count: 10_000, seed: 1 };

/** Opens a province in the map's place list and zooms the map to its shape. */
const zoomToProvince = (name: RegExp) => async (page: Page) => {
  const places = page.getByRole('region', { name: 'Places on the map' });
  await places.getByRole('button', { name }).click();
  await places.getByRole('button', { name: 'Zoom to place' }).click();
  await page.waitForTimeout(1500);
};

/**
 * `region`: a CSS selector of the panel to shoot; `hover`: a mark whose accessible name matches;
 * `act`: what to do on the page before the shot (after it is ready).
 */
const SHOTS: Array<{ file: string; path: string; width: number; height: number; region?: string; hover?: RegExp; wait?: number; scale?: number; act?: (page: Page) => Promise<void> }> = [
  // The map on a 1920x1080 screen (the whole page): the whole country with the 南海诸岛 inset, a city scene, and 10,000 synthetic initiatives.
  { file: 'docs/map-all-of-china.png', path: '/', width: 1920, height: 1080, wait: 1500, act: (page) => page.getByRole('button', { name: 'All of China', exact: true }).click() },
  { file: 'docs/zh/map-all-of-china.png', path: '/?lang=zh', width: 1920, height: 1080, wait: 1500, act: (page) => page.getByRole('button', { name: '全国范围', exact: true }).click() },
  { file: 'docs/scene-catl-ningde.png', path: '/?present=curated&scene=8', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/map-10k-national.png', path: `/?dataset=synthetic/n${SYNTHETIC.count}-s${SYNTHETIC.seed}`, width: 1920, height: 1080, wait: 1500 },
  { file: 'docs/map-10k-shaded.png', path: `/?dataset=synthetic/n${SYNTHETIC.count}-s${SYNTHETIC.seed}&map=provinces`, width: 1920, height: 1080, wait: 1500 },
  { file: 'docs/map-10k-province.png', path: `/?dataset=synthetic/n${SYNTHETIC.count}-s${SYNTHETIC.seed}`, width: 1920, height: 1080, wait: 1500, act: zoomToProvince(/^Jiangsu province/) },
  // 中文: the same views as a Chinese-speaking audience sees them (?lang=zh).
  { file: 'docs/zh/dashboard.png', path: '/?lang=zh&selected=cecep-catl-energy-storage-agreement', width: 1600, height: 1000 },
  { file: 'docs/zh/scene-overview.png', path: '/?lang=zh&present=curated&scene=1', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/zh/scene-danfoss-wuxing.png', path: '/?lang=zh&present=curated&scene=3', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/zh/scene-charts-1366x768.png', path: '/?lang=zh&present=curated&scene=10', width: 1366, height: 768, wait: 4500 },
  // Presentation scenes: the map flies (0.8 s) and the caption controls fade after 3 s.
  { file: 'docs/scene-overview.png', path: '/?present=curated&scene=1', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/scene-danfoss-wuxing.png', path: '/?present=curated&scene=3', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/scene-timeline.png', path: '/?present=curated&scene=2', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/scene-charts.png', path: '/?present=curated&scene=10', width: 1920, height: 1080, wait: 4500 },
  { file: 'docs/dashboard.png', path: '/?selected=cecep-catl-energy-storage-agreement', width: 1600, height: 1000 },
  { file: 'docs/map-1920x1080.png', path: '/?selected=cecep-catl-energy-storage-agreement', width: 1920, height: 1080, region: '.region-map', wait: 2000 },
  {
    file: 'docs/timeline.png',
    path: '/?from=2020-06-01&to=2021-12-31&selected=energy-chain-zibo-cqc-double-carbon-agreement',
    width: 1440,
    height: 1000,
    region: '.region-timeline',
    scale: 2,
    hover: /^Energy Chain.*City carbon goals$/,
  },
];

if (!existsSync(`data/synthetic/n${SYNTHETIC.count}-s${SYNTHETIC.seed}/manifest.json`)) {
  execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--count', String(SYNTHETIC.count), '--seed', String(SYNTHETIC.seed)], { stdio: 'inherit' });
}

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) break;
    await sleep(200);
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync('docs/zh', { recursive: true });
  const only = process.argv[2];
  for (const shot of SHOTS.filter((s) => only === undefined || s.file.includes(only))) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: shot.scale ?? 1 });
    await page.goto(`http://127.0.0.1:${PORT}${shot.path}`);
    await page.locator('.app-header .count strong').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.evaluate(() => document.fonts.ready);
    if (shot.act) await shot.act(page);
    const target = shot.region ? page.locator(shot.region) : page;
    if (shot.hover) await target.getByRole('button', { name: shot.hover }).first().hover();
    if (shot.wait) await page.waitForTimeout(shot.wait);
    await target.screenshot({ path: shot.file });
    console.log(`saved ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
