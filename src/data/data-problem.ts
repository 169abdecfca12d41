/**
 * What kind of problem it is, for the problems panel to word it in the display language
 * (src/i18n/locales/<lang>/data.json, `problem.code`) with `values`. A problem without a code (a
 * schema's own message) is shown as `message`, in English. data:check always prints `message`.
 */
export type DataProblemCode =
  | 'expectedList'
  | 'duplicateId'
  | 'gazetteerUnreadable'
  | 'missingSourceText'
  | 'unknownSource'
  | 'unknownOrganisation'
  | 'unknownSector'
  | 'notInGazetteer'
  | 'quoteNotVerbatim'
  | 'jsonSyntax'
  | 'unknownField'
  | 'unknownFieldNoMatch'
  | 'notRealDate'
  | 'dateForm'
  | 'badId'
  | 'supportsAbsentField'
  | 'supportsUnknownField'
  | 'supportsNoSuchField'
  | 'duplicateTerm'
  | 'unknownTerm'
  | 'unknownTermNearest'
  // Warnings (data:check prints them; they never leave a record out):
  | 'unusedOrganisation'
  | 'unusedSector'
  | 'unusedSource'
  | 'lookAlikeOrganisation';

/** One thing wrong with the dataset, located by file, record and field. */
export interface DataProblem {
  file: string;
  /** The record's id, or `#N` (0-based position) when it has no usable id; null for a whole-file problem. */
  recordId: string | null;
  /** Dotted path inside the record, e.g. "date.value" or "parties.1.organisation"; "" for the whole record or file. */
  field: string;
  /** In English, for the curator (data:check); the screen words it from `code` when there is one. */
  message: string;
  code?: DataProblemCode;
  /** The code's placeholders (an id, a file name, the parser's own words). */
  values?: Record<string, string | number>;
}

/** One line per problem: `data/initiatives.json: record "x", field "date.value": must ...`. */
export function formatProblem(problem: DataProblem): string {
  const where = [problem.file];
  if (problem.recordId !== null) where.push(`record "${problem.recordId}"`);
  if (problem.field) where.push(`field "${problem.field}"`);
  return `${where.join(', ')}: ${problem.message}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}
