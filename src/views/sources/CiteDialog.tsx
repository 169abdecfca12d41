import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { CiteButtonProps } from './CiteButton';
import { useCopyText } from '../../ui/use-copy-text';
import { closeOnEscape, useModalDialog } from './use-modal-dialog';
import './cite.css';

/** The citation in a small modal dialog, with Copy (the clipboard, or the text selected to copy by hand) and Close. */
export default function CiteDialog({ heading, cite, returnFocusTo, onClose }: Pick<CiteButtonProps, 'heading' | 'cite'> & { returnFocusTo: RefObject<HTMLElement | null>; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const textBox = useRef<HTMLParagraphElement>(null);
  const { state, copy } = useCopyText();
  useModalDialog(dialog, returnFocusTo);
  const text = cite(f);
  // Not allowed here (a page not served over https, a refusal): the text is selected to copy by hand,
  // in the same commit as the message that says so (a passive effect could run after it is read).
  useLayoutEffect(() => {
    if (state.kind === 'failed' && textBox.current) window.getSelection()?.selectAllChildren(textBox.current);
  }, [state]);
  const outcome = state.kind === 'idle' ? null : state.kind;

  return (
    <dialog ref={dialog} className="cite-dialog" aria-labelledby="cite-dialog-title" aria-describedby="cite-dialog-intro" {...closeOnEscape(onClose)}>
      <h2 id="cite-dialog-title">{heading}</h2>
      <p id="cite-dialog-intro" className="muted">
        {t('sources.cite.intro')}
      </p>
      <p ref={textBox} className="citation-text" lang={f.locale === 'zh' ? 'zh-CN' : 'en'}>
        {text}
      </p>
      <div className="cite-dialog-actions">
        <button type="button" className="button primary" onClick={() => copy(text)}>
          {t('sources.cite.copy')}
        </button>
        <span className={`cite-status ${outcome ?? ''}`} role="status" aria-live="polite">
          {outcome === 'copied' ? t('sources.cite.copied') : outcome === 'failed' ? t('sources.cite.copyFailed') : ''}
        </span>
        <button type="button" className="button cite-close" onClick={onClose}>
          {t('sources.cite.close')}
        </button>
      </div>
    </dialog>
  );
}
