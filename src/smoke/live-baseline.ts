// What the live version answered before a direct deploy replaced it (issue 20, point 7): the
// deploy stage sends the smoke test's probe plan to the version that serves, before it changes
// anything, and keeps the answers in its record; the smoke stage then judges the new version
// against them with the differential smoke's verdicts. A failure the live version had too is
// preexisting (a warning), one it did not have is a regression. The plan is read and sent here; the rest is pure.
import { StageError } from '../errors.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { readGateway, type GatewayFacts } from './gateway-facts.js';
import { mapBounded, sendProbe, type ProbeResult } from './http-probe.js';
import { buildProbePlan, type ProbePlan } from './probe-plan.js';
import { liveRequest } from './probe-requests.js';
import { DEFAULT_SPEC, loadSmokeSpec, type SmokeSpec } from './smoke-spec.js';

/** The live version's answers, one per probe of the plan (by probe id). */
export interface LiveAnswers {
  url: string;
  /** The version that served them (the deployment's main version before the deploy). */
  versionId?: string;
  probes: Array<{ id: string; name: string; result: ProbeResult }>;
}

/** The deploy's record of the live smoke: the answers, or why there are none. */
export type LiveBaseline = LiveAnswers | { skipped: string };

/** The headers a verdict reads (the gateway's marker, Cloudflare's error, Proxy-Status, the body's type). */
const KEPT_HEADERS = ['x-powered-by', 'proxy-status', 'cf-error-type', 'content-type', 'server', 'cf-ray'];

/** Every probe of `plan` sent to the live deployment at `url`, `concurrency` at a time. */
export async function probeLive(
  config: Pick<GateConfig, 'authToken'>,
  spec: Pick<SmokeSpec, 'timeoutMs' | 'concurrency'>,
  plan: ProbePlan,
  target: { url: string; versionId?: string },
): Promise<LiveAnswers> {
  const results = await mapBounded(plan.probes, spec.concurrency, (probe) =>
    sendProbe(liveRequest({ config, spec }, target.url, probe)),
  );
  const probes = plan.probes.map((p, i) => ({ id: p.id, name: p.name, result: storedResult(results[i]!) }));
  return { url: target.url, versionId: target.versionId, probes };
}

/** What a verdict needs of an answer, small enough for the run directory (the JSON is parsed again). */
export function storedResult(result: ProbeResult): ProbeResult {
  const { status, body, error, durationMs, headers } = result;
  const rest: ProbeResult = { status, body, error, durationMs };
  if (!headers) return rest;
  const kept = Object.fromEntries(KEPT_HEADERS.filter((h) => headers[h] !== undefined).map((h) => [h, headers[h]!]));
  return { ...rest, headers: kept };
}

/**
 * The live answers in the plan's order, or why they cannot be compared: the smoke stage's plan must
 * be the one the deploy stage sent (the same config, spec and token), probe for probe.
 */
export function answersForPlan(
  answers: LiveAnswers,
  plan: ProbePlan,
): { ok: true; results: ProbeResult[] } | { ok: false; reason: string } {
  const byId = new Map(answers.probes.map((p) => [p.id, p]));
  const results: ProbeResult[] = [];
  for (const probe of plan.probes) {
    const stored = byId.get(probe.id);
    if (!stored || stored.name !== probe.name)
      return { ok: false, reason: `the live version was probed with another plan (${probe.name} is new)` };
    results.push(withJson(stored.result));
  }
  return { ok: true, results };
}

function withJson(result: ProbeResult): ProbeResult {
  if (result.body === undefined || !/json/i.test(result.headers?.['content-type'] ?? '')) return result;
  try {
    return { ...result, json: JSON.parse(result.body) as unknown };
  } catch {
    return result;
  }
}

/** The smoke test's plan, as the smoke stage will build it, or why there is none (never the deploy's failure). */
export function livePlan(
  config: GateConfig,
): { ok: true; spec: SmokeSpec; plan: ProbePlan } | { ok: false; reason: string } {
  let spec: SmokeSpec = DEFAULT_SPEC;
  if (config.smoke) {
    const loaded = loadSmokeSpec(config.smoke, displayPath(config.smoke, config.workingDirectory));
    if (!loaded.ok) return { ok: false, reason: `the smoke spec does not load (${loaded.findings[0]?.message ?? ''})` };
    spec = loaded.spec;
  }
  try {
    return { ok: true, spec, plan: planProbes(config, spec, readGateway(config)) };
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    return { ok: false, reason: error.message };
  }
}

/** The probe plan of a run: every route of the gateway config, with the spec's probes and the token's. */
export function planProbes(config: Pick<GateConfig, 'authToken'>, spec: SmokeSpec, gateway: GatewayFacts): ProbePlan {
  return buildProbePlan(gateway.value, gateway.routeLocations, spec, {
    hasToken: Boolean(config.authToken),
    vars: gateway.vars,
  });
}
