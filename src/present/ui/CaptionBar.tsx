import { PresentControls } from './PresentControls';
import { useIdle } from '../session/use-idle';
import type { PresentSession } from '../session/use-present-session';

/** The band under the views: scene number, title and caption, large; the controls beside them. */
export function CaptionBar({ session }: { session: PresentSession }) {
  const { scene, index, count, digits, drifted, message } = session;
  const idle = useIdle(3000);
  return (
    <footer className={`present-bar${idle ? ' idle' : ''}`} aria-label="Scene caption">
      <p className="present-counter">
        {count ? (
          <>
            <span className="visually-hidden">
              Scene {index + 1} of {count}
            </span>
            <span aria-hidden="true">
              <span className="present-counter-now">{index + 1}</span> / {count}
            </span>
          </>
        ) : (
          'No scenes'
        )}
      </p>
      <div className="present-caption-text">
        {/* A card already shows the title in large type; the bar then gives the caption alone. */}
        {!scene?.card && <p className="present-scene-title">{scene ? scene.title : 'This deck has no scenes: add some in the Scenes panel.'}</p>}
        {scene?.caption && <p className="present-caption">{scene.caption}</p>}
      </div>
      <PresentControls session={session} />
      {(digits || message || drifted) && (
        <p className="present-hint">
          {digits ? (
            <>
              Go to scene <strong>{digits}</strong> — press Enter
            </>
          ) : message ? (
            message
          ) : (
            <>
              Exploring — press <kbd>R</kbd> to return to scene {index + 1}
            </>
          )}
        </p>
      )}
    </footer>
  );
}
