import type { Page } from '@playwright/test';

/** Counts the pixels of an image (a PNG, or an SVG with `type`) that are not white, by drawing it in the page. */
export async function inkedPixels(page: Page, bytes: Buffer, type = 'image/png'): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async ([base64, mime]) => {
    const image = new Image();
    image.src = `data:${mime};base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    return { width: canvas.width, height: canvas.height, inked };
  }, [bytes.toString('base64'), type] as const);
}
