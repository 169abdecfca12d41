import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SourceQuoterProps {
  id: string;
  label: string;
  text: string;
  lang?: string;
  /** A pasted article is typed or pasted here; an archived text is read-only. */
  onChange?: (text: string) => void;
  onQuote: (passage: string) => void;
  describedBy?: string;
}

/**
 * A source's text, to select a passage of with the mouse or the keyboard (Shift and the arrow
 * keys), then make it a quote: what is quoted is the text itself, so it is verbatim.
 */
export function SourceQuoter({ id, label, text, lang, onChange, onQuote, describedBy }: SourceQuoterProps) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const [selected, setSelected] = useState(0);
  const readOnly = !onChange;
  // An archived text is not to be changed, yet a caret must move in it so the keyboard can select
  // (Chromium moves none in a readonly textarea): the field stays editable and refuses every edit.
  useEffect(() => {
    const el = area.current;
    if (!el || !readOnly) return;
    const refuse = (event: Event) => event.preventDefault();
    el.addEventListener('beforeinput', refuse);
    return () => el.removeEventListener('beforeinput', refuse);
  }, [readOnly]);
  const readSelection = () => {
    const el = area.current;
    setSelected(el ? el.selectionEnd - el.selectionStart : 0);
  };
  const quote = () => {
    const el = area.current;
    if (!el || el.selectionEnd <= el.selectionStart) return;
    onQuote(el.value.slice(el.selectionStart, el.selectionEnd));
  };
  return (
    <div className="curate-quoter">
      <label htmlFor={id}>{label}</label>
      <span className="curate-hint" id={`${id}-hint`}>
        {t(onChange ? 'curate.sources.pasteHint' : 'curate.sources.selectHint')}
      </span>
      <textarea
        id={id}
        ref={area}
        value={text}
        lang={lang}
        rows={12}
        aria-readonly={readOnly || undefined}
        onChange={(e) => onChange?.(e.target.value)}
        onSelect={readSelection}
        onKeyUp={readSelection}
        onMouseUp={readSelection}
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
      />
      <div className="curate-row">
        <button type="button" className="button" onClick={quote} disabled={selected === 0}>
          {t('curate.sources.quoteSelection')}
        </button>
        <span className="curate-hint" aria-live="polite">
          {selected > 0 ? t('curate.sources.selected', { count: selected }) : t('curate.sources.nothingSelected')}
        </span>
      </div>
    </div>
  );
}
