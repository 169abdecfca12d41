import { useSyncExternalStore } from 'react';
import { parseRootPx, projectorScaleOf, SCREEN_ROOT_PX } from './projector-scale';
import { usePresenting } from '../store/use-controls';

/** The root font size last read, in CSS px; refreshed when <html> changes class or the window resizes. */
let rootPx: number | null = null;

function readRootPx(): number {
  return parseRootPx(getComputedStyle(document.documentElement).fontSize);
}

function getRootPx(): number {
  rootPx ??= readRootPx();
  return rootPx;
}

/**
 * Follows the projector theme (a class on <html>) and the screen height (its type is a share of
 * it). Reads once on subscribing too: the theme may have come on before this component subscribed.
 */
function subscribeToRootPx(onChange: () => void): () => void {
  const refresh = () => {
    const next = readRootPx();
    if (next === rootPx) return;
    rootPx = next;
    onChange();
  };
  rootPx = readRootPx();
  const observer = new MutationObserver(refresh);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  window.addEventListener('resize', refresh);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', refresh);
  };
}

/**
 * How much larger than on screen the timeline and charts draw their marks and labels: the root
 * font size the projector theme sets over the screen theme's while presenting, 1 otherwise.
 */
export function useProjectorScale(): number {
  const presenting = usePresenting();
  const px = useSyncExternalStore(subscribeToRootPx, getRootPx, () => SCREEN_ROOT_PX);
  return projectorScaleOf(px, presenting);
}
