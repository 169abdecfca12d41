import { useEffect, useRef, useState } from 'react';

/** What the last copy did: nothing yet, copied, or failed (the clipboard refused: the text is shown to copy by hand). */
export type CopyState = { kind: 'idle' } | { kind: 'copied'; text: string } | { kind: 'failed'; text: string };

/** How long "Copied" stays before the control reads as before. */
const SAY_FOR_MS = 4000;

/**
 * Copies text to the clipboard on a user's click and says how it went, for a status line beside
 * the button (role="status"): "Link copied", or the text itself when the browser refuses.
 */
export function useCopyText(): { state: CopyState; copy(text: string): void } {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = (text: string) => {
    window.clearTimeout(timer.current);
    const done = (next: CopyState) => {
      setState(next);
      timer.current = window.setTimeout(() => setState({ kind: 'idle' }), SAY_FOR_MS);
    };
    if (!navigator.clipboard?.writeText) return done({ kind: 'failed', text });
    navigator.clipboard.writeText(text).then(
      () => done({ kind: 'copied', text }),
      () => done({ kind: 'failed', text }),
    );
  };
  return { state, copy };
}
