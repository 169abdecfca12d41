import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/**
 * Keeps the keyboard's place when an action removes or disables the control it was pressed on
 * ("Add Huzhou", "Remove quote", "Paste a new article"): focus would fall to the page (no event
 * says so), and the next Tab start again from the top. It goes instead to the section the control
 * was in: its search field when it has one (where the curator adds the next), else its first control.
 */
export function useFocusKeeper(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let last: { control: HTMLElement; section: Element } | null = null;
    let frame = 0;
    const onFocusIn = (event: FocusEvent) => {
      const control = event.target as HTMLElement;
      last = { control, section: control.closest('section, aside') ?? root };
    };
    const check = () => {
      frame = 0;
      const active = document.activeElement;
      if (!last || (active && active !== document.body)) return;
      const { control, section } = last;
      if (control.isConnected && !(control as HTMLButtonElement).disabled) return;
      const home = section.isConnected ? section : root;
      (home.querySelector<HTMLElement>('input[type=search]') ?? home.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    };
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(check);
    });
    root.addEventListener('focusin', onFocusIn);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container]);
}
