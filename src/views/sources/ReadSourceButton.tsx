import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Quote, Source } from '../../data/schema';

// The reader (its dialog, the quote finder) is a chunk of its own, fetched when first opened.
const SourceReader = lazy(() => import('./SourceReader'));

/**
 * "Read the archived text": opens the source's text in a dialog inside the app, with the record's
 * quotes highlighted; the focus comes back to this button when it closes.
 */
export function ReadSourceButton({ dataset, source, quotes }: { dataset: Dataset; source: Source; quotes: readonly Quote[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="button small read-source" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('details.sources.read')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SourceReader dataset={dataset} source={source} quotes={quotes} returnFocusTo={button} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
