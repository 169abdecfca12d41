import type { z } from 'zod';

/** Schema types whose parsed value is the input itself (a copy of it at most). */
const AS_GIVEN = new Set(['string', 'number', 'boolean', 'null', 'literal', 'enum', 'unknown', 'any', 'never', 'template_literal']);
/** Wrappers that pass their inner schema's value through. */
const WRAPPERS = new Set(['optional', 'nullable', 'readonly', 'nonoptional']);

interface Def {
  type: string;
  coerce?: boolean;
  format?: string;
  checks?: ReadonlyArray<{ _zod: { def: { check: string; format?: string } } }>;
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: ReadonlyArray<{ _zod: { def: Def } }>;
}

const known = new WeakMap<object, boolean>();

/**
 * Whether a schema's parsed value equals its input, so the input can be kept instead of zod's copy:
 * no defaults, transforms, pipes, catches, coercion or rewriting formats and checks anywhere inside
 * (refinements only check). Unknown kinds count as changing the value. zod returns a new object for
 * every object it parses; for 100,000 initiatives, keeping both the JSON's objects and the copies
 * cost a second heap's worth of promotion and collection (docs/PERFORMANCE.md, change 27). The
 * records kept are then the parsed JSON's own objects (also held by the dataset query's cache):
 * nothing may change a record in place after validation (the curation editor edits copies).
 */
export function schemaReturnsInput(schema: z.ZodType): boolean {
  let answer = known.get(schema);
  if (answer === undefined) {
    answer = returnsInput((schema as unknown as { _zod: { def: Def } })._zod.def, new Set());
    known.set(schema, answer);
  }
  return answer;
}

/**
 * Schemas that give back a changed value though their type says string or number: coercion, the URL
 * format (zod trims the address and drops tabs and newlines from it) and overwrite checks
 * (`.trim()`, `.toLowerCase()`, `.normalize()`).
 */
function rewrites(def: Def): boolean {
  return def.coerce === true || def.format === 'url' || (def.checks ?? []).some(({ _zod: { def: check } }) => check.check === 'overwrite' || check.format === 'url');
}

function returnsInput(def: Def, seen: Set<Def>): boolean {
  if (seen.has(def)) return true;
  seen.add(def);
  const inner = (s: { _zod: { def: Def } } | undefined) => s === undefined || returnsInput(s._zod.def, seen);
  if (rewrites(def)) return false;
  if (AS_GIVEN.has(def.type)) return true;
  if (WRAPPERS.has(def.type)) return inner(def.innerType);
  if (def.type === 'array') return inner(def.element);
  if (def.type === 'union') return (def.options ?? []).every((option) => inner(option));
  // A loose object would keep unknown fields either way; a stripping one would drop them: only strict or catch-all objects qualify.
  if (def.type === 'object') return def.catchall !== undefined && inner(def.catchall) && Object.values(def.shape ?? {}).every((field) => inner(field));
  return false;
}
