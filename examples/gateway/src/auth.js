// The jwt authorizer: an HS256 token in "Authorization: Bearer …", checked with WebCrypto.
// Errors carry the codes of the jose library, which the original gateway uses.

export class AuthError extends Error {
  constructor(message, code, status = 401) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const encoder = new TextEncoder();

export function base64UrlDecode(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new AuthError('Invalid Compact JWS', 'ERR_JWS_INVALID');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new AuthError('Invalid Compact JWS', 'ERR_JWS_INVALID');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function decodeJson(part, error) {
  try {
    const value = JSON.parse(new TextDecoder().decode(base64UrlDecode(part)));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  throw error;
}

/** The token of an "Authorization: Bearer <token>" header, or null. */
export function bearerToken(request) {
  const header = request.headers.get('Authorization') ?? '';
  const m = /^Bearer (\S+)$/.exec(header);
  return m ? m[1] : null;
}

/** Verifies an HS256 JWT and returns its claims; throws an AuthError otherwise. */
export async function verifyJwt(token, { secret, audience, issuer }, now = Date.now()) {
  const parts = token.split('.');
  if (parts.length !== 3) throw new AuthError('Invalid Compact JWS', 'ERR_JWS_INVALID');
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decodeJson(headerPart, new AuthError('Invalid JWS Protected Header', 'ERR_JWS_INVALID'));
  if (header.alg !== 'HS256') {
    throw new AuthError('"alg" (Algorithm) Header Parameter value not allowed', 'ERR_JOSE_ALG_NOT_ALLOWED');
  }

  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signed = encoder.encode(`${headerPart}.${payloadPart}`);
  if (!(await crypto.subtle.verify('HMAC', key, base64UrlDecode(signaturePart), signed))) {
    throw new AuthError('signature verification failed', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  }

  const claims = decodeJson(payloadPart, new AuthError('JWT Claims Set must be a top-level JSON object', 'ERR_JWT_INVALID'));
  const claimError = (message) => new AuthError(message, 'ERR_JWT_CLAIM_VALIDATION_FAILED');
  if (issuer && claims.iss !== issuer) {
    throw claimError(claims.iss === undefined ? 'missing required "iss" claim' : 'unexpected "iss" claim value');
  }
  if (audience) {
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.aud === undefined) throw claimError('missing required "aud" claim');
    if (!audiences.includes(audience)) throw claimError('unexpected "aud" claim value');
  }
  const seconds = Math.floor(now / 1000);
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > seconds)) {
    throw claimError('"nbf" claim timestamp check failed');
  }
  if (claims.exp !== undefined) {
    if (typeof claims.exp !== 'number') throw claimError('"exp" claim must be a number');
    if (claims.exp <= seconds) throw new AuthError('"exp" claim timestamp check failed', 'ERR_JWT_EXPIRED');
  }
  return claims;
}

/**
 * Authenticates a request against the config's authorizer; returns the JWT claims. Throws an
 * AuthError with the status and code the gateway answers with.
 */
export async function authenticate(request, authorizer) {
  if (authorizer.type === 'auth0') return (await import('./auth0.js')).validateIdToken(request, null, authorizer);
  if (authorizer.type !== 'jwt') {
    throw new AuthError(`The ${authorizer.type} authorizer is not supported by this gateway`, 'AUTH_CONFIG_ERROR', 500);
  }
  const token = bearerToken(request);
  if (!token) throw new AuthError('No token provided or token format is invalid.', 'AUTH_ERROR');
  if (!authorizer.secret) throw new AuthError('The JWT secret is not configured', 'MISSING_JWT_SECRET', 500);
  return verifyJwt(token, authorizer);
}
