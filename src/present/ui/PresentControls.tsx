import { useActions } from '../../store/use-controls';
import { presenterUrl } from '../deck/present-url';
import { requestFullscreen } from '../session/use-fullscreen';
import type { PresentSession } from '../session/use-present-session';

/** Opens the presenter view: the same app in a second window, kept in step over BroadcastChannel. */
export function openPresenterWindow(): void {
  window.open(presenterUrl(window.location), 'carbon-dashboard-presenter', 'popup,width=1100,height=760');
}

/** The presentation's buttons: every key has a button, for a mouse or a touch screen. */
export function PresentControls({ session }: { session: PresentSession }) {
  const { index, count, drifted, auto, autoPaused } = session;
  const { setScenesOpen } = useActions();
  return (
    <div className="present-controls" role="group" aria-label="Presentation controls">
      <button type="button" onClick={() => session.step(-1)} disabled={count === 0 || (index === 0 && auto === null)} aria-keyshortcuts="ArrowLeft PageUp">
        ‹ Previous
      </button>
      <button type="button" onClick={() => session.step(1)} disabled={count === 0 || (index === count - 1 && auto === null)} aria-keyshortcuts="ArrowRight PageDown Space">
        Next ›
      </button>
      <button type="button" className={drifted ? 'present-attention' : undefined} onClick={session.returnToScene} disabled={count === 0} aria-keyshortcuts="R">
        Back to scene
      </button>
      <button type="button" onClick={() => session.setBlanked(true)} aria-keyshortcuts="B">
        Blank
      </button>
      {auto !== null && (
        <button type="button" aria-pressed={autoPaused} onClick={() => session.setAutoPaused(!autoPaused)}>
          {autoPaused ? 'Auto-advance paused' : `Auto-advance: ${auto} s`}
        </button>
      )}
      <button type="button" onClick={() => setScenesOpen(true)}>
        Scenes
      </button>
      <button type="button" onClick={openPresenterWindow}>
        Presenter view
      </button>
      <button type="button" onClick={requestFullscreen}>
        Full screen
      </button>
      <button type="button" onClick={session.exit} aria-keyshortcuts="Escape">
        Exit
      </button>
    </div>
  );
}
