import type { Json, JsonObject } from './curate-types';

export type Path = ReadonlyArray<string | number>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined. */
export function getIn(value: Json | undefined, path: Path): Json | undefined {
  let at: Json | undefined = value;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (isObject(at) && typeof key === 'string') at = at[key];
    else return undefined;
  }
  return at;
}

/**
 * A copy with the value at `path` set (undefined removes a field), creating objects on the way;
 * what is off the path is shared, not copied.
 */
export function setIn<T extends Json>(value: T, path: Path, next: Json | undefined): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    copy[key] = setIn((value[key] ?? {}) as Json, rest, next);
    return copy as T;
  }
  const object: JsonObject = isObject(value) ? value : {};
  const child = setIn((object[key as string] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, next);
  const copy: JsonObject = { ...object, [key as string]: child };
  // Unsetting the last field of an object unsets the object: no `"translations": { "zh": {} }` is left behind.
  if (child === undefined || (next === undefined && isObject(child) && Object.keys(child).length === 0)) delete copy[key as string];
  return copy as T;
}

/** The list at `path` (an empty one when there is none). */
export const listAt = (value: Json | undefined, path: Path): Json[] => {
  const list = getIn(value, path);
  return Array.isArray(list) ? list : [];
};

export const textAt = (value: Json | undefined, path: Path): string => {
  const text = getIn(value, path);
  return typeof text === 'string' ? text : '';
};

/** A field's text, or "" when it holds none. */
export const asText = (value: Json | undefined): string => (typeof value === 'string' ? value : '');
