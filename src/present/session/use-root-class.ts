import { useLayoutEffect } from 'react';

/** Puts a class on <html> while `on`: the projector theme and the presenter window restyle the whole page. */
export function useRootClass(name: string, on: boolean): void {
  useLayoutEffect(
    function toggleRootClass() {
      if (!on) return;
      const root = document.documentElement;
      root.classList.add(name);
      return () => root.classList.remove(name);
    },
    [name, on],
  );
}
