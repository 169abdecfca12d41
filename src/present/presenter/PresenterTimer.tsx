import { useEffect, useState } from 'react';
import { elapsedMs, formatElapsed, startStopwatch, toggleStopwatch } from './elapsed';

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Time spent talking (pause, restart) and the time of day. */
export function PresenterTimer() {
  const [now, setNow] = useState(() => Date.now());
  const [watch, setWatch] = useState(() => startStopwatch(Date.now()));
  useEffect(function tick() {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const running = watch.since !== null;
  return (
    <div className="presenter-timer" role="group" aria-label="Timer">
      <p>
        <span className="presenter-elapsed" aria-label="Time elapsed">
          {formatElapsed(elapsedMs(watch, now))}
        </span>
        <span className="muted"> elapsed · {CLOCK.format(now)}</span>
      </p>
      <button type="button" className="button small" onClick={() => setWatch(toggleStopwatch(watch, Date.now()))}>
        {running ? 'Pause timer' : 'Resume timer'}
      </button>
      <button type="button" className="button small" onClick={() => setWatch(startStopwatch(Date.now()))}>
        Restart timer
      </button>
    </div>
  );
}
