/**
 * The row a key moves to in the table (WAI-ARIA grid: arrows one row, Page keys a screenful,
 * Home and End the first and last row), or null for a key the rows do not handle. Rows count
 * from 0; `pageRows` is how many rows fit in the box (at least 1).
 */
export function rowAfterKey(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const page = Math.max(1, pageRows);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The rows the virtualiser renders, with `keep` (the row that has or last had focus) among them, in order. */
export function withRow(indexes: readonly number[], keep: number): number[] {
  if (keep < 0 || indexes.includes(keep)) return [...indexes];
  return [...indexes, keep].sort((a, b) => a - b);
}
