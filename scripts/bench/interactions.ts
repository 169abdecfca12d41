import type { Page } from '@playwright/test';

/** One scripted user action; `run` uses real input (Playwright's trusted events), never sleeps. */
export interface Interaction {
  name: string;
  run(page: Page): Promise<void>;
}

const picker = (page: Page, name: string) => page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
const firstOption = (page: Page, name: string) => page.getByRole('group', { name: `${name} filter` }).getByRole('checkbox').first();

function toggleFilter(name: string): Interaction[] {
  return [
    { name: `open ${name} filter`, run: (page) => picker(page, name).click() },
    { name: `tick a ${name}`, run: (page) => firstOption(page, name).click() },
    { name: `untick the ${name}`, run: (page) => firstOption(page, name).click() },
    { name: `close ${name} filter`, run: (page) => page.keyboard.press('Escape') },
  ];
}

function typeSearch(text: string): Interaction[] {
  return [...text].map((ch, i) => ({
    name: `search: type "${text.slice(0, i + 1)}"`,
    run: async (page: Page) => {
      if (i === 0) await page.getByRole('searchbox', { name: 'Search' }).focus();
      await page.keyboard.type(ch);
    },
  }));
}

const chartBar = (page: Page, chart: string) => page.getByRole('region', { name: chart }).getByRole('toolbar').getByRole('button').first();

/** The scripted mix: filter pickers, chart clicks, timeline brush keys, search typing, map selection. */
export const INTERACTIONS: Interaction[] = [
  ...toggleFilter('Sector'),
  ...toggleFilter('Status'),
  { name: 'click a sector bar', run: (page) => chartBar(page, 'Initiatives by sector').click() },
  { name: 'click the sector bar again', run: (page) => chartBar(page, 'Initiatives by sector').click() },
  { name: 'click a partner bar', run: (page) => chartBar(page, 'Initiatives by partner').click() },
  { name: 'click the partner bar again', run: (page) => chartBar(page, 'Initiatives by partner').click() },
  { name: 'timeline: focus brush start', run: (page) => page.getByRole('slider').first().focus() },
  { name: 'timeline: brush start +1 year', run: (page) => page.keyboard.press('Shift+ArrowRight') },
  { name: 'timeline: brush start +1 year again', run: (page) => page.keyboard.press('Shift+ArrowRight') },
  { name: 'timeline: clear range', run: (page) => page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Clear/ }).first().click() },
  ...typeSearch('shang'),
  { name: 'search: clear', run: (page) => page.getByRole('searchbox', { name: 'Search' }).fill('') },
  { name: 'map: select a place', run: (page) => page.getByRole('region', { name: 'Places on the map' }).getByRole('button').first().click() },
  { name: 'map: select another place', run: (page) => page.getByRole('region', { name: 'Places on the map' }).getByRole('button').nth(1).click() },
];
