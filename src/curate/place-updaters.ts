import type { CurateDraft, JsonObject } from './curate-types';
import { addInference, setInitiative } from './draft-updaters';
import { listAt } from './json-path';
import type { GazetteerHit } from './search-names';

/**
 * Adds a gazetteer place: its id, its scope by its level (a province, or a city; the curator makes
 * it a district or park), and its English and Chinese names from the gazetteer, which the curator
 * may change to the source's wording. Its basis stays unset. When none of the initiative's source
 * texts has the Chinese name, `inferred` says where it came from, as the curated records do.
 */
export function addPlace(draft: CurateDraft, hit: GazetteerHit, texts: ReadonlyMap<string, string>): CurateDraft {
  const places = listAt(draft.initiative, ['places']);
  const place: JsonObject = { scope: hit.level === 'province' ? 'province' : 'city', gazetteerId: hit.id, name: hit.nameEn, nameZh: hit.nameZh };
  const next = setInitiative(draft, ['places'], [...places, place]);
  const cited = (listAt(draft.initiative, ['sources']) as JsonObject[]).map((ref) => texts.get(String(ref.source)) ?? '');
  if (!hit.nameZh || cited.some((text) => text.includes(hit.nameZh))) return next;
  return addInference(next, {
    field: `places.${places.length}.nameZh`,
    reason: `The gazetteer's Chinese name of ${hit.nameEn} (${hit.id}); not in the source text.`,
    reasonZh: `地名表中${hit.nameZh.replace(/市$/, '')}（${hit.id}）的中文名称；来源原文中没有。`,
  });
}

/** A nationwide place: no gazetteer id; its name as the source gives it, typed by the curator. */
export function addNationwidePlace(draft: CurateDraft): CurateDraft {
  return setInitiative(draft, ['places'], [...listAt(draft.initiative, ['places']), { scope: 'nationwide', gazetteerId: null }]);
}
