import type { Locator, Page } from '@playwright/test';
import { readPngText } from '../../src/lib/png-text';
import { expect, test } from './fixtures';
import { inkedPixels } from './png-pixels';

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const menu = (page: Page) => page.getByRole('group', { name: 'Download' });

/** Presses an image export's button and takes the defaults its title and note dialog offers (Enter). */
async function download(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  await button.click();
  await expect(page.getByRole('dialog').getByRole('textbox').first()).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), body: readFileSync(path!) };
}


test('report figures: the dashboard, the map alone and the timeline alone, with title, filters, source and date, without controls', async ({ page }) => {
  await page.goto('/?sector=digitalisation');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const sizes = {
    map: (await region('Map').locator('.map-frame').boundingBox())!,
    timeline: (await region('Timeline').locator('.tl-plot').boundingBox())!,
  };
  const today = new Date().toISOString().slice(0, 10);

  for (const [button, kind, title] of [
    ['Dashboard PNG', 'dashboard', 'Carbon-reduction initiatives in China (curated)'],
    ['Map PNG', 'map', 'Carbon-reduction initiatives in China (curated): where the initiatives are'],
    ['Timeline PNG', 'timeline', 'Carbon-reduction initiatives in China (curated): when they were dated'],
  ] as const) {
    const file = await download(page, menu(page).getByRole('button', { name: button, exact: true }));
    expect(file.name).toMatch(new RegExp(`^carbon-initiatives-${kind}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect([...file.body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    await expect(menu(page).getByRole('status')).toHaveText(`Downloaded ${file.name}`);
    const image = await inkedPixels(page, file.body);
    expect(image.inked, `${kind}: drawn, not blank`).toBeGreaterThan(image.width * image.height * 0.03);
    // The text the figure is drawn with travels in the file, for report tools (and this check).
    const text = readPngText(file.body);
    expect(text['Title']).toBe(title);
    expect(text['Description']).toBe('Showing 3 of 6 initiatives\nFilters: Sector: Digitalisation');
    expect(text['Source']).toMatch(/^Source: Carbon-reduction initiatives in China \(curated\); every initiative is traced to an archived source text\. Exported \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.$/);
    expect(text['Creation Time']!.slice(0, 10)).toBe(today);
    if (kind === 'dashboard') {
      // The map beside the timeline, the charts under them, at twice the CSS size.
      expect(image.width).toBeGreaterThan(2 * (sizes.map.width + sizes.timeline.width));
      expect(image.height).toBeGreaterThan(2 * 1000);
    } else {
      const drawing = sizes[kind];
      expect(image.width).toBeGreaterThanOrEqual(Math.round(drawing.width * 2));
      expect(image.height).toBeGreaterThan(Math.round(drawing.height * 2));
      // A figure of one view, not the whole page.
      expect(image.width).toBeLessThan(2 * 1300);
    }
    if (process.env.SAVE_EXPORT_EXAMPLES) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`docs/export-figure-${kind}.png`, file.body);
    }
  }
  // The page's own controls are untouched by the export.
  await expect(region('Map').getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(region('Timeline').getByRole('button', { name: /Play/ })).toBeVisible();
});

test('a figure in Chinese: the title, filters and credit in Chinese, in the PNG and its text', async ({ page }) => {
  await page.goto('/?lang=zh&partner=catl');
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(/2/);
  const file = await download(page, page.getByRole('group', { name: '下载' }).getByRole('button', { name: '地图PNG', exact: true }));
  expect(file.name).toMatch(/^中国减碳合作举措-地图-\d{4}-\d{2}-\d{2}\.png$/);
  const text = readPngText(file.body);
  expect(text['Title']).toBe('中国减碳合作举措（精选数据集）：举措分布地图');
  expect(text['Description']).toBe('显示2项举措，共6项\n筛选条件：合作方：宁德时代');
  expect(text['Source']).toMatch(/^来源：中国减碳合作举措（精选数据集）；.*导出时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}。$/);
  const image = await inkedPixels(page, file.body);
  expect(image.inked).toBeGreaterThan(image.width * image.height * 0.03);
});
