import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurate } from './curate-context';
import type { CurateDraft, JsonObject } from './curate-types';
import { editDraft, emptyDraft } from './draft-updaters';
import { asText, listAt, textAt } from './json-path';

/**
 * Which initiative the draft is: a new one, or one of the dataset's to edit. Choosing does not
 * replace the draft by itself (an arrow key on the list would): "Open" does, and asks first when
 * the draft has changes of the curator's (undo brings them back until a reload).
 */
export function RecordChooser({ onReplace, dirty }: { onReplace: (draft: CurateDraft) => void; dirty: boolean }) {
  const { t, i18n } = useTranslation();
  const { base, draft } = useCurate();
  const current = draft.editing ?? '';
  const [chosen, setChosen] = useState(current);
  const [asking, setAsking] = useState(false);
  const list = useRef<HTMLSelectElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  // The title in the display language: the curator's Chinese one in Chinese, where there is one.
  const titleOf = (r: JsonObject) => (i18n.language === 'zh' ? textAt(r, ['translations', 'zh', 'title']) : '') || asText(r.title) || String(r.id);
  const records = listAt(base.files.initiatives.json, ['initiatives']) as JsonObject[];
  const replace = () => {
    const record = records.find((r) => r.id === chosen);
    onReplace(record ? editDraft(record) : emptyDraft());
    setAsking(false);
    list.current?.focus();
  };
  return (
    <div className="curate-field curate-chooser">
      <label htmlFor="curate-record">{t('curate.record.label')}</label>
      <span className="curate-hint" id="curate-record-hint">
        {t('curate.record.hint')}
      </span>
      <div className="curate-row">
        <select
          id="curate-record"
          ref={list}
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
            setAsking(false);
          }}
          aria-describedby="curate-record-hint"
        >
          <option value="">{t('curate.record.new')}</option>
          {records.map((r) => (
            <option key={String(r.id)} value={String(r.id)}>
              {titleOf(r)}
            </option>
          ))}
        </select>
        <button type="button" className="button" ref={open} disabled={chosen === current && !asking} onClick={() => (dirty ? setAsking(true) : replace())}>
          {t('curate.record.open')}
        </button>
      </div>
      {asking && (
        <div className="curate-row" role="group" aria-label={t('curate.record.confirm')}>
          <span>{t('curate.record.confirm')}</span>
          <button type="button" className="button" onClick={replace} autoFocus>
            {t('curate.record.replace')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setAsking(false);
              setChosen(current);
              list.current?.focus();
            }}
          >
            {t('curate.record.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
