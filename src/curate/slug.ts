/** Longest id suggested from a title, in characters (ids stay hand-typable). */
const MAX_LENGTH = 60;

/**
 * An id in the dataset's form (lowercase letters and digits joined by single hyphens) suggested from
 * a title: "Danfoss–Wuxing agreement" → "danfoss-wuxing-agreement". Letters without a Latin form
 * (Chinese) are dropped, so a Chinese title suggests nothing and the curator types the id.
 */
export function suggestId(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    id = next;
  }
  return id;
}
