import type { z } from 'zod';
import { formatPath, type DataProblem } from './data-problem';

/** Stands for a file that could not be parsed; its problem is already reported, so validation skips it. */
export const UNREADABLE = Symbol('unreadable file');

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
  list.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push(result.data);
      return;
    }
    const recordId = recordIdOf(raw, index);
    for (const issue of result.error.issues) {
      problems.push({ file, recordId, field: formatPath(issue.path), message: issue.message });
    }
  });
  return { records, problems };
}

export function recordIdOf(raw: unknown, index: number): string {
  return isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
