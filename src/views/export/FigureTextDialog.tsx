import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureText } from './figure-text';

export interface FigureTextDialogProps {
  /** What is being exported, as the status line names it ("the map image"). */
  what: string;
  initial: FigureText;
  /** The words to print, or null when the export is cancelled. */
  onClose(text: FigureText | null): void;
}

/**
 * A small modal dialog before an image is written: the title (prefilled, selected so typing
 * replaces it) and a note. Enter downloads with what is there; Esc or Cancel writes nothing.
 */
export function FigureTextDialog({ what, initial, onClose }: FigureTextDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), intro: useId(), hint: useId() };
  const [title, setTitle] = useState(initial.title);
  const [note, setNote] = useState(initial.note);

  useEffect(function openModal() {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute shows it there.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    titleField.current?.focus();
    titleField.current?.select();
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
      // Back to the button that asked, so the keyboard path goes on from there.
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="figure-text-dialog"
      aria-labelledby={ids.heading}
      aria-describedby={ids.intro}
      onCancel={(event) => {
        event.preventDefault();
        onClose(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof dialog.current?.showModal !== 'function') onClose(null);
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onClose({ title, note });
        }}
      >
        <h2 id={ids.heading}>{t('exports.figureText.heading', { what })}</h2>
        <p id={ids.intro} className="muted">
          {t('exports.figureText.intro')}
        </p>
        <label className="figure-text-field">
          <span>{t('exports.figureText.title')}</span>
          <input ref={titleField} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="figure-text-field">
          <span>{t('exports.figureText.note')}</span>
          <input type="text" value={note} aria-describedby={ids.hint} onChange={(event) => setNote(event.target.value)} />
        </label>
        <p id={ids.hint} className="figure-text-hint">
          {t('exports.figureText.noteHint')}
        </p>
        <div className="figure-text-actions">
          <button type="button" className="button" onClick={() => onClose(null)}>
            {t('exports.figureText.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('exports.figureText.download')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
