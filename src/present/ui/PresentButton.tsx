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
  const { store } = useCore();
  return (
    <div className="present-buttons" role="group" aria-label="Presentation">
      <button
        type="button"
        className="button primary"
        aria-keyshortcuts="P"
        onClick={() => {
          requestFullscreen();
          store.update(askToPresent);
        }}
      >
        Present
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => store.update(setScenesOpen(true))}>
        Scenes
      </button>
    </div>
  );
}
