import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { OFFLINE_COPY } from './global-setup';

interface Ref {
  source: string;
  quotes: Array<{ text: string; translations?: { en?: string; zh?: string } }>;
}
const { initiatives } = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<{ id: string; title: string; sources: Ref[] }> };
const CECEP = initiatives.find((i) => i.id === 'cecep-catl-energy-storage-agreement')!;
const seriousOrCritical = (violations: Array<{ impact?: string | null; id: string }>) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);

test('the archived text opens in a reader with every quote of the record highlighted and translated', async ({ page }) => {
  await page.goto(`/?selected=${CECEP.id}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(CECEP.title);
  await expect(details).toContainText('Original address not recorded');
  const read = details.getByRole('button', { name: 'Read the archived text' });
  await read.click();

  const dialog = page.getByRole('dialog', { name: 'Archived text Untitled article' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole('article', { name: 'Text of the source' });
  await expect(text).toHaveAttribute('lang', 'ru');
  await expect(text.locator('mark').first()).toBeVisible();
  const quotes = CECEP.sources[0]!.quotes;
  // Every quote of the record is marked, each where its words are.
  const marked = await text.locator('mark').evaluateAll((marks) => [...new Set(marks.flatMap((m) => m.getAttribute('data-quotes')!.split(' ')))]);
  expect(marked.sort()).toEqual(quotes.map((_, i) => String(i)));
  for (const [i, quote] of quotes.entries()) {
    const words = await text.locator(`mark[data-quotes~="${i}"]`).evaluateAll((marks) => marks.map((m) => [...m.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join(' '));
    expect(words.replace(/\s+/g, ' ')).toBe(quote.text.replace(/\s+/g, ' '));
  }
  // A proportional font, not the raw file's monospace.
  expect(await text.locator('p').first().evaluate((p) => getComputedStyle(p).fontFamily)).not.toMatch(/mono/i);

  // Beside it, each quote's translation, marked as the curator's.
  const side = dialog.getByRole('complementary', { name: 'Quotes of this initiative' });
  await expect(side).toContainText(`${quotes.length} of ${quotes.length} quotes highlighted in the text.`);
  for (const quote of quotes) await expect(side).toContainText(quote.translations!.en!);
  await expect(side.getByText("Curator's translation")).toHaveCount(quotes.length);

  // A quote in the side list scrolls its mark into view.
  const last = quotes.length - 1;
  await side.getByRole('button', { name: new RegExp(`^Quote ${last + 1} `) }).click();
  const target = text.locator(`mark[data-quotes~="${last}"]`).first();
  await expect(target).toHaveClass(/current/);
  await expect(target).toBeInViewport();

  await page.screenshot({ path: test.info().outputPath('sources-reader.png') });
  expect(seriousOrCritical((await new AxeBuilder({ page }).include('.source-reader').analyze()).violations)).toEqual([]);

  // The plain file is one link away, on this origin.
  const href = await dialog.getByRole('link', { name: 'Open the plain text file' }).getAttribute('href');
  expect((await page.request.get(href!)).status()).toBe(200);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(read).toBeFocused();
});

test('the reader speaks Chinese, with the curator\'s Chinese translations beside the Russian text', async ({ page }) => {
  await page.goto(`/?selected=${CECEP.id}&lang=zh`);
  const details = page.getByRole('region', { name: '详情' });
  await expect(details).toContainText('未记录原文网址');
  await details.getByRole('button', { name: '阅读存档原文' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('无标题文章');
  const side = dialog.getByRole('complementary', { name: '本项举措的引文' });
  for (const quote of CECEP.sources[0]!.quotes) await expect(side).toContainText(quote.translations!.zh!);
  await expect(side.getByText('编者译文')).toHaveCount(CECEP.sources[0]!.quotes.length);
  await expect(dialog.locator('mark').first()).toBeVisible();
  expect(seriousOrCritical((await new AxeBuilder({ page }).include('.source-reader').analyze()).violations)).toEqual([]);
  await page.getByRole('button', { name: '关闭存档原文' }).click();
  await expect(dialog).toBeHidden();
});

test('Cite copies the initiative\'s citation, and the header cites the dataset', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/?selected=${CECEP.id}&q=catl`);
  const details = page.getByRole('region', { name: 'Details' });
  const cite = details.getByRole('button', { name: 'Cite this initiative' });
  await cite.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this initiative' });
  const citation = (await dialog.locator('.citation-text').textContent())!;
  expect(citation).toMatch(/^China Energy Conservation and Environmental Protection Group and CATL\. “CECEP and CATL strategic cooperation agreement on energy storage”, 25 Feb 2025 \(inferred\)\. In: Carbon-reduction initiatives in China \(curated\) \[dataset\]\. Version 0\.1\.0; data as of \d{1,2} \w{3} \d{4}; licence not stated\. /);
  expect(citation).toContain(`${baseURL}/?selected=${CECEP.id} (accessed `);
  expect(citation).not.toContain('q=catl');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  expect(seriousOrCritical((await new AxeBuilder({ page }).include('.cite-dialog').analyze()).violations)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();

  const citeData = page.getByRole('button', { name: 'Cite this dataset' });
  await citeData.click();
  const data = page.getByRole('dialog', { name: 'Cite this dataset' });
  await expect(data.locator('.citation-text')).toHaveText(/^Carbon-reduction initiatives in China \(curated\) \[dataset\]\. Version 0\.1\.0; data as of \d{1,2} \w{3} \d{4}; licence not stated\. http:\/\/\S+\?\S*q=catl\S* \(accessed \d{1,2} \w{3} \d{4}\)\.$/);
  await data.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Carbon-reduction initiatives in China/);
  await data.getByRole('button', { name: 'Close' }).click();
  await expect(citeData).toBeFocused();
});

test('the reader works on the 10,000-initiative synthetic dataset', async ({ page }) => {
  const { initiatives: synthetic } = JSON.parse(readFileSync('data/synthetic/n10000-s1/initiatives.json', 'utf8')) as { initiatives: Array<{ id: string; title: string; sources: Ref[] }> };
  const record = synthetic.find((i) => i.sources[0]!.quotes.length > 1) ?? synthetic[0]!;
  await page.goto(`/?dataset=synthetic/n10000-s1&selected=${record.id}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(record.title);
  await details.getByRole('button', { name: 'Read the archived text' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark').first()).toBeVisible();
  const marked = await dialog.locator('mark').evaluateAll((marks) => new Set(marks.flatMap((m) => m.getAttribute('data-quotes')!.split(' '))).size);
  expect(marked).toBe(record.sources[0]!.quotes.length);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the reader works in the offline copy, from file:// with every request refused', async ({ browser }) => {
  expect(existsSync(OFFLINE_COPY), `${OFFLINE_COPY}: made by the e2e global setup`).toBe(true);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    if (/^(file|data|blob):/.test(route.request().url())) return route.continue();
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(OFFLINE_COPY).href}?selected=${CECEP.id}`);
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Read the archived text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archived text Untitled article' });
  await expect(dialog.locator('mark').first()).toBeVisible();
  const marked = await dialog.locator('mark').evaluateAll((marks) => new Set(marks.flatMap((m) => m.getAttribute('data-quotes')!.split(' '))).size);
  expect(marked).toBe(CECEP.sources[0]!.quotes.length);
  expect(refused).toEqual([]);
  await context.close();
});
