/** Where a key pressed on option `index` of `count` sends focus: another option, back to the find box, or nowhere (the key is not the picker's). */
export type OptionKeyTarget = { option: number } | { find: true } | null;

/**
 * Arrow keys move between a picker's options (ArrowUp from the first goes back to the find box,
 * when there is one), Home and End to the first and last.
 */
export function optionKeyTarget(key: string, index: number, count: number, hasFind: boolean): OptionKeyTarget {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return { option: Math.min(count - 1, index + 1) };
    case 'ArrowUp':
      return index === 0 ? (hasFind ? { find: true } : { option: 0 }) : { option: index - 1 };
    case 'Home':
      return { option: 0 };
    case 'End':
      return { option: count - 1 };
    default:
      return null;
  }
}

/** Whether a key types a character (so, pressed on an option, it belongs in the find box); Space ticks the option instead. */
export function typesCharacter(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
