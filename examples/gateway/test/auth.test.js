import { describe, expect, it } from 'vitest';
import { authenticate, verifyJwt } from '../src/auth.js';
import { AUDIENCE, ISSUER, SECRET, makeToken } from './tokens.js';

const options = { secret: SECRET, audience: AUDIENCE, issuer: ISSUER };
const codeOf = (promise) => promise.then(() => 'ok', (error) => error.code);

describe('verifyJwt', () => {
  it('returns the claims of a valid HS256 token', async () => {
    const claims = await verifyJwt(makeToken({ sub: 'alice' }), options);
    expect(claims).toMatchObject({ sub: 'alice', iss: ISSUER, aud: AUDIENCE });
    expect(await verifyJwt(makeToken({ aud: ['other', AUDIENCE] }), options)).toBeTruthy();
  });

  it('rejects with jose error codes', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await codeOf(verifyJwt(makeToken({ exp: now - 1 }), options))).toBe('ERR_JWT_EXPIRED');
    expect(await codeOf(verifyJwt(makeToken({}, { secret: 'wrong' }), options))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    expect(await codeOf(verifyJwt(makeToken({ aud: 'someone-else' }), options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    expect(await codeOf(verifyJwt(makeToken({ iss: 'https://evil.example/' }), options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    expect(await codeOf(verifyJwt(makeToken({ nbf: now + 60 }), options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    expect(await codeOf(verifyJwt('not-a-jwt', options))).toBe('ERR_JWS_INVALID');
    expect(await codeOf(verifyJwt('a.b.c!', options))).toBe('ERR_JWS_INVALID');
    expect(await codeOf(verifyJwt(makeToken({}, { header: { alg: 'none' } }), options))).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('checks the signature before the claims', async () => {
    const forged = makeToken({ exp: 1 }, { secret: 'wrong' });
    expect(await codeOf(verifyJwt(forged, options))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });
});

describe('authenticate', () => {
  const request = (authorization) => new Request('https://gw.example/users/me', { headers: authorization ? { Authorization: authorization } : {} });
  const authorizer = { type: 'jwt', algorithm: 'HS256', ...options };

  it('needs a Bearer token', async () => {
    for (const header of [undefined, 'Basic abc', `bearer ${makeToken()}`, 'Bearer ']) {
      await expect(authenticate(request(header), authorizer)).rejects.toMatchObject({ code: 'AUTH_ERROR', status: 401 });
    }
  });

  it('answers 500 MISSING_JWT_SECRET when the secret resolved to ""', async () => {
    await expect(authenticate(request(`Bearer ${makeToken()}`), { ...authorizer, secret: '' })).rejects.toMatchObject({
      code: 'MISSING_JWT_SECRET',
      status: 500,
    });
  });

  it('returns the claims of a good token', async () => {
    expect(await authenticate(request(`Bearer ${makeToken({ sub: 'bob' })}`), authorizer)).toMatchObject({ sub: 'bob' });
  });
});
