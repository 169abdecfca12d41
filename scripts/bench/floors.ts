import type { Browser } from '@playwright/test';
import type { Interaction } from './interactions';
import { measureInteractions, measureReady, openPage } from './measure';

/** The dataset as `?dataset=` names it: null for the curated one (data/), else e.g. "synthetic/n10000-s7". */
export type DatasetName = string | null;

export const datasetQuery = (dataset: DatasetName) => (dataset ? `?dataset=${dataset}` : '');

/** The frame floor's one interaction, pressed as often as the app's script has interactions. */
export function floorInteractions(count: number): Interaction[] {
  return Array.from({ length: count }, (_, i) => ({ name: `toggle ${i + 1}`, run: (page) => page.getByRole('button', { name: 'Toggle' }).click() }));
}

/** Load floor: navigation start to its ready mark, in a fresh page (scripts/bench/floor/load.html). */
export async function measureLoadFloor(browser: Browser, floorBase: string, dataset: DatasetName): Promise<number> {
  const page = await openPage(browser);
  try {
    return await measureReady(page, `${floorBase}/load.html${datasetQuery(dataset)}`);
  } finally {
    await page.close();
  }
}

/** Frame floor: Event Timing durations of `presses` toggles on a page of `elements` elements (scripts/bench/floor/frame.html). */
export async function measureFrameFloor(browser: Browser, floorBase: string, elements: number, presses: number): Promise<number[]> {
  const page = await openPage(browser);
  try {
    await measureReady(page, `${floorBase}/frame.html?elements=${elements}`);
    return (await measureInteractions(page, floorInteractions(presses))).durations;
  } finally {
    await page.close();
  }
}
