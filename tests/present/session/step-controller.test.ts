import { describe, expect, it } from 'vitest';
import { stepIndex, stepKey, type StepState } from '../../../src/present/session/step-controller';

const at = (index: number, extra: Partial<StepState> = {}): StepState => ({ index, count: 5, digits: '', blanked: false, ...extra });
const go = (index: number) => ({ type: 'go', index });

describe(stepKey, () => {
  it('steps forward with Right, Down, PageDown (clickers) and Space, back with Left, Up and PageUp', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(stepKey(at(1), key)).toEqual({ command: go(2), digits: '', handled: true });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepKey(at(1), key).command).toEqual(go(0));
  });

  it('stops at both ends (the key is still taken, so Space does not scroll)', () => {
    expect(stepKey(at(4), 'PageDown')).toEqual({ command: null, digits: '', handled: true });
    expect(stepKey(at(0), 'PageUp')).toEqual({ command: null, digits: '', handled: true });
  });

  it('wraps around when looping (auto-advance)', () => {
    expect(stepKey(at(4, { loop: true }), 'ArrowRight').command).toEqual(go(0));
    expect(stepKey(at(0, { loop: true }), 'ArrowLeft').command).toEqual(go(4));
  });

  it('jumps with Home and End', () => {
    expect(stepKey(at(2), 'Home').command).toEqual(go(0));
    expect(stepKey(at(2), 'End').command).toEqual(go(4));
    expect(stepKey(at(4), 'End').command).toBeNull();
  });

  it('jumps to a typed number on Enter', () => {
    let state = at(0);
    const one = stepKey(state, '1');
    expect(one).toEqual({ command: null, digits: '1', handled: true });
    state = { ...state, digits: one.digits };
    expect(stepKey(state, 'Enter')).toEqual({ command: go(0), digits: '', handled: true });
    expect(stepKey(at(0, { digits: '4' }), 'Enter').command).toEqual(go(3));
  });

  it('reads several digits, and Backspace takes one back', () => {
    const many = { ...at(0), count: 12 };
    const first = stepKey(many, '1');
    const second = stepKey({ ...many, digits: first.digits }, '2');
    expect(second.digits).toBe('12');
    expect(stepKey({ ...many, digits: '12' }, 'Enter').command).toEqual(go(11));
    expect(stepKey({ ...many, digits: '12' }, 'Backspace').digits).toBe('1');
  });

  it('refuses a number that is not a scene, and 0', () => {
    expect(stepKey(at(0, { digits: '6' }), 'Enter')).toEqual({ command: { type: 'invalid', digits: '6' }, digits: '', handled: true });
    expect(stepKey(at(0, { digits: '0' }), 'Enter').command).toEqual({ type: 'invalid', digits: '0' });
  });

  it('drops typed digits on any other key, and Escape clears them before it leaves', () => {
    expect(stepKey(at(0, { digits: '3' }), 'x')).toEqual({ command: null, digits: '', handled: false });
    expect(stepKey(at(0, { digits: '3' }), 'Escape')).toEqual({ command: null, digits: '', handled: true });
    expect(stepKey(at(0), 'Escape').command).toEqual({ type: 'exit' });
  });

  it('blanks with B or "." and any key brings the screen back without stepping', () => {
    expect(stepKey(at(2), 'b').command).toEqual({ type: 'blank' });
    expect(stepKey(at(2), '.').command).toEqual({ type: 'blank' });
    for (const key of ['b', 'ArrowRight', 'Escape', 'q']) expect(stepKey(at(2, { blanked: true }), key)).toEqual({ command: { type: 'unblank' }, digits: '', handled: true });
    expect(stepKey(at(2, { blanked: true }), 'Shift').command).toBeNull();
  });

  it('returns to the scene with R', () => {
    expect(stepKey(at(2), 'r').command).toEqual({ type: 'return' });
    expect(stepKey(at(2), 'R').command).toEqual({ type: 'return' });
  });

  it('does nothing in an empty deck', () => {
    expect(stepKey({ index: 0, count: 0, digits: '', blanked: false }, 'ArrowRight').command).toBeNull();
    expect(stepKey({ index: 0, count: 0, digits: '1', blanked: false }, 'Enter').command).toEqual({ type: 'invalid', digits: '1' });
  });
});

describe(stepIndex, () => {
  it('clamps, or wraps when looping; null when it would not move', () => {
    expect(stepIndex(0, 3, 5)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBeNull();
    expect(stepIndex(2, 3, 1, true)).toBe(0);
    expect(stepIndex(0, 3, -1, true)).toBe(2);
    expect(stepIndex(0, 1, 1, true)).toBeNull();
  });
});
