// Which layer failed, decided from one probe's evidence: the probe's own error, the response
// (status, gateway marker, body code, Cloudflare error page, Proxy-Status) and the Worker's logs
// for that probe, with a static control route and a direct look at the upstream to break ties.
// Each decision is a small pure function that answers for one kind of failure or passes
// (undefined); `diagnoseProbe` asks them in order, from the transport up to the gateway's answer.
import type { Layer } from '../findings.js';
import {
  UNAWAITED_UPSTREAM_FETCH,
  type AuthorizerInfo,
  type GatewayNote,
  type Observation,
  type ProbeDiagnosis,
} from './classify.js';
import type { ProbeResult } from './http-probe.js';
import {
  categoryOf,
  looksLikeNetworkFailure,
  parseProxyStatus,
  typeOfEdgeStatus,
  typeOfWorkerException,
  type ProxyErrorType,
} from './proxy-status.js';
import { logLines } from './tail-session.js';
import type { UpstreamCheck } from './upstream-check.js';
import { describePosition, describeThrown, thrownError, type ThrownError } from './worker-exception.js';

export const GATEWAY_MARKER = 'serverlessapigateway';

export const hasMarker = (r: ProbeResult): boolean => (r.headers?.['x-powered-by'] ?? '').includes(GATEWAY_MARKER);
const bodyCode = (r: ProbeResult): string | undefined => {
  const json = r.json as { code?: unknown } | undefined;
  return typeof json?.code === 'string' ? json.code : undefined;
};
export const isNoMatch = (r: ProbeResult): boolean =>
  r.status === 404 && (r.json as { message?: unknown } | undefined)?.message === 'No match found.';
const cfErrorCode = (r: ProbeResult): number | undefined => {
  const m = /^error code: (\d+)/.exec((r.body ?? '').trim());
  return m ? Number(m[1]) : undefined;
};

/** What every decision reads: the observation and what is derived from it once. */
interface Probed {
  obs: Observation;
  /** `GET /users/1`: how each message starts. */
  where: string;
  proxied: boolean;
  /** The Worker's log lines for this probe. */
  lines: string[];
  /** The first exception the Worker's trace event reports. */
  exception?: string;
}

type ProbeError = NonNullable<ProbeResult['error']>;
type Decision = (seen: Probed) => ProbeDiagnosis | undefined;

/** The failing probe's diagnosis: the first decision that recognises the failure. */
export function diagnoseProbe(obs: Observation, problems: string[]): ProbeDiagnosis {
  const { probe, result, event } = obs;
  const seen: Probed = {
    obs,
    where: `${probe.method} ${probe.path}`,
    proxied: probe.route?.kind === 'proxy',
    lines: logLines(event),
    exception: event?.exceptions?.[0]?.message,
  };
  if (result.error?.phase === 'headers') return noResponse(seen, result.error);
  if (result.error?.phase === 'body') return brokenBody(seen);
  const decisions: Decision[] = [proxyStatusError, cloudflareErrorPage, upstreamLegStatus, routeNotBound];
  if (hasMarker(result) || event) decisions.push(gatewayAnswer);
  decisions.push(notThisWorker);
  for (const decide of decisions) {
    const diagnosis = decide(seen);
    if (diagnosis) return diagnosis;
  }
  return unexpectedResponse(seen, problems);
}

/** No response headers: a stall behind the Worker, an address that does not answer, or the probe's own failure. */
function noResponse(seen: Probed, error: ProbeError): ProbeDiagnosis {
  return (
    stalledBehindWorker(seen, error) ??
    addressUnreachable(seen, error) ??
    (error.timedOut ? workerTimeout(seen) : probeFailed(seen, error))
  );
}

/** A timeout says nothing about where it stalled; a control route that answered says the Worker runs. */
function stalledBehindWorker(seen: Probed, error: ProbeError): ProbeDiagnosis | undefined {
  const { obs, where } = seen;
  if (!error.timedOut || obs.controlPassed === false) return undefined;
  if (seen.proxied) {
    const type: ProxyErrorType = obs.upstream?.type ?? 'connection_read_timeout';
    return upstreamDiagnosis(
      obs,
      type,
      `${where}: no answer within the probe timeout while the control route answered: ` +
        'the gateway is waiting on the upstream',
    );
  }
  return {
    layer: 'gateway',
    code: 'gateway_timeout',
    message: `${where}: no answer within the probe timeout, while the control route answered`,
    fix:
      'The Worker does not answer this route: check `wrangler tail` for a handler that never resolves ' +
      '(an un-awaited promise, a loop).',
  };
}

/** The connection to the gateway's own address failed before anything was sent. */
function addressUnreachable(seen: Probed, error: ProbeError): ProbeDiagnosis | undefined {
  const net = error.network;
  if (!net || net.afterConnect) return undefined;
  const code =
    net.type === 'dns_error' || net.type === 'dns_timeout'
      ? 'worker_host_not_found'
      : net.type.startsWith('tls_')
        ? 'edge_tls_error'
        : 'worker_unreachable';
  return {
    layer: 'edge',
    code,
    message:
      `${seen.where}: the gateway's own address did not answer (${net.code}): ` +
      'the request never reached the Worker',
    fix:
      code === 'worker_host_not_found'
        ? 'The hostname does not resolve: check the `url` input, that workers_dev is on (or the route/custom ' +
          'domain exists); a new workers.dev subdomain takes a few minutes.'
        : code === 'edge_tls_error'
          ? 'TLS to the gateway failed: a new workers.dev subdomain or custom domain gets its certificate within ' +
            "minutes; otherwise check the domain's SSL settings."
          : 'Nothing answers at the deployment URL: check the `url` input and that the deploy published the ' +
            'Worker there.',
  };
}

function workerTimeout(seen: Probed): ProbeDiagnosis {
  return {
    layer: 'edge',
    code: 'worker_timeout',
    message: `${seen.where}: no answer within the probe timeout, and the control route failed too`,
    fix:
      'Neither the control route nor this one answered: check that the URL reaches the Worker and that its ' +
      'fetch handler returns.',
  };
}

function probeFailed(seen: Probed, error: ProbeError): ProbeDiagnosis {
  return {
    layer: 'probe',
    code: 'probe_failed',
    message: `${seen.where}: the probe itself failed: ${error.chain.map((l) => l.code ?? l.message).join(' ← ')}`,
    fix: "Check the `url` input and the smoke spec's headers for this probe.",
  };
}

/** The response broke off mid-body: the upstream's doing on a proxied route, else the Worker's stream. */
function brokenBody(seen: Probed): ProbeDiagnosis {
  const { obs, where } = seen;
  if (seen.proxied) {
    const outcome = obs.event?.outcome ? ` (Worker outcome: ${obs.event.outcome})` : '';
    return upstreamDiagnosis(
      obs,
      'http_response_incomplete',
      `${where}: the response (status ${obs.result.status}) broke off mid-body${outcome}: ` +
        'the upstream closed the connection while sending it',
    );
  }
  return {
    layer: 'gateway',
    code: 'response_incomplete',
    message: `${where}: the response broke off mid-body`,
    fix: "The Worker's response stream failed: check `wrangler tail` for the error.",
  };
}

/** A proxy on the way reported its failure (RFC 9209 Proxy-Status): the upstream leg, by its own words. */
function proxyStatusError(seen: Probed): ProbeDiagnosis | undefined {
  const proxyError = parseProxyStatus(seen.obs.result.headers?.['proxy-status']).find((e) => e.error);
  if (!proxyError) return undefined;
  const type = proxyError.error as ProxyErrorType;
  const details = proxyError.details ? ` (${proxyError.details})` : '';
  return upstreamDiagnosis(
    seen.obs,
    type,
    `${seen.where}: ${proxyError.proxy} reports Proxy-Status error=${type}${details}`,
  );
}

/** Cloudflare answered with its own error page (`error code: N`), not the gateway. */
function cloudflareErrorPage(seen: Probed): ProbeDiagnosis | undefined {
  const { result } = seen.obs;
  const cfCode = cfErrorCode(result);
  const errorType = result.headers?.['cf-error-type'];
  if (hasMarker(result) || (cfCode === undefined && !errorType)) return undefined;
  if (cfCode === 1101 || errorType === 'worker-exception') return escapedUpstreamFailure(seen) ?? workerThrew(seen);
  if (cfCode === 1102) return exceededResources(seen);
  if (cfCode === 1015) return edgeRateLimited(seen);
  if ((cfCode === 1019 || cfCode === 1042) && seen.proxied)
    return upstreamDiagnosis(
      seen.obs,
      'proxy_loop_detected',
      `${seen.where}: Cloudflare refused the subrequest (error ${cfCode}): ` +
        'the server URL points back at this zone or gateway',
    );
  return {
    layer: 'edge',
    code: cfCode === 1042 ? 'worker_not_served' : `edge_error_${cfCode ?? 'unknown'}`,
    message:
      `${seen.where}: Cloudflare answered ${result.status} error code ${cfCode ?? '?'} ` +
      `(${errorType ?? 'edge error'}) before the gateway ran`,
    fix: "The edge did not run the gateway for this URL: check the Worker's routes and that the deploy finished.",
  };
}

/**
 * Error 1101 on a proxied route whose upstream fetch failed: the gateway returns the fetch without
 * awaiting it, so the upstream's failure escapes as the Worker's exception.
 */
function escapedUpstreamFailure(seen: Probed): ProbeDiagnosis | undefined {
  const { obs, where, exception, proxied } = seen;
  const matchedProxy =
    seen.lines.some((l) => /Found matching path configuration/.test(l) && /http_proxy|"http"/.test(l)) ||
    (proxied && !obs.event);
  const network = exception ? looksLikeNetworkFailure(exception) : false;
  if (!(proxied && matchedProxy && (network || obs.upstream?.type !== undefined || !exception))) return undefined;
  const type =
    obs.upstream?.type ?? (exception ? typeOfWorkerException(exception) : undefined) ?? 'destination_unavailable';
  return upstreamDiagnosis(
    obs,
    type,
    `${where}: the upstream request failed${exception ? ` ("${exception}")` : ''} and the error escaped the ` +
      'gateway: Cloudflare answered 500 error code 1101 (Worker threw)',
    UNAWAITED_UPSTREAM_FETCH,
  );
}

/** Error 1101 otherwise: the Worker itself threw. */
function workerThrew(seen: Probed): ProbeDiagnosis {
  const thrown = seen.obs.event?.exceptions?.[0];
  const what = thrown?.message ? `${thrown.name ? `${thrown.name}: ` : ''}${thrown.message}` : undefined;
  const position = thrown?.message ? thrownError(seen.obs.event)?.at : undefined;
  return {
    layer: 'gateway',
    code: 'worker_exception',
    message:
      `${seen.where}: the Worker threw${what ? ` ${what}` : ''} (Cloudflare error 1101, no gateway response)` +
      `${position ? `, ${describePosition(position)}` : ''}`,
    fix: 'Read the stack in `wrangler tail` or the local E2E run; the gateway must catch errors and answer 500 itself.',
  };
}

/**
 * A 401, 403 or 5xx while the Worker's logs show it threw (uncaught, or an engine error it caught
 * and logged): the code failed, not the token or the config, whatever status the gateway chose.
 */
function threwWhileAnswering(seen: Probed): ProbeDiagnosis | undefined {
  const status = seen.obs.result.status!;
  if (status !== 401 && status !== 403 && status < 500) return undefined;
  // The provider's failure and a config that does not load have diagnoses of their own.
  if (identityProviderFailure(seen) || configLoadFailed(seen)) return undefined;
  const thrown = thrownError(seen.obs.event);
  if (!thrown) return undefined;
  const how = thrown.how === 'uncaught' ? 'threw' : 'threw (and logged)';
  return {
    layer: 'gateway',
    code: 'worker_exception',
    message:
      `${seen.where}: the Worker ${how} ${describeThrown(thrown)} and answered ${status}` +
      `${status === 401 || status === 403 ? ': the token was never checked' : ''}; ${describePosition(thrown.at)}`,
    fix: thrownFix(thrown),
  };
}

function thrownFix(thrown: ThrownError): string {
  const at = thrown.at && !thrown.at.bundled ? ` at ${thrown.at.file}:${thrown.at.line}` : '';
  const map =
    thrown.at && !thrown.at.bundled
      ? ''
      : ' To see the source line, upload source maps (`upload_source_maps = true`; wrangler 4.150 and newer do ' +
        'unless it is false) and log the error itself, not only its message.';
  return (
    `Fix the code that throws${at}: a ${thrown.name} is a defect (an API this compatibility_date lacks, a library ` +
    'newer than the runtime), not a bad token; reproduce it with the local E2E tests or `wrangler dev`.' +
    map
  );
}

function exceededResources(seen: Probed): ProbeDiagnosis {
  const outcome = seen.obs.event?.outcome ? `, outcome ${seen.obs.event.outcome}` : '';
  return {
    layer: 'gateway',
    code: 'exceeded_resources',
    message: `${seen.where}: the Worker exceeded its CPU or memory limit (Cloudflare error 1102${outcome})`,
    fix: 'Profile the route: a large config parsed per request or an unbounded loop exceeds the CPU limit.',
  };
}

function edgeRateLimited(seen: Probed): ProbeDiagnosis {
  return {
    layer: 'edge',
    code: 'edge_rate_limited',
    category: 'client',
    message: `${seen.where}: Cloudflare rate-limited the probe (error 1015)`,
    fix:
      "A rate-limiting rule blocks the runner: allow the smoke test's requests (header x-gate-run) or lower the " +
      'probe concurrency in the smoke spec.',
  };
}

/** Cloudflare's own status for the upstream leg of a proxied route (a 52x). */
function upstreamLegStatus(seen: Probed): ProbeDiagnosis | undefined {
  const { status, body } = seen.obs.result;
  const edgeType = typeOfEdgeStatus(status!, body);
  if (!edgeType || !seen.proxied) return undefined;
  return upstreamDiagnosis(seen.obs, edgeType, `${seen.where}: Cloudflare answered ${status} for the upstream leg`);
}

/** A 404 without the gateway's marker while the control route answered: this URL reaches another thing. */
function routeNotBound(seen: Probed): ProbeDiagnosis | undefined {
  const { obs } = seen;
  if (hasMarker(obs.result) || !obs.controlPassed || obs.result.status !== 404) return undefined;
  return {
    layer: 'edge',
    code: 'route_not_bound',
    message: `${seen.where}: 404 without the gateway's marker: this URL does not reach the gateway Worker`,
    fix: 'Bind the route (or custom domain) to this Worker, or fix the `url` input.',
  };
}

/** The gateway answered (its marker, or its own trace event): what its answer and its log say. */
function gatewayAnswer(seen: Probed): ProbeDiagnosis | undefined {
  const decisions: Decision[] = [
    noRouteDeployed,
    // The provider's own error in the answer is surer than a secret the flow would also read.
    identityProviderFailure,
    secretNotOnVersion,
    authorizerUnconfigured,
    threwWhileAnswering,
    tokenRefused,
    authNotEnforced,
    configLoadFailed,
    serverError,
  ];
  for (const decide of decisions) {
    const diagnosis = decide(seen);
    if (diagnosis) return diagnosis;
  }
  return undefined;
}

/** The gateway's "No match found.": the deployed config lacks a route the repo's config has. */
function noRouteDeployed(seen: Probed): ProbeDiagnosis | undefined {
  if (!isNoMatch(seen.obs.result)) return undefined;
  const logged = seen.lines.some((l) => /No matching path/.test(l))
    ? '; its log says "No matching path found for request"'
    : '';
  return {
    layer: 'routing',
    code: 'route_not_deployed',
    category: 'client',
    message:
      `${seen.where}: the deployed gateway has no route for it (404 "No match found.")${logged}, ` +
      "but the repo's config does",
    fix:
      'The deployed config is not this one: check which config the Worker serves (SAG_API_CONFIG_JSON var, then ' +
      'the CONFIG KV key api-config.json, then the bundled file) and publish this route there.',
  };
}

/**
 * A refusal or error from a route that reads a `$secret.X` the deployed version does not bind (the
 * API's list of its bindings, vars included: a var answers the reference too). The gateway turns
 * the missing secret into "", so a token check fails or the config breaks: the secret is the cause.
 */
function secretNotOnVersion(seen: Probed): ProbeDiagnosis | undefined {
  const { obs } = seen;
  const missing = obs.missingSecrets?.[0];
  if (!missing || obs.result.status! < 400) return undefined;
  const at = missing.location ? ` (${missing.location.file}:${missing.location.line})` : '';
  return {
    layer: 'binding',
    code: 'secret_missing',
    category: 'client',
    message:
      `${seen.where}: the deployed version${obs.versionId ? ` ${obs.versionId}` : ''} has no secret ${missing.name}, ` +
      'which this route ' +
      `reads as ${missing.raw}${at}: it is "" at runtime, so the gateway answered ${obs.result.status}`,
    fix: `Set it: \`wrangler secret put ${missing.name}\` or list it in the \`secrets\` input.`,
    cause: missing.location && {
      key: `secret ${missing.name}`,
      label: `the secret ${missing.name} the deployed version lacks`,
      location: missing.location,
    },
  };
}

const AUTHORIZER_CONFIG_CODES = ['MISSING_JWT_SECRET', 'SUPABASE_ENV_MISSING', 'AUTH_CONFIG_ERROR'];

/** A 500 whose body code says the authorizer lacks its secret or settings on the deployed Worker. */
function authorizerUnconfigured(seen: Probed): ProbeDiagnosis | undefined {
  const { result, authorizerSecret: secret } = seen.obs;
  const code = bodyCode(result);
  if (result.status !== 500 || !code || !AUTHORIZER_CONFIG_CODES.includes(code)) return undefined;
  const what = secret
    ? `the secret ${secret} the authorizer reads is not set on the deployed Worker`
    : 'the authorizer is not configured on the deployed Worker';
  return {
    layer: code === 'AUTH_CONFIG_ERROR' ? 'auth' : 'binding',
    code: code === 'AUTH_CONFIG_ERROR' ? 'authorizer_misconfigured' : 'secret_missing',
    category: 'client',
    message: `${seen.where}: the gateway answered 500 ${code}: ${what}`,
    fix: secret
      ? // The stage adds `--env` to the command when the Worker's config names an environment.
        `Set it: \`wrangler secret put ${secret}\` or list it in the \`secrets\` input.`
      : 'Fix the authorizer settings and the secrets they reference.',
  };
}

/** 401 to a probe that carried the auth-token: the gateway refused the token. */
function tokenRefused(seen: Probed): ProbeDiagnosis | undefined {
  const { probe, result, authorizer } = seen.obs;
  if (result.status !== 401 || !probe.withToken) return undefined;
  const code = bodyCode(result);
  const why = (result.json as { error?: string } | undefined)?.error ?? 'unauthorized';
  const message = `${seen.where}: the gateway refused the auth-token: ${why}${code ? ` [${code}]` : ''}`;
  return { layer: 'auth', code: 'auth_rejected', category: 'client', message, fix: rejectedTokenFix(code, authorizer) };
}

/** A route with `"auth": true` answered a request without a token with success. */
function authNotEnforced(seen: Probed): ProbeDiagnosis | undefined {
  const { probe, result } = seen.obs;
  const status = result.status!;
  if (!probe.expect.authChallenge || status === 401 || status >= 400) return undefined;
  return {
    layer: 'auth',
    code: 'auth_not_enforced',
    category: 'client',
    message: `${seen.where}: answered ${status} without a token, but the route has "auth": true`,
    fix:
      'The deployed gateway does not check tokens on this route: check that the authorizer is configured and ' +
      'deployed.',
  };
}

function identityProviderFailure(seen: Probed): ProbeDiagnosis | undefined {
  const code = bodyCode(seen.obs.result);
  return code && /^(AUTH0|SUPABASE)_/.test(code)
    ? providerDiagnosis(seen.obs, code, seen.obs.result.status!)
    : undefined;
}

function configLoadFailed(seen: Probed): ProbeDiagnosis | undefined {
  if (seen.obs.result.status !== 500 || !seen.lines.some((l) => /Error loading API configuration/.test(l)))
    return undefined;
  return {
    layer: 'binding',
    code: 'config_load_failed',
    category: 'client',
    message: `${seen.where}: the gateway could not load its config ("Error loading API configuration")`,
    fix:
      'The config the Worker loads is broken: check SAG_API_CONFIG_JSON and the CONFIG KV value (preflight ' +
      'compares them).',
  };
}

/** A 5xx the gateway answered itself: what it logged tells the server URL, the upstream or its own defect apart. */
function serverError(seen: Probed): ProbeDiagnosis | undefined {
  if (seen.obs.result.status! < 500) return undefined;
  const logged = seen.lines.find((l) => /\[ERROR\]/.test(l));
  return (
    serverUrlInvalid(seen, logged) ??
    caughtUpstreamFailure(seen, logged) ??
    passedThroughUpstream(seen, logged) ??
    gatewayInternalError(seen, logged)
  );
}

function serverUrlInvalid(seen: Probed, logged: string | undefined): ProbeDiagnosis | undefined {
  if (!logged || !/Cannot build the upstream request|Invalid URL/i.test(logged)) return undefined;
  const server = seen.obs.server;
  const resolved = server?.resolved !== undefined ? ` = "${server.resolved}"` : '';
  return {
    layer: 'binding',
    code: 'server_url_invalid',
    category: 'client',
    message:
      `${seen.where}: the server URL the Worker uses is not a URL` +
      `${server ? ` (${server.written}${resolved})` : ''}`,
    fix: 'Set the variable the server URL references for this environment (an unset $env reference becomes "").',
  };
}

function caughtUpstreamFailure(seen: Probed, logged: string | undefined): ProbeDiagnosis | undefined {
  const { obs } = seen;
  if (!seen.proxied || !logged || !(looksLikeNetworkFailure(logged) || obs.upstream?.type)) return undefined;
  const type = obs.upstream?.type ?? typeOfWorkerException(logged) ?? 'destination_unavailable';
  return upstreamDiagnosis(
    obs,
    type,
    `${seen.where}: the gateway caught the upstream failure and answered ${obs.result.status} ` +
      `(${truncate(logged, 160)})`,
  );
}

/** A proxied route's 5xx with nothing logged: the upstream's own answer, passed through. */
function passedThroughUpstream(seen: Probed, logged: string | undefined): ProbeDiagnosis | undefined {
  const { obs, where } = seen;
  if (!seen.proxied || logged) return undefined;
  const status = obs.result.status!;
  if (obs.upstream?.type) return upstreamDiagnosis(obs, obs.upstream.type, `${where}: answered ${status}`);
  return upstreamDiagnosis(
    obs,
    status === 503 ? 'destination_unavailable' : 'upstream_http_error',
    `${where}: the upstream answered ${status} and the gateway passed it through` +
      `${obs.event ? ' (the Worker logged no error)' : ''}`,
  );
}

function gatewayInternalError(seen: Probed, logged: string | undefined): ProbeDiagnosis {
  const said = logged ? `; it logged ${truncate(logged, 200)}` : '';
  return {
    layer: 'gateway',
    code: 'gateway_internal_error',
    message:
      `${seen.where}: the gateway answered ${seen.obs.result.status}${said}` +
      `${seen.exception ? ` (${seen.exception})` : ''}`,
    fix:
      'A defect in the gateway or its config for this route: reproduce it with the local E2E tests ' +
      '(`RUN_LOCAL_WORKER_E2E=true`).',
  };
}

/** An answer without the gateway's marker while the control route answered: something else serves this URL. */
function notThisWorker(seen: Probed): ProbeDiagnosis | undefined {
  const { obs } = seen;
  if (hasMarker(obs.result) || !obs.controlPassed || !obs.probe.route) return undefined;
  return {
    layer: 'edge',
    code: 'not_this_worker',
    message: `${seen.where}: answered ${obs.result.status} without the gateway's marker header`,
    fix: "Something else answers this URL: check the Worker's routes and the `url` input.",
  };
}

/** Nothing more specific: the expectation did not hold, said as it is. */
function unexpectedResponse(seen: Probed, problems: string[]): ProbeDiagnosis {
  const kind = seen.obs.probe.route?.kind;
  const layer: Layer = kind === 'static' ? 'gateway' : seen.proxied ? 'upstream' : 'gateway';
  return {
    layer,
    code: 'unexpected_response',
    category: seen.proxied ? ('bad_upstream' as const) : undefined,
    message: `${seen.where}: ${problems.join('; ')}`,
    fix:
      kind === 'static'
        ? "The deployed gateway answers this static route differently from the repo's config: the deployed config " +
          'is not this one.'
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
    fix:
      `${UPSTREAM_FIX[type] ?? 'The upstream failed: check the backend and the server URL.'} Server:` +
      ` ${target}${at}.`,
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
    'The upstream does not accept connections in time: check that it is reachable from Cloudflare ' +
    '(firewall, allowlist).',
  // RFC 9209 / Workers VPC: a read timeout is the deployer's to act on (which URL, which timeout).
  connection_read_timeout:
    'The server URL accepts connections but sends no response within the timeout: check that it points at the right ' +
    'service and port; if this route is slow by design, raise `timeout` in the smoke spec.',
  http_response_incomplete:
    'The upstream sent part of a response and then broke off: check the backend for crashes mid-response.',
  dns_error: "The server URL's hostname does not resolve: fix the hostname (or its DNS record).",
  dns_timeout: "The upstream's DNS did not answer in time: check its name servers.",
  tls_certificate_error:
    "The upstream's certificate is not valid for its hostname (self-signed, expired or another name): " +
    'install a valid certificate.',
  tls_protocol_error: 'TLS with the upstream failed: check its TLS versions and ciphers.',
  destination_unavailable: "The upstream is unavailable: check the backend's health.",
  destination_ip_unroutable:
    "The upstream's address is not routable from Cloudflare: use a public address or a tunnel.",
  proxy_loop_detected: 'The server URL leads back to this gateway: point it at the real backend.',
  upstream_http_error: 'The backend answered with a server error: check its logs for this request.',
};

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
