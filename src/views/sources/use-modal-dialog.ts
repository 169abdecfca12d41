import { useEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> as a modal while the component is mounted: the browser moves the focus into it,
 * keeps it there and closes it on Esc (the dialog's `cancel`, which the caller turns into `onClose`).
 * When it goes, the focus goes back to `returnTo` (the button that opened it). jsdom has no
 * showModal: the open attribute shows it there.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, returnTo: RefObject<HTMLElement | null>): void {
  useEffect(
    function showModalWhileMounted() {
      const element = dialog.current;
      if (!element) return;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      const opener = returnTo.current;
      return () => {
        if (typeof element.close === 'function' && element.open) element.close();
        opener?.focus();
      };
    },
    [dialog, returnTo],
  );
}

/** The dialog's props that turn Esc into `onClose` (the browser's `cancel`; a key press where there is no showModal). */
export function closeOnEscape(onClose: () => void) {
  return {
    onCancel(event: { preventDefault(): void }) {
      event.preventDefault();
      onClose();
    },
    onKeyDown(event: { key: string; currentTarget: HTMLDialogElement }) {
      if (event.key === 'Escape' && typeof event.currentTarget.showModal !== 'function') onClose();
    },
  };
}
