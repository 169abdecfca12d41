import { useDashboard } from '../views/dashboard-context';
import { presentUi } from './present-ui-store';
import { requestFullscreen } from './use-fullscreen';

/** The header's "Present" button (key P does the same) and the "Scenes" panel that manages decks. */
export function PresentButton() {
  const { setPresenting } = useDashboard();
  return (
    <div className="present-buttons" role="group" aria-label="Presentation">
      <button
        type="button"
        className="button primary"
        aria-keyshortcuts="P"
        onClick={() => {
          requestFullscreen();
          setPresenting(true);
        }}
      >
        Present
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={presentUi.openPanel}>
        Scenes
      </button>
    </div>
  );
}
