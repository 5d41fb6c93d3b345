// Stage 5: prove the deployed gateway works, route by route. Every route of the config becomes a
// probe; a deploy marker (the version id in the Worker's own trace events) proves the edge serves
// the new version before the probes count; each failure is told apart by layer on its route's line.
// The stage orchestrates: the marker (smoke/deploy-marker.ts) and the folding of observations into
// records and findings (smoke/fold-observations.ts) decide.
import { randomBytes } from 'node:crypto';
import { apiSettingsFromEnv } from '../cloudflare/api.js';
import type { DeployData, SmokeData } from '../contract.js';
import { StageError } from '../errors.js';
import type { Finding, Location } from '../findings.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { classify, type Observation } from '../smoke/classify.js';
import { waitForMarker } from '../smoke/deploy-marker.js';
import { foldObservations, smokeFinding } from '../smoke/fold-observations.js';
import { readGateway, type GatewayFacts } from '../smoke/gateway-facts.js';
import { mapBounded, sendProbe, type ProbeRequest, type ProbeResult } from '../smoke/http-probe.js';
import { buildProbePlan, type Probe, type ProbePlan } from '../smoke/probe-plan.js';
import { DEFAULT_SPEC, loadSmokeSpec, type SmokeSpec } from '../smoke/smoke-spec.js';
import { PROBE_HEADER, RUN_HEADER, TailSession } from '../smoke/tail-session.js';
import { checkUpstream, type UpstreamCheck } from '../smoke/upstream-check.js';
import { counted } from '../text.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import { locateWrangler, type WranglerProgram } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepFailure } from '../wrangler/wrangler-step.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';
import { runCanaryStage, type CanaryRun, type ProbeKit } from './canary.js';

const MARKER_TIMING = {
  /** How long a trace event may lag behind its response. */
  eventWaitMs: 5_000,
  /** How long the tail may take to connect before the smoke test goes on without logs. */
  tailConnectMs: 20_000,
  /** While the tail is connecting, how often the control request is sent for the deploy marker. */
  cadenceMs: 200,
};
const UPSTREAM_CHECK_MS = 5_000;
const CLOCK = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };

/** Everything one smoke run works from, settled before the first request. */
interface SmokeRun {
  config: GateConfig;
  url: string;
  spec: SmokeSpec;
  plan: ProbePlan;
  gateway: GatewayFacts;
  deploy?: DeployData;
  workerName?: string;
  /** The wrangler config's `name`, when the Worker's config could be read. */
  nameLine?: Location;
  hasTarget: boolean;
  tail?: TailSession;
  program: ReturnType<typeof locateWrangler>;
  requestOf(probe: Probe, probeId: string): ProbeRequest;
  /** Differential smoke: production, probed with the same requests. */
  baselineUrl?: string;
  baselineRequestOf?(probe: Probe): ProbeRequest;
}

interface Observed {
  candidate: Observation[];
  /** Production's, when the smoke is differential. */
  baseline?: Observation[];
}

interface Sent {
  result: ProbeResult;
  attempts: number;
  /** Production's answer to the same request, sent at the same time. */
  baseline?: ProbeResult;
}

export async function runSmoke(
  config: GateConfig,
  log: StageLog,
  context: StageContext,
): Promise<StageOutcome<'smoke'>> {
  const deployResult = context.previous('deploy');
  const deploy = deployResult?.status === 'passed' ? deployResult.data : undefined;
  // A preview is probed at its own URL; `url` then names production (the differential baseline).
  const url = deploy?.mode === 'preview' ? deploy.preview?.url : (config.url ?? deploy?.url);
  if (!url) {
    if (deploy)
      return {
        findings: [
          smokeFinding(
            'smoke_url_unknown',
            'error',
            `wrangler reported no URL for ${deploy.workerName} (workers_dev off and no route?), ` +
              'so there is nothing to probe',
            "Set the `url` input to the gateway's address.",
          ),
        ],
      };
    return {
      findings: [],
      status: 'skipped',
      note: 'no deployment to probe: deploy is none and there is no url input',
    };
  }
  let spec: SmokeSpec = DEFAULT_SPEC;
  if (config.smoke) {
    const loaded = loadSmokeSpec(config.smoke, displayPath(config.smoke, config.workingDirectory));
    if (!loaded.ok) return { findings: loaded.findings };
    spec = loaded.spec;
  }
  const runId = randomBytes(6).toString('hex');
  const baselineUrl = config.baselineUrl ?? liveBaseline(deploy);
  const { run, logs } = prepareRun(config, { url, baselineUrl }, spec, runId, deploy);
  const data: SmokeData = {
    url,
    baselineUrl,
    runId,
    probes: [],
    skipped: run.plan.skipped,
    logs,
    marker: { proven: false, attempts: 0, note: '' },
  };
  try {
    return await probeDeployment(run, data, log);
  } finally {
    await run.tail?.stop();
  }
}

/** A preview (or a gradual version at 0%) is compared with what production serves, when there is one. */
function liveBaseline(deploy: DeployData | undefined): string | undefined {
  return deploy?.mode === 'preview' || deploy?.mode === 'gradual' ? deploy.liveUrl : undefined;
}

function prepareRun(
  config: GateConfig,
  { url, baselineUrl }: { url: string; baselineUrl?: string },
  spec: SmokeSpec,
  runId: string,
  deploy?: DeployData,
): { run: SmokeRun; logs: string } {
  const gateway = readGateway(config);
  let target: WorkerTarget | undefined;
  try {
    target = readWorkerTarget(config, 'smoke');
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
  }
  const plan = buildProbePlan(gateway.value, gateway.routeLocations, spec, {
    hasToken: Boolean(config.authToken),
    vars: gateway.vars,
  });
  const workerName = deploy?.workerName ?? target?.worker.name;
  const baseHeaders: Record<string, string> = {
    'user-agent': 'gateway-deploy-gate (smoke test)',
    accept: 'application/json',
    [RUN_HEADER]: runId,
    // Gradual: the new version serves 0% of traffic; the override sends the probes to it. (Headers
    // are spread: fetch would send an undefined value as "undefined".)
    ...(deploy?.mode === 'gradual' && deploy.versionId
      ? { 'cloudflare-workers-version-overrides': `${deploy.workerName}="${deploy.versionId}"` }
      : {}),
  };
  const program = locateWrangler(config.workingDirectory, config.env);
  const { tail, logs } = openTail(config, program, workerName, runId);
  const requestOf = (probe: Probe, probeId: string): ProbeRequest => ({
    url: url + probe.path,
    method: probe.method,
    headers: {
      ...baseHeaders,
      ...probe.headers,
      [PROBE_HEADER]: probeId,
      ...(probe.withToken && config.authToken ? { authorization: `Bearer ${config.authToken}` } : {}),
    },
    body: probe.body,
    timeoutMs: spec.timeoutMs,
  });
  // Production gets the same request without the run's headers: its trace events are not this run's.
  const baselineRequestOf = (probe: Probe): ProbeRequest => {
    const request = requestOf(probe, '');
    const headers = { ...request.headers };
    for (const name of [RUN_HEADER, PROBE_HEADER, 'cloudflare-workers-version-overrides']) delete headers[name];
    return { ...request, url: baselineUrl + probe.path, headers };
  };
  const nameLine = target ? target.source.locate(target.worker.pathOf('name'), 'value') : undefined;
  const run: SmokeRun = {
    config,
    url,
    baselineUrl,
    baselineRequestOf: baselineUrl ? baselineRequestOf : undefined,
    spec,
    plan,
    gateway,
    deploy,
    workerName,
    nameLine,
    hasTarget: Boolean(target),
    tail,
    program,
    requestOf,
  };
  return { run, logs };
}

/** Logs: the Worker's trace events for this run's probes, through the project's wrangler. */
function openTail(
  config: GateConfig,
  program: SmokeRun['program'],
  workerName: string | undefined,
  runId: string,
): { tail?: TailSession; logs: string } {
  if (!apiSettingsFromEnv(config.env)) return { logs: 'off: no CLOUDFLARE_API_TOKEN' };
  if (!workerName) return { logs: 'off: the Worker name is unknown' };
  if (!program.ok) return { logs: `off: ${program.reason}` };
  const tail = new TailSession(program.program, { cwd: config.workingDirectory, env: config.env, workerName, runId });
  return { tail, logs: `wrangler tail ${workerName}, filtered on ${RUN_HEADER}: ${runId}` };
}

async function probeDeployment(run: SmokeRun, data: SmokeData, log: StageLog): Promise<StageOutcome<'smoke'>> {
  const { url, plan, deploy, spec } = run;
  const started = Date.now();
  const marker = await checkMarker(run, data, log, started);
  if (marker?.code === 'stale_version') {
    return { findings: [marker], data, note: 'the edge serves the previous version' };
  }
  const findings: Finding[] = marker ? [marker] : [];
  const sent = await log.group(`probing ${plan.probes.length} routes of ${url} (${spec.concurrency} at a time)`, () =>
    sendAll(run, data.marker.proven, started + spec.propagationMs),
  );
  await awaitEvents(run, data, sent);
  const observed = await observe(run, sent);
  const folded = foldObservations({
    url,
    observations: observed.candidate,
    baseline:
      observed.baseline && run.baselineUrl
        ? { url: run.baselineUrl, observations: observed.baseline, failOn: run.config.failOn }
        : undefined,
    attempts: sent.map((s) => s.attempts),
    logs: data.logs,
    nameLine: run.nameLine,
    environment: run.hasTarget ? run.config.environment : undefined,
  });
  data.probes = folded.probes;
  findings.push(...folded.findings);
  const passed = findings.every((f) => f.severity !== 'error');
  if (passed && deploy?.mode === 'gradual' && deploy.versionId && run.program.ok) {
    const canary = canaryOf(run, log, run.program.program, deploy);
    if (canary) {
      // Issue 23: the canary path promotes step by step instead (stages/canary.ts).
      const { result, findings: said } = await runCanaryStage(canary);
      findings.push(...said);
      data.canary = result.data;
      if (result.data.outcome === 'promoted') data.promoted = true;
    } else {
      const promotion = await promote(run.config, log, run.program.program, deploy);
      if (promotion) findings.push(promotion);
      else data.promoted = true;
    }
  }
  return { findings, data, note: noteOf(run, data) };
}

/** Waits for the deploy marker; an edge serving the old version is an error, an unproven one a warning. */
async function checkMarker(
  run: SmokeRun,
  data: SmokeData,
  log: StageLog,
  started: number,
): Promise<Finding | undefined> {
  const { url, plan, deploy, spec } = run;
  const control = plan.probes.find((p) => p.control) ?? plan.probes[0];
  const waited = await log.group(
    `deploy marker: waiting for ${url} to serve ${deploy?.versionId ?? 'the gateway'}`,
    () =>
      waitForMarker({
        expected: deploy?.versionId,
        propagationMs: spec.propagationMs,
        logs: data.logs,
        send: control ? (id) => sendProbe(run.requestOf(control, id)) : undefined,
        tail: run.tail,
        clock: CLOCK,
        timing: MARKER_TIMING,
      }),
  );
  data.marker = waited.marker;
  data.logs = waited.logs;
  if (waited.verdict === 'stale') {
    const seconds = Math.round((Date.now() - started) / 1000);
    const message =
      `after ${seconds} s the edge still serves version ${data.marker.served} of ${run.workerName}, ` +
      `not the deployed ${data.marker.expected}: the probes would test the old code`;
    const fix =
      'Propagation normally takes seconds: check `wrangler deployments status` and the Cloudflare status page, ' +
      'then rerun; raise `propagation` in the smoke spec if your zone is slow.';
    const evidence = { marker: data.marker };
    return smokeFinding('stale_version', 'error', message, fix, { layer: 'edge', location: run.nameLine, evidence });
  }
  if (waited.verdict !== 'unverified' || !deploy?.versionId) return undefined;
  const message =
    `could not prove that ${url} serves the deployed version ${deploy.versionId} ` +
    `(${data.marker.note || data.logs}): the probes may have tested the previous version`;
  const fix =
    "Give the smoke step CLOUDFLARE_API_TOKEN (it reads the version from the Worker's own logs with wrangler tail).";
  return smokeFinding('deploy_marker_unverified', 'warning', message, fix, { location: run.nameLine });
}

/** The trace events of the probes that were answered, then the tail stops. */
async function awaitEvents(run: SmokeRun, data: SmokeData, sent: readonly Sent[]): Promise<void> {
  const tail = run.tail;
  if (!tail) return;
  const answered = run.plan.probes.filter((_, i) => sent[i]!.result.status !== undefined && !sent[i]!.result.error);
  await tail.waitUntil(() => answered.every((p) => tail.eventFor(p.id)), MARKER_TIMING.eventWaitMs);
  await tail.stop();
  if (tail.failure && !data.marker.proven) data.logs = `off: wrangler tail failed (${tail.failure})`;
}

function noteOf(run: SmokeRun, data: SmokeData): string {
  const failed = data.probes.filter((p) => p.outcome === 'failed').length;
  const skipped = run.plan.skipped.length ? `, ${counted(run.plan.skipped.length, 'route')} not probed` : '';
  const proven = data.marker.proven ? `, version ${data.marker.served} proven` : '';
  const passed = `${data.probes.length - failed}/${data.probes.length} probes passed at ${run.url}`;
  const canary = data.canary ? `; canary ${data.canary.steps.map((s) => `${s.percent}% ${s.verdict}`).join(', ')}` : '';
  return `${passed}${skipped}${proven}${verdictsOf(data)}${canary}${data.promoted ? '; promoted to 100%' : ''}`;
}

/** Differential smoke: how the candidate compares with production, by verdict. */
function verdictsOf(data: SmokeData): string {
  if (!data.probes.some((p) => p.verdict)) return '';
  const count = (verdict: string): number => data.probes.filter((p) => p.verdict === verdict).length;
  const parts = [
    counted(count('regression'), 'regression'),
    `${count('preexisting')} already failing in production`,
    `${count('fixed')} fixed`,
    `${count('unchanged')} unchanged`,
  ].filter((part) => !part.startsWith('0 '));
  return `; against production ${data.baselineUrl}: ${parts.join(', ')}`;
}

/** Every probe, `concurrency` at a time, to the candidate and (at the same time) to production. */
function sendAll(run: SmokeRun, markerProven: boolean, deadline: number): Promise<Sent[]> {
  const baselineOf = run.baselineRequestOf;
  return mapBounded(run.plan.probes, run.spec.concurrency, async (probe) => {
    const [sent, baseline] = await Promise.all([
      sendCandidate(run, probe, markerProven, deadline),
      baselineOf ? sendProbe(baselineOf(probe)) : undefined,
    ]);
    return baseline ? { ...sent, baseline } : sent;
  });
}

/** Only what looks like propagation is retried: production's address is long established. */
async function sendCandidate(run: SmokeRun, probe: Probe, markerProven: boolean, deadline: number): Promise<Sent> {
  let attempts = 0;
  for (;;) {
    attempts++;
    const result = await sendProbe(run.requestOf(probe, probe.id));
    // The new hostname not resolvable or not yet on TLS: propagation, unless the marker proved it serves.
    const propagating =
      !markerProven && result.error?.phase === 'headers' && /^(dns_|tls_)/.test(result.error.network?.type ?? '');
    if (!propagating || Date.now() + 1000 * attempts > deadline) return { result, attempts };
    await CLOCK.sleep(Math.min(8_000, 1000 * 2 ** (attempts - 1)));
  }
}

/** Each side's observations: the candidate's with the Worker's events, production's from its answers alone. */
async function observe(run: SmokeRun, sent: readonly Sent[]): Promise<Observed> {
  const candidate = observeSide(
    run,
    sent.map((s) => s.result),
    run.tail,
  );
  await checkUpstreams(run, candidate);
  if (!run.baselineUrl) return { candidate };
  // Production's vars are not the repo's: where its upstream points is unknown, so it is not looked at.
  const baseline = observeSide(
    run,
    sent.map((s) => s.baseline!),
  ).map((obs) => {
    const server = obs.server && { written: obs.server.written, location: obs.server.location };
    return { ...obs, server };
  });
  return { candidate, baseline };
}

/** Each probe with its evidence: the Worker's event, the control's verdict. */
function observeSide(run: SmokeRun, results: readonly ProbeResult[], tail?: TailSession): Observation[] {
  const { plan, gateway } = run;
  const controls = plan.probes.map((p, i) => ({ p, r: results[i]! })).filter(({ p }) => p.control);
  const controlPassed =
    controls.length === 0
      ? undefined
      : controls.some(({ p, r }) => classify({ probe: p, result: r, logsAvailable: false }).passed);
  return plan.probes.map((probe, i) => {
    const event = tail?.eventFor(probe.id);
    const server = probe.route?.server ? gateway.servers.get(probe.route.server) : undefined;
    return {
      probe,
      result: results[i]!,
      event,
      logsAvailable: Boolean(tail) && !tail?.failure,
      controlPassed,
      server,
      authorizerSecret: gateway.authorizerSecret,
      authorizer: gateway.authorizer,
      provider: gateway.provider,
    };
  });
}

/** The upstream is looked at directly only for failing proxied routes, once per server. */
async function checkUpstreams(run: SmokeRun, observations: Observation[]): Promise<void> {
  const checks = new Map<string, Promise<UpstreamCheck>>();
  for (const obs of observations) {
    if (obs.probe.route?.kind !== 'proxy' || !obs.server?.resolved || classify(obs).passed) continue;
    const resolved = obs.server.resolved;
    if (!checks.has(resolved))
      checks.set(resolved, checkUpstream(resolved, Math.min(run.spec.timeoutMs, UPSTREAM_CHECK_MS)));
    obs.upstream = await checks.get(resolved)!;
  }
}

/** `canary-steps` given: what the canary borrows from this smoke run. */
function canaryOf(run: SmokeRun, log: StageLog, program: WranglerProgram, deploy: DeployData): CanaryRun | undefined {
  const plan = run.config.canary;
  const { versionId, previousVersionId } = deploy;
  if (!plan || !versionId || !previousVersionId) return undefined;
  const paths = ((run.gateway.value as { paths?: unknown[] } | null)?.paths ?? []) as Array<{
    method?: unknown;
    path?: unknown;
  }>;
  const routeLine = (route: string): Location | undefined => {
    const index = paths.findIndex((p) => `${String(p?.method)} ${String(p?.path)}` === route);
    return index < 0 ? undefined : run.gateway.routeLocations.get(index);
  };
  const kit: ProbeKit = {
    probes: run.plan.probes,
    concurrency: run.spec.concurrency,
    requestOf: run.requestOf,
    observe: (results) => observeSide(run, results),
    routeLine,
    nameLine: run.nameLine,
  };
  return { config: run.config, plan, log, program, deploy: { ...deploy, versionId, previousVersionId }, kit };
}

/** Gradual: every probe passed against the 0% version, so it gets all the traffic. */
async function promote(
  config: GateConfig,
  log: StageLog,
  program: WranglerProgram,
  deploy: DeployData,
): Promise<Finding | undefined> {
  const env = config.environment ? ['--env', config.environment] : [];
  const args = [
    'versions',
    'deploy',
    `${deploy.versionId}@100%`,
    '-y',
    ...env,
    '--message',
    'gateway-deploy-gate: smoke test passed',
  ];
  return stepFailure(await runWranglerStep(log, program, args, config), 'smoke');
}
