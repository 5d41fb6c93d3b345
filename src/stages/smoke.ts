// Stage 5: prove the deployed gateway works, route by route. Every route of the config becomes a
// probe; a deploy marker (the version id in the Worker's own trace events) proves the edge serves
// the new version before the probes count; each failure is told apart by layer on its route's line.
// The stage orchestrates: the marker (smoke/deploy-marker.ts) and the folding of observations into
// records and findings (smoke/fold-observations.ts) decide.
import { randomBytes } from 'node:crypto';
import { apiSettingsFromEnv } from '../cloudflare/api.js';
import type { ApiChangeRecord, DeployData, SmokeData } from '../contract.js';
import { StageError } from '../errors.js';
import type { Finding, Location } from '../findings.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { classify, type Observation } from '../smoke/classify.js';
import { waitForMarker } from '../smoke/deploy-marker.js';
import { foldObservations, smokeFinding } from '../smoke/fold-observations.js';
import { readGateway, type GatewayFacts, type SecretReference } from '../smoke/gateway-facts.js';
import { versionBindings, type VersionBindings } from '../smoke/version-bindings.js';
import { mapBounded, sendProbe, type ProbeRequest, type ProbeResult } from '../smoke/http-probe.js';
import { planRoutes, type Probe, type ProbePlan } from '../smoke/probe-plan.js';
import { DEFAULT_SPEC, loadSmokeSpec, unknownSpecRoutes, type SmokeSpec } from '../smoke/smoke-spec.js';
import { answersForPlan, planProbes, type LiveAnswers } from '../smoke/live-baseline.js';
import { liveRequest, probeRequest } from '../smoke/probe-requests.js';
import { RUN_HEADER, TailSession, type TailOptions } from '../smoke/tail-session.js';
import { checkUpstream, type UpstreamCheck } from '../smoke/upstream-check.js';
import { counted } from '../text.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import { locateWrangler, type WranglerProgram } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepFailure } from '../wrangler/wrangler-step.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';
import { judgeApiChangeProbe, planApiChangeProbes } from '../smoke/api-change-probes.js';
import { runCanaryStage, type CanaryRun, type ProbeKit } from '../canary/stage-io.js';
import { chooseAccount, type AccountChoice } from '../cloudflare/account.js';

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
  /** What the new version is judged against, if anything. */
  live: LiveComparison;
  /** Differential smoke: the request sent to the live version at the same time. */
  baselineRequestOf?(probe: Probe): ProbeRequest;
  /** What validate found the change does to the API (removed routes, removed auth), shown on both sides. */
  apiChanges: readonly ApiChangeRecord[];
  /** The account wrangler deploys to (the wrangler config's `account_id`, else the variable or the token's). */
  account: AccountChoice;
}

/**
 * The differential smoke's other side: requests sent to a live URL at the same time (`send`), the
 * live version's answers from before a direct deploy (`kept`), or none (a plain smoke, with the
 * reason said once when a deploy could have had one).
 */
type LiveComparison =
  | { kind: 'send'; url: string; /** The version with the traffic, not a `baseline-url` or production. */ live?: true }
  | { kind: 'kept'; url: string; answers: LiveAnswers }
  | { kind: 'none'; notice?: string };

interface Observed {
  candidate: Observation[];
  /** Production's, when the smoke is differential. */
  baseline?: Observation[];
  /** Why a deploy that could have been judged against its live version was not. */
  plain?: string;
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
    const gatewayRoutes = planRoutes(readGateway(config).value, new Map());
    const unknown = unknownSpecRoutes(spec, gatewayRoutes, displayPath(config.smoke, config.workingDirectory));
    if (unknown.length > 0) return { findings: unknown };
  }
  const runId = randomBytes(6).toString('hex');
  const live = liveComparison(config, deploy, url);
  const baselineUrl = live.kind === 'none' ? undefined : live.url;
  const { run, logs } = prepareRun(config, { url, live }, spec, runId, deploy);
  run.apiChanges = context.previous('validate')?.data?.apiChanges ?? [];
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

/**
 * What the new version is judged against (issue 20, point 7): the `baseline-url` input; for a preview,
 * production; for a gradual version at 0%, the version with the traffic (the same URL without the
 * override, at the same time); for a direct deploy, the live version's answers the deploy stage kept
 * from before it changed anything. Otherwise, or without them, a plain smoke test, said once.
 */
function liveComparison(config: GateConfig, deploy: DeployData | undefined, url: string): LiveComparison {
  if (config.baselineUrl) return { kind: 'send', url: config.baselineUrl };
  if (deploy?.mode === 'preview') return deploy.liveUrl ? { kind: 'send', url: deploy.liveUrl } : { kind: 'none' };
  if (deploy?.mode === 'gradual') return { kind: 'send', url: deploy.liveUrl ?? url, live: true };
  if (deploy?.mode !== 'direct' || !deploy.versionId) return { kind: 'none' };
  const kept = deploy.liveSmoke;
  if (!kept) return { kind: 'none' };
  if ('skipped' in kept) return { kind: 'none', notice: kept.skipped };
  return { kind: 'kept', url: kept.url, answers: kept };
}

function prepareRun(
  config: GateConfig,
  { url, live }: { url: string; live: LiveComparison },
  spec: SmokeSpec,
  runId: string,
  deploy?: DeployData,
): { run: SmokeRun; logs: string } {
  let target: WorkerTarget | undefined;
  try {
    target = readWorkerTarget(config, 'smoke');
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
  }
  const workerName = deploy?.workerName ?? target?.worker.name;
  const program = locateWrangler(config.workingDirectory, config.env);
  const account = chooseAccount(target?.source, config.environment, config.env);
  // Started first: the tail connects while the gateway is read and planned.
  const { tail, logs } = openTail(config, { id: deploy?.accountId, choice: account }, workerName, runId);
  const gateway = readGateway(config);
  const plan = planProbes(config, spec, gateway);
  // Gradual: the new version serves 0% of the traffic; the override sends the probes to it.
  const versionOverride =
    deploy?.mode === 'gradual' && deploy.versionId ? `${deploy.workerName}="${deploy.versionId}"` : undefined;
  const settings = { config, spec, runId, versionOverride };
  const nameLine = target ? target.source.locate(target.worker.pathOf('name'), 'value') : undefined;
  const run: SmokeRun = {
    config,
    url,
    live,
    // Production gets the same request without the run's headers: its trace events are not this run's.
    baselineRequestOf: live.kind === 'send' ? (probe) => liveRequest(settings, live.url, probe) : undefined,
    spec,
    plan,
    gateway,
    deploy,
    workerName,
    nameLine,
    hasTarget: Boolean(target),
    tail,
    program,
    requestOf: (probe, probeId) => probeRequest(settings, url, probe, probeId),
    apiChanges: [],
    account,
  };
  return { run, logs };
}

/** Logs: the Worker's trace events for this run's probes, from a tail session at Cloudflare. */
function openTail(
  config: GateConfig,
  account: TailOptions['account'],
  workerName: string | undefined,
  runId: string,
): { tail?: TailSession; logs: string } {
  const api = apiSettingsFromEnv(config.env);
  if (!api) return { logs: 'off: no CLOUDFLARE_API_TOKEN' };
  if (!workerName) return { logs: 'off: the Worker name is unknown' };
  const tail = new TailSession({ api, account, workerName, runId });
  return { tail, logs: `the tail of ${workerName}, filtered on ${RUN_HEADER}: ${runId}` };
}

async function probeDeployment(run: SmokeRun, data: SmokeData, log: StageLog): Promise<StageOutcome<'smoke'>> {
  const { url, plan, deploy, spec } = run;
  const started = Date.now();
  const marker = await checkMarker(run, data, log, started);
  if (marker?.code === 'stale_version') {
    return { findings: [marker], data, note: 'the edge serves the previous version' };
  }
  const findings: Finding[] = marker ? [marker] : [];
  // Read while the probes run: which names the deployed version binds, for a secret it lacks.
  const bindings = deployedBindings(run, data);
  const sent = await log.group(`probing ${plan.probes.length} routes of ${url} (${spec.concurrency} at a time)`, () =>
    sendAll(run, data.marker.proven, started + spec.propagationMs),
  );
  await awaitEvents(run, data, sent);
  const observed = await observe(run, sent, await bindings);
  if (observed.plain) findings.push(plainSmokeNotice(observed.plain));
  const live = run.live;
  const folded = foldObservations({
    url,
    observations: observed.candidate,
    baseline:
      observed.baseline && live.kind !== 'none'
        ? {
            url: live.url,
            observations: observed.baseline,
            failOn: run.config.failOn,
            live: live.kind === 'kept' || live.live === true,
          }
        : undefined,
    attempts: sent.map((s) => s.attempts),
    logs: data.logs,
    nameLine: run.nameLine,
    environment: run.hasTarget ? run.config.environment : undefined,
  });
  data.probes = folded.probes;
  findings.push(...folded.findings, ...(await showApiChanges(run)));
  const passed = findings.every((f) => f.severity !== 'error');
  if (passed && deploy?.mode === 'gradual' && deploy.versionId && run.program.ok) {
    const canary = canaryOf(run, log, run.program.program, deploy);
    if (canary) {
      // Issue 23: the canary path promotes step by step instead (src/canary/stage-io.ts).
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

/** In a differential smoke: the removed routes and removed auth of the change, requested on both sides. */
async function showApiChanges(run: SmokeRun): Promise<Finding[]> {
  const baselineOf = run.baselineRequestOf;
  if (!baselineOf || run.apiChanges.length === 0) return [];
  const probes = planApiChangeProbes(run.apiChanges, run.spec);
  return Promise.all(
    probes.map(async (p) => {
      const probe: Probe = {
        id: '',
        name: `${p.method} ${p.path}`,
        method: p.method,
        path: p.path,
        headers: {},
        withToken: false,
        expect: {},
        control: false,
      };
      const [candidate, production] = await Promise.all([
        sendProbe(run.requestOf(probe, '')),
        sendProbe(baselineOf(probe)),
      ]);
      return judgeApiChangeProbe(p, candidate.status, production.status);
    }),
  );
}

/** A deploy with no live answers to be judged against: today's plain smoke, said once. */
function plainSmokeNotice(reason: string): Finding {
  const message =
    `no live version to compare with (${reason}): a plain smoke test, so every failure counts, ` +
    'including one the live version may already have had';
  const fix = 'Nothing to do for a first deploy; otherwise set the `url` input to where the live version answers.';
  return smokeFinding('live_comparison_unavailable', 'notice', message, fix);
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
    "Give the smoke step CLOUDFLARE_API_TOKEN (it reads the version from the Worker's own logs, a tail session).";
  return smokeFinding('deploy_marker_unverified', 'warning', message, fix, { location: run.nameLine });
}

/** The trace events of the probes that were answered, then the tail stops. */
async function awaitEvents(run: SmokeRun, data: SmokeData, sent: readonly Sent[]): Promise<void> {
  const tail = run.tail;
  if (!tail) return;
  const answered = run.plan.probes.filter((_, i) => sent[i]!.result.status !== undefined && !sent[i]!.result.error);
  const all = await tail.waitUntil(() => answered.every((p) => tail.eventFor(p.id)), MARKER_TIMING.eventWaitMs);
  // Every event in: the tail stops while the observations are folded (the stage's end awaits it).
  // Some missing: what arrives while the session closes may hold them.
  const stopped = tail.stop();
  if (!all) await stopped;
  if (tail.failure && !data.marker.proven) data.logs = `off: ${tail.failure}`;
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

/** The deployed version's bindings, when the API can be asked (the deploy's version, else the one the marker saw). */
async function deployedBindings(run: SmokeRun, data: SmokeData): Promise<VersionBindings | undefined> {
  const api = apiSettingsFromEnv(run.config.env);
  const versionId = run.deploy?.versionId ?? data.marker.served;
  if (!api || !run.workerName || !versionId || run.gateway.secretRefs.length === 0) return undefined;
  const target = { accountId: run.deploy?.accountId, choice: run.account, worker: run.workerName, versionId };
  return versionBindings(api, target);
}

/** Each side's observations: the candidate's with the Worker's events, production's from its answers alone. */
async function observe(run: SmokeRun, sent: readonly Sent[], bindings?: VersionBindings): Promise<Observed> {
  const candidate = observeSide(
    run,
    sent.map((s) => s.result),
    run.tail,
  );
  if (bindings?.ok) for (const obs of candidate) withMissingSecrets(obs, run.gateway.secretRefs, bindings);
  await checkUpstreams(run, candidate);
  const answers = liveAnswers(run, sent);
  if (!answers.ok) return { candidate, plain: answers.reason };
  // Production's vars are not the repo's: where its upstream points is unknown, so it is not looked at.
  const baseline = observeSide(run, answers.results).map((obs) => {
    const server = obs.server && { written: obs.server.written, location: obs.server.location };
    return { ...obs, server };
  });
  return { candidate, baseline };
}

/** The live side's answers in plan order, or why the smoke is a plain one (said when a deploy could have had them). */
function liveAnswers(
  run: SmokeRun,
  sent: readonly Sent[],
): { ok: true; results: ProbeResult[] } | { ok: false; reason?: string } {
  const live = run.live;
  if (live.kind === 'send') return { ok: true, results: sent.map((s) => s.baseline!) };
  if (live.kind === 'kept') return answersForPlan(live.answers, run.plan);
  return { ok: false, reason: live.notice };
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

/**
 * The authorizer settings a token check reads (a jwt secret, auth0's keys); the identity flows
 * (auth0_callback, supabase_*) read them all, the client secret included. An auth0 route checked
 * with its `jwks` never reads `client_secret`: a missing one is not why it refused a token.
 */
const TOKEN_CHECK_FIELDS = new Set(['secret', 'jwt_secret', 'jwks', 'jwks_uri', 'domain', 'issuer', 'audience']);

function readsAuthorizerField(route: NonNullable<Observation['probe']['route']>, field: string): boolean {
  return route.kind === 'flow' || (route.auth && TOKEN_CHECK_FIELDS.has(field));
}

/** The `$secret.X` references this probe's route reads that the deployed version binds under no name. */
function withMissingSecrets(obs: Observation, refs: readonly SecretReference[], bindings: VersionBindings): void {
  if (!bindings.ok) return;
  const route = obs.probe.route;
  if (!route) return;
  const reads = (ref: SecretReference): boolean =>
    ref.scope.kind === 'authorizer'
      ? readsAuthorizerField(route, ref.scope.field)
      : ref.scope.kind === 'route'
        ? ref.scope.index === route.index
        : ref.scope.kind === 'server' && ref.scope.alias === route.server;
  const missing = refs.filter((ref) => reads(ref) && !bindings.names.has(ref.name));
  if (missing.length === 0) return;
  obs.missingSecrets = missing;
  obs.versionId = bindings.versionId;
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
