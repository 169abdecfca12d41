import { useTranslation } from 'react-i18next';
import type { LoadProgress } from '../../data/load-dataset';
import { useFormatter } from '../../i18n/use-formatter';

export function LoadingScreen({ progress }: { progress: LoadProgress | null }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const step = progress?.step ?? 'manifest';
  const total = progress?.filesTotal ?? 5;
  const done = progress?.filesDone ?? 0;
  const value = step === 'manifest' ? 0 : step === 'files' ? done : step === 'validating' ? total : total + 1;
  const kilobytes = format.count(Math.round((progress?.bytes ?? 0) / 1024));
  return (
    <main className="status-screen" aria-busy="true">
      <h1>{t('shell.appTitle')}</h1>
      <p role="status" aria-live="polite">
        {step === 'files' ? t('shell.loading.filesProgress', { done: format.count(done), total: format.count(total), kilobytes }) : t(`shell.loading.step.${step}`)}
      </p>
      <progress max={total + 1} value={value} aria-label={t('shell.loading.progressLabel')} />
    </main>
  );
}
