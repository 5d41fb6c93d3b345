// The pure parts behind issue 12's points 6–9 and issue 11's point 10, on small inputs.
import { findRefCycle } from '../../src/gateway/schema-cycles.js';
import { findDuplicateKeys } from '../../src/json/duplicate-keys.js';
import { withMissingSteps } from '../../src/step-outcomes.js';
import { enclosingHook, stackFrames, syntaxErrorPoint } from '../../src/project-tests/stack-location.js';

describe('$ref cycles that never look into the data', () => {
  it('finds a self reference, a pair of definitions and a cycle through allOf', () => {
    expect(findRefCycle({ $ref: '#' })).toBe('/$ref');
    expect(
      findRefCycle({
        $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
        properties: { x: { $ref: '#/$defs/a' } },
      }),
    ).toMatch(/^\/\$defs\/[ab]\/\$ref$/);
    expect(findRefCycle({ allOf: [{ $ref: '#' }] })).toBe('/allOf/0/$ref');
  });

  it('leaves recursion through the data alone (a tree of items)', () => {
    expect(
      findRefCycle({ type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } }),
    ).toBeUndefined();
    expect(
      findRefCycle({ $defs: { node: { properties: { next: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' }),
    ).toBeUndefined();
  });
});

describe('duplicate keys', () => {
  it('are found per object, at the later key, with the earlier line', () => {
    const text = '{\n  "a": 1,\n  "o": { "a": 2, "b": 3 },\n  "a": 4\n}';
    expect(findDuplicateKeys(text, JSON.parse(text))).toEqual([
      { key: 'a', range: { line: 4, column: 3, endLine: 4, endColumn: 6 }, firstLine: 2 },
    ]);
  });

  it('are not looked for when the counts agree, even with colons inside strings', () => {
    const text = '{ "url": "https://x:443/a", "b": { "c": ":" } }';
    expect(findDuplicateKeys(text, JSON.parse(text))).toEqual([]);
  });
});

describe('where a setup failure is', () => {
  const source = [
    "describe('w', () => {",
    '  beforeAll(async () => {',
    "    worker = await start('x');",
    '  });',
    "  test('t', () => {",
    '    expect(1).toBe(2);',
    '  });',
    '});',
  ].join('\n');

  it('names the hook around a line, and no hook inside a test', () => {
    expect(enclosingHook(source, 3)).toEqual({ hook: 'beforeAll', line: 2 });
    expect(enclosingHook(source, 6)).toBeUndefined();
  });

  it("reads jest's relative frames against the project and Babel's syntax position", () => {
    expect(stackFrames('    at Object.require (test/a.test.js:1:11)', '/p')).toEqual([
      { file: '/p/test/a.test.js', line: 1, column: 11 },
    ]);
    expect(stackFrames('    at Object.require (test/a.test.js:1:11)')).toEqual([]);
    expect(syntaxErrorPoint('SyntaxError: /p/test/a.test.js: Unexpected token, expected "," (4:0)')).toEqual({
      file: '/p/test/a.test.js',
      line: 4,
      column: 1,
    });
  });
});

describe('steps that ran and recorded nothing', () => {
  it('become error results in pipeline order; skipped steps and recorded ones do not', () => {
    const validate = { name: 'validate' as const, status: 'passed' as const, durationMs: 1, findings: [] };
    const results = withMissingSteps(
      [validate],
      'validate=success preflight=success test=failure deploy=skipped smoke=',
      '/run',
    );
    expect(results.map((r) => `${r.name}:${r.status}`)).toEqual(['validate:passed', 'preflight:error', 'test:error']);
    expect(results[2]!.findings[0]).toMatchObject({
      code: 'stage_result_missing',
      message: expect.stringContaining('outcome: failure'),
    });
    expect(withMissingSteps([validate], undefined, '/run')).toEqual([validate]);
  });
});
