// A probe's verdict: did the response meet the expectation, and if not, which layer failed
// (smoke/probe-diagnosis.ts decides that from the evidence). Pure: observations in, a verdict out.
import { ownerOf, type Category, type Finding, type Layer, type Location } from '../findings.js';
import type { ProbeResult } from './http-probe.js';
import type { Expectation, Probe } from './probe-plan.js';
import type { SecretReference } from './gateway-facts.js';
import { diagnoseProbe, hasMarker, isNoMatch } from './probe-diagnosis.js';
import { answeredRoute, sameRoute } from './route-identity.js';
import { describeExpected, PRESENT } from './static-response.js';
import { logLines, type TailEvent } from './tail-session.js';
import type { UpstreamCheck } from './upstream-check.js';

export { GATEWAY_MARKER } from './probe-diagnosis.js';

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
  /** The `$secret.X` this route reads that the deployed version binds under no name (read from the API). */
  missingSecrets?: SecretReference[];
  /** The deployed version those bindings are of. */
  versionId?: string;
}

export interface ProbeDiagnosis {
  layer: Layer;
  code: string;
  category?: Category;
  message: string;
  fix: string;
  /** What failing probes share and where a person fixes it: one error there, a warning per route. */
  cause?: { key: string; label: string; location: Location };
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
