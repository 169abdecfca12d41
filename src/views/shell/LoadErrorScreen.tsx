import { useTranslation } from 'react-i18next';
import { DatasetLoadError } from '../../data/load-dataset';

export function LoadErrorScreen({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  const url = error instanceof DatasetLoadError ? error.url : null;
  return (
    <main className="status-screen">
      <h1>{t('shell.appTitle')}</h1>
      <div role="alert" className="load-error">
        <h2>{t('shell.loadError.heading')}</h2>
        <p>{error.message}</p>
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
