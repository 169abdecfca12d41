import type { Dataset } from '../data/dataset';
import type { Initiative, OrganisationKind } from '../data/schema';
import { dateInterval, yearOf } from './fuzzy-date';

/** What filtering needs of one initiative, computed once per dataset. */
export interface IndexedInitiative {
  initiative: Initiative;
  /** Inclusive day numbers; null when the date is unknown. */
  start: number | null;
  end: number | null;
  /** The year of the date (its first year when it is a span); null when unknown. */
  year: number | null;
  sectors: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  partnerKinds: ReadonlySet<OrganisationKind>;
  /** Gazetteer ids of every place and of the province each lies in. */
  places: ReadonlySet<string>;
}

export interface DatasetIndex {
  rows: IndexedInitiative[];
  byId: Map<string, IndexedInitiative>;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const rows = dataset.initiatives.map((initiative): IndexedInitiative => {
    const span = dateInterval(initiative.date);
    const partners = new Set(initiative.parties.map((p) => p.organisation));
    const partnerKinds = new Set<OrganisationKind>();
    for (const id of partners) {
      const org = dataset.organisations.get(id);
      if (org) partnerKinds.add(org.kind);
    }
    const places = new Set<string>();
    for (const place of initiative.places) {
      if (place.gazetteerId === null) continue;
      places.add(place.gazetteerId);
      const hit = dataset.gazetteer.get(place.gazetteerId);
      if (hit) places.add(hit.provinceId);
    }
    return {
      initiative,
      start: span?.start ?? null,
      end: span?.end ?? null,
      year: yearOf(initiative.date),
      sectors: new Set(initiative.sectors),
      partners,
      partnerKinds,
      places,
    };
  });
  return { rows, byId: new Map(rows.map((row) => [row.initiative.id, row])) };
}
