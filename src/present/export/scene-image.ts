import { captureElement } from '../../lib/capture';
import { cjkFontEmbedCss } from '../../styles/cjk-font';
import { HandoutFailure } from './handout-failure';

/** A scene's picture as the files embed it. */
export interface SceneImage {
  /** A JPEG data: URL. */
  data: string;
  /** In pixels. */
  width: number;
  height: number;
}

/** Wider pictures are scaled down to this many pixels: sharp on a printed page or a slide, not megabytes each. */
const MAX_WIDTH = 2400;
const JPEG_QUALITY = 0.85;

function opaque(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}

/**
 * The dashboard as presenting shows the scene: its <main> (the views in the scene's layout, in the
 * projector look), with a tour's card drawn where it is on screen over the side column. Captured
 * offline-safe (src/lib/capture.ts), on the page's own background.
 */
export async function pictureScene(n: number, ratio: number): Promise<SceneImage> {
  const main = document.querySelector('main');
  if (!(main instanceof HTMLElement)) throw new HandoutFailure('noView');
  // A browser that cannot draw on a canvas cannot make the picture (and an image would never load to try).
  if (!document.createElement('canvas').getContext('2d')) throw new HandoutFailure('noImage', n);
  const card = document.querySelector('.present-card');
  const overlay = card instanceof HTMLElement && card.getBoundingClientRect().width > 0 ? card : null;
  const fontEmbedCSS = await cjkFontEmbedCss(`${main.textContent ?? ''} ${overlay?.textContent ?? ''}`);
  const background = [getComputedStyle(main).backgroundColor, getComputedStyle(document.body).backgroundColor].find(opaque) ?? '#ffffff';
  let canvas: HTMLCanvasElement;
  try {
    canvas = await captureElement(main, { ratio, fontEmbedCSS, backgroundColor: background });
    if (overlay) {
      const picture = await captureElement(overlay, { ratio, fontEmbedCSS, backgroundColor: 'transparent', style: { position: 'static', margin: '0' } });
      const at = overlay.getBoundingClientRect();
      const origin = main.getBoundingClientRect();
      canvas.getContext('2d')?.drawImage(picture, (at.left - origin.left) * ratio, (at.top - origin.top) * ratio);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new HandoutFailure('noImage', n);
  }
  if (canvas.width > MAX_WIDTH) {
    const scaled = document.createElement('canvas');
    scaled.width = MAX_WIDTH;
    scaled.height = Math.round((canvas.height * MAX_WIDTH) / canvas.width);
    scaled.getContext('2d')?.drawImage(canvas, 0, 0, scaled.width, scaled.height);
    canvas = scaled;
  }
  const data = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
  if (!data.startsWith('data:image/jpeg') || canvas.width === 0 || canvas.height === 0) throw new HandoutFailure('noImage', n);
  return { data, width: canvas.width, height: canvas.height };
}
