import type { DataProblem } from '../data/data-problem';
import type { Vocabulary } from '../data/vocabulary-terms';
import { findQuoteProblems } from '../data/check-references';
import { validateDataset } from '../data/validate-dataset';
import { applyDraft } from './apply-draft';
import type { BaseDataset, CurateDraft, Json } from './curate-types';
import { getIn } from './json-path';

/** What data:check says of the dataset with the draft saved, sorted by where each problem is. */
export interface DraftCheck {
  /** Problems of the initiative being edited, field paths as in the record ("date.value"): fields filled in wrong. */
  initiative: DataProblem[];
  /** Problems of the sources and organisations made in this draft: fields filled in wrong. */
  made: DataProblem[];
  /** Problems of fields of the initiative or the records made for it not filled in yet (`isMissing`). */
  missing: DataProblem[];
  /** Problems elsewhere in the dataset: saving waits for them too, as data:check would fail. */
  elsewhere: DataProblem[];
  /** Whether the whole dataset passes: only then can the draft be saved. */
  valid: boolean;
  /** The vocabulary the check read (the dataset's file, or the built-in one): the terms the editor offers. */
  vocabulary: Vocabulary;
}

/** How problems name a record: by its id, or by its place in the file when it has none (validate-records' `recordIdOf`). */
export const recordKey = (record: { id?: unknown }, index: number) => (typeof record.id === 'string' && record.id !== '' ? record.id : `#${index}`);

/** The keys of records appended to a list that had `before` records. */
const keysOf = (records: ReadonlyArray<{ id?: unknown }>, before: number) => new Set(records.map((r, i) => recordKey(r, before + i)));

/** How many records a file's list had before the draft. */
export const baseCount = (base: BaseDataset, name: 'organisations' | 'sources') => {
  const list = base.files[name].json[name];
  return Array.isArray(list) ? list.length : 0;
};

/**
 * Validates the dataset as it would be with the draft saved, with the code `npm run data:check`
 * runs (validateDataset, quotes checked against the archived texts), and sorts the problems.
 */
export function checkDraft(base: BaseDataset, draft: CurateDraft): DraftCheck {
  const applied = applyDraft(base, draft);
  const file = (name: keyof typeof applied.json) => ({ path: base.paths[name], json: applied.json[name] as unknown });
  const files = { initiatives: file('initiatives'), organisations: file('organisations'), sectors: file('sectors'), sources: file('sources'), gazetteer: { path: base.paths.gazetteer, json: base.gazetteer } };
  const { problems, dataset } = validateDataset({ manifest: base.manifest, files: base.vocabulary ? { ...files, vocabulary: base.vocabulary } : files, sourceTexts: applied.texts });
  const draftId = recordKey(draft.initiative, applied.index);
  const madeOrganisations = keysOf(draft.newOrganisations, baseCount(base, 'organisations'));
  const madeSources = keysOf(draft.newSources.map((s) => s.record), baseCount(base, 'sources'));
  const check: DraftCheck = { initiative: [], made: [], missing: [], elsewhere: [], valid: problems.length === 0, vocabulary: dataset.vocabulary };
  const madeRecord = (problem: DataProblem) => {
    const [records, keys, before] =
      problem.file === base.paths.organisations ? [draft.newOrganisations, madeOrganisations, baseCount(base, 'organisations')] : [draft.newSources.map((s) => s.record), madeSources, baseCount(base, 'sources')];
    return problem.recordId !== null && keys.has(problem.recordId) ? records.find((r, i) => recordKey(r, before + i) === problem.recordId) : undefined;
  };
  // A draft the schema refuses (a field still to fill in) is left out before the quote check: its
  // quotes are checked here all the same, so a quote not verbatim shows while the rest is unfinished.
  const problemsAll = dataset.initiatives.some((i) => i.id === draftId) ? problems : [...problems, ...findQuoteProblems(base.paths.initiatives, [{ id: draftId, sources: quotedSources(draft.initiative) }], applied.texts)];
  for (const problem of problemsAll) {
    const made = problem.file === base.paths.organisations || problem.file === base.paths.sources ? madeRecord(problem) : undefined;
    if (problem.file === base.paths.initiatives && (problem.recordId === draftId || problem.recordId === `#${applied.index}`)) {
      (isMissing(draft.initiative, problem) ? check.missing : check.initiative).push(problem);
    } else if (made) (isMissing(made, problem) ? check.missing : check.made).push(problem);
    else check.elsewhere.push(problem);
  }
  return check;
}

/** The draft's sources as the quote check reads them, each at its own index (a source not yet readable as one has no quotes). */
function quotedSources(initiative: Json): Array<{ source: string; quotes: Array<{ text: string; supports: string[] }> }> {
  const sources = getIn(initiative, ['sources']);
  if (!Array.isArray(sources)) return [];
  return sources.map((ref) => {
    const source = getIn(ref, ['source']);
    const quotes = getIn(ref, ['quotes']);
    if (typeof source !== 'string' || !Array.isArray(quotes)) return { source: '', quotes: [] };
    return { source, quotes: quotes.map((q) => ({ text: typeof getIn(q, ['text']) === 'string' ? (getIn(q, ['text']) as string) : '', supports: [] })) };
  });
}

/** The problems at a field or inside it: "places.0" takes "places.0.gazetteerId". */
export function problemsAt(problems: readonly DataProblem[], field: string): DataProblem[] {
  return problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
}

/** The problems at a field or inside it, their fields relative to it: under "date", "date.value" is "value" and "date" is "". */
export function problemsUnder(problems: readonly DataProblem[], field: string): DataProblem[] {
  return problemsAt(problems, field).map((p) => ({ ...p, field: p.field === field ? '' : p.field.slice(field.length + 1) }));
}

/** The problems of a record made in this draft (a new source or organisation), by its key (`recordKey`). */
export const problemsOfRecord = (problems: readonly DataProblem[], file: string, key: string): DataProblem[] => problems.filter((p) => p.file === file && p.recordId === key);

/** The parts of a dotted field path, list indices as numbers: "places.0.name" → ["places", 0, "name"]. */
const pathOf = (field: string) => (field === '' ? [] : field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));

/**
 * Whether a problem is of a field not filled in yet (unset, or an empty list) rather than one
 * filled in wrong: the editor lists those apart, as what is still to do, and marks only the
 * wrong ones at their controls.
 */
export function isMissing(record: Json | undefined, problem: DataProblem): boolean {
  const value = getIn(record, pathOf(problem.field));
  return value === undefined || (Array.isArray(value) && value.length === 0);
}
