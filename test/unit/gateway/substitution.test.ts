// The gateway's substitution rule and the schema errors it makes moot, as pure functions.
import { describe, expect, test } from '@jest/globals';
import type { ErrorObject } from 'ajv';
import { dropDeferredChecks, referenceIn, substitute } from '../../../src/gateway/substitution.js';

const error = (keyword: string, instancePath: string, schemaPath: string): ErrorObject =>
  ({ keyword, instancePath, schemaPath, params: {} }) as ErrorObject;

describe('referenceIn: the gateway replaces a value that starts with a prefix, whole', () => {
  test.each([
    ['$env.UPSTREAM_URL', { kind: 'env', name: 'UPSTREAM_URL' }],
    ['$secrets.JWT_SECRET', { kind: 'secret', name: 'JWT_SECRET' }],
    ['$secret.JWT_SECRET', { kind: 'secret', name: 'JWT_SECRET' }],
    ['$env.HOST/v1', { kind: 'env', name: 'HOST/v1' }],
    ['https://$env.HOST', undefined],
    ['$config.tenant', undefined],
  ])('%s', (text, expected) => expect(referenceIn(text)).toEqual(expected));
});

describe('substitute', () => {
  test('known vars are replaced (any JSON type); secrets and unknown vars are left and listed', () => {
    const rest = { key: '$secret.KEY', other: '$env.NOPE', n: 1 };
    const config = { servers: [{ url: '$env.URL' }], limit: '$env.LIMIT', ...rest };
    const seen = substitute(config, { URL: 'https://api.example.net', LIMIT: 5 });
    expect(seen.value).toEqual({ servers: [{ url: 'https://api.example.net' }], limit: 5, ...rest });
    expect([...seen.known.keys()]).toEqual(['/servers/0/url', '/limit']);
    expect([...seen.unknown]).toEqual(['/key', '/other']);
    expect(config.servers[0]!.url).toBe('$env.URL');
  });

  test('a var answers $secret.X and $secrets.X too: the gateway reads vars and secrets from one env', () => {
    const config = { a: '$secret.ORIGIN', b: '$secrets.ORIGIN', c: '$secrets.KEY' };
    const seen = substitute(config, { ORIGIN: 'https://app.example.net' });
    expect(seen.value).toEqual({ a: 'https://app.example.net', b: 'https://app.example.net', c: '$secrets.KEY' });
    expect(seen.known.get('/b')).toEqual({ raw: '$secrets.ORIGIN', name: 'ORIGIN', value: 'https://app.example.net' });
    expect([...seen.unknown]).toEqual(['/c']);
  });

  test('without a wrangler config every reference is unknown', () => {
    expect([...substitute({ a: '$env.A' }, undefined).unknown]).toEqual(['/a']);
  });
});

describe('dropDeferredChecks', () => {
  test('format and pattern on an unknown reference are dropped; other keywords and other values stay', () => {
    const errors = [
      error('format', '/url', '#/f'),
      error('pattern', '/path', '#/p'),
      error('type', '/url', '#/t'),
      error('format', '/other', '#/f'),
    ];
    const kept = dropDeferredChecks(errors, new Set(['/url', '/path'])).map((e) => `${e.keyword}${e.instancePath}`);
    expect(kept).toEqual(['type/url', 'format/other']);
  });

  test('an anyOf that a deferred branch could satisfy goes with its branches; one that cannot, stays', () => {
    const anyOf = error('anyOf', '/o/0', '#/anyOf');
    const branches = [error('const', '/o/0', '#/anyOf/0/const'), error('format', '/o/0', '#/anyOf/1/format'), anyOf];
    expect(dropDeferredChecks(branches, new Set(['/o/0']))).toEqual([]);
    const hopeless = [error('const', '/o/0', '#/anyOf/0/const'), error('type', '/o/0', '#/anyOf/1/type'), anyOf];
    expect(dropDeferredChecks(hopeless, new Set(['/o/0']))).toHaveLength(3);
  });
});
