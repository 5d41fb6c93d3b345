// Which layer failed, from the three sources of evidence: the probe's own error, the response
// (status, gateway marker, body code, Cloudflare error page, Proxy-Status), and the Worker's
// logs for that probe, with a static control route and a direct look at the upstream to break
// ties. Pure: observations in, a verdict out.
import { ownerOf, type Category, type Finding, type Layer, type Location } from '../findings.js';
import type { ProbeResult } from './http-probe.js';
import type { Expectation, Probe } from './probe-plan.js';
import {
  categoryOf,
  looksLikeNetworkFailure,
  parseProxyStatus,
  typeOfEdgeStatus,
  typeOfWorkerException,
  type ProxyErrorType,
} from './proxy-status.js';
import { answeredRoute, sameRoute } from './route-identity.js';
import { describeExpected, PRESENT } from './static-response.js';
import { logLines, type TailEvent } from './tail-session.js';
import type { UpstreamCheck } from './upstream-check.js';

export const GATEWAY_MARKER = 'serverlessapigateway';

export interface ServerInfo {
  /** The URL as the config writes it (`$env.UPSTREAM_URL`). */
  written: string;
  /** The URL the deployed Worker uses, when the gate can tell (a var of the environment). */
  resolved?: string;
  /** Where a person changes it: the var in the wrangler config, or the server in the gateway config. */
  location?: Location;
}

/** The identity provider of an auth0/supabase authorizer, and where its address is set. */
export interface ProviderInfo {
  name: 'Auth0' | 'Supabase';
  /** The domain (or URL) the deployed Worker calls, when the gate can tell. */
  domain?: string;
  /** As the config writes it (`$env.AUTH0_DOMAIN`). */
  written?: string;
  location?: Location;
}

/** What the fix of a refused token depends on: how the authorizer checks signatures. */
export interface AuthorizerInfo {
  type: string;
  /** `jwks` (inline keys) or `jwks_uri` (fetched): an auth0 authorizer has no shared secret. */
  keys?: 'jwks' | 'jwks_uri';
  jwksUri?: string;
  issuer?: string;
}

export interface Observation {
  probe: Probe;
  result: ProbeResult;
  /** The Worker's trace event for this probe; undefined when logs are off or it did not arrive. */
  event?: TailEvent;
  logsAvailable: boolean;
  /** Did a static route of the same deployment answer as configured? */
  controlPassed?: boolean;
  server?: ServerInfo;
  upstream?: UpstreamCheck;
  /** `$secret.X` of the authorizer, for a gateway that reports a missing JWT secret. */
  authorizerSecret?: string;
  authorizer?: AuthorizerInfo;
  provider?: ProviderInfo;
}

export interface ProbeDiagnosis {
  layer: Layer;
  code: string;
  category?: Category;
  message: string;
  fix: string;
  /** Something about the gateway's own code the failure showed: its own finding, not part of this fix. */
  gatewayNote?: GatewayNote;
}

/** A defect of the gateway's code (not the deployer's change), seen while diagnosing a probe. */
export interface GatewayNote {
  code: string;
  message: string;
  fix: string;
}

/** serverlessapigateway returns the upstream's fetch() un-awaited: a failed fetch escapes as error 1101. */
export const UNAWAITED_UPSTREAM_FETCH: GatewayNote = {
  code: 'upstream_fetch_not_awaited',
  message:
    'the gateway returns the upstream fetch() without awaiting it, so an upstream failure escapes its handler: ' +
    "the client gets Cloudflare's 500 error 1101 instead of a 502 from the gateway",
  fix:
    "In the gateway's proxy handler, `return await fetch(…)` inside its try block. This is the gateway's own code: " +
    'it changes what clients get when the upstream fails, not whether it fails.',
};

export type Verdict =
  { passed: true } | { passed: false; diagnosis: ProbeDiagnosis; evidence: Record<string, unknown> };

const hasMarker = (r: ProbeResult): boolean => (r.headers?.['x-powered-by'] ?? '').includes(GATEWAY_MARKER);
const bodyCode = (r: ProbeResult): string | undefined => {
  const json = r.json as { code?: unknown } | undefined;
  return typeof json?.code === 'string' ? json.code : undefined;
};
const isNoMatch = (r: ProbeResult): boolean =>
  r.status === 404 && (r.json as { message?: unknown } | undefined)?.message === 'No match found.';
const cfErrorCode = (r: ProbeResult): number | undefined => {
  const m = /^error code: (\d+)/.exec((r.body ?? '').trim());
  return m ? Number(m[1]) : undefined;
};

/** Does the response meet the probe's expectation? The list of what did not hold. */
export function unmet(expect: Expectation, result: ProbeResult, withToken: boolean): string[] {
  if (result.error || result.status === undefined) return ['no complete response'];
  const problems: string[] = [];
  const status = result.status;
  if (expect.status && !expect.status.includes(status))
    problems.push(`status ${status}, expected ${expect.status.join(' or ')}`);
  if (expect.healthy) {
    if (status >= 500) problems.push(`status ${status}`);
    else if (isNoMatch(result)) problems.push('the gateway has no route for it');
    else if (withToken && status === 401 && hasMarker(result)) problems.push('the gateway refused the token');
  }
  if (expect.json !== undefined && !containsJson(result.json, expect.json)) {
    problems.push(`the JSON body is not ${truncate(describeExpected(expect.json), 120)}`);
  }
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    const got = result.headers?.[name.toLowerCase()];
    if (got !== value)
      problems.push(
        `header ${name} is ${got === undefined ? 'missing' : JSON.stringify(got)}, expected ${JSON.stringify(value)}`,
      );
  }
  if (expect.bodyContains !== undefined && !(result.body ?? '').includes(expect.bodyContains))
    problems.push(`the body lacks ${JSON.stringify(expect.bodyContains)}`);
  return problems;
}

/** `expected` is a subset of `actual`: objects key by key, everything else equal. */
export function containsJson(actual: unknown, expected: unknown): boolean {
  if (expected === PRESENT) return actual !== undefined;
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => containsJson(actual[i], e))
    );
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  return Object.entries(expected).every(([k, v]) => containsJson((actual as Record<string, unknown>)[k], v));
}

export function classify(obs: Observation): Verdict {
  const { probe, result } = obs;
  const problems = unmet(probe.expect, result, probe.withToken);
  const wrongRoute = routeMismatch(obs);
  if (problems.length === 0 && !wrongRoute) return { passed: true };
  const diagnosis = wrongRoute ?? diagnoseProbe(obs, problems);
  diagnosis.category ??= ownerOf(diagnosis.code);
  return { passed: false, diagnosis, evidence: evidenceOf(obs, problems) };
}

/**
 * The Worker's log names the route that answered; another one than the request was meant for
 * (a catch-all, a parameter route) means the deployed config lacks this route. No event, or no
 * such line, proves nothing either way: the stage reports the identity as unverified instead.
 */
function routeMismatch(obs: Observation): ProbeDiagnosis | undefined {
  const expected = obs.probe.reaches;
  const answered = answeredRoute(obs.event);
  if (!expected || !answered || sameRoute(expected, answered)) return undefined;
  const where = `${obs.probe.method} ${obs.probe.path}`;
  const got = `${answered.method} ${answered.path}`;
  return {
    layer: 'routing',
    code: 'route_not_deployed',
    category: 'client',
    message:
      `${where}: answered by the route ${got}, not ${expected.method} ${expected.path}: the deployed config lacks ` +
      `this route (the Worker logged "Found matching path configuration" for ${got})`,
    fix:
      'Publish this route where the Worker reads its config (SAG_API_CONFIG_JSON var, then the CONFIG KV key ' +
      `api-config.json, then the bundled file); until then ${got} answers its requests.`,
  };
}

function diagnoseProbe(obs: Observation, problems: string[]): ProbeDiagnosis {
  const { probe, result, event } = obs;
  const where = `${probe.method} ${probe.path}`;
  const proxied = probe.route?.kind === 'proxy';
  const lines = logLines(event);
  const exception = event?.exceptions?.[0]?.message;

  if (result.error?.phase === 'headers') {
    const net = result.error.network;
    // A timeout says nothing about where it stalled; the control route does.
    if (result.error.timedOut && obs.controlPassed !== false) {
      if (proxied) {
        const type: ProxyErrorType = obs.upstream?.type ?? 'connection_read_timeout';
        return upstreamDiagnosis(
          obs,
          type,
          `${where}: no answer within the probe timeout while the control route answered: the gateway is waiting on the upstream`,
        );
      }
      return {
        layer: 'gateway',
        code: 'gateway_timeout',
        message: `${where}: no answer within the probe timeout, while the control route answered`,
        fix: 'The Worker does not answer this route: check `wrangler tail` for a handler that never resolves (an un-awaited promise, a loop).',
      };
    }
    if (net && !net.afterConnect) {
      const code =
        net.type === 'dns_error' || net.type === 'dns_timeout'
          ? 'worker_host_not_found'
          : net.type.startsWith('tls_')
            ? 'edge_tls_error'
            : 'worker_unreachable';
      return {
        layer: 'edge',
        code,
        message: `${where}: the gateway's own address did not answer (${net.code}): the request never reached the Worker`,
        fix:
          code === 'worker_host_not_found'
            ? 'The hostname does not resolve: check the `url` input, that workers_dev is on (or the route/custom domain exists); a new workers.dev subdomain takes a few minutes.'
            : code === 'edge_tls_error'
              ? "TLS to the gateway failed: a new workers.dev subdomain or custom domain gets its certificate within minutes; otherwise check the domain's SSL settings."
              : 'Nothing answers at the deployment URL: check the `url` input and that the deploy published the Worker there.',
      };
    }
    if (result.error.timedOut) {
      return {
        layer: 'edge',
        code: 'worker_timeout',
        message: `${where}: no answer within the probe timeout, and the control route failed too`,
        fix: 'Neither the control route nor this one answered: check that the URL reaches the Worker and that its fetch handler returns.',
      };
    }
    return {
      layer: 'probe',
      code: 'probe_failed',
      message: `${where}: the probe itself failed: ${result.error.chain.map((l) => l.code ?? l.message).join(' ← ')}`,
      fix: "Check the `url` input and the smoke spec's headers for this probe.",
    };
  }
  if (result.error?.phase === 'body') {
    if (proxied)
      return upstreamDiagnosis(
        obs,
        'http_response_incomplete',
        `${where}: the response (status ${result.status}) broke off mid-body${event?.outcome ? ` (Worker outcome: ${event.outcome})` : ''}: the upstream closed the connection while sending it`,
      );
    return {
      layer: 'gateway',
      code: 'response_incomplete',
      message: `${where}: the response broke off mid-body`,
      fix: "The Worker's response stream failed: check `wrangler tail` for the error.",
    };
  }

  const status = result.status!;
  const marker = hasMarker(result);
  const proxyError = parseProxyStatus(result.headers?.['proxy-status']).find((e) => e.error);
  if (proxyError) {
    const type = proxyError.error as ProxyErrorType;
    return upstreamDiagnosis(
      obs,
      type,
      `${where}: ${proxyError.proxy} reports Proxy-Status error=${type}${proxyError.details ? ` (${proxyError.details})` : ''}`,
    );
  }

  const cfCode = cfErrorCode(result);
  if (!marker && (cfCode !== undefined || result.headers?.['cf-error-type'])) {
    if (cfCode === 1101 || result.headers?.['cf-error-type'] === 'worker-exception') {
      const matchedProxy =
        lines.some((l) => /Found matching path configuration/.test(l) && /http_proxy|"http"/.test(l)) ||
        (proxied && !event);
      const network = exception ? looksLikeNetworkFailure(exception) : false;
      if (proxied && matchedProxy && (network || obs.upstream?.type !== undefined || !exception)) {
        const type =
          obs.upstream?.type ?? (exception ? typeOfWorkerException(exception) : undefined) ?? 'destination_unavailable';
        return upstreamDiagnosis(
          obs,
          type,
          `${where}: the upstream request failed${exception ? ` ("${exception}")` : ''} and the error escaped the gateway: Cloudflare answered 500 error code 1101 (Worker threw)`,
          UNAWAITED_UPSTREAM_FETCH,
        );
      }
      const thrown = event?.exceptions?.[0];
      const what = thrown?.message ? `${thrown.name ? `${thrown.name}: ` : ''}${thrown.message}` : undefined;
      return {
        layer: 'gateway',
        code: 'worker_exception',
        message: `${where}: the Worker threw${what ? ` ${what}` : ''} (Cloudflare error 1101, no gateway response)`,
        fix: 'Read the stack in `wrangler tail` or the local E2E run; the gateway must catch errors and answer 500 itself.',
      };
    }
    if (cfCode === 1102)
      return {
        layer: 'gateway',
        code: 'exceeded_resources',
        message: `${where}: the Worker exceeded its CPU or memory limit (Cloudflare error 1102${event?.outcome ? `, outcome ${event.outcome}` : ''})`,
        fix: 'Profile the route: a large config parsed per request or an unbounded loop exceeds the CPU limit.',
      };
    if (cfCode === 1015)
      return {
        layer: 'edge',
        code: 'edge_rate_limited',
        category: 'client',
        message: `${where}: Cloudflare rate-limited the probe (error 1015)`,
        fix: "A rate-limiting rule blocks the runner: allow the smoke test's requests (header x-gate-run) or lower the probe concurrency in the smoke spec.",
      };
    if ((cfCode === 1019 || cfCode === 1042) && proxied)
      return upstreamDiagnosis(
        obs,
        'proxy_loop_detected',
        `${where}: Cloudflare refused the subrequest (error ${cfCode}): the server URL points back at this zone or gateway`,
      );
    return {
      layer: 'edge',
      code: cfCode === 1042 ? 'worker_not_served' : `edge_error_${cfCode ?? 'unknown'}`,
      message: `${where}: Cloudflare answered ${status} error code ${cfCode ?? '?'} (${result.headers?.['cf-error-type'] ?? 'edge error'}) before the gateway ran`,
      fix: "The edge did not run the gateway for this URL: check the Worker's routes and that the deploy finished.",
    };
  }
  const edgeType = typeOfEdgeStatus(status, result.body);
  if (edgeType && proxied)
    return upstreamDiagnosis(obs, edgeType, `${where}: Cloudflare answered ${status} for the upstream leg`);

  if (!marker && obs.controlPassed && status === 404) {
    return {
      layer: 'edge',
      code: 'route_not_bound',
      message: `${where}: 404 without the gateway's marker: this URL does not reach the gateway Worker`,
      fix: 'Bind the route (or custom domain) to this Worker, or fix the `url` input.',
    };
  }

  if (marker || event) {
    if (isNoMatch(result)) {
      return {
        layer: 'routing',
        code: 'route_not_deployed',
        category: 'client',
        message: `${where}: the deployed gateway has no route for it (404 "No match found.")${lines.some((l) => /No matching path/.test(l)) ? '; its log says "No matching path found for request"' : ''}, but the repo's config does`,
        fix: 'The deployed config is not this one: check which config the Worker serves (SAG_API_CONFIG_JSON var, then the CONFIG KV key api-config.json, then the bundled file) and publish this route there.',
      };
    }
    const code = bodyCode(result);
    if (status === 500 && code && ['MISSING_JWT_SECRET', 'SUPABASE_ENV_MISSING', 'AUTH_CONFIG_ERROR'].includes(code)) {
      const secret = obs.authorizerSecret;
      return {
        layer: code === 'AUTH_CONFIG_ERROR' ? 'auth' : 'binding',
        code: code === 'AUTH_CONFIG_ERROR' ? 'authorizer_misconfigured' : 'secret_missing',
        category: 'client',
        message: `${where}: the gateway answered 500 ${code}: ${secret ? `the secret ${secret} the authorizer reads is not set on the deployed Worker` : 'the authorizer is not configured on the deployed Worker'}`,
        fix: secret
          ? `Set it: \`wrangler secret put ${secret}\`${'' /* env flag added by the stage */} or list it in the \`secrets\` input.`
          : 'Fix the authorizer settings and the secrets they reference.',
      };
    }
    if (status === 401 && probe.withToken) {
      const why = (result.json as { error?: string } | undefined)?.error ?? 'unauthorized';
      const message = `${where}: the gateway refused the auth-token: ${why}${code ? ` [${code}]` : ''}`;
      const fix = rejectedTokenFix(code, obs.authorizer);
      return { layer: 'auth', code: 'auth_rejected', category: 'client', message, fix };
    }
    if (probe.expect.authChallenge && status !== 401) {
      if (status < 400)
        return {
          layer: 'auth',
          code: 'auth_not_enforced',
          category: 'client',
          message: `${where}: answered ${status} without a token, but the route has "auth": true`,
          fix: 'The deployed gateway does not check tokens on this route: check that the authorizer is configured and deployed.',
        };
    }
    if (code && /^(AUTH0|SUPABASE)_/.test(code)) return providerDiagnosis(obs, code, status);
    if (status === 500 && lines.some((l) => /Error loading API configuration/.test(l))) {
      return {
        layer: 'binding',
        code: 'config_load_failed',
        category: 'client',
        message: `${where}: the gateway could not load its config ("Error loading API configuration")`,
        fix: 'The config the Worker loads is broken: check SAG_API_CONFIG_JSON and the CONFIG KV value (preflight compares them).',
      };
    }
    if (status >= 500) {
      const logged = lines.find((l) => /\[ERROR\]/.test(l));
      if (logged && /Cannot build the upstream request|Invalid URL/i.test(logged)) {
        return {
          layer: 'binding',
          code: 'server_url_invalid',
          category: 'client',
          message: `${where}: the server URL the Worker uses is not a URL${obs.server ? ` (${obs.server.written}${obs.server.resolved !== undefined ? ` = "${obs.server.resolved}"` : ''})` : ''}`,
          fix: 'Set the variable the server URL references for this environment (an unset $env reference becomes "").',
        };
      }
      if (proxied && logged && (looksLikeNetworkFailure(logged) || obs.upstream?.type)) {
        const type = obs.upstream?.type ?? typeOfWorkerException(logged) ?? 'destination_unavailable';
        return upstreamDiagnosis(
          obs,
          type,
          `${where}: the gateway caught the upstream failure and answered ${status} (${truncate(logged, 160)})`,
        );
      }
      if (proxied && !logged) {
        if (obs.upstream?.type) return upstreamDiagnosis(obs, obs.upstream.type, `${where}: answered ${status}`);
        return upstreamDiagnosis(
          obs,
          status === 503 ? 'destination_unavailable' : 'upstream_http_error',
          `${where}: the upstream answered ${status} and the gateway passed it through${event ? ' (the Worker logged no error)' : ''}`,
        );
      }
      return {
        layer: 'gateway',
        code: 'gateway_internal_error',
        message: `${where}: the gateway answered ${status}${logged ? `; it logged ${truncate(logged, 200)}` : ''}${exception ? ` (${exception})` : ''}`,
        fix: 'A defect in the gateway or its config for this route: reproduce it with the local E2E tests (`RUN_LOCAL_WORKER_E2E=true`).',
      };
    }
  }
  if (!marker && obs.controlPassed && probe.route) {
    return {
      layer: 'edge',
      code: 'not_this_worker',
      message: `${where}: answered ${status} without the gateway's marker header`,
      fix: "Something else answers this URL: check the Worker's routes and the `url` input.",
    };
  }
  const layer: Layer = probe.route?.kind === 'static' ? 'gateway' : proxied ? 'upstream' : 'gateway';
  return {
    layer,
    code: 'unexpected_response',
    category: proxied ? ('bad_upstream' as const) : undefined,
    message: `${where}: ${problems.join('; ')}`,
    fix:
      probe.route?.kind === 'static'
        ? "The deployed gateway answers this static route differently from the repo's config: the deployed config is not this one."
        : "Compare the answer with the smoke spec's expectation for this probe.",
  };
}

function upstreamDiagnosis(
  obs: Observation,
  type: ProxyErrorType | string,
  message: string,
  gatewayNote?: GatewayNote,
): ProbeDiagnosis {
  const check = obs.upstream;
  const server = obs.server;
  const target = server?.resolved ?? server?.written ?? 'the upstream';
  let seen = '';
  if (check?.type) seen = ` From the runner, ${check.detail}.`;
  else if (check?.step === 'answered') seen = runnerAnswered(target, check);
  const at = server?.location ? ` (${server.location.file}:${server.location.line})` : '';
  return {
    layer: 'upstream',
    code: type,
    category: categoryOf(type, {
      nxdomain: check?.nxdomain === true || (type === 'dns_error' && check?.nxdomain !== false),
    }),
    message: `${message}.${seen}`,
    fix: `${UPSTREAM_FIX[type] ?? 'The upstream failed: check the backend and the server URL.'} Server: ${target}${at}.`,
    gatewayNote,
  };
}

/** What the runner saw of an upstream that answered: agreeing with the Worker, or not. */
function runnerAnswered(target: string, check: UpstreamCheck): string {
  if ((check.status ?? 0) >= 500) return ` From the runner too, ${target} ${check.detail}: the backend itself fails.`;
  return ` From the runner, ${target} ${check.detail}, so only the Worker's path to it fails.`;
}

/**
 * The gateway's auth0/supabase integrations answer with the provider's failure in the body code:
 * AUTH0_NETWORK_ERROR (502, the provider unreachable), AUTH0_UPSTREAM_ERROR (the provider's own
 * error status), AUTH0_ERROR (500, its answer unusable), SUPABASE_*. Never the gateway's defect.
 */
function providerDiagnosis(obs: Observation, code: string, status: number): ProbeDiagnosis {
  const where = `${obs.probe.method} ${obs.probe.path}`;
  const provider = obs.provider;
  const name = provider?.name ?? (code.startsWith('SUPABASE') ? 'Supabase' : 'Auth0');
  const domain = provider?.domain ?? provider?.written;
  const at = provider?.location ? ` (${provider.location.file}:${provider.location.line})` : '';
  const from = provider?.written && provider.written !== domain ? `, from ${provider.written}` : '';
  const set = domain ? `${domain}${from}${at}` : `the authorizer's domain${at}`;
  const unreachable = /NETWORK/.test(code);
  const failed = unreachable ? 'could not be reached' : 'failed';
  const who = `the identity provider ${name}${domain ? ` at ${domain}` : ''}`;
  const todo = unreachable
    ? "fix the domain if it is wrong, else check the provider's status"
    : "read the provider's error in `wrangler tail` (client id, secret, redirect URI)";
  return {
    layer: 'auth',
    code: 'identity_provider_error',
    category: 'bad_upstream',
    message: `${where}: ${who} ${failed}: the gateway answered ${status} ${code}`,
    fix: `Check that ${name} answers at ${set}: ${todo}.`,
  };
}

/** A refused smoke token: what to compare depends on how the authorizer checks signatures. */
function rejectedTokenFix(code: string | undefined, authorizer: AuthorizerInfo | undefined): string {
  if (code === 'ERR_JWT_EXPIRED' || code === 'JWT_EXPIRED') {
    return 'The auth-token has expired: mint a fresh one for the smoke test.';
  }
  if (authorizer?.keys) {
    const fetched = authorizer.keys === 'jwks_uri';
    const uri = authorizer.jwksUri ?? "the authorizer's jwks_uri";
    const keys = fetched ? `the keys at ${uri}` : "the keys in the authorizer's `jwks`";
    const fetchFailed = ' "JWT verification failed" also means the JWKS could not be fetched.';
    const issuer = authorizer.issuer ?? 'https://<domain>/';
    const mint = `with the issuer ${issuer}: mint the smoke token from the identity provider.`;
    return `The token must be signed by one of ${keys}, ${mint}${fetched && code === 'AUTH_ERROR' ? fetchFailed : ''}`;
  }
  const secret = authorizer?.type === 'supabase' ? 'the Supabase JWT secret (`jwt_secret`)' : "the Worker's JWT secret";
  if (code === 'AUTH_ERROR') {
    const what = '"JWT verification failed" also means an empty or wrong secret on the Worker';
    return `${what}: check ${secret} against the token's signer.`;
  }
  const disagree = 'The token and the authorizer disagree (signature, audience, issuer)';
  return `${disagree}: sign the smoke token with ${secret} and the configured aud/iss.`;
}

const UPSTREAM_FIX: Record<string, string> = {
  connection_refused: "Nothing listens at the upstream's address: start the backend or fix the port in the server URL.",
  connection_terminated:
    "The upstream closed the connection before answering: check the backend's logs and its TLS/HTTP settings.",
  connection_timeout:
    'The upstream does not accept connections in time: check that it is reachable from Cloudflare (firewall, allowlist).',
  // RFC 9209 / Workers VPC: a read timeout is the deployer's to act on (which URL, which timeout).
  connection_read_timeout:
    'The server URL accepts connections but sends no response within the timeout: check that it points at the right ' +
    'service and port; if this route is slow by design, raise `timeout` in the smoke spec.',
  http_response_incomplete:
    'The upstream sent part of a response and then broke off: check the backend for crashes mid-response.',
  dns_error: "The server URL's hostname does not resolve: fix the hostname (or its DNS record).",
  dns_timeout: "The upstream's DNS did not answer in time: check its name servers.",
  tls_certificate_error:
    "The upstream's certificate is not valid for its hostname (self-signed, expired or another name): install a valid certificate.",
  tls_protocol_error: 'TLS with the upstream failed: check its TLS versions and ciphers.',
  destination_unavailable: "The upstream is unavailable: check the backend's health.",
  destination_ip_unroutable:
    "The upstream's address is not routable from Cloudflare: use a public address or a tunnel.",
  proxy_loop_detected: 'The server URL leads back to this gateway: point it at the real backend.',
  upstream_http_error: 'The backend answered with a server error: check its logs for this request.',
};

function evidenceOf(obs: Observation, problems: string[]): Record<string, unknown> {
  const { result, event } = obs;
  const headers = result.headers ?? {};
  const keep = ['server', 'cf-ray', 'cf-error-type', 'content-type', 'x-powered-by', 'proxy-status'];
  return {
    request: `${obs.probe.method} ${obs.probe.path}`,
    unmet: problems,
    status: result.status,
    headers: result.headers
      ? Object.fromEntries(keep.filter((k) => headers[k] !== undefined).map((k) => [k, headers[k]]))
      : undefined,
    body: result.body ? truncate(result.body, 300) : undefined,
    error: result.error?.chain
      .map((l) => (l.code ? `${l.name} ${l.code}: ${l.message}` : `${l.name}: ${l.message}`))
      .slice(0, 4),
    timedOut: result.error?.timedOut,
    durationMs: result.durationMs,
    logs: obs.logsAvailable
      ? event
        ? {
            outcome: event.outcome,
            version: event.scriptVersion?.id,
            lines: logLines(event)
              .map((l) => truncate(l, 300))
              .slice(0, 10),
            exceptions: (event.exceptions ?? []).map((e) => `${e.name ?? 'Error'}: ${e.message ?? ''}`),
          }
        : 'no event for this probe'
      : 'not collected',
    controlRoute:
      obs.controlPassed === undefined ? undefined : obs.controlPassed ? 'answered as configured' : 'failed too',
    upstreamCheck: obs.upstream && { url: obs.upstream.url, step: obs.upstream.step, detail: obs.upstream.detail },
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One finding per failing probe, on its route's line. */
export function probeFinding(obs: Observation, verdict: Extract<Verdict, { passed: false }>): Finding {
  const location = obs.probe.route?.location;
  return {
    stage: 'smoke',
    layer: verdict.diagnosis.layer,
    code: verdict.diagnosis.code,
    category: verdict.diagnosis.category || undefined,
    severity: 'error',
    message: verdict.diagnosis.message,
    fix: verdict.diagnosis.fix,
    location,
    evidence: verdict.evidence,
  };
}
