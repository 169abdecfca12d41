import type { Scene } from '../deck/deck-schema';
import type { DeckKind } from '../deck/present-url';
import type { RenderedScene } from './handout-pages';
import { pictureScene, type SceneImage } from './scene-image';
import { putViewBack, showSceneForHandout } from './scene-updaters';
import { waitForDrawn, type DrawnSignals } from './wait-for-drawn';

export interface PicturedScene extends RenderedScene {
  image: SceneImage;
}

export interface RenderOptions {
  signal: AbortSignal;
  /** Called as each scene is put on screen: 1-based. */
  onScene(n: number, total: number): void;
  /** Device pixels per CSS pixel of the pictures. */
  ratio?: number;
}

/**
 * Puts each scene on screen as presenting does (in one history entry, rewritten: the address ends
 * as it began), waits until the panels have drawn it, and pictures it with the rows it showed.
 * Afterwards, whatever happened (done, cancelled through `signal`, failed), the view the user had
 * comes back exactly: filters, selection, leading panel, map camera, presentation state.
 */
export async function renderScenes(signals: DrawnSignals, kind: DeckKind, scenes: readonly Scene[], { signal, onScene, ratio = 1.5 }: RenderOptions): Promise<PicturedScene[]> {
  const { store, snapshots } = signals;
  const before = store.getState();
  const pictured: PicturedScene[] = [];
  try {
    for (const [i, scene] of scenes.entries()) {
      signal.throwIfAborted();
      onScene(i + 1, scenes.length);
      const cameraBefore = store.getState().map.camera;
      store.update(showSceneForHandout(kind, i, scene), 'replace');
      await waitForDrawn(signals, { requested: scene.map !== null, cameraBefore }, signal);
      const image = await pictureScene(i + 1, ratio);
      pictured.push({ scene, rows: snapshots.get().cut.rows, image });
    }
  } finally {
    store.update(putViewBack(before), 'replace');
  }
  return pictured;
}
