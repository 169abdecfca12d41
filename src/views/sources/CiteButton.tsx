import { lazy, Suspense, useRef, useState } from 'react';
import type { Formatter } from '../../i18n/format';

// The dialog (and its copy code) is a chunk of its own, fetched when a citation is first asked for.
const CiteDialog = lazy(() => import('./CiteDialog'));

export interface CiteButtonProps {
  /** The button's text ("Cite"), and its name for assistive technology when the text is short. */
  label: string;
  name?: string;
  heading: string;
  /** The citation, worded when the dialog shows it (the address and the day are those of that moment). */
  cite(f: Formatter): string;
}

/** A button that opens a small dialog with a citation and a Copy button. */
export function CiteButton({ label, name, heading, cite }: CiteButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="button small cite-button" aria-label={name} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog heading={heading} cite={cite} returnFocusTo={button} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
