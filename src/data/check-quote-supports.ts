import type { DataProblem } from './data-problem';
import { nearestName } from './nearest-name';
import type { Initiative, Organisation } from './schema';

/** Fields no quote can support: the record's id, its sources, the curator's notes and translations. */
const NOT_SUPPORTABLE = new Set(['id', 'sources', 'inferred', 'translations']);

/** Whether `value` holds something a quote could attest: not absent, null, empty text or an empty list. */
function hasContent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** The value at a dotted path such as "people" or "places.0.nameZh"; undefined when the path leads nowhere. */
function valueAt(record: object, path: string): unknown {
  let at: unknown = record;
  for (const step of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/**
 * Every field a quote `supports` must be one the record has, with content: "people" on a record
 * with no people, or a name that is no field at all ("peple"), is a problem at that `supports`
 * entry. `fields` are the record schema's field names (the first step of each path).
 */
export function findSupportProblems(file: string, records: ReadonlyArray<Initiative | Organisation>, fields: readonly string[]): DataProblem[] {
  const supportable = fields.filter((field) => !NOT_SUPPORTABLE.has(field));
  const known = supportable.map((f) => `"${f}"`).join(', ');
  const problems: DataProblem[] = [];
  for (const record of records) {
    record.sources.forEach((ref, i) =>
      ref.quotes.forEach((quote, j) =>
        quote.supports.forEach((path, k) => {
          const at = { file, recordId: record.id, field: `sources.${i}.quotes.${j}.supports.${k}` };
          const head = path.split('.')[0]!;
          if (!supportable.includes(head)) {
            const suggestion = nearestName(head, supportable);
            problems.push(
              suggestion
                ? { ...at, message: `the quote supports "${path}", which is not a field of this record — did you mean "${suggestion}"?`, code: 'supportsUnknownField', values: { field: path, suggestion } }
                : { ...at, message: `the quote supports "${path}", which is not a field of this record; its fields are ${known}`, code: 'supportsNoSuchField', values: { field: path, known } },
            );
          } else if (!hasContent(valueAt(record, path))) {
            problems.push({ ...at, message: `the quote supports "${path}", which this record does not have`, code: 'supportsAbsentField', values: { field: path } });
          }
        }),
      ),
    );
  }
  return problems;
}
