import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/filters/filters';
import { applyFilters } from '../../../src/derive/apply-filters';
import { dayNumberToIso } from '../../../src/model/fuzzy-date';
import {
  endMonth,
  isAtEnd,
  pause,
  play,
  playbackRangeOf,
  playheadDayOf,
  startMonth,
  stepBack,
  stepForward,
  STOPPED,
  tick,
  type PlaybackState,
} from '../../../src/views/timeline/playback';
import { formatMonth } from '../../../src/views/timeline/format-time';
import { curated, english } from './fixtures';

const range = playbackRangeOf(curated.rows)!;
const label = (state: PlaybackState) => (state.month === null ? 'all' : formatMonth(english, state.month));

describe(playbackRangeOf, () => {
  it('runs from the earliest to the latest dated start, ignoring undated initiatives', () => {
    expect([formatMonth(english, range.first), formatMonth(english, range.last)]).toEqual(['Nov 2020', 'Feb 2025']);
  });
});

describe('playback stepping', () => {
  it('starts before the first initiative and steps a year at a time to the end of its period, then stops', () => {
    let state = play(STOPPED, range, 12);
    expect(label(state)).toBe('Dec 2019');
    const seen: string[] = [];
    while (state.playing) {
      state = tick(state, range, 12);
      seen.push(label(state));
    }
    expect(seen).toEqual(['Dec 2020', 'Dec 2021', 'Dec 2022', 'Dec 2023', 'Dec 2024', 'Dec 2025']);
    expect(isAtEnd(state, range, 12)).toBe(true);
    // A tick after the end stays at the end.
    expect(label(tick(state, range, 12))).toBe('Dec 2025');
  });

  it('lands on quarter ends at 3 months per step', () => {
    // British English abbreviates September "Sept" in recent ICU data.
    expect(formatMonth(english, startMonth(range, 3))).toMatch(/^Sept? 2020$/);
    expect(formatMonth(english, endMonth(range, 3))).toBe('Mar 2025');
    const state = tick(play(STOPPED, range, 3), range, 3);
    expect(label(state)).toBe('Dec 2020');
  });

  it('realigns when the speed changes mid-way', () => {
    const at = { month: 2021 * 12 + 3, playing: true }; // Apr 2021, after monthly steps
    expect(label(tick(at, range, 12))).toBe('Dec 2021');
    expect(label(tick(at, range, 3))).toBe('Jun 2021');
    expect(label(stepBack(at, range, 3))).toBe('Mar 2021');
  });

  it('plays from the start again once at the end, and resumes from a pause', () => {
    const end = { month: endMonth(range, 12), playing: false };
    expect(play(end, range, 12)).toEqual({ month: startMonth(range, 12), playing: true });
    const paused = pause({ month: 2022 * 12 + 11, playing: true });
    expect(paused.playing).toBe(false);
    expect(play(paused, range, 12)).toEqual({ month: 2022 * 12 + 11, playing: true });
  });

  it('steps forward from "all" to the first period and back no further than the start', () => {
    const first = stepForward(STOPPED, range, 12);
    expect(first).toEqual({ month: 2020 * 12 + 11, playing: false });
    expect(label(stepBack(first, range, 12))).toBe('Dec 2019');
    expect(label(stepBack(stepBack(first, range, 12), range, 12))).toBe('Dec 2019');
    expect(stepBack(STOPPED, range, 12)).toBe(STOPPED);
  });

  it('puts the playhead on the last day of the month, so initiatives appear cumulatively', () => {
    expect(playheadDayOf({ month: 2021 * 12 + 8, playing: false })).not.toBeNull();
    expect(dayNumberToIso(playheadDayOf({ month: 2021 * 12 + 8, playing: false })!)).toBe('2021-09-30');
    let state = play(STOPPED, range, 12);
    const counts = [applyFilters(curated, DEFAULT_FILTERS, { playhead: playheadDayOf(state) }).length];
    while (state.playing) {
      state = tick(state, range, 12);
      counts.push(applyFilters(curated, DEFAULT_FILTERS, { playhead: playheadDayOf(state) }).length);
    }
    expect(counts).toEqual([0, 1, 3, 3, 3, 3, 5]);
    expect(playheadDayOf(STOPPED)).toBeNull();
  });
});
