/**
 * The known name a mistyped one most likely meant, by edit distance: "sumary" -> "summary",
 * "precison" -> "precision", "titel" -> "title". Plain code, no zod: the editor and data:check share it.
 */

/**
 * Edits (insert, delete, substitute, or swap two neighbours) that turn `a` into `b`: the
 * optimal-string-alignment distance, so a swapped pair of letters counts once.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `name` (case aside), or null when none is close enough to be a typing
 * slip: at most two edits, and fewer than half the name's letters.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | null {
  const wanted = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== null && bestDistance <= 2 && bestDistance * 2 < Math.max(name.length, 2) ? best : null;
}
