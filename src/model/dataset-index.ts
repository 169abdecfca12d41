import type { Dataset } from '../data/dataset';
import type { FuzzyDate, Initiative } from '../data/schema';
import type { OrganisationKind } from '../data/vocabulary';
import type { Vocabulary } from '../data/vocabulary-terms';
import { Codebook } from './codebook';
import { dateInterval, yearOf } from './fuzzy-date';
import { makeLocationEncoder } from './locations';

/** The many-valued fields filters and charts count by; each row holds them as codes. */
export type KeyField = 'sectors' | 'partners' | 'partnerKinds' | 'places';

/** What filtering and counting need of one initiative, computed once per dataset. */
export interface IndexedInitiative {
  initiative: Initiative;
  /** Inclusive day numbers; null when the date is unknown. */
  start: number | null;
  end: number | null;
  /** The year of the date (its first year when it is a span); null when unknown. */
  year: number | null;
  /**
   * Codes (in the index's codebook for the field) of its sectors, its partners, its partners'
   * kinds, and the gazetteer ids of its places with the province each lies in; each code once.
   */
  sectors: readonly number[];
  partners: readonly number[];
  partnerKinds: readonly number[];
  places: readonly number[];
  /**
   * Where the map draws it (see encodeLocations): codes in the index's `locations` codebook, times
   * two, plus one when every place there is inferred.
   */
  locations: readonly number[];
  /** How many of its places are not in the gazetteer (counted, not drawn). */
  unplaced: number;
  /** Its sector ids, each once, in the record's order. */
  sectorIds: readonly string[];
  /** Its partners' kinds, each once (one array shared by every row with the same kinds). */
  partnerKindIds: readonly OrganisationKind[];
}

export interface DatasetIndex {
  rows: IndexedInitiative[];
  /** The dataset's vocabulary (data/vocabulary.json): the status ladder's order, the kinds' codes. */
  vocabulary: Vocabulary;
  byId: Map<string, IndexedInitiative>;
  /** The value behind each code of each key field, and of each map location. */
  codebooks: Readonly<Record<KeyField | 'locations', Codebook>>;
}

/**
 * Collects a row's codes, each once, and hands back an array of exactly that length: arrays grown
 * by push keep room for 16 more, which at 100,000 rows and five fields is tens of megabytes.
 */
class CodeCollector {
  private readonly scratch: number[] = [];

  add(code: number): void {
    if (!this.scratch.includes(code)) this.scratch.push(code);
  }

  take(): number[] {
    const codes = this.scratch.slice();
    this.scratch.length = 0;
    return codes;
  }
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  // A partner kind's code is its position in the dataset's vocabulary (data/vocabulary.json).
  const codebooks = { sectors: new Codebook(), partners: new Codebook(), partnerKinds: new Codebook(dataset.vocabulary.organisationKinds.ids), places: new Codebook(), locations: new Codebook() };
  const kindLists = new Map<string, readonly OrganisationKind[]>();
  const kindIdsOf = (codes: readonly number[]): readonly OrganisationKind[] => {
    const key = codes.join(',');
    let ids = kindLists.get(key);
    if (!ids) kindLists.set(key, (ids = codes.map((code) => codebooks.partnerKinds.values[code]!)));
    return ids;
  };
  const kindCodes = new Map<string, number | null>();
  const kindCodeOf = (organisation: string): number | null => {
    let code = kindCodes.get(organisation);
    if (code === undefined) {
      const kind = dataset.organisations.get(organisation)?.kind;
      kindCodes.set(organisation, (code = kind === undefined ? null : codebooks.partnerKinds.encode(kind)));
    }
    return code;
  };
  const encodeLocations = makeLocationEncoder(dataset.gazetteer, codebooks.locations);
  // Many initiatives share a date; a date's value says its precision (see FuzzyDateSchema).
  const spans = new Map<string, ReturnType<typeof dateInterval>>();
  const spanOf = (date: FuzzyDate) => {
    if (date.value === null) return null;
    let span = spans.get(date.value);
    if (span === undefined) spans.set(date.value, (span = dateInterval(date)));
    return span;
  };
  const collect = new CodeCollector();
  const rows = dataset.initiatives.map((initiative): IndexedInitiative => {
    const span = spanOf(initiative.date);
    for (const id of initiative.sectors) collect.add(codebooks.sectors.encode(id));
    const sectors = collect.take();
    for (const party of initiative.parties) collect.add(codebooks.partners.encode(party.organisation));
    const partners = collect.take();
    for (const party of initiative.parties) {
      const kind = kindCodeOf(party.organisation);
      if (kind !== null) collect.add(kind);
    }
    const partnerKinds = collect.take();
    for (const place of initiative.places) {
      if (place.gazetteerId === null) continue;
      collect.add(codebooks.places.encode(place.gazetteerId));
      const hit = dataset.gazetteer.get(place.gazetteerId);
      if (hit) collect.add(codebooks.places.encode(hit.provinceId));
    }
    const places = collect.take();
    const sectorIds = sectors.length === initiative.sectors.length ? initiative.sectors : sectors.map((code) => codebooks.sectors.values[code]!);
    const { locations, unplaced } = encodeLocations(initiative);
    return { initiative, start: span?.start ?? null, end: span?.end ?? null, year: yearOf(initiative.date), sectors, partners, partnerKinds, places, locations, unplaced, sectorIds, partnerKindIds: kindIdsOf(partnerKinds) };
  });
  return { rows, byId: new Map(rows.map((row) => [row.initiative.id, row])), codebooks, vocabulary: dataset.vocabulary };
}

/** The kinds of a row's partners. */
export function partnerKindsOf(row: IndexedInitiative): readonly OrganisationKind[] {
  return row.partnerKindIds;
}
