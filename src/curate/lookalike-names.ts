import { comparableName } from '../data/find-look-alike-organisations';
import { editDistance } from '../data/nearest-name';
import type { JsonObject } from './curate-types';

/** A name's words once case, width, punctuation and its legal form are set aside (data:check's own comparison, `comparableName`). */
const words = (name: string) => comparableName(name).split(' ').filter(Boolean);

/** The name without punctuation, spaces, case or a company suffix. */
const squeezed = (name: string) => words(name).join('');

const hasCjk = (text: string) => /\p{Script=Han}/u.test(text);

/**
 * Whether two names may name the same organisation: the same once case, punctuation and company
 * suffixes are set aside; one's words all in the other ("Danfoss" and "Danfoss China"); a Chinese
 * name inside the other ("宁德时代" and "宁德时代新能源科技股份有限公司"); or a typing slip apart (two
 * letters in a name of eight or more).
 */
export function namesLookAlike(a: string, b: string): boolean {
  return likeness(a, b) !== null;
}

/** 0 for two names that are the same once case, punctuation and suffixes are set aside; 1 for names alike; null for others. */
function likeness(a: string, b: string): 0 | 1 | null {
  const sa = squeezed(a);
  const sb = squeezed(b);
  if (!sa || !sb) return null;
  if (sa === sb) return 0;
  if (hasCjk(sa) && hasCjk(sb) && Math.min(sa.length, sb.length) >= 2 && (sa.includes(sb) || sb.includes(sa))) return 1;
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size > 0 && [...small].every((w) => large.has(w))) return 1;
  return Math.min(sa.length, sb.length) >= 8 && editDistance(sa, sb) <= 2 ? 1 : null;
}

/** The names an organisation goes by: its name, Chinese names and aliases. */
export function namesOf(organisation: JsonObject): string[] {
  const names = [organisation.name, organisation.nameZh, organisation.shortNameZh, ...(Array.isArray(organisation.aliases) ? organisation.aliases : [])];
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

export interface Lookalike {
  id: string;
  /** The existing name the new one looks like. */
  name: string;
}

/** The organisations (other than `exceptId`) with a name that looks like any of `names`, each with its name most alike. */
export function findLookalikes(names: readonly string[], organisations: readonly JsonObject[], exceptId?: string): Lookalike[] {
  const wanted = names.filter((n) => n.trim() !== '');
  const out: Lookalike[] = [];
  for (const organisation of organisations) {
    if (typeof organisation.id !== 'string' || organisation.id === exceptId) continue;
    let best: { name: string; rank: number } | null = null;
    for (const existing of namesOf(organisation)) {
      for (const name of wanted) {
        const rank = likeness(name, existing);
        if (rank !== null && (best === null || rank < best.rank)) best = { name: existing, rank };
      }
    }
    if (best) out.push({ id: organisation.id, name: best.name });
  }
  return out;
}
