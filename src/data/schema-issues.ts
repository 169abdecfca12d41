import type { z } from 'zod';
import { formatPath, type DataProblem, type DataProblemCode } from './data-problem';
import { nearestName } from './nearest-name';
import { ID_PATTERN } from './vocabulary';

/**
 * A schema's own check can name its problem's code and values (for the problems panel to word it)
 * through zod's `params`: `ctx.addIssue({ code: 'custom', ..., params: problemParams('notRealDate', { value }) })`.
 */
export function problemParams(code: DataProblemCode, values: Record<string, string | number>): { problem: { code: DataProblemCode; values: Record<string, string | number> } } {
  return { problem: { code, values } };
}

/**
 * The problems behind a record's (or a manifest's) zod issues, located by file, record and field.
 * A misspelt field is one problem per field, at the field itself, with the known name nearest to it
 * ("unknown field "sumary" — did you mean "summary"?"): strict objects refuse unknown keys, and the
 * names they know are read from the schema at the issue's path.
 */
export function problemsFromIssues(file: string, recordId: string | null, issues: readonly z.core.$ZodIssue[], schema: z.ZodType): DataProblem[] {
  return issues.flatMap((issue): DataProblem[] => {
    const field = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => unknownFieldProblem(file, recordId, field ? `${field}.${key}` : key, key, known));
    }
    // A hand-typable id's pattern (the JSON schemas keep it as a pattern, so it stays a regex here).
    if (issue.code === 'invalid_format' && issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(ID_PATTERN)) {
      return [{ file, recordId, field, message: issue.message, code: 'badId', values: { example: 'catl-cecep-2025' } }];
    }
    const params = issue.code === 'custom' ? (issue.params as { problem?: { code: DataProblemCode; values: Record<string, string | number> } } | undefined) : undefined;
    if (params?.problem) return [{ file, recordId, field, message: issue.message, code: params.problem.code, values: params.problem.values }];
    return [{ file, recordId, field, message: issue.message }];
  });
}

function unknownFieldProblem(file: string, recordId: string | null, field: string, name: string, known: readonly string[]): DataProblem {
  const suggestion = nearestName(name, known);
  if (suggestion) return { file, recordId, field, message: `unknown field "${name}" — did you mean "${suggestion}"?`, code: 'unknownField', values: { name, suggestion } };
  const list = known.map((k) => `"${k}"`).join(', ');
  return { file, recordId, field, message: `unknown field "${name}"; the fields here are ${list}`, code: 'unknownFieldNoMatch', values: { name, known: list } };
}

/** The part of zod's definitions this walk reads: an object's shape, an array's element, a wrapper's inner type. */
interface WalkedDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The field names the object schema at `path` inside `schema` knows; none when the path leads elsewhere. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType | undefined = unwrap(schema);
  for (const step of path) {
    const def: WalkedDef | undefined = at?._zod.def as WalkedDef | undefined;
    if (def?.type === 'object') at = def.shape?.[String(step)];
    else if (def?.type === 'array') at = def.element;
    else return [];
    at = at && unwrap(at);
  }
  const def = at?._zod.def as WalkedDef | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Through optional, nullable, default and pipe wrappers to the schema they hold. */
function unwrap(schema: z.ZodType): z.ZodType {
  let at = schema;
  for (;;) {
    const def = at._zod.def as WalkedDef;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return at;
    at = inner;
  }
}
