// The auth0 integration routes: what each one sends to the tenant and answers, as in the
// original gateway. Failures of the tenant are thrown (GatewayError) for the handler to answer.
import { AuthError, bearerToken } from './auth.js';
import { exchangeCode, getProfile, redirectToLogin, refreshToken, validateIdToken } from './auth0.js';
import { json } from './responses.js';

export async function runAuth0Integration(request, url, integration, config) {
  const authorizer = config.authorizer ?? {};
  switch (integration.type) {
    case 'auth0_callback': {
      const tokens = await exchangeCode(url.searchParams.get('code'), authorizer);
      await validateIdToken(null, tokens.id_token, authorizer);
      return json(tokens);
    }
    case 'auth0_userinfo': {
      const accessToken = request.headers.get('X-Access-Token') ?? bearerToken(request);
      if (!accessToken) return json({ error: 'Missing bearer token', code: 'missing_access_token' }, 401);
      return json(await getProfile(accessToken, authorizer));
    }
    case 'auth0_callback_redirect':
      return redirectToLogin(url.searchParams.get('state'), authorizer);
    case 'auth0_refresh':
      return refresh(request, authorizer);
    default:
      throw new Error(`Integration type "${integration.type}" is not supported by this gateway`);
  }
}

async function refresh(request, authorizer) {
  let token = request.headers.get('X-Refresh-Token');
  if (!token && request.method === 'POST') token = (await request.clone().json().catch(() => ({}))).refresh_token;
  if (!token) return json({ error: 'Missing refresh token', code: 'missing_refresh_token' }, 400);
  try {
    await validateIdToken(request, null, authorizer);
    return json({ message: 'Token is still valid', code: 'token_still_valid' });
  } catch (error) {
    if (!(error instanceof AuthError) || error.code !== 'ERR_JWT_EXPIRED') {
      if (error instanceof AuthError) return json({ error: error.message, code: error.code }, error.status);
      throw error;
    }
  }
  return json(await refreshToken(token, authorizer));
}
