/**
 * Keyboard stepping for a presentation, as a pure function of (state, key). Presenter clickers
 * send PageDown/PageUp (some send "." or "b" to blank); people type a number then Enter to jump.
 */

export interface StepState {
  /** 0-based current scene. */
  index: number;
  count: number;
  /** Digits typed so far for "number then Enter". */
  digits: string;
  blanked: boolean;
  /** Next on the last scene goes to the first (auto-advance on an unattended screen). */
  loop?: boolean;
}

export type StepCommand =
  | { type: 'go'; index: number }
  | { type: 'blank' }
  | { type: 'unblank' }
  | { type: 'return' }
  | { type: 'exit' }
  /** The typed number is not a scene: say so and do nothing. */
  | { type: 'invalid'; digits: string };

export interface StepResult {
  command: StepCommand | null;
  /** The digits buffer after this key. */
  digits: string;
  /** The key was ours: the caller should preventDefault (e.g. Space must not scroll). */
  handled: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const BLANK = new Set(['b', 'B', '.']);
const RETURN = new Set(['r', 'R']);
const MODIFIER_ONLY = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);
const MAX_DIGITS = 4;

const none = (digits: string, handled = false): StepResult => ({ command: null, digits, handled });

/** Index after moving by `delta`, clamped to the deck (or wrapped when looping); null if it would not move. */
export function stepIndex(index: number, count: number, delta: number, loop = false): number | null {
  if (count === 0) return null;
  let next = index + delta;
  if (loop) next = ((next % count) + count) % count;
  else next = Math.min(count - 1, Math.max(0, next));
  return next === index ? null : next;
}

export function stepKey(state: StepState, key: string): StepResult {
  const { index, count, digits, blanked, loop = false } = state;
  if (MODIFIER_ONLY.has(key)) return none(digits);
  // A blank screen comes back on any key, and that key does nothing else.
  if (blanked) return { command: { type: 'unblank' }, digits: '', handled: true };

  if (/^[0-9]$/.test(key)) return none((digits + key).slice(-MAX_DIGITS), true);
  if (key === 'Backspace' && digits) return none(digits.slice(0, -1), true);
  if (key === 'Enter' && digits) {
    const n = Number(digits);
    if (n >= 1 && n <= count) return { command: { type: 'go', index: n - 1 }, digits: '', handled: true };
    return { command: { type: 'invalid', digits }, digits: '', handled: true };
  }
  if (key === 'Escape') return digits ? none('', true) : { command: { type: 'exit' }, digits: '', handled: true };

  const go = (target: number | null): StepResult => ({ command: target === null ? null : { type: 'go', index: target }, digits: '', handled: true });
  if (NEXT.has(key)) return go(stepIndex(index, count, 1, loop));
  if (PREVIOUS.has(key)) return go(stepIndex(index, count, -1, loop));
  if (key === 'Home') return go(count > 0 && index !== 0 ? 0 : null);
  if (key === 'End') return go(count > 0 && index !== count - 1 ? count - 1 : null);
  if (BLANK.has(key)) return { command: { type: 'blank' }, digits: '', handled: true };
  if (RETURN.has(key)) return { command: { type: 'return' }, digits: '', handled: true };
  return none('');
}
