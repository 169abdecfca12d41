import { useCallback, useEffect, useRef, useState } from 'react';
import { useActions, useLive } from '../../store/use-controls';
import {
  isAtEnd,
  monthOfPlayhead,
  pause,
  play,
  playheadDayOf,
  speedMonths,
  STEP_MS,
  stepBack,
  stepForward,
  STOPPED,
  tick,
  type PlaybackRange,
  type PlaybackState,
  type SpeedId,
} from './playback';

export interface Playback {
  state: PlaybackState;
  speed: SpeedId;
  atEnd: boolean;
  setSpeed(speed: SpeedId): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  /** Leave playback: every view shows every initiative again. */
  reset(): void;
}

/**
 * Runs the headless playback on requestAnimationFrame. The playhead itself lives in the store (a
 * clause every view but the timeline applies); whether it is moving and how fast stay here, out of
 * Filters and the URL. It steps on from the playhead as set (live), not as last drawn.
 */
export function usePlayback(range: PlaybackRange | null): Playback {
  const playhead = useLive((s) => s.playhead);
  const { setPlayhead } = useActions();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<SpeedId>('quarter');
  const step = speedMonths(speed);
  const state: PlaybackState = { month: monthOfPlayhead(playhead), playing: playing && range !== null };

  const apply = useCallback(
    (next: PlaybackState) => {
      setPlayhead(playheadDayOf(next));
      setPlaying(next.playing);
    },
    [setPlayhead],
  );

  // The loop reads the latest state through a ref, so it is not restarted on every step.
  const latest = useRef({ state, range, step });
  useEffect(() => {
    latest.current = { state, range, step };
  });

  useEffect(() => {
    if (!state.playing) return;
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      if (now - last >= STEP_MS) {
        last = now;
        const { state: current, range: currentRange, step: currentStep } = latest.current;
        if (currentRange) apply(tick(current, currentRange, currentStep));
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [state.playing, apply]);

  return {
    state,
    speed,
    atEnd: range !== null && isAtEnd(state, range, step),
    setSpeed,
    togglePlay: () => {
      if (!range) return;
      apply(state.playing ? pause(state) : play(state, range, step));
    },
    stepForward: () => range && apply(stepForward(state, range, step)),
    stepBack: () => range && apply(stepBack(state, range, step)),
    reset: () => apply(STOPPED),
  };
}
