import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The editor is a chunk of its own: the dashboard's first paint never loads it.
const CurateMode = lazy(() => import('./CurateMode'));

/** Curation mode (`?curate`): the editor, fetched when first opened. */
export function CurateEntry() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <main className="status-screen">
          <p role="status">{t('curate.loading')}</p>
        </main>
      }
    >
      <CurateMode />
    </Suspense>
  );
}
