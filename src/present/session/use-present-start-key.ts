import { useEffect } from 'react';
import { useCore } from '../../store/dashboard-context';
import { askToPresent } from '../../store/present-updaters';
import { isTypingTarget } from './key-targets';
import { requestFullscreen } from './use-fullscreen';

/**
 * P (or p) before the presentation's screens have arrived (their chunk loads after the first
 * paint): asks to present at once, as the Present button does, and the session starts presenting
 * when the screens land. Once they have, their own keys (use-present-keys.ts) take over.
 */
export function usePresentStartKey(enabled: boolean): void {
  const { store } = useCore();
  useEffect(
    function listenForP() {
      if (!enabled) return;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
        if (isTypingTarget(event.target)) return;
        if (event.key !== 'p' && event.key !== 'P') return;
        const { present, scenesOpen } = store.getState();
        if (present.on || scenesOpen) return;
        event.preventDefault();
        // In the key press itself: the only moment a browser grants full screen.
        requestFullscreen();
        store.update(askToPresent);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
    [enabled, store],
  );
}
