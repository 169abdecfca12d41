import type { IndexedInitiative } from '../../model/dataset-index';
import { monthEndDay, monthIndexOf } from './time-scale';

/**
 * Headless playback: which month the playhead shows and whether it is moving. The playhead always
 * sits on the last day of a month, at the end of a step-sized period (a quarter, a year), so
 * month-binned counts are exact and labels read "up to Dec 2021".
 */
export interface PlaybackState {
  /** Month index (year * 12 + month - 1) shown up to and including; null when not playing back (everything shows). */
  month: number | null;
  playing: boolean;
}

export interface PlaybackRange {
  /** Months of the earliest and the latest start of a dated initiative. */
  first: number;
  last: number;
}

/** Their labels: timeline.playback.speeds.<id>. */
export const SPEEDS = [
  { id: 'month', months: 1 },
  { id: 'quarter', months: 3 },
  { id: 'year', months: 12 },
] as const;
export type SpeedId = (typeof SPEEDS)[number]['id'];

/** Time between steps while playing, in milliseconds. */
export const STEP_MS = 450;

export const STOPPED: PlaybackState = { month: null, playing: false };

export function speedMonths(speed: SpeedId): number {
  return SPEEDS.find((s) => s.id === speed)!.months;
}

export function playbackRangeOf(rows: readonly IndexedInitiative[]): PlaybackRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (row.start === null) continue;
    if (row.start < first) first = row.start;
    if (row.start > last) last = row.start;
  }
  return first === Infinity ? null : { first: monthIndexOf(first), last: monthIndexOf(last) };
}

/** The last month of the step-sized period after the one `month` ends or lies in. */
function nextPeriodEnd(month: number, step: number): number {
  return (Math.floor((month + 1) / step) + 1) * step - 1;
}

function previousPeriodEnd(month: number, step: number): number {
  return Math.ceil((month + 1) / step) * step - step - 1;
}

/** Where playback begins: the end of the period before the earliest initiative (nothing shown yet). */
export function startMonth(range: PlaybackRange, step: number): number {
  return Math.floor(range.first / step) * step - 1;
}

/** Where playback stops: the end of the period holding the latest initiative (every dated one shown). */
export function endMonth(range: PlaybackRange, step: number): number {
  return Math.ceil((range.last + 1) / step) * step - 1;
}

export function isAtEnd(state: PlaybackState, range: PlaybackRange, step: number): boolean {
  return state.month !== null && state.month >= endMonth(range, step);
}

/** Play: from the start when stopped or at the end, otherwise on from where it was paused. */
export function play(state: PlaybackState, range: PlaybackRange, step: number): PlaybackState {
  if (state.month === null || isAtEnd(state, range, step)) return { month: startMonth(range, step), playing: true };
  return { month: state.month, playing: true };
}

export function pause(state: PlaybackState): PlaybackState {
  return { ...state, playing: false };
}

/** One step forward; reaching the end stops playing and leaves the playhead there. */
export function tick(state: PlaybackState, range: PlaybackRange, step: number): PlaybackState {
  const from = state.month ?? startMonth(range, step);
  const end = endMonth(range, step);
  const month = Math.min(nextPeriodEnd(from, step), end);
  return { month, playing: state.playing && month < end };
}

export function stepForward(state: PlaybackState, range: PlaybackRange, step: number): PlaybackState {
  return { ...tick(state, range, step), playing: false };
}

export function stepBack(state: PlaybackState, range: PlaybackRange, step: number): PlaybackState {
  if (state.month === null) return state;
  return { month: Math.max(previousPeriodEnd(state.month, step), startMonth(range, step)), playing: false };
}

/** The playhead day number for the dashboard: the last day of the month. */
export function playheadDayOf(state: PlaybackState): number | null {
  return state.month === null ? null : monthEndDay(state.month);
}

export function monthOfPlayhead(playhead: number | null): number | null {
  return playhead === null ? null : monthIndexOf(playhead);
}
