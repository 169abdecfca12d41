import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of data/ (without the generated synthetic datasets) in a new temporary folder. */
export function copyDataset(prefix = 'curate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync('data', dir, { recursive: true, filter: (source) => !source.replace(/\\/g, '/').includes('data/synthetic') });
  return dir;
}

export const readText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/**
 * The lines of `after` that differ from `before`, as 1-based inclusive ranges in each (the common
 * first and last lines set aside): one edited record gives one range, inside that record.
 */
export function changedLineRange(before: string, after: string): { before: [number, number]; after: [number, number] } | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (start === a.length && start === b.length) return null;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { before: [start + 1, a.length - end], after: [start + 1, b.length - end] };
}

/** The 1-based line range of the record with `id` in a formatted dataset file (its `{` to its `}`). */
export function recordLines(text: string, id: string): [number, number] {
  const lines = text.split('\n');
  const idLine = lines.findIndex((line) => line.trim().startsWith(`"id": ${JSON.stringify(id)}`) || line.includes(`{ "id": ${JSON.stringify(id)}`));
  if (idLine < 0) throw new Error(`no record "${id}"`);
  if (lines[idLine]!.includes('{ "id"')) return [idLine + 1, idLine + 1];
  const indent = lines[idLine - 1]!.match(/^ */)![0];
  const close = lines.findIndex((line, i) => i > idLine && (line === `${indent}}` || line === `${indent}},`));
  return [idLine, close + 1];
}
