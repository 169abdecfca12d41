import { formatMonth } from './format-time';
import { SPEEDS, type SpeedId } from './playback';
import type { Playback } from './use-playback';

const ICONS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M4 2.5h3v11H4zM9 2.5h3v11H9z',
  back: 'M3 2.5h2v11H3zM14 2.5v11L6 8z',
  forward: 'M11 2.5h2v11h-2zM2 2.5v11L10 8z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className="tl-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/** Play/pause, step, speed and the way out of playback. Buttons carry words, not only icons, for the projector. */
export function PlaybackControls({ playback, disabled }: { playback: Playback; disabled: boolean }) {
  const { state, speed, atEnd } = playback;
  const status = state.month === null ? '' : `Playback: up to ${formatMonth(state.month)}${atEnd ? ' (end)' : ''}`;
  return (
    <div className="tl-playback" role="group" aria-label="Playback">
      <button type="button" className="button" onClick={playback.stepBack} disabled={disabled || state.month === null}>
        <Icon name="back" /> Step back
      </button>
      <button type="button" className="button primary tl-play" onClick={playback.togglePlay} disabled={disabled}>
        <Icon name={state.playing ? 'pause' : 'play'} /> {state.playing ? 'Pause' : atEnd ? 'Replay' : 'Play'}
      </button>
      <button type="button" className="button" onClick={playback.stepForward} disabled={disabled || atEnd}>
        Step forward <Icon name="forward" />
      </button>
      <label className="tl-field">
        <span>Speed</span>
        <select value={speed} onChange={(event) => playback.setSpeed(event.target.value as SpeedId)}>
          {SPEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {state.month !== null && (
        <button type="button" className="button" onClick={playback.reset}>
          Show all dates
        </button>
      )}
      <span className="tl-play-status" role="status" aria-live={state.playing ? 'off' : 'polite'}>
        {status}
      </span>
    </div>
  );
}
