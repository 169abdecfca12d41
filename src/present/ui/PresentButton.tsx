import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCore } from '../../store/dashboard-context';
import { usePresenting } from '../../store/use-controls';
import { askToPresent } from '../../store/present-updaters';
import { setScenesOpen } from '../../store/view-updaters';
import { requestFullscreen } from '../session/use-fullscreen';

/**
 * The header's "Present" button (key P does the same) and the "Scenes" panel that manages decks.
 * Present asks the session to start (it knows the decks); full screen is asked for here, in the
 * click, the only moment a browser grants it. When presenting ends, the keyboard's focus comes back
 * to Present (the presentation it was in is gone), unless it is already somewhere else on the page.
 */
export function PresentButton() {
  const { t } = useTranslation();
  const { store } = useCore();
  const presenting = usePresenting();
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(
    function focusBackAfterPresenting() {
      const ended = wasPresenting.current && !presenting;
      wasPresenting.current = presenting;
      if (ended && (document.activeElement === null || document.activeElement === document.body)) button.current?.focus();
    },
    [presenting],
  );
  return (
    <div className="present-buttons" role="group" aria-label={t('present.button.group')}>
      <button
        ref={button}
        type="button"
        className="button primary"
        aria-keyshortcuts="P"
        onClick={() => {
          requestFullscreen();
          store.update(askToPresent);
        }}
      >
        {t('present.button.present')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => store.update(setScenesOpen(true))}>
        {t('present.button.scenes')}
      </button>
    </div>
  );
}
