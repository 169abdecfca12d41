import { useTranslation } from 'react-i18next';
import { useCurate } from './curate-context';
import type { CurateDraft, JsonObject } from './curate-types';
import { editDraft, emptyDraft } from './draft-updaters';
import { asText, listAt, textAt } from './json-path';

/** Which initiative the draft is: a new one, or one of the dataset's to edit. Undo brings back the draft before. */
export function RecordChooser({ onReplace }: { onReplace: (draft: CurateDraft) => void }) {
  const { t, i18n } = useTranslation();
  const { base, draft } = useCurate();
  // The title in the display language: the curator's Chinese one in Chinese, where there is one.
  const titleOf = (r: JsonObject) => (i18n.language === 'zh' ? textAt(r, ['translations', 'zh', 'title']) : '') || asText(r.title) || String(r.id);
  const records = listAt(base.files.initiatives.json, ['initiatives']) as JsonObject[];
  const choose = (id: string) => {
    const record = records.find((r) => r.id === id);
    onReplace(record ? editDraft(record) : emptyDraft());
  };
  return (
    <div className="curate-field curate-chooser">
      <label htmlFor="curate-record">{t('curate.record.label')}</label>
      <span className="curate-hint" id="curate-record-hint">
        {t('curate.record.hint')}
      </span>
      <select id="curate-record" value={draft.editing ?? ''} onChange={(e) => choose(e.target.value)} aria-describedby="curate-record-hint">
        <option value="">{t('curate.record.new')}</option>
        {records.map((r) => (
          <option key={String(r.id)} value={String(r.id)}>
            {titleOf(r)}
          </option>
        ))}
      </select>
    </div>
  );
}
