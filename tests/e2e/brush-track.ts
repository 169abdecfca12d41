import type { Locator } from '@playwright/test';

/**
 * Where the timeline's brush runs: the page x of its two handles at rest (the ends of the axis) and
 * the plot's box, scrolled into view, for drags across the plot.
 */
export async function brushTrack(region: Locator): Promise<{ x0: number; x1: number; box: { x: number; y: number; width: number; height: number } }> {
  const plot = region.locator('.tl-plot');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const start = (await region.getByRole('slider', { name: 'Start of the date range' }).boundingBox())!;
  const end = (await region.getByRole('slider', { name: 'End of the date range' }).boundingBox())!;
  return { x0: start.x + start.width / 2, x1: end.x + end.width / 2, box };
}
