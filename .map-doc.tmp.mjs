import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const outside = [];
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:4301') && !r.url().startsWith('data:')) outside.push(r.url()); });
await page.goto('http://127.0.0.1:4301' + (process.argv[2] ?? '/?selected=cecep-catl-energy-storage-agreement'));
await page.locator('path.map-province').first().waitFor();
await page.waitForTimeout(2000);
await page.mouse.move(5, 5);
if (process.env.SCROLL) { await page.evaluate(() => window.scrollTo(0, document.querySelector('.region-map').getBoundingClientRect().top + window.scrollY - 8)); await page.waitForTimeout(500); }
if (process.argv[4]) await page.locator(process.argv[4]).screenshot({ path: process.argv[3] }); else await page.screenshot({ path: process.argv[3] ?? '/tmp/doc.png' });
console.log('outside', outside);
await browser.close();
