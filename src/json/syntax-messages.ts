// A JSON syntax error in a person's words: what is missing, after which line's value, and the
// edit that fixes it. jsonc-parser names the error (CommaExpected, ColonExpected, …); the text
// around it says where the previous token ends and what was found instead.
import { jsonc, type ParseError } from './jsonc.js';

export interface SyntaxDescription {
  /** Where the finding points (the token the parser stopped at, or the comma to remove). */
  offset: number;
  length: number;
  message: string;
  fix: string;
}

/** The first syntax error of a text JSON.parse refused; undefined when jsonc-parser finds none. */
export function describeSyntaxError(text: string): SyntaxDescription | undefined {
  const errors: ParseError[] = [];
  jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const at = Math.min(first.offset, text.length);
  return describe(text, jsonc.printParseErrorCode(first.error), at, Math.max(first.length, 1));
}

function describe(text: string, name: string, at: number, length: number): SyntaxDescription {
  const prev = previousToken(text, at);
  const here = { offset: at, length };
  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && prev?.char === ',') {
    const message = `trailing comma: JSON does not allow a comma before } or ] (the comma on line ${prev.line})`;
    return { offset: prev.offset, length: 1, message, fix: `Remove the comma at the end of line ${prev.line}.` };
  }
  if (name === 'InvalidCommentToken' || text.startsWith('//', at) || text.startsWith('/*', at)) {
    const message = `comments are not allowed in JSON (line ${lineOf(text, at)})`;
    return { offset: at, length: Math.max(length, 2), message, fix: 'Remove the comment.' };
  }
  const found = foundAt(text, at);
  const line = lineOf(text, at);
  const after = prev ? afterPrevious(prev, line) : '';
  const said = SENTENCES[name]?.({ found, line, after, prev, text, at });
  if (said) return { ...here, ...said };
  return { ...here, message: `unexpected ${found} on line ${line} (${name})`, fix: 'Fix the JSON syntax here.' };
}

interface Token {
  char: string;
  offset: number;
  line: number;
}

interface Context {
  found: string;
  line: number;
  /** " after line 6's value" (or "" when the previous token is on the same line). */
  after: string;
  prev: Token | undefined;
  text: string;
  at: number;
}

type Sentence = (c: Context) => { message: string; fix: string };

const SENTENCES: Record<string, Sentence> = {
  CommaExpected: ({ found, line, prev, at }) =>
    prev?.offset === at - 1 && /\d/.test(prev.char) && /^\d/.test(found)
      ? {
          message: `the number on line ${line} starts with 0: JSON numbers have no leading zeros`,
          fix: 'Remove the leading zero, or quote the value as a string.',
        }
      : {
          message:
            prev && prev.line < line
              ? `a comma is missing after line ${prev.line}'s value (${found} on line ${line} starts the next entry)`
              : `a comma is missing before ${found} on line ${line}`,
          fix:
            prev && prev.line < line ? `Add a comma at the end of line ${prev.line}.` : `Add a comma before ${found}.`,
        },
  ColonExpected: ({ found, line }) => ({
    message: `a colon (:) is missing between the property name and its value on line ${line} (found ${found})`,
    fix: 'Write the entry as "name": value.',
  }),
  PropertyNameExpected: ({ found, line, after }) => ({
    message: `expected a property name in double quotes${after}, but found ${found} on line ${line}`,
    fix: /^[A-Za-z_$][\w$-]*$/.test(found)
      ? `Put the name in double quotes: "${found}".`
      : 'Start the entry with its name in double quotes ("name": value), or remove what is there.',
  }),
  ValueExpected: ({ found, line, prev }) => ({
    message:
      `a value is missing${prev ? ` after the ${quoteChar(prev.char)} on line ${prev.line}` : ''}` +
      ` (found ${found} on line ${line})`,
    fix: 'Write the value (a string in double quotes, number, object, array, true, false or null).',
  }),
  CloseBraceExpected: (c) => unclosed(c, '{', '}', 'object'),
  CloseBracketExpected: (c) => unclosed(c, '[', ']', 'array'),
  EndOfFileExpected: ({ found, line, prev }) => ({
    message: `the top-level value ends${prev ? ` on line ${prev.line}` : ''}, but ${found} follows on line ${line}`,
    fix: 'Remove what follows, or put both values in one object or array.',
  }),
  InvalidSymbol: ({ found, line, prev, text, at }) => {
    const name = found.replace(/^'(.*)'$/, '$1');
    const isName = (prev?.char === '{' || prev?.char === ',') && /^\s*:/.test(text.slice(at + found.length));
    if (isName) {
      const message = `the property name ${found} on line ${line} is not in double quotes`;
      return { message, fix: `Write "${name}".` };
    }
    return {
      message: `${found} on line ${line} is not a JSON value`,
      fix: found.startsWith("'")
        ? `Use double quotes: "${name}".`
        : 'Write a string in double quotes, a number, an object, an array, true, false or null.',
    };
  },
  InvalidNumberFormat: ({ found, line }) => ({
    message: `${found} on line ${line} is not a number JSON accepts (no leading zeros, + sign, hex or trailing dot)`,
    fix: 'Write the number as JSON does, such as 10, 0.5 or 1e3, or quote it as a string.',
  }),
  UnexpectedEndOfString: ({ line }) => ({
    message: `the string that starts on line ${line} has no closing double quote (")`,
    fix: 'Close the string on the same line: a JSON string cannot span lines (write \\n for a line break).',
  }),
  UnexpectedEndOfNumber: ({ found, line }) => ({
    message: `the number ${found} on line ${line} ends without digits after its sign or decimal point`,
    fix: 'Complete the number (such as 1.0), or remove the sign or point.',
  }),
  InvalidUnicode: ({ line }) => ({
    message: `a \\u escape on line ${line} is not followed by four hex digits`,
    fix: 'Write \\u followed by four hex digits, such as \\u00e9, or the character itself.',
  }),
  InvalidEscapeCharacter: ({ found, line }) => ({
    message: `${found} on line ${line} is not a JSON escape`,
    fix: 'Use one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (a backslash itself is \\\\).',
  }),
  InvalidCharacter: ({ line }) => ({
    message: `a string on line ${line} holds a control character (a tab or line break) that JSON requires escaped`,
    fix: 'Write it as \\t or \\n, or close the string before the line ends.',
  }),
};

/** An object or array the text ends (or moves on) before closing: where it opened, where it stops. */
function unclosed(c: Context, open: string, close: string, kind: string): { message: string; fix: string } {
  const opened = openingOf(c.text, c.at, open);
  const start = opened === undefined ? '' : ` opened on line ${lineOf(c.text, opened)}`;
  const last = c.prev ? ` after line ${c.prev.line}'s value` : '';
  return {
    message: `the ${kind}${start} is not closed: expected ${close}${last}, found ${c.found}`,
    fix: `Add ${close}${last} (or a comma there, if more entries follow).`,
  };
}

function afterPrevious(prev: Token, line: number): string {
  return prev.line < line ? ` after line ${prev.line}` : '';
}

const quoteChar = (char: string): string => (char === '"' ? 'string' : `"${char}"`);

/** The found token in plain words: `"integration"` as written, `{`, a word, or the end of the file. */
function foundAt(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  const rest = text.slice(at, at + 40);
  const string = /^"(?:[^"\\\n]|\\.)*"?/.exec(rest)?.[0];
  const word = /^'[^'\n]*'|^[^\s,:{}[\]"]+/.exec(rest)?.[0];
  const token = string ?? word ?? rest[0]!;
  return token.length > 30 ? `${token.slice(0, 27)}...` : token;
}

function previousToken(text: string, offset: number): Token | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i]!;
    if (!/\s/.test(char)) return { char, offset: i, line: lineOf(text, i) };
  }
  return undefined;
}

/** The innermost `open` bracket still unclosed at `at` (strings skipped); undefined if none. */
function openingOf(text: string, at: number, open: string): number | undefined {
  const stack: number[] = [];
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') stack.push(i);
    else if (c === '}' || c === ']') stack.pop();
  }
  for (let k = stack.length - 1; k >= 0; k--) if (text[stack[k]!] === open) return stack[k];
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
