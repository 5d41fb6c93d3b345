import {
  MAX_DEPTH,
  findExcessiveNesting,
  fromPointer,
  locatePointers,
  parseJson,
  rangeAt,
  toPointer,
} from '../../../src/json/json-source.js';

const lines = (...ls: string[]): string => ls.join('\n');

function problemOf(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return result;
}

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson(lines('{', '  "a": [1, "x", null],', '  "b": { "c": true }', '}'))).toEqual({
      ok: true,
      value: { a: [1, 'x', null], b: { c: true } },
    });
  });

  it('reports a missing comma on the token after it', () => {
    const r = problemOf(lines('{', '  "a": 1', '  "b": 2', '}'));
    expect(r.kind).toBe('syntax');
    expect(r.problem.message).toMatch(/comma/);
    expect(r.problem.range).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 6 });
  });

  it('reports a trailing comma on the comma itself, in objects and arrays', () => {
    const obj = problemOf(lines('{', '  "a": 1,', '}'));
    expect(obj.kind).toBe('syntax');
    expect(obj.problem.message).toMatch(/^trailing comma/);
    expect(obj.problem.range).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 10 });

    const arr = problemOf(lines('[', '  1,', '  2,', '', ']'));
    expect(arr.problem.message).toMatch(/^trailing comma/);
    expect(arr.problem.range).toMatchObject({ line: 3, column: 4 });
  });

  it('reports a // comment as not allowed', () => {
    const r = problemOf(lines('{', '  // routes', '  "a": 1', '}'));
    expect(r.kind).toBe('syntax');
    expect(r.problem.message).toMatch(/comments are not allowed/);
    expect(r.problem.range).toMatchObject({ line: 2, column: 3 });
  });

  it('reports a /* */ comment as not allowed', () => {
    const r = problemOf(lines('{', '  "a": /* one */ 1', '}'));
    expect(r.problem.message).toMatch(/comments are not allowed/);
    expect(r.problem.range).toMatchObject({ line: 2, column: 8 });
  });

  it('reports an unterminated string where it starts', () => {
    const r = problemOf(lines('{', '  "a": "abc', '}'));
    expect(r.kind).toBe('syntax');
    expect(r.problem.message).toMatch(/closing double quote/);
    expect(r.problem.range).toMatchObject({ line: 2, column: 8 });
  });

  it('accepts nesting of exactly MAX_DEPTH (64)', () => {
    expect(MAX_DEPTH).toBe(64);
    const arrays = parseJson('['.repeat(64) + ']'.repeat(64));
    expect(arrays.ok).toBe(true);
    const objects = parseJson('{"a":'.repeat(64) + '1' + '}'.repeat(64));
    expect(objects.ok).toBe(true);
  });

  it('refuses nesting beyond MAX_DEPTH, at the bracket that opens level 65', () => {
    const oneLine = problemOf('['.repeat(65) + ']'.repeat(65));
    expect(oneLine.kind).toBe('depth');
    expect(oneLine.problem.range).toEqual({ line: 1, column: 65, endLine: 1, endColumn: 66 });
    expect(oneLine.problem.message).toMatch(/64/);

    // One bracket per line, indented: level 65 opens on line 65.
    const text = Array.from({ length: 65 }, (_, i) => ' '.repeat(i) + (i % 2 ? '{"k":' : '[')).join('\n');
    const multi = problemOf(text);
    expect(multi.kind).toBe('depth');
    expect(multi.problem.range).toEqual({ line: 65, column: 65, endLine: 65, endColumn: 66 });
  });

  it('reports depth before syntax, even in otherwise broken text', () => {
    expect(problemOf('['.repeat(70)).kind).toBe('depth');
    expect(problemOf('['.repeat(10)).kind).toBe('syntax');
  });
});

describe('findExcessiveNesting', () => {
  it('returns the offset of the first bracket past max, or undefined', () => {
    expect(findExcessiveNesting('[[[]]]', 3)).toBeUndefined();
    expect(findExcessiveNesting('[[[]]]', 2)).toBe(2);
    expect(findExcessiveNesting('[{"a":[]}]', 2)).toBe(6);
    // Depth goes down again: siblings do not add up.
    expect(findExcessiveNesting('[[], [], [[]]]', 2)).toBe(10);
  });

  it('ignores brackets inside strings', () => {
    expect(findExcessiveNesting('["[[[[", {"{{": "]]"}]', 2)).toBeUndefined();
    expect(findExcessiveNesting('{"a": "[[[[{{{{"}', 1)).toBeUndefined();
  });

  it('ignores brackets after an escaped quote inside a string', () => {
    expect(findExcessiveNesting('["a\\"[[[["]', 1)).toBeUndefined();
    expect(findExcessiveNesting('["\\"", "[["]', 1)).toBeUndefined();
  });

  it('counts brackets after a string ending in an escaped backslash', () => {
    // ["a\\", [[1]]] : the string is a\ and the brackets after it are real.
    const text = '["a\\\\", [[1]]]';
    expect(JSON.parse(text)).toEqual(['a\\', [[1]]]);
    expect(findExcessiveNesting(text, 2)).toBe(text.indexOf('[[') + 1);
    expect(findExcessiveNesting(text, 3)).toBeUndefined();
  });
});

describe('rangeAt', () => {
  const text = 'ab\ncd\n\nef';

  it('gives 1-based line and column, with endColumn = column + length', () => {
    expect(rangeAt(text, 0, 2)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 3 });
    expect(rangeAt(text, 4, 1)).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 3 });
    expect(rangeAt(text, 7, 2)).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 3 });
  });

  it('puts a newline on the line it ends, and an empty line on its own line', () => {
    expect(rangeAt(text, 2, 1)).toMatchObject({ line: 1, column: 3 });
    expect(rangeAt(text, 6, 1)).toMatchObject({ line: 3, column: 1 });
  });

  it('handles the end of the text', () => {
    expect(rangeAt(text, text.length, 1)).toMatchObject({ line: 4, column: 3 });
  });
});

describe('toPointer / fromPointer', () => {
  it('escapes ~ as ~0 and / as ~1', () => {
    expect(toPointer(['paths', 'a/b', 'c~d', 0])).toBe('/paths/a~1b/c~0d/0');
    expect(fromPointer('/paths/a~1b/c~0d/0')).toEqual(['paths', 'a/b', 'c~d', '0']);
  });

  it('maps the root to the empty pointer and back', () => {
    expect(toPointer([])).toBe('');
    expect(fromPointer('')).toEqual([]);
  });

  it('round-trips awkward keys', () => {
    for (const keys of [['~1'], ['~0'], ['/~'], ['~/'], [''], ['', ''], ['a/~1/b', '~~//']]) {
      expect(fromPointer(toPointer(keys))).toEqual(keys);
    }
    expect(toPointer(['~1'])).toBe('/~01');
    expect(fromPointer('/~01')).toEqual(['~1']);
  });
});

describe('locatePointers', () => {
  const text = lines(
    '{', //                                    line 1
    '  "name": "api",', //                     line 2
    '  "routes": {', //                        line 3
    '    "a/b": {', //                         line 4
    '      "method": "GET",', //               line 5
    '      "tags": ["x", "y~z", 30]', //       line 6
    '    }', //                                line 7
    '  }', //                                  line 8
    '}', //                                    line 9
  );

  it('finds the value of a nested string, quotes included', () => {
    const found = locatePointers(text, [{ pointer: '/routes/a~1b/method', target: 'value' }]);
    expect(found).toEqual(new Map([['value:/routes/a~1b/method', { line: 5, column: 17, endLine: 5, endColumn: 22 }]]));
  });

  it('finds the key of a property', () => {
    const found = locatePointers(text, [
      { pointer: '/routes/a~1b', target: 'key' },
      { pointer: '/name', target: 'key' },
    ]);
    expect(found.get('key:/routes/a~1b')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 10 });
    expect(found.get('key:/name')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 9 });
  });

  it('gives the opening bracket for an object or array value', () => {
    const found = locatePointers(text, [
      { pointer: '/routes/a~1b', target: 'value' },
      { pointer: '/routes/a~1b/tags', target: 'value' },
    ]);
    expect(found.get('value:/routes/a~1b')).toEqual({ line: 4, column: 12, endLine: 4, endColumn: 13 });
    expect(found.get('value:/routes/a~1b/tags')).toEqual({ line: 6, column: 15, endLine: 6, endColumn: 16 });
  });

  it('finds array items by index', () => {
    const found = locatePointers(text, [
      { pointer: '/routes/a~1b/tags/0', target: 'value' },
      { pointer: '/routes/a~1b/tags/1', target: 'value' },
      { pointer: '/routes/a~1b/tags/2', target: 'value' },
    ]);
    expect(found.get('value:/routes/a~1b/tags/0')).toEqual({ line: 6, column: 16, endLine: 6, endColumn: 19 });
    expect(found.get('value:/routes/a~1b/tags/1')).toEqual({ line: 6, column: 21, endLine: 6, endColumn: 26 });
    expect(found.get('value:/routes/a~1b/tags/2')).toEqual({ line: 6, column: 28, endLine: 6, endColumn: 30 });
  });

  it('falls back from a missing property to its nearest existing ancestor', () => {
    const found = locatePointers(text, [
      { pointer: '/routes/a~1b/timeout', target: 'value' },
      { pointer: '/routes/nope/deeper', target: 'key' },
      { pointer: '/routes/a~1b/tags/9', target: 'value' },
    ]);
    // The ancestor's key is where the finding points.
    expect(found.get('value:/routes/a~1b/timeout')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 10 });
    expect(found.get('key:/routes/nope/deeper')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 11 });
    expect(found.get('value:/routes/a~1b/tags/9')).toEqual({ line: 6, column: 7, endLine: 6, endColumn: 13 });
  });

  it('locates the root pointer at the opening brace, for either target', () => {
    const found = locatePointers(text, [
      { pointer: '', target: 'value' },
      { pointer: '', target: 'key' },
    ]);
    expect(found.get('value:')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(found.get('key:')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('falls back to the value for an array item asked for by key', () => {
    const found = locatePointers(text, [{ pointer: '/routes/a~1b/tags/1', target: 'key' }]);
    expect(found.get('key:/routes/a~1b/tags/1')).toEqual({ line: 6, column: 21, endLine: 6, endColumn: 26 });
  });

  it('keys the result by target and pointer, one entry per distinct request', () => {
    const found = locatePointers(text, [
      { pointer: '/name', target: 'value' },
      { pointer: '/name', target: 'key' },
      { pointer: '/name', target: 'value' },
    ]);
    expect([...found.keys()].sort()).toEqual(['key:/name', 'value:/name']);
    expect(found.get('value:/name')).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 16 });
  });

  it('reports the first occurrence of a duplicated key', () => {
    const dup = lines('{', '  "a": 1,', '  "a": 2', '}');
    expect(locatePointers(dup, [{ pointer: '/a', target: 'value' }]).get('value:/a')).toEqual({
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 9,
    });
  });

  it('finds items in arrays of objects', () => {
    const arr = lines('[', '  {"m": "GET"},', '  {"m": "POST"}', ']');
    const found = locatePointers(arr, [
      { pointer: '/1/m', target: 'value' },
      { pointer: '/1/m', target: 'key' },
      { pointer: '/0', target: 'value' },
    ]);
    expect(found.get('value:/1/m')).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 15 });
    expect(found.get('key:/1/m')).toEqual({ line: 3, column: 4, endLine: 3, endColumn: 7 });
    expect(found.get('value:/0')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 4 });
  });
});
