import { useSyncExternalStore } from 'react';

function readPixelRatio(): number {
  return window.devicePixelRatio || 1;
}

/** Fires when the pixel ratio leaves its current value (browser zoom, a window moved to another screen). */
function subscribeToPixelRatio(onChange: () => void): () => void {
  let query: MediaQueryList | null = null;
  const watch = () => {
    query?.removeEventListener('change', onRatioChange);
    query = window.matchMedia?.(`(resolution: ${readPixelRatio()}dppx)`) ?? null;
    query?.addEventListener('change', onRatioChange);
  };
  function onRatioChange() {
    watch();
    onChange();
  }
  watch();
  return () => query?.removeEventListener('change', onRatioChange);
}

/** Device pixels per CSS pixel, following changes: what a canvas backing store is sized by. */
export function usePixelRatio(): number {
  return useSyncExternalStore(subscribeToPixelRatio, readPixelRatio, () => 1);
}
