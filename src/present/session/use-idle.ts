import { useEffect, useState } from 'react';

/** True after `ms` without pointer movement: the presentation's controls fade until the mouse moves. */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(
    function watchPointer() {
      let timer = window.setTimeout(() => setIdle(true), ms);
      const wake = () => {
        setIdle(false);
        window.clearTimeout(timer);
        timer = window.setTimeout(() => setIdle(true), ms);
      };
      window.addEventListener('pointermove', wake, { passive: true });
      window.addEventListener('pointerdown', wake, { passive: true });
      return () => {
        window.clearTimeout(timer);
        window.removeEventListener('pointermove', wake);
        window.removeEventListener('pointerdown', wake);
      };
    },
    [ms],
  );
  return idle;
}
