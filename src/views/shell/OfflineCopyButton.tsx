import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import { offlineCopy } from '../../lib/inlined-files';
import { useCore } from '../../store/dashboard-context';
import './offline-copy.css';

type Outcome = { kind: 'working' } | { kind: 'done'; file: string; bytes: number } | { kind: 'noTemplate' } | { kind: 'failed'; error: string };

/**
 * "Download offline copy": one HTML file with the app, the dataset on screen and the user's own
 * deck for it, to open from a USB stick in a room with no internet (docs/OFFLINE.md). The code
 * that makes it is a chunk of its own, loaded when the button is pressed. An offline copy has no
 * such button: it has no template to fill in (the file itself can be copied on).
 */
export function OfflineCopyButton() {
  const { t } = useTranslation();
  const f = useFormatter();
  const { dataset } = useCore();
  // Not disabled while it works (a disabled button drops the keyboard focus): a second press waits.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Worded at render: a status line on screen follows a change of language.
  const status = useMemo(() => {
    switch (outcome?.kind) {
      case undefined:
        return '';
      case 'working':
        return t('offline.status.working');
      case 'done':
        return t('offline.status.done', { file: outcome.file, size: f.count(Math.max(0.1, Math.round(outcome.bytes / 104_857.6) / 10)) });
      case 'noTemplate':
        return t('offline.status.noTemplate');
      case 'failed':
        return t('offline.status.failed', { error: outcome.error });
    }
  }, [outcome, t, f]);
  if (offlineCopy()) return null;

  const busy = outcome?.kind === 'working';
  const download = async () => {
    if (busy) return;
    setOutcome({ kind: 'working' });
    try {
      const { downloadOfflineCopy, NoOfflineTemplate } = await import('./offline-copy');
      try {
        const { fileName, bytes } = await downloadOfflineCopy(dataset, t('offline.fileStem'));
        setOutcome({ kind: 'done', file: fileName, bytes });
      } catch (error) {
        if (error instanceof NoOfflineTemplate) setOutcome({ kind: 'noTemplate' });
        else throw error;
      }
    } catch (error) {
      setOutcome({ kind: 'failed', error: (error as Error | undefined)?.message || t('offline.status.unknownError') });
    }
  };
  return (
    <div className="offline-copy" data-export-skip="">
      <button type="button" className="button small" aria-disabled={busy || undefined} aria-busy={busy || undefined} aria-describedby="offline-copy-status" title={t('offline.button.title')} onClick={() => void download()}>
        {t('offline.button.label')}
      </button>
      <span id="offline-copy-status" className={`offline-copy-status ${outcome?.kind ?? ''}`} role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
