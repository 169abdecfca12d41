import type { Dataset } from '../data/dataset';
import type { Initiative, Place } from '../data/schema';

/** "Suzhou Industrial Park (Suzhou, Jiangsu)", "China (nationwide)". */
export function describePlace(dataset: Dataset, place: Place): string {
  if (place.scope === 'nationwide') return `${place.name} (nationwide)`;
  const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
  if (!hit) return place.name;
  if (hit.level === 'province') return place.name === hit.nameEn ? `${hit.nameEn} province` : `${place.name} (${hit.nameEn} province)`;
  if (!place.name.includes(hit.nameEn)) return `${place.name} (${hit.nameEn}, ${hit.provinceEn})`;
  return place.name.includes(hit.provinceEn) ? place.name : `${place.name}, ${hit.provinceEn}`;
}

export function describePlaces(dataset: Dataset, initiative: Initiative): string {
  const names = [...new Set(initiative.places.map((p) => describePlace(dataset, p)))];
  return names.join('; ');
}

export function partnerNames(dataset: Dataset, initiative: Initiative): string[] {
  return initiative.parties.map((party) => dataset.organisations.get(party.organisation)?.name ?? party.organisation);
}
