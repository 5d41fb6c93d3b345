// HS256 tokens for the tests, signed with node:crypto (independently of src/auth.js).
import { createHmac } from 'node:crypto';

export const SECRET = 'test-secret-do-not-use';
export const AUDIENCE = 'example-gateway';
export const ISSUER = 'https://auth.example.com/';

const encode = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export function makeToken(claims = {}, { secret = SECRET, header = { alg: 'HS256', typ: 'JWT' } } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const payload = { sub: 'user-42', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, ...claims };
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}
