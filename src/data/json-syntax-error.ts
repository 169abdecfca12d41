/**
 * Where a JSON text first goes wrong and what is wrong there, in the same words in every browser
 * and in node (the engines' own messages differ, and V8's "Unexpected token" ones name no place).
 * Run only on a text JSON.parse refused: a plain recursive walk of the JSON grammar (RFC 8259).
 */
export interface JsonSyntaxError {
  /** Offset in UTF-16 code units, as String indexes count. */
  offset: number;
  detail: string;
}

class Stop {
  readonly offset: number;
  readonly detail: string;
  constructor(offset: number, detail: string) {
    this.offset = offset;
    this.detail = detail;
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const UNCLOSED = 'a string is not closed';
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const space = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const fail = (detail: string, at = i): never => {
    // Past the end, whatever was expected, the text stops short (an unclosed string says so itself).
    throw new Stop(at, at >= text.length && detail !== UNCLOSED ? 'the file ends too soon' : detail);
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail(UNCLOSED);
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else fail('a backslash in a string starts no known escape', i);
      } else if (c < ' ') fail(c === '\n' ? 'a string runs on to the next line (a closing quote missing?)' : 'a control character in a string must be escaped');
      else i++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('expected a value');
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(c === "'" ? "strings take double quotes, not single ones" : 'expected a value');
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] !== '"') fail(text[i] === '}' ? "a comma before '}' leaves nothing after it (a trailing comma)" : 'expected a property name in double quotes');
      string();
      space();
      if (text[i] !== ':') fail("expected ':' after the property name");
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      fail("expected ',' or '}' after the property's value (a comma missing?)");
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail("a comma before ']' leaves nothing after it (a trailing comma)");
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      fail("expected ',' or ']' after the list item (a comma missing?)");
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON');
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, detail: error.detail };
    throw error;
  }
}
