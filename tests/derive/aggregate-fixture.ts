import type { Dataset } from '../../src/data/dataset';
import { DEFAULT_VOCABULARY } from '../../src/data/default-vocabulary';
import type { FuzzyDate, Initiative, Organisation, OrganisationKind, Sector } from '../../src/data/schema';
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index';

/** A hand-made initiative: only what aggregation reads. */
export interface FixtureInitiative {
  id: string;
  sectors: string[];
  partners: string[];
  /** "2021", "2021-09", "2021-09-30", or null for undated. */
  date: string | null;
}

function toDate(value: string | null): FuzzyDate {
  if (value === null) return { value: null, precision: 'unknown', basis: 'stated', reason: 'Not given.' };
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, precision, basis: 'stated' };
}

/** A small dataset: organisations given as id -> kind, sectors as ids (labels are the ids upper-cased). */
export function fixtureDataset(organisations: Record<string, OrganisationKind>, sectorIds: string[], initiatives: FixtureInitiative[]): { dataset: Dataset; index: DatasetIndex } {
  const orgs = new Map<string, Organisation>(
    Object.entries(organisations).map(([id, kind]) => [id, { id, name: id.toUpperCase(), aliases: [], kind, homeCountry: null, sources: [] }]),
  );
  const sectors = new Map<string, Sector>(sectorIds.map((id) => [id, { id, label: id.toUpperCase(), labelZh: id, description: id }]));
  const records: Initiative[] = initiatives.map((i) => ({
    id: i.id,
    title: `Initiative ${i.id}`,
    summary: `A hand-made initiative for tests: ${i.id}.`,
    instrument: 'memorandum',
    status: 'signed',
    date: toDate(i.date),
    parties: i.partners.map((organisation) => ({ organisation, role: 'signatory' })),
    places: [{ scope: 'nationwide', gazetteerId: null, name: 'China', basis: 'stated' }],
    sectors: i.sectors,
    people: [],
    sources: [{ source: 'fixture-source', quotes: [{ text: 'Quoted text.', supports: ['title'] }] }],
  }));
  const dataset: Dataset = {
    manifest: { title: 'Fixture', synthetic: false, files: { initiatives: 'i', organisations: 'o', sectors: 's', sources: 'src', gazetteer: 'g' } },
    initiatives: records,
    organisations: orgs,
    sectors,
    sources: new Map([['fixture-source', { id: 'fixture-source', file: 'sources/fixture.txt', title: 'Fixture source', publisher: null, date: toDate(null), language: 'en' }]]),
    gazetteer: new Map(),
    vocabulary: DEFAULT_VOCABULARY,
    baseUrl: '/data/',
  };
  return { dataset, index: buildDatasetIndex(dataset) };
}

export const ids = (rows: ReadonlyArray<{ initiative: { id: string } }>) => rows.map((r) => r.initiative.id).sort();
