import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { readPngText } from '../../src/lib/png-text';
import { expect, test } from './fixtures';
import { inkedPixels } from './png-pixels';

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });
const menu = (page: Page) => page.getByRole('group', { name: 'Download' });
const card = (page: Page, title: string) => page.getByRole('region', { name: 'Charts' }).getByRole('region', { name: title, exact: true });
const gazetteer = JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as { places: Array<{ id: string; lat: number; lon: number }> };
const point = (id: string) => gazetteer.places.find((p) => p.id === id)!;
const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

async function download(page: Page, start: () => Promise<unknown>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** Reads a CSV file as a spreadsheet would: UTF-8 with its byte-order mark, a header row. */
function readCsv(bytes: Uint8Array): Array<Record<string, string>> {
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark for Excel').toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(strFromU8(bytes.subarray(3)), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The dialog an image export opens first: the title prefilled, the note empty. */
async function figureDialog(page: Page, button: Locator, what: string) {
  await button.click();
  const dialog = page.getByRole('dialog', { name: `Title and note for ${what}` });
  await expect(dialog).toBeVisible();
  return { dialog, title: dialog.getByRole('textbox', { name: 'Title' }), note: dialog.getByRole('textbox', { name: 'Note' }) };
}

test('the CSV export is a .zip of the initiatives in both languages, with coordinates, dates, first quotes, and a companion file', async ({ page }) => {
  await page.goto('/?partner=catl');
  await expect(count(page)).toHaveText('Showing 2 of 6 initiatives');
  const file = await download(page, () => menu(page).getByRole('button', { name: 'CSV (.zip)' }).click());
  expect(file.name).toMatch(/^carbon-initiatives-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(menu(page).getByRole('status')).toHaveText(`Downloaded ${file.name}`);
  const zip = unzipSync(new Uint8Array(file.body));
  expect(Object.keys(zip).sort()).toEqual(['about.csv', 'initiatives.csv']);

  const rows = readCsv(zip['initiatives.csv']!);
  expect(rows.map((r) => r.id).sort()).toEqual(['catl-liaoning-fangda-zero-carbon-cluster', 'cecep-catl-energy-storage-agreement']);
  const cecep = rows.find((r) => r.id === 'cecep-catl-energy-storage-agreement')!;
  expect(cecep).toMatchObject({
    title_en: 'CECEP and CATL strategic cooperation agreement on energy storage',
    partners_en: 'China Energy Conservation and Environmental Protection Group; CATL',
    partner_ids: 'cecep; catl',
    places_en: 'Ningde, Fujian',
    gazetteer_ids: '350900',
    gazetteer_names_zh: '宁德市',
    provinces_en: 'Fujian',
    provinces_zh: '福建省',
    latitudes: String(point('350900').lat),
    longitudes: String(point('350900').lon),
    date: '25 Feb 2025',
    date_iso: '2025-02-25',
    date_precision: 'day',
    date_basis: 'inferred',
    status_code: 'signed',
    quote_language: 'ru',
    quote_source: 'gasgoo-catl-cecep-fangda',
  });
  // The Chinese names are there in an English export, in their own columns.
  expect(cecep.partners_zh!.split('; ')).toHaveLength(2);
  expect(cecep.partners_zh).toMatch(/宁德时代/);
  expect(cecep.sectors_zh).toContain('储能');
  expect(Number(cecep.latitudes)).toBeCloseTo(26.66, 1);
  expect(cecep.quote).toMatch(/^25 февраля /);
  expect(cecep.date_reason).toMatch(/no year/);
  const fangda = rows.find((r) => r.id === 'catl-liaoning-fangda-zero-carbon-cluster')!;
  expect(fangda).toMatchObject({ place_scopes: 'province', gazetteer_ids: '210000', provinces_zh: '辽宁省', latitudes: String(point('210000').lat) });

  const about = new Map(readCsv(zip['about.csv']!).map((r) => [r.item!, r.value!]));
  expect(about.get('Dataset')).toBe('Carbon-reduction initiatives in China (curated)');
  expect(about.get('Version')).toMatch(/\S/);
  expect(about.get('Filters applied')).toBe('Partner: CATL');
  expect(about.get('Rows')).toBe('2 of 6 initiatives, one row each');
  expect(about.get('Exported')).toContain(`(${new Date().toISOString().slice(0, 10)}`);
  expect(about.get('Coordinates')).toMatch(/WGS 84 datum/);
  // Every column of initiatives.csv is explained, by its header.
  for (const column of Object.keys(rows[0]!)) expect(about.get(column), column).toMatch(/\w{3}/);
});

test('a Chinese CSV export heads its columns in Chinese and still gives both languages', async ({ page }) => {
  await page.goto('/?lang=zh&partner=catl');
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(/2/);
  const file = await download(page, () => page.getByRole('group', { name: '下载' }).getByRole('button', { name: 'CSV（压缩包）' }).click());
  const zip = unzipSync(new Uint8Array(file.body));
  const cecep = readCsv(zip['initiatives.csv']!).find((r) => r['编号'] === 'cecep-catl-energy-storage-agreement')!;
  expect(cecep).toMatchObject({ '标题（英文）': 'CECEP and CATL strategic cooperation agreement on energy storage', '日期': '2025年2月25日', '日期精度': '日', '日期依据': '推断', '省级行政区（中文）': '福建省', '省级行政区（英文）': 'Fujian' });
  const about = new Map(readCsv(zip['about.csv']!).map((r) => [r['项目']!, r['内容']!]));
  expect(about.get('已应用的筛选条件')).toBe('合作方：宁德时代');
  expect(about.get('坐标')).toContain('WGS 84坐标系');
});

test('a chart downloads as a standalone SVG with the title and note typed in the dialog', async ({ page }, testInfo) => {
  await page.goto('/?sector=digitalisation');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  const sectors = card(page, 'Initiatives by partner kind');
  const { dialog, title, note } = await figureDialog(page, sectors.getByRole('button', { name: 'Download SVG of Initiatives by partner kind' }), 'the chart SVG');
  await expect(title).toHaveValue('Initiatives by partner kind');
  await expect(title).toBeFocused();
  await expect(note).toHaveValue('');
  expect(await seriousViolations(page, '.figure-text-dialog')).toEqual([]);
  await title.fill('Who signs digital deals');
  await note.fill('Draft for the June briefing');
  const file = await download(page, () => note.press('Enter'));
  await expect(dialog).toBeHidden();
  expect(file.name).toMatch(/^chart-who-signs-digital-deals-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = file.body.toString('utf8');

  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      name: root.localName,
      ns: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      font: root.getAttribute('font-family'),
      title: root.querySelector('title')?.textContent,
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      rects: root.querySelectorAll('rect').length,
      foreignObjects: root.querySelectorAll('foreignObject').length,
    };
  }, svg);
  expect(parsed).toMatchObject({ errors: 0, name: 'svg', ns: 'http://www.w3.org/2000/svg', title: 'Who signs digital deals', foreignObjects: 0 });
  expect(parsed.width).toMatch(/^\d+px$/);
  expect(parsed.viewBox).toBe(`0 0 ${parseInt(parsed.width!)} ${parseInt(parsed.height!)}`);
  expect(parsed.font).toContain('Noto Sans SC Subset');
  const words = parsed.texts.join(' ');
  expect(parsed.texts[0]).toBe('Who signs digital deals');
  expect(words).not.toContain('Initiatives by partner kind');
  expect(words).toContain('Note: Draft for the June briefing');
  expect(words).toMatch(/Source: Carbon-reduction initiatives in China \(curated\)/);
  expect(words).toMatch(/Exported \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}/);
  expect(words).toContain('Filters: Sector: Digitalisation');
  expect(words).toContain('Multinational company');
  // Bars, swatches and the background are shapes, not a picture.
  expect(parsed.rects).toBeGreaterThan(5);
  // It draws: the browser renders it as an image of its stated size, not blank.
  const drawn = await inkedPixels(page, Buffer.from(svg), 'image/svg+xml');
  expect(drawn.width).toBe(parseInt(parsed.width!));
  expect(drawn.inked).toBeGreaterThan(drawn.width * drawn.height * 0.02);
  await expect(sectors.getByRole('status')).toHaveText(`Downloaded ${file.name}`);
  // Kept for review beside the test's other output.
  writeFileSync(testInfo.outputPath('chart.svg'), svg);
});

test('the partner matrix as SVG in Chinese: its names, counts and credit are text', async ({ page }, testInfo) => {
  await page.goto('/?lang=zh');
  const matrix = page.getByRole('region', { name: '图表' }).getByRole('region', { name: '合作关系', exact: true });
  const button = matrix.getByRole('button', { name: /^下载“.+”的SVG$/ });
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: '标题' })).toBeFocused();
  const file = await download(page, () => page.keyboard.press('Enter'));
  const svg = file.body.toString('utf8');
  writeFileSync(testInfo.outputPath('matrix.svg'), svg);
  expect(svg).toContain('>丹佛斯</text>');
  expect(svg).toContain('>合作关系</text>');
  expect(svg).toContain('来源：中国减碳合作举措（精选数据集）');
  // The Chinese face travels in the file: a report tool has no web fonts.
  expect(svg).toMatch(/@font-face/);
  expect(svg).not.toContain('<foreignObject');
});

test('a map PNG and a chart PNG carry the title and note typed in the dialog; Enter alone keeps the default', async ({ page }) => {
  await page.goto('/?sector=digitalisation');
  await expect(count(page)).toHaveText('Showing 3 of 6 initiatives');
  const map = await figureDialog(page, menu(page).getByRole('button', { name: 'Map PNG', exact: true }), 'the map image');
  await expect(map.title).toHaveValue('Carbon-reduction initiatives in China (curated): where the initiatives are');
  await map.title.fill('Digital initiatives by place');
  await map.note.fill('Three of six initiatives');
  const png = await download(page, () => map.dialog.getByRole('button', { name: 'Download' }).click());
  const text = readPngText(png.body);
  expect(text['Title']).toBe('Digital initiatives by place');
  expect(text['Comment']).toBe('Three of six initiatives');
  expect(text['Description']).toBe('Showing 3 of 6 initiatives\nFilters: Sector: Digitalisation');
  const image = await inkedPixels(page, png.body);
  expect(image.inked).toBeGreaterThan(image.width * image.height * 0.03);
  // Focus is back on the button that asked, and the next time the dialog offers the same words.
  await expect(menu(page).getByRole('button', { name: 'Map PNG', exact: true })).toBeFocused();
  const again = await figureDialog(page, menu(page).getByRole('button', { name: 'Map PNG', exact: true }), 'the map image');
  await expect(again.title).toHaveValue('Digital initiatives by place');
  await expect(again.note).toHaveValue('Three of six initiatives');
  await page.keyboard.press('Escape');
  await expect(again.dialog).toBeHidden();

  const sectors = card(page, 'Initiatives by sector');
  await sectors.getByRole('button', { name: 'Download PNG of Initiatives by sector' }).click();
  const chart = await download(page, () => page.keyboard.press('Enter'));
  expect(chart.name).toMatch(/^chart-initiatives-by-sector-\d{4}-\d{2}-\d{2}\.png$/);
  expect(readPngText(chart.body)['Title']).toBe('Initiatives by sector');
  expect(readPngText(chart.body)['Comment']).toBeUndefined();
});

test('10,000 synthetic initiatives: the CSV export holds every row, and its companion file says the data is synthetic', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?dataset=synthetic/n10000-s1');
  await expect(count(page)).toHaveText('Showing 10,000 of 10,000 initiatives', { timeout: 60_000 });
  const file = await download(page, () => menu(page).getByRole('button', { name: 'CSV (.zip)' }).click());
  const zip = unzipSync(new Uint8Array(file.body));
  const rows = readCsv(zip['initiatives.csv']!);
  expect(rows).toHaveLength(10_000);
  expect(rows.filter((r) => r.latitudes !== '').length).toBeGreaterThan(1000);
  expect(rows.every((r) => r.quote !== '' && r.quote_source !== '')).toBe(true);
  const about = new Map(readCsv(zip['about.csv']!).map((r) => [r.item!, r.value!]));
  expect(about.get('Kind of data')).toBe('SYNTHETIC TEST DATA, not real initiatives');
  expect(about.get('Loaded from')).toBe('data/synthetic/n10000-s1/');
  expect(about.get('Rows')).toBe('10,000 of 10,000 initiatives, one row each');
});
