/**
 * Reads a dataset file's JSON the way a curator needs to hear about it: a UTF-8 byte-order mark at
 * the start (Windows editors add one) is dropped, and a syntax error says its line and column and
 * shows the line with a caret under the place, not "at position 13484". No zod: the loader on the
 * first screen uses it too.
 */
import type { DataProblem } from './data-problem';
import { stripByteOrderMark } from './byte-order-mark';
import { findJsonSyntaxError } from './json-syntax-error';

export type JsonText =
  | { ok: true; json: unknown }
  | {
      ok: false;
      /** 1-based, in lines and characters of the text as the editor shows it. */
      line: number;
      column: number;
      /** What is wrong there, in the same words in every engine (json-syntax-error.ts). */
      detail: string;
      /** The line before, the line (cut to the part around the error) and a caret under it. */
      excerpt: string;
    };

/** Characters of the line shown each side of the error: minified files are one very long line. */
const EXCERPT_REACH = 60;

export function readJsonText(raw: string): JsonText {
  const text = stripByteOrderMark(raw);
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text) ?? { offset: text.length, detail: (error as Error).message };
    const before = text.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = found.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { ok: false, line, column, detail: found.detail, excerpt: excerptAt(text, line, column) };
  }
}

/** One sentence for data:check and the problems panel: where, what, then the line and its caret. */
export function describeJsonError(error: Extract<JsonText, { ok: false }>): string {
  return `not valid JSON at line ${error.line}, column ${error.column}: ${error.detail}\n${error.excerpt}`;
}

/** The problem of a file whose text JSON.parse refused, at its line and column. */
export function jsonSyntaxProblem(file: string, text: string): DataProblem {
  const read = readJsonText(text);
  const error = read.ok ? { ok: false as const, line: 1, column: 1, detail: 'not JSON', excerpt: '' } : read;
  return { file, recordId: null, field: '', message: describeJsonError(error), code: 'jsonSyntax', values: { line: error.line, column: error.column, detail: error.detail } };
}

/**
 * The line before (a missing comma is at its end, though the parser stops at the next line) and the
 * line itself, numbered, then a caret under the column.
 */
function excerptAt(text: string, line: number, column: number): string {
  const lines = text.split('\n');
  const width = String(line).length;
  const numbered = (n: number, content: string) => `${String(n).padStart(width)} | ${content}`;
  const content = (lines[line - 1] ?? '').replace(/\r$/, '');
  const start = Math.max(0, column - 1 - EXCERPT_REACH);
  const end = Math.min(content.length, column - 1 + EXCERPT_REACH);
  const shown = `${start > 0 ? '…' : ''}${content.slice(start, end)}${end < content.length ? '…' : ''}`;
  // Tabs stay tabs under the caret, so it lines up whatever the terminal's tab width.
  const lead = shown.slice(0, column - 1 - start + (start > 0 ? 1 : 0)).replace(/[^\t]/g, ' ');
  const before = line > 1 ? (lines[line - 2] ?? '').replace(/\r$/, '') : null;
  const shownBefore = before !== null && before.length <= 2 * EXCERPT_REACH ? [numbered(line - 1, before)] : [];
  return [...shownBefore, numbered(line, shown), `${' '.repeat(width)} | ${lead}^`].join('\n');
}
