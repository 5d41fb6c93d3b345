// A JSON syntax error said as what is missing, after which line, and the edit that fixes it.
import { describeSyntaxError } from '../../../src/json/syntax-messages.js';

const lines = (...ls: string[]): string => ls.join('\n');
const said = (text: string) => {
  const d = describeSyntaxError(text);
  if (!d) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return { message: d.message, fix: d.fix };
};

describe('describeSyntaxError', () => {
  it("CommaExpected: the comma missing after the previous line's value", () => {
    const text = lines('{', '  "paths": [', '    { "method": "GET" }', '    { "method": "POST" }', '  ]', '}');
    expect(said(text)).toEqual({
      message: "a comma is missing after line 3's value ({ on line 4 starts the next entry)",
      fix: 'Add a comma at the end of line 3.',
    });
    expect(said(lines('{', '  "type": "http_proxy"', '  "integration": {}', '}'))).toEqual({
      message: 'a comma is missing after line 2\'s value ("integration" on line 3 starts the next entry)',
      fix: 'Add a comma at the end of line 2.',
    });
    expect(said('{"a": [1 2]}')).toEqual({
      message: 'a comma is missing before 2 on line 1',
      fix: 'Add a comma before 2.',
    });
  });

  it('ColonExpected, PropertyNameExpected (an unquoted name), ValueExpected', () => {
    expect(said('{"a" 1}').message).toBe(
      'a colon (:) is missing between the property name and its value on line 1 (found 1)',
    );
    expect(said(lines('{', '  method: "GET"', '}'))).toEqual({
      message: 'the property name method on line 2 is not in double quotes',
      fix: 'Write "method".',
    });
    expect(said('{"a": }').message).toBe('a value is missing after the ":" on line 1 (found } on line 1)');
  });

  it('CloseBraceExpected / CloseBracketExpected: where the object or array opened', () => {
    expect(said(lines('{', '  "a": [1,', '  2')).message).toBe(
      "the array opened on line 2 is not closed: expected ] after line 3's value, found the end of the file",
    );
    expect(said(lines('{', '  "a": {', '    "b": 1', '  }'))).toEqual({
      message: "the object opened on line 1 is not closed: expected } after line 4's value, found the end of the file",
      fix: "Add } after line 4's value (or a comma there, if more entries follow).",
    });
  });

  it('a trailing comma, single quotes, an unterminated string, a leading zero, text after the value', () => {
    expect(said(lines('{', '  "a": 1,', '}'))).toEqual({
      message: 'trailing comma: JSON does not allow a comma before } or ] (the comma on line 2)',
      fix: 'Remove the comma at the end of line 2.',
    });
    expect(said(`{"a": 'x'}`)).toEqual({
      message: "'x' on line 1 is not a JSON value",
      fix: 'Use double quotes: "x".',
    });
    expect(said(lines('{', '  "a": "x', '}')).message).toBe(
      'the string that starts on line 2 has no closing double quote (")',
    );
    expect(said('{"a": 01}').message).toBe('the number on line 1 starts with 0: JSON numbers have no leading zeros');
    expect(said(lines('{}', 'x')).message).toBe('x on line 2 is not a JSON value');
  });

  it('never quotes a found string twice', () => {
    const text = lines('{', '  "a": 1', '  "integration": {}', '}');
    expect(said(text).message).not.toContain('\\"');
  });
});
