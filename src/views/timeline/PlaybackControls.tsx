import { useFormatter } from '../../i18n/use-formatter';
import { formatMonth } from './format-time';
import { SPEEDS, type SpeedId } from './playback';
import type { Playback } from './use-playback';

const ICONS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M4 2.5h3v11H4zM9 2.5h3v11H9z',
  back: 'M3 2.5h2v11H3zM14 2.5v11L6 8z',
  forward: 'M11 2.5h2v11h-2zM2 2.5v11L10 8z',
} as const;
const [ICON_PLAY, ICON_PAUSE] = ['play', 'pause'] as const;

function Icon({ shape }: { shape: keyof typeof ICONS }) {
  return (
    <svg className="tl-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={ICONS[shape]} fill="currentColor" />
    </svg>
  );
}

/** Play/pause, step, speed and the way out of playback. Buttons carry words, not only icons, for the projector. */
export function PlaybackControls({ playback, disabled }: { playback: Playback; disabled: boolean }) {
  const format = useFormatter();
  const { t } = format;
  const { state, speed, atEnd } = playback;
  const month = state.month === null ? null : formatMonth(format, state.month);
  const status = month === null ? '' : t(atEnd ? 'timeline.playback.statusEnd' : 'timeline.playback.status', { month });
  return (
    <div className="tl-playback" role="group" aria-label={t('timeline.playback.group')}>
      <button type="button" className="button" onClick={playback.stepBack} disabled={disabled || state.month === null}>
        <Icon shape="back" /> {t('timeline.playback.stepBack')}
      </button>
      <button type="button" className="button primary tl-play" onClick={playback.togglePlay} disabled={disabled}>
        <Icon shape={state.playing ? ICON_PAUSE : ICON_PLAY} /> {t(state.playing ? 'timeline.playback.pause' : atEnd ? 'timeline.playback.replay' : 'timeline.playback.play')}
      </button>
      <button type="button" className="button" onClick={playback.stepForward} disabled={disabled || atEnd}>
        {t('timeline.playback.stepForward')} <Icon shape="forward" />
      </button>
      <label className="tl-field">
        <span>{t('timeline.playback.speed')}</span>
        <select value={speed} onChange={(event) => playback.setSpeed(event.target.value as SpeedId)}>
          {SPEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`timeline.playback.speeds.${s.id}`)}
            </option>
          ))}
        </select>
      </label>
      {state.month !== null && (
        <button type="button" className="button" onClick={playback.reset}>
          {t('timeline.playback.showAll')}
        </button>
      )}
      <span className="tl-play-status" role="status" aria-live={state.playing ? 'off' : 'polite'}>
        {status}
      </span>
    </div>
  );
}
