import { describe, expect, it } from 'vitest';
import { optionKeyTarget, typesCharacter } from '../../../src/views/filters/picker-keys';

describe(optionKeyTarget, () => {
  it('moves between options with the arrows, Home and End, and stops at the last', () => {
    expect(optionKeyTarget('ArrowDown', 0, 5, true)).toEqual({ option: 1 });
    expect(optionKeyTarget('ArrowDown', 4, 5, true)).toEqual({ option: 4 });
    expect(optionKeyTarget('ArrowUp', 3, 5, true)).toEqual({ option: 2 });
    expect(optionKeyTarget('Home', 3, 5, false)).toEqual({ option: 0 });
    expect(optionKeyTarget('End', 1, 5, false)).toEqual({ option: 4 });
  });

  it('goes back to the find box with ArrowUp from the first option, or stays when there is none', () => {
    expect(optionKeyTarget('ArrowUp', 0, 5, true)).toEqual({ find: true });
    expect(optionKeyTarget('ArrowUp', 0, 5, false)).toEqual({ option: 0 });
  });

  it('leaves other keys (Space ticks, Tab leaves) to the browser', () => {
    expect(optionKeyTarget(' ', 2, 5, true)).toBeNull();
    expect(optionKeyTarget('Tab', 2, 5, true)).toBeNull();
    expect(optionKeyTarget('ArrowDown', 0, 0, true)).toBeNull();
  });
});

describe(typesCharacter, () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('is true for a printable character but not Space, named keys or shortcuts', () => {
    expect(typesCharacter(key('s'))).toBe(true);
    expect(typesCharacter(key('苏'))).toBe(true);
    expect(typesCharacter(key(' '))).toBe(false);
    expect(typesCharacter(key('ArrowDown'))).toBe(false);
    expect(typesCharacter(key('a', { ctrlKey: true }))).toBe(false);
    expect(typesCharacter(key('c', { metaKey: true }))).toBe(false);
  });
});
