// The auth0 authorizer and integrations, as the original gateway does them: ID tokens checked
// against the tenant's JWKS (inline `jwks` or fetched `jwks_uri`, RS256, issuer
// https://<domain>/), and the OAuth routes that call the tenant: the callback's token exchange,
// userinfo, the login redirect and the token refresh. A tenant that cannot be reached is a 502
// AUTH0_NETWORK_ERROR, one that answers an error passes its status on (AUTH0_UPSTREAM_ERROR),
// anything else is a 500 AUTH0_ERROR.
import { AuthError, base64UrlDecode, bearerToken, decodeJson } from './auth.js';

/** An error the gateway answers with its own status and code; `logMessage` is what it logs. */
export class GatewayError extends Error {
  constructor(message, code, status, logMessage) {
    super(message);
    this.code = code;
    this.status = status;
    this.logMessage = logMessage;
  }
}

const upstreamError = (action, response, payload) => {
  const log = `Auth0 ${action} failed with status ${response.status}. payload=${JSON.stringify(payload)}`;
  return new GatewayError(`Auth0 ${action} failed`, 'AUTH0_UPSTREAM_ERROR', response.status, log);
};

/** Calls the tenant; maps its failures as the original gateway does. */
async function callAuth0(action, url, init) {
  try {
    const response = await fetch(url, init);
    if (!response.ok) throw upstreamError(action, response, await response.text().catch(() => null));
    return await response.json();
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    if (error instanceof TypeError) {
      throw new GatewayError(`Auth0 ${action} request failed`, 'AUTH0_NETWORK_ERROR', 502, error.message);
    }
    const log = error instanceof Error ? error.message : String(error);
    throw new GatewayError('Internal Server Error', 'AUTH0_ERROR', 500, log);
  }
}

const form = (fields) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

export function exchangeCode(code, { domain, client_id, client_secret, redirect_uri }) {
  const fields = { grant_type: 'authorization_code', client_id, client_secret, code, redirect_uri };
  return callAuth0('token exchange', `https://${domain}/oauth/token`, form(fields));
}

export function refreshToken(refresh_token, { domain, client_id, client_secret }) {
  const fields = { grant_type: 'refresh_token', client_id, client_secret, refresh_token };
  return callAuth0('refresh token', `https://${domain}/oauth/token`, form(fields));
}

export function getProfile(accessToken, { domain }) {
  return callAuth0('userinfo', `https://${domain}/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` } });
}

export function redirectToLogin(state, { domain, client_id, redirect_uri, scope }) {
  const query = `response_type=code&client_id=${client_id}&redirect_uri=${redirect_uri}&scope=${scope}&state=${state}`;
  return Response.redirect(`https://${domain}/authorize?${query}`, 302);
}

async function keySet({ jwks, jwks_uri }) {
  if (jwks) {
    try {
      return JSON.parse(jwks).keys ?? [];
    } catch {
      throw new AuthError('JWKS configuration is not valid JSON.', 'AUTH_CONFIG_ERROR', 500);
    }
  }
  if (jwks_uri) {
    // Any failure fetching the keys reads as "JWT verification failed", as with jose's remote set.
    const response = await fetch(jwks_uri).catch(() => null);
    if (!response?.ok) throw new AuthError('JWT verification failed', 'AUTH_ERROR');
    return (await response.json()).keys ?? [];
  }
  throw new AuthError('No JWKS source configured.', 'AUTH_CONFIG_ERROR', 500);
}

/** Verifies an RS256 ID token (from the request's bearer header, or `jwt`) and returns its claims. */
export async function validateIdToken(request, jwt, authorizer, now = Date.now()) {
  const token = jwt ?? bearerToken(request);
  if (!token) throw new AuthError('No token provided or token format is invalid.', 'AUTH_ERROR');
  const keys = await keySet(authorizer);
  const parts = token.split('.');
  if (parts.length !== 3) throw new AuthError('Invalid JWS', 'ERR_JWS_INVALID');
  const header = decodeJson(parts[0], new AuthError('Invalid JWS', 'ERR_JWS_INVALID'));
  if (header.alg !== 'RS256') throw new AuthError('Algorithm not allowed', 'ERR_JOSE_ALG_NOT_ALLOWED');
  const jwk = keys.find((k) => (header.kid === undefined || k.kid === header.kid) && k.kty === 'RSA');
  if (!jwk) throw new AuthError('No matching key found in JWKS.', 'ERR_JWKS_NO_MATCHING_KEY');
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const key = await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['verify']);
  const signed = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, base64UrlDecode(parts[2]), signed))) {
    throw new AuthError('Signature verification failed', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  }
  const claims = decodeJson(parts[1], new AuthError('Invalid JWT', 'ERR_JWT_INVALID'));
  if (claims.iss !== `https://${authorizer.domain}/`) {
    throw new AuthError('JWT claim validation failed', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
  }
  const expired = typeof claims.exp === 'number' && claims.exp <= Math.floor(now / 1000);
  if (expired) throw new AuthError('Token has expired.', 'ERR_JWT_EXPIRED');
  return claims;
}
