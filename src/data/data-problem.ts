/** One thing wrong with the dataset, located by file, record and field. */
export interface DataProblem {
  file: string;
  /** The record's id, or `#N` (0-based position) when it has no usable id; null for a whole-file problem. */
  recordId: string | null;
  /** Dotted path inside the record, e.g. "date.value" or "parties.1.organisation"; "" for the whole record or file. */
  field: string;
  message: string;
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
