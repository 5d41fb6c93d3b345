// An API gateway driven by one JSON config (the "Serverless API Gateway" format): routes
// requests to upstream servers, answers static responses, and checks JWTs on routes with
// "auth": true. See README.md.
import { AuthError, authenticate } from './auth.js';
import { GatewayError } from './auth0.js';
import { runAuth0Integration } from './integrations.js';
import { loadConfig } from './config.js';
import { proxyRequest } from './proxy.js';
import { finish, json, preflight } from './responses.js';
import { matchRoute } from './router.js';

const NO_MATCH = { message: 'No match found.' };
const INTERNAL_ERROR = { message: 'Internal server error' };

export async function handleRequest(request, env = {}) {
  const url = new URL(request.url);
  console.info('[INFO] Received new request', { method: request.method, url: request.url });

  let config;
  try {
    config = await loadConfig(env);
  } catch (error) {
    console.error('[ERROR] Error loading API configuration', error);
    return finish(json(INTERNAL_ERROR, 500), request);
  }
  const done = (response) => finish(response, request, config.cors);

  try {
    if (config.cors && request.method === 'OPTIONS') {
      const optionsRoutes = config.paths.filter((route) => route.method === 'OPTIONS');
      if (!matchRoute(optionsRoutes, 'OPTIONS', url.pathname)) return done(preflight(config.cors));
    }

    const match = matchRoute(config.paths, request.method, url.pathname);
    if (!match) {
      console.warn('[WARN] No matching path found for request', { method: request.method, path: url.pathname });
      return done(json(NO_MATCH, 404));
    }
    const { route } = match;
    const integration = route.integration;
    console.info('[INFO] Found matching path configuration', {
      path: route.path,
      method: route.method,
      integration: integration?.type ?? null,
    });

    let claims;
    if (route.auth === true && config.authorizer) {
      try {
        claims = await authenticate(request, config.authorizer);
      } catch (caught) {
        // Any other verifier failure looks like a bad token, as in the original gateway.
        const error = caught instanceof AuthError ? caught : new AuthError('JWT verification failed', 'AUTH_ERROR');
        const kind = config.authorizer.type === 'auth0' ? 'Auth0 token' : 'JWT';
        console.error(`[ERROR] ${kind} validation failed`, { code: error.code, message: caught.message });
        return done(json({ error: error.message, code: error.code }, error.status));
      }
    }

    if (integration?.type === 'http_proxy' || integration?.type === 'http') {
      const server = config.servers?.find((s) => s.alias === integration.server);
      if (!server) return done(json(NO_MATCH, 404));
      // Not awaited, on purpose: see proxyRequest.
      return proxyRequest(request, server, { route, config, claims }).then(done);
    }
    if (integration?.type?.startsWith('auth0_')) {
      return done(await runAuth0Integration(request, url, integration, config));
    }
    if (integration) throw new Error(`Integration type "${integration.type}" is not supported by this gateway`);
    if (route.response !== undefined) return done(json(route.response));
    return done(json(NO_MATCH, 404));
  } catch (error) {
    console.error('[ERROR] Error processing request', error);
    if (error instanceof GatewayError || error instanceof AuthError) {
      console.error(error.logMessage ?? error.message);
      return done(json({ error: error.message, code: error.code }, error.status));
    }
    return done(json(INTERNAL_ERROR, 500));
  }
}

export default { fetch: handleRequest };
