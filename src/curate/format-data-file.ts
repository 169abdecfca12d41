/**
 * Writes a dataset file (initiatives.json, organisations.json, sources.json, sectors.json) the way
 * the curated files are laid out by hand, so a saved file differs from the one before only where a
 * record changed:
 * - the file's object and its lists of records open one entry per line (two spaces a level);
 * - a record with any list or object in it opens one field per line; a record of plain values
 *   (a sector) stays on one line;
 * - below a record, objects stay on one line (`{ "a": 1, "b": 2 }`), lists of plain values too
 *   (`["a", "b"]`), and a list of objects puts each on a line of its own, indented from the line
 *   the list opens on (a source's quotes: `{ "source": "x", "quotes": [` … `] }`).
 * Keys keep their order; strings are JSON's own escapes (non-ASCII text stays as it is).
 */

const STEP = '  ';

type Plain = string | number | boolean | null;

const isPlain = (value: unknown): value is Plain => value === null || typeof value !== 'object';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function plain(value: unknown): string {
  if (value === undefined) throw new TypeError('a dataset file holds no undefined values');
  return JSON.stringify(value);
}

const entries = (object: Record<string, unknown>) => Object.entries(object).filter(([, v]) => v !== undefined);

/** A value on the line it starts on; a list of objects in it breaks onto lines indented from `line`. */
function inline(value: unknown, line: string): string {
  if (isPlain(value)) return plain(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return `[${value.map(plain).join(', ')}]`;
    const inner = line + STEP;
    return `[\n${value.map((item) => inner + inline(item, inner)).join(',\n')}\n${line}]`;
  }
  const fields = entries(value as Record<string, unknown>);
  if (fields.length === 0) return '{}';
  return `{ ${fields.map(([key, v]) => `${plain(key)}: ${inline(v, line)}`).join(', ')} }`;
}

/** An object one field per line, its fields rendered by `field`. */
function expanded(object: Record<string, unknown>, indent: string, field: (value: unknown, inner: string) => string): string {
  const fields = entries(object);
  if (fields.length === 0) return '{}';
  const inner = indent + STEP;
  return `{\n${fields.map(([key, v]) => `${inner}${plain(key)}: ${field(v, inner)}`).join(',\n')}\n${indent}}`;
}

function record(value: unknown, indent: string): string {
  if (!isObject(value) || entries(value).every(([, v]) => isPlain(v))) return inline(value, indent);
  return expanded(value, indent, inline);
}

function topLevel(value: unknown, indent: string): string {
  if (!Array.isArray(value) || value.length === 0 || value.every(isPlain)) return inline(value, indent);
  const inner = indent + STEP;
  return `[\n${value.map((item) => inner + record(item, inner)).join(',\n')}\n${indent}]`;
}

/** The text of a dataset file, ending in a newline. */
export function formatDataFile(file: unknown): string {
  const text = isObject(file) ? expanded(file, '', topLevel) : inline(file, '');
  return `${text}\n`;
}
