import type { DataProblem } from './data-problem';
import { problemsFromIssues } from './schema-issues';
import { isObject, recordIdOf, UNREADABLE } from './validate-records';
import { DEFAULT_VOCABULARY } from './default-vocabulary';
import { TermSchema, VocabularyFileSchema } from './vocabulary-schema';
import { readVocabulary, type Term, type Vocabulary, type VocabularyFile } from './vocabulary-terms';

/** Where each list sits in the file, as a problem's field names it. */
const LISTS = [
  ['statuses', 'ladder'],
  ['statuses', 'offLadder'],
  ['instruments'],
  ['organisationKinds'],
  ['partyRoles'],
  ['placeScopes'],
] as const;

/**
 * Reads a dataset's vocabulary file term by term: a bad term (or a second one with an id its
 * vocabulary already has) is a problem and is left out, the rest load, as records do. A file that
 * could not be parsed (its problem already said) leaves the built-in vocabulary in its place, so
 * the records are not all refused for it.
 */
export function validateVocabulary(path: string, json: unknown): { vocabulary: Vocabulary; problems: DataProblem[] } {
  if (json === UNREADABLE) return { vocabulary: DEFAULT_VOCABULARY, problems: [] };
  const problems: DataProblem[] = [];
  const shape = VocabularyFileSchema.safeParse(json);
  // The file's own keys and lists; the terms themselves are checked one by one below.
  if (!shape.success) problems.push(...problemsFromIssues(path, null, shape.error.issues.filter((issue) => issue.path.length <= 2 && !isTermIssue(issue.path)), VocabularyFileSchema));
  const file: VocabularyFile = { statuses: { ladder: [], offLadder: [] }, instruments: [], organisationKinds: [], partyRoles: [], placeScopes: [] };
  const statusIds = new Set<string>();
  for (const at of LISTS) {
    const raw = listAt(json, at);
    const seen = at[0] === 'statuses' ? statusIds : new Set<string>();
    const kept: Term[] = [];
    raw.forEach((entry, index) => {
      const field = [...at, index].join('.');
      const result = TermSchema.safeParse(entry);
      if (!result.success) {
        problems.push(...problemsFromIssues(path, recordIdOf(entry, index), result.error.issues, TermSchema).map((p) => ({ ...p, field: p.field ? `${field}.${p.field}` : field })));
        return;
      }
      if (seen.has(result.data.id)) {
        problems.push({ file: path, recordId: result.data.id, field: `${field}.id`, message: `duplicate term id "${result.data.id}" (an earlier term of ${at[0]} has it)`, code: 'duplicateTerm', values: { id: result.data.id, list: path } });
        return;
      }
      seen.add(result.data.id);
      kept.push(result.data);
    });
    setList(file, at, kept);
  }
  return { vocabulary: readVocabulary(file), problems };
}

/** An issue inside a list's entries (path [list, index, ...] or [statuses, ladder, index, ...]), checked per term instead. */
function isTermIssue(path: readonly PropertyKey[]): boolean {
  return typeof path[1] === 'number' || typeof path[2] === 'number';
}

function listAt(json: unknown, at: readonly string[]): unknown[] {
  let value: unknown = json;
  for (const key of at) value = isObject(value) ? value[key] : undefined;
  return Array.isArray(value) ? value : [];
}

function setList(file: VocabularyFile, at: readonly string[], terms: Term[]): void {
  if (at[0] === 'statuses') file.statuses[at[1] as 'ladder' | 'offLadder'] = terms;
  else file[at[0] as Exclude<keyof VocabularyFile, 'statuses'>] = terms;
}
