import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedMs, formatClock, formatElapsed, startStopwatch, toggleStopwatch } from './elapsed';

/** Time spent talking (pause, restart) and the time of day. */
export function PresenterTimer() {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const [watch, setWatch] = useState(() => startStopwatch(Date.now()));
  useEffect(function tick() {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const running = watch.since !== null;
  return (
    <div className="presenter-timer" role="group" aria-label={t('present.presenter.timer.label')}>
      <p>
        <span className="presenter-elapsed" aria-label={t('present.presenter.timer.elapsedLabel')}>
          {formatElapsed(elapsedMs(watch, now))}
        </span>{' '}
        <span className="muted">{t('present.presenter.timer.elapsed', { clock: formatClock(new Date(now)) })}</span>
      </p>
      <button type="button" className="button small" onClick={() => setWatch(toggleStopwatch(watch, Date.now()))}>
        {running ? t('present.presenter.timer.pause') : t('present.presenter.timer.resume')}
      </button>
      <button type="button" className="button small" onClick={() => setWatch(startStopwatch(Date.now()))}>
        {t('present.presenter.timer.restart')}
      </button>
    </div>
  );
}
