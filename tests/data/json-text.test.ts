import { describe, expect, it } from 'vitest';
import { describeJsonError, readJsonText } from '../../src/data/json-text';

describe(readJsonText, () => {
  it('reads JSON that starts with a UTF-8 byte-order mark', () => {
    expect(readJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, json: { a: 1 } });
  });

  it('says the line and column of a syntax error and puts a caret under it', () => {
    const read = readJsonText('{\n  "a": 1\n  "b": 2\n}');
    expect(read).toMatchObject({ ok: false, line: 3, column: 3, detail: "expected ',' or '}' after the property's value (a comma missing?)" });
    if (read.ok) return;
    expect(describeJsonError(read)).toBe("not valid JSON at line 3, column 3: expected ',' or '}' after the property's value (a comma missing?)\n2 |   \"a\": 1\n3 |   \"b\": 2\n  |   ^");
  });

  it('counts columns after a byte-order mark as the editor does', () => {
    expect(readJsonText('\uFEFF{"a": }')).toMatchObject({ ok: false, line: 1, column: 7 });
  });

  it('places an unexpected end at the end of the text', () => {
    expect(readJsonText('{"a": [1,\n2')).toMatchObject({ ok: false, line: 2, column: 2 });
  });

  it('shows only the part of a very long line around the error', () => {
    const read = readJsonText(`[${'1,'.repeat(500)}x]`);
    if (read.ok) throw new Error('expected a syntax error');
    const [line, caret] = read.excerpt.split('\n');
    expect(line!.length).toBeLessThan(140);
    expect(line!.startsWith('1 | …')).toBe(true);
    expect(line![caret!.indexOf('^')]).toBe('x');
  });
});

describe('JSON syntax errors a hand editor makes', () => {
  const errorOf = (text: string) => {
    const read = readJsonText(text);
    return read.ok ? null : { line: read.line, column: read.column, detail: read.detail };
  };

  it('names a trailing comma where the list or object closes', () => {
    expect(errorOf('{"a": [1, 2,]}')).toEqual({ line: 1, column: 13, detail: "a comma before ']' leaves nothing after it (a trailing comma)" });
    expect(errorOf('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, detail: "a comma before '}' leaves nothing after it (a trailing comma)" });
  });

  it('names a string that runs on past its line, single quotes, and text after the end', () => {
    expect(errorOf('{"a": "one\n"}')).toEqual({ line: 1, column: 11, detail: 'a string runs on to the next line (a closing quote missing?)' });
    expect(errorOf("{'a': 1}")).toMatchObject({ line: 1, column: 2, detail: 'expected a property name in double quotes' });
    expect(errorOf('{"a": \'x\'}')).toMatchObject({ column: 7, detail: 'strings take double quotes, not single ones' });
    expect(errorOf('{"a": 1}}')).toEqual({ line: 1, column: 9, detail: 'more text after the end of the JSON' });
    expect(errorOf('{"a": 1')).toEqual({ line: 1, column: 8, detail: 'the file ends too soon' });
  });
});
