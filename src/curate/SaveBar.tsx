import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../data/data-problem';
import { downloadBlob, formatExportDate } from '../lib/export-download';
import { changedFiles } from './apply-draft';
import { curateWriteUrl } from './curate-address';
import { useCurate } from './curate-context';
import { ProblemText } from './ProblemText';
import { writeChanges, zipChanges, ZIP_FOLDER } from './save-changes';
import type { DraftSession } from './use-draft-session';

type Outcome = { kind: 'saved'; files: string[] } | { kind: 'downloaded'; name: string } | { kind: 'refused'; error: string; problems: DataProblem[] } | null;

/** Undo, redo, discard and save: written by `npm run curate`, or downloaded as a zip from the static build. */
export function SaveBar({ session, onSaved }: { session: DraftSession; onSaved: () => void }) {
  const { t } = useTranslation();
  const { base, draft, check } = useCurate();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const writeUrl = curateWriteUrl();
  const files = changedFiles(base, draft);
  const canSave = check.valid && files.length > 0 && !saving;

  const save = async () => {
    if (!canSave) return;
    if (!writeUrl) {
      const name = `curate-changes-${formatExportDate(new Date())}.zip`;
      downloadBlob(new Blob([zipChanges(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
      setOutcome({ kind: 'downloaded', name });
      return;
    }
    setSaving(true);
    const result = await writeChanges(writeUrl, files);
    setSaving(false);
    if (result.ok) {
      setOutcome({ kind: 'saved', files: result.written });
      session.discard();
      onSaved();
    } else setOutcome({ kind: 'refused', error: result.error, problems: result.problems });
  };

  return (
    <section className="curate-save" aria-labelledby="curate-save-title">
      <h2 id="curate-save-title">{t('curate.save.title')}</h2>
      <div className="curate-row">
        <button type="button" className="button" onClick={session.undo} disabled={!session.canUndo} aria-keyshortcuts="Control+Z">
          {t('curate.save.undo')}
        </button>
        <button type="button" className="button" onClick={session.redo} disabled={!session.canRedo} aria-keyshortcuts="Control+Shift+Z">
          {t('curate.save.redo')}
        </button>
      </div>
      <p className="curate-hint">{files.length === 0 ? t('curate.save.noChanges') : t('curate.save.files', { files: files.map((f) => f.path).join(', ') })}</p>
      <button type="button" className="button primary" onClick={() => void save()} disabled={!canSave} aria-describedby="curate-save-why">
        {writeUrl ? t('curate.save.write') : t('curate.save.download')}
      </button>
      <p className="curate-hint" id="curate-save-why">
        {!check.valid ? t('curate.save.blocked') : writeUrl ? t('curate.save.writeHint') : t('curate.save.downloadHint', { folder: ZIP_FOLDER })}
      </p>
      <div role="status">
        {outcome?.kind === 'saved' && <p className="curate-ok">{t('curate.save.saved', { files: outcome.files.join(', ') })}</p>}
        {outcome?.kind === 'downloaded' && <p className="curate-ok">{t('curate.save.downloaded', { name: outcome.name })}</p>}
      </div>
      {outcome?.kind === 'refused' && (
        <div role="alert" className="curate-refused">
          <p>{t('curate.save.refused', { error: outcome.error })}</p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <code>{[p.file, p.recordId, p.field].filter(Boolean).join(' · ')}</code>
                {t('curate.problems.separator')}
                <ProblemText problem={p} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {confirming ? (
        <div className="curate-row" role="group" aria-label={t('curate.save.discardConfirm')}>
          <span>{t('curate.save.discardConfirm')}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              session.discard();
              setConfirming(false);
              setOutcome(null);
            }}
          >
            {t('curate.save.discardYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('curate.save.discardNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('curate.save.discard')}
        </button>
      )}
    </section>
  );
}
