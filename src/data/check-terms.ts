import type { DataProblem } from './data-problem';
import { nearestName } from './nearest-name';
import type { Initiative, Organisation } from './schema';
import type { TermList, Vocabulary, VocabularyName } from './vocabulary-terms';

/** What a term field holds, in the words of data:check: `"x" is not one of the statuses in vocabulary.json`. */
const NOUNS: Record<VocabularyName, string> = {
  statuses: 'statuses',
  instruments: 'instruments',
  organisationKinds: 'organisation kinds',
  partyRoles: 'party roles',
  placeScopes: 'place scopes',
};

/**
 * Every term a record uses must be in the dataset's vocabulary: an initiative's instrument,
 * status, parties' roles and places' scopes, an organisation's kind. A problem at the field, with
 * the nearest term when the value looks like a slip ("sigend" for "signed").
 */
export function findTermProblems(file: string, records: ReadonlyArray<Initiative | Organisation>, vocabulary: Vocabulary, vocabularyFile: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const check = (recordId: string, field: string, name: VocabularyName, value: string) => {
    const list: TermList = vocabulary[name];
    if (list.terms.has(value)) return;
    const suggestion = nearestName(value, list.ids);
    const where = `one of the ${NOUNS[name]} in ${vocabularyFile}`;
    problems.push(
      suggestion
        ? { file, recordId, field, message: `"${value}" is not ${where} — did you mean "${suggestion}"?`, code: 'unknownTermNearest', values: { value, list: vocabularyFile, suggestion } }
        : { file, recordId, field, message: `"${value}" is not ${where} (${list.ids.length > 0 ? list.ids.join(', ') : 'it has none'})`, code: 'unknownTerm', values: { value, list: vocabularyFile } },
    );
  };
  for (const record of records) {
    if ('kind' in record) {
      check(record.id, 'kind', 'organisationKinds', record.kind);
      continue;
    }
    check(record.id, 'instrument', 'instruments', record.instrument);
    check(record.id, 'status', 'statuses', record.status);
    record.parties.forEach((party, i) => check(record.id, `parties.${i}.role`, 'partyRoles', party.role));
    record.places.forEach((place, i) => check(record.id, `places.${i}.scope`, 'placeScopes', place.scope));
  }
  return problems;
}
