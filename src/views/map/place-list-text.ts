import type { TFunction } from 'i18next';
import type { Formatter } from '../../i18n/format';

/** The words of the map's place list, each made once per language however many places say it. */
export interface PlaceListText {
  /** "3 initiatives", "3项举措". */
  initiatives(n: number): string;
  /** "2 inferred", for a place some of whose initiatives are placed by inference. */
  inferredSome(n: number): string;
  inferred: string;
  inFilter: string;
  selected: string;
}

/**
 * The list holds hundreds of places, each saying its count: i18next resolves a plural form for
 * every call (about 30 µs each), so each count's text is made once and kept for the list's language.
 */
export function placeListText(t: TFunction, f: Formatter): PlaceListText {
  const counts = new Map<number, string>();
  const someInferred = new Map<number, string>();
  const kept = (cache: Map<number, string>, n: number, make: () => string) => {
    let text = cache.get(n);
    if (text === undefined) {
      text = make();
      cache.set(n, text);
    }
    return text;
  };
  return {
    initiatives: (n) => kept(counts, n, () => t('map.count.initiatives', { count: n, n: f.count(n) })),
    inferredSome: (n) => kept(someInferred, n, () => t('map.list.inferredSome', { n: f.count(n) })),
    inferred: t('map.list.inferred'),
    inFilter: t('map.list.inFilter'),
    selected: t('map.list.selected'),
  };
}
