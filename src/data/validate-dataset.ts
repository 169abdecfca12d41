import type { DataProblem } from './data-problem';
import { byId, type Dataset } from './dataset';
import {
  GazetteerSchema,
  InitiativeSchema,
  ManifestSchema,
  OrganisationSchema,
  SectorSchema,
  SourceSchema,
  type GazetteerPlace,
  type Initiative,
  type Manifest,
  type Organisation,
  type Source,
} from './schema';
import { UNREADABLE, validateRecords } from './validate-records';
import { problemsFromIssues } from './schema-issues';
import { findDuplicateIds, findQuoteProblems, findReferenceProblems } from './check-references';
import { findSupportProblems } from './check-quote-supports';
import { findTermProblems } from './check-terms';
import { DEFAULT_VOCABULARY } from './default-vocabulary';
import { validateVocabulary } from './validate-vocabulary';

export { jsonSyntaxProblem } from './json-text';

/** The parsed JSON of each dataset file, keyed by the path used in messages. */
export interface RawDataset {
  manifest: Manifest;
  files: {
    initiatives: { path: string; json: unknown };
    organisations: { path: string; json: unknown };
    sectors: { path: string; json: unknown };
    sources: { path: string; json: unknown };
    gazetteer: { path: string; json: unknown };
    /** Absent when the manifest names none: then the built-in vocabulary (default-vocabulary.ts). */
    vocabulary?: { path: string; json: unknown };
  };
  /** Archived source texts by source id; when given, every quote is checked against its text. */
  sourceTexts?: Map<string, string>;
  baseUrl?: string;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: DataProblem[];
}

export function parseManifest(path: string, json: unknown): { manifest: Manifest | null; problems: DataProblem[] } {
  const result = ManifestSchema.safeParse(json);
  if (result.success) return { manifest: result.data, problems: [] };
  return {
    manifest: null,
    problems: problemsFromIssues(path, null, result.error.issues, ManifestSchema),
  };
}

/**
 * Validates every file record by record, then cross-checks ids and references. Records with
 * problems are left out of the dataset; the problems say which and why.
 */
export function validateDataset(raw: RawDataset): ValidationResult {
  const { files } = raw;
  const vocabulary = files.vocabulary ? validateVocabulary(files.vocabulary.path, files.vocabulary.json) : { vocabulary: DEFAULT_VOCABULARY, problems: [] };
  const vocabularyFile = files.vocabulary?.path ?? 'the built-in vocabulary';
  const gazetteer = readGazetteer(files.gazetteer.path, files.gazetteer.json);
  const sectors = validateRecords(files.sectors.path, files.sectors.json, 'sectors', SectorSchema);
  const sources = validateRecords(files.sources.path, files.sources.json, 'sources', SourceSchema);
  const organisations = validateRecords(files.organisations.path, files.organisations.json, 'organisations', OrganisationSchema);
  const initiatives = validateRecords(files.initiatives.path, files.initiatives.json, 'initiatives', InitiativeSchema);

  const problems: DataProblem[] = [
    ...vocabulary.problems,
    ...gazetteer.problems,
    ...sectors.problems,
    ...sources.problems,
    ...organisations.problems,
    ...initiatives.problems,
    ...findDuplicateIds(files.sectors.path, sectors.records),
    ...findDuplicateIds(files.sources.path, sources.records),
    ...findDuplicateIds(files.organisations.path, organisations.records),
    ...findDuplicateIds(files.initiatives.path, initiatives.records),
  ];

  const lookups = {
    organisations: byId(organisations.records),
    sectors: byId(sectors.records),
    sources: byId(sources.records),
    gazetteer: gazetteer.places,
  };
  const badIds = new Set<string>();
  for (const [path, records, fields] of [
    [files.organisations.path, organisations.records, Object.keys(OrganisationSchema.shape)],
    [files.initiatives.path, initiatives.records, Object.keys(InitiativeSchema.shape)],
  ] as const) {
    const found = [
      ...findTermProblems(path, records, vocabulary.vocabulary, vocabularyFile),
      ...findReferenceProblems(path, records as ReadonlyArray<Initiative | Organisation>, lookups),
      ...findSupportProblems(path, records, fields),
    ];
    for (const problem of found) {
      problems.push(problem);
      if (problem.recordId) badIds.add(`${path}#${problem.recordId}`);
    }
  }
  if (raw.sourceTexts) {
    const texts = raw.sourceTexts;
    for (const [path, records] of [
      [files.organisations.path, organisations.records],
      [files.initiatives.path, initiatives.records],
    ] as const) {
      problems.push(...findQuoteProblems(path, records, texts));
    }
    problems.push(...findMissingSourceTexts(files.sources.path, sources.records, texts));
  }

  // Most datasets have no bad record: then there is nothing to filter (a pass over 100,000 records saved).
  const keep = <T extends { id: string }>(path: string, records: T[]) => (badIds.size === 0 ? records : records.filter((r) => !badIds.has(`${path}#${r.id}`)));
  return {
    dataset: {
      manifest: raw.manifest,
      initiatives: keep(files.initiatives.path, initiatives.records),
      organisations: byId(keep(files.organisations.path, organisations.records)),
      sectors: lookups.sectors,
      sources: lookups.sources,
      gazetteer: gazetteer.places,
      vocabulary: vocabulary.vocabulary,
      baseUrl: raw.baseUrl ?? '/data/',
    },
    problems,
  };
}

function readGazetteer(path: string, json: unknown): { places: Map<string, GazetteerPlace>; problems: DataProblem[] } {
  if (json === UNREADABLE) return { places: new Map(), problems: [] };
  const result = GazetteerSchema.safeParse(json);
  if (result.success) return { places: byId(result.data.places), problems: [] };
  const first = result.error.issues[0];
  return {
    places: new Map(),
    problems: [{ file: path, recordId: null, field: first ? first.path.map(String).join('.') : '', message: `gazetteer unreadable: ${first?.message ?? 'invalid'}`, code: 'gazetteerUnreadable', values: { detail: first?.message ?? '' } }],
  };
}

function findMissingSourceTexts(path: string, sources: readonly Source[], texts: Map<string, string>): DataProblem[] {
  return sources
    .filter((source) => !texts.has(source.id))
    .map((source) => ({ file: path, recordId: source.id, field: 'file', message: `archived text "${source.file}" is missing or unreadable`, code: 'missingSourceText' as const, values: { file: source.file } }));
}
