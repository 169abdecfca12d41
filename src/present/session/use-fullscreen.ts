import { useCallback, useEffect, useRef } from 'react';

/**
 * Asks for full screen where the browser allows it. A refusal (no user gesture, a headless
 * browser, a kiosk policy) is not an error: the presentation carries on in the window.
 */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // refused: stay in the window
  });
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {
      // already left
    });
  }
}

/**
 * While `active`, leaving full screen (the browser eats Esc in full screen and leaves it) calls
 * `onLeave`, so Esc ends the presentation either way. Full screen is left when `active` ends.
 */
export function useFullscreenExit(active: boolean, onLeave: () => void): void {
  const latest = useRef(onLeave);
  useEffect(() => {
    latest.current = onLeave;
  }, [onLeave]);
  const wasFullscreen = useRef(false);
  const onChange = useCallback(() => {
    if (document.fullscreenElement) wasFullscreen.current = true;
    else if (wasFullscreen.current) {
      wasFullscreen.current = false;
      latest.current();
    }
  }, []);
  useEffect(
    function followFullscreen() {
      if (!active) return;
      wasFullscreen.current = Boolean(document.fullscreenElement);
      document.addEventListener('fullscreenchange', onChange);
      return () => {
        document.removeEventListener('fullscreenchange', onChange);
        exitFullscreen();
      };
    },
    [active, onChange],
  );
}
