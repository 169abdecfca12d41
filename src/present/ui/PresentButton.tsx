import { useTranslation } from 'react-i18next';
import { useCore } from '../../store/dashboard-context';
import { askToPresent } from '../../store/present-updaters';
import { setScenesOpen } from '../../store/view-updaters';
import { requestFullscreen } from '../session/use-fullscreen';

/**
 * The header's "Present" button (key P does the same) and the "Scenes" panel that manages decks.
 * Present asks the session to start (it knows the decks); full screen is asked for here, in the
 * click, the only moment a browser grants it.
 */
export function PresentButton() {
  const { t } = useTranslation();
  const { store } = useCore();
  return (
    <div className="present-buttons" role="group" aria-label={t('present.button.group')}>
      <button
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
