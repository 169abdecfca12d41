import type { GazetteerPlace, Initiative, Manifest, Organisation, Sector, Source } from './schema';
import type { Vocabulary } from './vocabulary-terms';

/** The validated dataset with lookups by id; everything the views read. */
export interface Dataset {
  manifest: Manifest;
  initiatives: Initiative[];
  organisations: Map<string, Organisation>;
  sectors: Map<string, Sector>;
  sources: Map<string, Source>;
  gazetteer: Map<string, GazetteerPlace>;
  /** Its statuses (the ladder in order), instruments, organisation kinds, party roles and place scopes. */
  vocabulary: Vocabulary;
  /** Base URL the manifest was loaded from, to resolve source files ("/data/"). */
  baseUrl: string;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
