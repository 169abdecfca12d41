import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { CiteButtonProps } from './CiteButton';
import { closeOnEscape, useModalDialog } from './use-modal-dialog';
import './cite.css';

type CopyOutcome = 'copied' | 'failed' | null;

/** The citation in a small modal dialog, with Copy (the clipboard, or the text selected to copy by hand) and Close. */
export default function CiteDialog({ heading, cite, returnFocusTo, onClose }: Pick<CiteButtonProps, 'heading' | 'cite'> & { returnFocusTo: RefObject<HTMLElement | null>; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const textBox = useRef<HTMLParagraphElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  useModalDialog(dialog, returnFocusTo);
  const text = cite(f);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      // Not allowed here (a page not served over https, a refusal): the text is selected to copy by hand.
      if (textBox.current) window.getSelection()?.selectAllChildren(textBox.current);
      setOutcome('failed');
    }
  };

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
        <button type="button" className="button primary" onClick={() => void copy()}>
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
