import type { z } from 'zod';
import type { DataProblem } from './data-problem';
import { problemsFromIssues } from './schema-issues';
import { schemaReturnsInput } from './schema-returns-input';
import { UNREADABLE } from './unreadable';

export { UNREADABLE } from './unreadable';

/**
 * zod compiles a parser for each object schema the first time it parses (`new Function`), which
 * repays itself only over many records: for a file of fewer, each record is checked by zod's
 * interpreter instead (curated dataset: 30 -> 16-22 ms for the first validation, in Node; at
 * 10,000 no difference; docs/PERFORMANCE.md). The verdicts are the same either way.
 */
const COMPILE_FROM = 5_000;
const INTERPRETED = { jitless: true } as const;

/**
 * Reads `{ [key]: [...] }` from a parsed JSON file and validates each record on its own, so one
 * bad record is reported and skipped while the rest load.
 */
export function validateRecords<T>(
  file: string,
  json: unknown,
  key: string,
  schema: z.ZodType<T>,
): { records: T[]; problems: DataProblem[] } {
  if (json === UNREADABLE) return { records: [], problems: [] };
  const list = isObject(json) ? json[key] : undefined;
  if (!Array.isArray(list)) {
    return { records: [], problems: [{ file, recordId: null, field: key, message: `expected an object with a "${key}" array`, code: 'expectedList', values: { key } }] };
  }
  const records: T[] = [];
  const problems: DataProblem[] = [];
  const context = list.length < COMPILE_FROM ? INTERPRETED : undefined;
  // The JSON's own objects where zod's copy would equal them: the copies then die young.
  const keepInput = schemaReturnsInput(schema);
  list.forEach((raw, index) => {
    const result = schema.safeParse(raw, context);
    if (result.success) {
      records.push(keepInput ? (raw as T) : result.data);
      return;
    }
    problems.push(...problemsFromIssues(file, recordIdOf(raw, index), result.error.issues, schema));
  });
  return { records, problems };
}

export function recordIdOf(raw: unknown, index: number): string {
  return isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
