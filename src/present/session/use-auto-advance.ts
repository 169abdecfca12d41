import { useEffect, useRef } from 'react';
import type { PresentSession } from './use-present-session';

/** Things a person does that mean "someone is here": each restarts the wait for the next scene. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * For an unattended screen: moves to the next scene every `auto` seconds, looping at the end.
 * Waits while paused or blanked; each scene change or touch of the page restarts the wait, so a
 * visitor exploring is not snatched away mid-click.
 */
export function useAutoAdvance(session: PresentSession): void {
  const step = useRef(session.step);
  useEffect(() => {
    step.current = session.step;
  });
  const { presenting, auto, autoPaused, blanked, count, appliedKey } = session;
  const running = presenting && auto !== null && !autoPaused && !blanked && count > 1;

  useEffect(
    function advanceOnTimer() {
      if (!running || auto === null) return;
      let timer = window.setTimeout(advance, auto * 1000);
      function advance() {
        step.current(1);
      }
      const restart = () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(advance, auto * 1000);
      };
      for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
      return () => {
        window.clearTimeout(timer);
        for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
      };
    },
    [running, auto, appliedKey],
  );
}
