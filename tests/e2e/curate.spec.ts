import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { changedLineRange, copyDataset, recordLines } from '../curate/dataset-copy';
import { expect, test } from './fixtures';

/** A real article for the pasted source: the text of an archived one (tests write into copies of data/ only). */
const ARTICLE = readFileSync('data/sources/danfoss-wuxing-visit.en.txt', 'utf8');
const AGREEMENT = 'Secretary Wu also reached a cooperation agreement with Danfoss to promote the zero-carbon emission initiative of Wuxing District.';
const VISIT = 'On November 30, 2020, Wu Bingfang, Secretary of Party Committee of Wuxing District, led a delegation to visit Danfoss';

/**
 * `npm run data:check -- <dir>`: checkDatasetDir, run as the script runs it (tsx; the test runner
 * cannot load the JSON modules the check imports). Its output, or the failure with it.
 */
function dataCheck(dir: string): string {
  try {
    return execFileSync('npx', ['tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`data:check failed on ${dir}:\n${stdout}${stderr}`, { cause: error });
  }
}

type Dataset = Record<string, Array<Record<string, unknown>>>;
const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Dataset;

const side = (page: Page) => page.getByRole('complementary', { name: 'Problems and saving' });

async function openEditor(page: Page, path = '/?curate') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Curation' })).toBeVisible();
}

/**
 * Selects `passage` in a source text as a person would, its last character taken with
 * Shift+ArrowRight. The archive keeps the site's non-breaking spaces: any run of spaces matches.
 */
async function selectPassage(text: Locator, passage: string) {
  const pattern = new RegExp(passage.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(await text.inputValue());
  expect(match, `"${passage}" in the text`).not.toBeNull();
  await text.evaluate((el: HTMLTextAreaElement, [a, b]) => {
    el.focus();
    el.setSelectionRange(a!, b!);
  }, [match!.index, match!.index + match![0].length - 1]);
  await text.press('Shift+ArrowRight');
}

/** Opens one of the dataset's initiatives in the editor, as the chooser does: pick it, then Open. */
async function openRecord(page: Page, id: string) {
  await page.getByLabel('Initiative', { exact: true }).selectOption(id);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

async function tick(page: Page, group: string, names: string[]) {
  const fieldset = page.getByRole('group', { name: group });
  for (const name of names) await fieldset.getByRole('checkbox', { name, exact: true }).check();
}

/** Unzips the editor's download into a copy of data/, as a curator unzips it in the project folder. */
async function unpackInto(dir: string, download: { path(): Promise<string> }) {
  const files = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(files);
  for (const [name, bytes] of Object.entries(files)) {
    expect(name.startsWith('data/'), name).toBe(true);
    const to = join(dir, name.slice('data/'.length));
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, strFromU8(bytes));
  }
  return names;
}

test('adds an initiative from a pasted article, a place found in Chinese and a new organisation; data:check passes on the download', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page);

  // The source: a new article, pasted, with what is known of it.
  await page.getByRole('button', { name: 'Paste a new article' }).click();
  const text = page.getByLabel("The article's text, pasted as published");
  await text.fill(ARTICLE);
  await page.getByLabel('Headline').fill('Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss');
  await page.getByLabel('Source id').fill('danfoss-wuxing-visit-pasted');
  await page.getByLabel('Language of the text').selectOption('en');
  const sourceDate = page.getByRole('group', { name: 'Date of the article' });
  await sourceDate.getByLabel('Precision').selectOption('unknown');
  await sourceDate.getByRole('radio', { name: 'stated' }).check();

  // Two passages as quotes, each supporting its fields.
  await selectPassage(text, AGREEMENT);
  await expect(page.getByText(`${AGREEMENT.length} characters selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Quote the selected passage' }).click();
  await expect(page.getByLabel('Quote 1, verbatim')).toHaveValue(AGREEMENT);
  await tick(page, 'Fields quote 1 supports', ['Title', 'Instrument', 'Status', 'Parties', 'Places', 'Sectors']);
  await selectPassage(text, VISIT);
  await page.getByRole('button', { name: 'Quote the selected passage' }).click();
  await tick(page, 'Fields quote 2 supports', ['Date']);

  // What it is.
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Danfoss cooperation agreement with Wuxing District, Huzhou');
  await expect(page.getByLabel('Initiative id')).toHaveValue('danfoss-cooperation-agreement-with-wuxing-district-huzhou');
  await page.getByRole('textbox', { name: 'Summary', exact: true }).fill('Wu Bingfang, Secretary of Party Committee of Wuxing District, reached a cooperation agreement with Danfoss to promote the district\'s zero-carbon emission initiative.');
  await page.getByRole('combobox', { name: 'Instrument' }).selectOption('agreement-on-visit');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('agreed');
  const date = page.getByRole('group', { name: 'When it was signed, agreed or launched' });
  await date.getByLabel('Precision').selectOption('day');
  await date.getByLabel('Date', { exact: true }).fill('2020-11-30');
  await date.getByRole('radio', { name: 'stated' }).check();

  // Parties: one found by its Chinese name, one created, with the warning that it looks like one the dataset has.
  const findOrganisation = page.getByLabel('Find an organisation');
  await findOrganisation.fill('吴兴');
  await page.getByRole('button', { name: /^Add Wuxing District, Huzhou/ }).click();
  await page.getByLabel('Role of Wuxing District, Huzhou (District Party Committee)').selectOption('partner');
  await findOrganisation.fill('Danfoss China');
  await expect(page.getByText(/looks like an organisation the dataset has: Danfoss/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Create a new organisation named “Danfoss China”' }).click();
  await expect(page.getByText('This looks like an organisation the dataset has: Danfoss (Danfoss China).')).toBeVisible();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('multinational-company');
  await page.getByLabel('Role of Danfoss China').selectOption('partner');

  // The place, found by typing its Chinese name.
  await page.getByLabel('Find a place in the gazetteer').fill('湖州');
  await page.getByRole('button', { name: 'Add Huzhou 湖州市 (Zhejiang)' }).click();
  await expect(page.getByText('Huzhou (Zhejiang), gazetteer 330500')).toBeVisible();
  await page.getByRole('combobox', { name: 'Scope' }).selectOption('district');
  await page.getByLabel('Name', { exact: true }).last().fill('Wuxing District, Huzhou');
  await page.getByRole('group', { name: 'The place is' }).getByRole('radio', { name: 'stated' }).check();

  await tick(page, 'Sectors of sectors.json', ['Green cold chain', 'Energy recovery']);

  await expect(side(page).getByRole('status').first()).toHaveText('No problems: data:check passes with this draft.');
  await expect(side(page)).toContainText('Saving changes initiatives.json, organisations.json, sources.json, sources/danfoss-wuxing-visit-pasted.en.txt.');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('curate-new-initiative.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the changed files' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^curate-changes-\d{4}-\d{2}-\d{2}\.zip$/);
  const dir = copyDataset('curate-e2e-');
  try {
    const names = await unpackInto(dir, download);
    expect(names.sort()).toEqual(['data/initiatives.json', 'data/organisations.json', 'data/sources.json', 'data/sources/danfoss-wuxing-visit-pasted.en.txt']);
    const count = (file: string) => readJson('data', `${file}.json`)[file]!.length + 1;
    // One more of each, every quote of them found in the texts; the look-alike organisation is a warning, not an error.
    const checked = dataCheck(dir);
    expect(checked).toContain(`: OK — ${count('initiatives')} initiatives, ${count('organisations')} organisations, `);
    expect(checked).toMatch(new RegExp(`${count('sources')} sources, .*every quote found verbatim`));
    const added = readJson(dir, 'initiatives.json').initiatives!.find((i) => i.id === 'danfoss-cooperation-agreement-with-wuxing-district-huzhou')!;
    expect(added).toMatchObject({ instrument: 'agreement-on-visit', status: 'agreed', date: { value: '2020-11-30', precision: 'day', basis: 'stated' }, sectors: ['cold-chain', 'energy-recovery'], people: [] });
    expect(added.places).toEqual([{ scope: 'district', gazetteerId: '330500', name: 'Wuxing District, Huzhou', nameZh: '湖州市', basis: 'stated' }]);
    expect(added.parties).toEqual([{ organisation: 'wuxing-district-huzhou', role: 'partner' }, { organisation: 'danfoss-china', role: 'partner' }]);
    expect(added.sources).toEqual([{ source: 'danfoss-wuxing-visit-pasted', quotes: [{ text: AGREEMENT, supports: ['title', 'instrument', 'status', 'parties', 'places', 'sectors'] }, { text: VISIT, supports: ['date'] }] }]);
    // The Chinese name is the gazetteer's, not the source's: the record says so.
    expect(added.inferred).toEqual([{ field: 'places.0.nameZh', reason: "The gazetteer's Chinese name of Huzhou (330500); not in the source text.", reasonZh: '地名表中湖州（330500）的中文名称；来源原文中没有。' }]);
    expect(readJson(dir, 'organisations.json').organisations!.at(-1)).toEqual({ id: 'danfoss-china', name: 'Danfoss China', aliases: [], kind: 'multinational-company', homeCountry: null, sources: [] });
    expect(readJson(dir, 'sources.json').sources!.at(-1)).toEqual({
      id: 'danfoss-wuxing-visit-pasted',
      file: 'sources/danfoss-wuxing-visit-pasted.en.txt',
      title: 'Wu Bingfang, Secretary of Wuxing District Leads a Delegation to Visit Danfoss',
      publisher: null,
      date: { value: null, precision: 'unknown', basis: 'stated' },
      language: 'en',
    });
    expect(readFileSync(join(dir, 'sources/danfoss-wuxing-visit-pasted.en.txt'), 'utf8')).toBe(ARTICLE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an edited record changes only its own lines of initiatives.json', async ({ page }) => {
  await openEditor(page);
  await openRecord(page, 'energy-chain-zibo-cqc-double-carbon-agreement');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(/^Energy Chain, Zibo Municipal People's Government/);
  await tick(page, 'Sectors of sectors.json', ['Green finance and ESG']);
  await expect(side(page)).toContainText('Saving changes initiatives.json.');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the changed files' }).click();
  const dir = copyDataset('curate-e2e-');
  try {
    expect(await unpackInto(dir, await downloading)).toEqual(['data/initiatives.json']);
    const before = readFileSync('data/initiatives.json', 'utf8');
    const after = readFileSync(join(dir, 'initiatives.json'), 'utf8');
    const [first, last] = recordLines(before, 'energy-chain-zibo-cqc-double-carbon-agreement');
    const range = changedLineRange(before, after)!;
    expect(range.before).toEqual(range.after);
    expect(range.before[0]).toBeGreaterThanOrEqual(first);
    expect(range.before[1]).toBeLessThanOrEqual(last);
    expect(after.split('\n')[range.after[0] - 1]).toBe('      "sectors": ["city-decarbonisation", "digitalisation", "green-finance"],');
    dataCheck(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl+Z and the Undo button step back; a draft survives a reload until it is discarded', async ({ page }) => {
  await openEditor(page);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  const instrument = page.getByRole('combobox', { name: 'Instrument' });
  await title.fill('Huzhou cold-chain memorandum');
  await instrument.selectOption('memorandum');
  await title.press('Control+z');
  await expect(instrument).toHaveValue('');
  await side(page).getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Huzhou cold-chain memorandum');
  await side(page).getByRole('button', { name: 'Redo' }).click();
  await expect(instrument).toHaveValue('memorandum');

  await page.reload();
  await expect(page.getByText(/^Your draft from .+ was restored\./)).toBeVisible();
  await expect(title).toHaveValue('Huzhou cold-chain memorandum');
  await expect(instrument).toHaveValue('memorandum');

  await side(page).getByRole('button', { name: 'Discard the draft' }).click();
  await side(page).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(title).toHaveValue('');
  await page.reload();
  await expect(title).toHaveValue('');
  await expect(page.getByText(/was restored/)).toHaveCount(0);
});

test('another initiative replaces a changed draft only when asked; an archived text is selected with the keyboard alone', async ({ page }) => {
  await openEditor(page);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Huzhou cold-chain memorandum');
  // An arrow key on the chooser replaces nothing; Open asks first, and Keep editing keeps the draft.
  const chooser = page.getByLabel('Initiative', { exact: true });
  await chooser.focus();
  await page.keyboard.press('ArrowDown');
  await expect(title).toHaveValue('Huzhou cold-chain memorandum');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(title).toHaveValue('Huzhou cold-chain memorandum');
  await expect(chooser).toBeFocused();
  await chooser.selectOption('danfoss-wuxing-zero-carbon-agreement');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Replace the draft' }).click();
  await expect(title).toHaveValue(/^Danfoss cooperation agreement/);

  // The archived text takes a caret and Shift+arrows, but no edit.
  const text = page.getByRole('textbox', { name: 'Source text' });
  const before = await text.inputValue();
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByText('12 characters selected')).toBeVisible();
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(text).toHaveValue(before);
});

test('the keyboard keeps its place when an action takes away the button it pressed', async ({ page }) => {
  await openEditor(page);
  const search = page.getByLabel('Find a place in the gazetteer');
  await search.fill('湖州');
  const add = page.getByRole('button', { name: 'Add Huzhou 湖州市 (Zhejiang)' });
  await add.focus();
  await page.keyboard.press('Enter');
  // The result is gone; the search field, where the next place is found, has the focus.
  await expect(page.getByRole('button', { name: /^Remove / }).first()).toBeVisible();
  await expect(search).toBeFocused();
  const remove = page.getByRole('button', { name: /^Remove / }).first();
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(remove).toHaveCount(0);
  await expect(search).toBeFocused();
  // "Paste a new article" is disabled once pressed: focus stays in the sources section.
  const paste = page.getByRole('button', { name: 'Paste a new article' });
  await paste.focus();
  await page.keyboard.press('Enter');
  await expect(paste).toBeDisabled();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby') ?? document.activeElement?.tagName)).toBe('curate-sources-title');
});

test('a quote that is not verbatim in its source cannot be saved', async ({ page }) => {
  await openEditor(page);
  await openRecord(page, 'danfoss-wuxing-zero-carbon-agreement');
  const quote = page.getByLabel('Quote 1, verbatim');
  await quote.fill(`${await quote.inputValue()} and more`);
  // Marked at the quote itself and listed with the problems; saving waits.
  const problem = /^quote ".+" is not verbatim in source "danfoss-wuxing-visit"$/;
  await expect(page.locator('.curate-field-problems').getByText(problem)).toBeVisible();
  await expect(quote).toHaveAttribute('aria-invalid', 'true');
  await expect(side(page).getByRole('listitem').filter({ hasText: 'is not verbatim in source' })).toHaveText(/^sources\.0\.quotes\.0\.text: quote ".+" is not verbatim in source "danfoss-wuxing-visit"$/);
  await expect(side(page).getByRole('button', { name: 'Download the changed files' })).toBeDisabled();
  await expect(side(page)).toContainText('Saving waits until there are no problems.');

  // The same in Chinese, every string of the editor from its locale file.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '数据整理' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '问题与保存' }).getByRole('listitem').filter({ hasText: '的原文不一致' })).toHaveText(/^sources\.0\.quotes\.0\.text：引文“.+”与来源“danfoss-wuxing-visit”的原文不一致$/);
  await expect(page.getByRole('button', { name: '下载改动的文件' })).toBeDisabled();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test.describe('npm run curate: the dev server writes into the dataset folder', () => {
  const PORT = 5185;
  let dir: string;
  let server: ChildProcess | null = null;
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = copyDataset('curate-e2e-dev-');
    // `npm run curate` as a curator starts it, writing into a copy of data/; Vite's cache apart from other dev servers'.
    const env = { ...process.env, CURATE_DATA_DIR: dir, CURATE_PORT: String(PORT), CURATE_HOST: '127.0.0.1', CURATE_CACHE_DIR: join(dir, '.vite-cache') };
    server = spawn('npm', ['run', 'curate'], { env, detached: true, stdio: 'ignore' });
    for (let i = 0; ; i++) {
      const up = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 200 || server.exitCode !== null) throw new Error('npm run curate did not start');
      await new Promise((done) => setTimeout(done, 250));
    }
  });
  test.afterAll(() => {
    // The script and the server it started: the process group of the one child this test spawned.
    if (server?.pid) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  });

  test('the header leads to the editor, whose save is checked and written', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Curate' });
    await expect(link).toBeVisible({ timeout: 90_000 });
    await link.click();
    await expect(page.getByText('Saving checks the whole dataset as npm run data:check does, then writes the changed files into the dataset folder.')).toBeVisible({ timeout: 60_000 });

    await openRecord(page, 'energy-chain-zibo-cqc-double-carbon-agreement');
    await tick(page, 'Sectors of sectors.json', ['Green finance and ESG']);
    await side(page).getByRole('button', { name: 'Save to the dataset' }).click();
    await expect(side(page)).toContainText('Saved initiatives.json. The draft is cleared.');
    expect(readJson(dir, 'initiatives.json').initiatives!.find((i) => i.id === 'energy-chain-zibo-cqc-double-carbon-agreement')!.sectors).toContain('green-finance');
    dataCheck(dir);

    // The endpoint itself refuses what data:check would fail, and a path outside the folder.
    const before = readFileSync(join(dir, 'initiatives.json'), 'utf8');
    const invalid = await page.request.post('/__curate/write', { data: { files: [{ path: 'initiatives.json', text: before.replace('"status": "signed"', '"status": ""') }] } });
    expect(invalid.status()).toBe(422);
    expect(((await invalid.json()) as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    expect((await page.request.post('/__curate/write', { data: { files: [{ path: '../initiatives.json', text: before }] } })).status()).toBe(403);
    expect(readFileSync(join(dir, 'initiatives.json'), 'utf8')).toBe(before);
  });
});
