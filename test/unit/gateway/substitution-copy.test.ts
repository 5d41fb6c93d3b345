// The substituted config is a copy only along the paths of replaced references: the rest is the
// parsed config itself, which is never modified.
import { describe, expect, it } from '@jest/globals';
import { mayHoldReference, substitute, withReplaced } from '../../../src/gateway/substitution.js';
import { MAX_DEPTH } from '../../../src/json/json-source.js';
import { scanValue } from '../../../src/json/value-scan.js';

describe('withReplaced', () => {
  it('copies only the containers on a replaced path and shares the rest', () => {
    const root = { servers: [{ url: '$env.U', alias: 'a' }, { url: 'x' }], paths: [{ path: '/a' }] };
    const out = withReplaced(root, [{ path: ['servers', 0, 'url'], value: 'https://u.example.net' }]) as typeof root;
    expect(out).toEqual({
      servers: [{ url: 'https://u.example.net', alias: 'a' }, { url: 'x' }],
      paths: [{ path: '/a' }],
    });
    expect(root.servers[0]!.url).toBe('$env.U');
    expect(out).not.toBe(root);
    expect(out.servers).not.toBe(root.servers);
    expect(out.servers[1]).toBe(root.servers[1]);
    expect(out.paths).toBe(root.paths);
  });

  it('copies a shared container once for several replacements, and keeps "__proto__" an own key', () => {
    const root = JSON.parse('{"o": {"__proto__": "$env.A", "b": "$env.B"}}');
    const out = withReplaced(root, [
      { path: ['o', '__proto__'], value: 1 },
      { path: ['o', 'b'], value: 2 },
    ]) as { o: Record<string, unknown> };
    expect(Object.getPrototypeOf(out.o)).toBe(Object.prototype);
    expect(Object.hasOwn(out.o, '__proto__')).toBe(true);
    expect(Object.entries(out.o)).toEqual([
      ['__proto__', 1],
      ['b', 2],
    ]);
  });

  it('returns the root itself when nothing is replaced, and the value for an empty path', () => {
    const root = { a: 1 };
    expect(withReplaced(root, [])).toBe(root);
    expect(withReplaced('$env.X', [{ path: [], value: 7 }])).toBe(7);
  });
});

describe('mayHoldReference', () => {
  it.each([
    ['$env.X', true],
    ['$secrets.X', true],
    ['https://$env.HOST/v1', true],
    ['$config.tenant', false],
    ['$request.jwt.sub', false],
    ['plain', false],
  ])('%s', (text, expected) => expect(mayHoldReference(text)).toBe(expected));
});

describe('substitute with the strings of an earlier walk', () => {
  it('gives what its own walk gives, without copying an unchanged config', () => {
    const config = { servers: [{ url: '$env.URL' }], key: '$secret.K', n: 1 };
    const strings = scanValue(config, MAX_DEPTH, mayHoldReference).strings;
    const vars = { URL: 'https://api.example.net' };
    const own = substitute(config, vars);
    const shared = substitute(config, vars, strings);
    expect(shared.value).toEqual(own.value);
    expect([...shared.known]).toEqual([...own.known]);
    expect([...shared.unknown]).toEqual([...own.unknown]);
    expect(substitute(config, undefined, strings).value).toBe(config);
  });
});
