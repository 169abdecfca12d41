import { useTranslation } from 'react-i18next';
import { DatasetLoadError } from '../../data/load-dataset';

export function LoadErrorScreen({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  const known = error instanceof DatasetLoadError ? error : null;
  const url = known?.url ?? null;
  return (
    <main className="status-screen">
      <h1>{t('shell.appTitle')}</h1>
      <div role="alert" className="load-error">
        <h2>{t('shell.loadError.heading')}</h2>
        {/* A load error is worded in the display language; anything else has only its own (English) words. */}
        {known ? <p>{t(`data.loadError.${known.code}`, { ...known.values, url: known.url })}</p> : <p lang="en">{error.message}</p>}
        {url && (
          <p>
            {t('shell.loadError.file')} <code>{url}</code>
          </p>
        )}
        <p>{t('shell.loadError.advice')}</p>
      </div>
      <button type="button" className="button primary" onClick={onRetry} disabled={retrying}>
        {retrying ? t('shell.loadError.retrying') : t('shell.loadError.retry')}
      </button>
    </main>
  );
}
