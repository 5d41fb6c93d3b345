// Stage 5: prove the deployed gateway works, route by route. Every route of the config becomes a
// probe; a deploy marker (the version id in the Worker's own trace events) proves the edge serves
// the new version before the probes count; each failure is told apart by layer on its route's line.
import { randomBytes } from 'node:crypto';
import { apiSettingsFromEnv } from '../cloudflare/api.js';
import { StageError } from '../errors.js';
import { ownerOf, type Finding, type Location } from '../findings.js';
import { counted } from '../text.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { classify, probeFinding, type Observation } from '../smoke/classify.js';
import { readGateway } from '../smoke/gateway-facts.js';
import { groupRootCauses, type FailedProbe } from '../smoke/root-causes.js';
import { mapBounded, sendProbe, type ProbeResult } from '../smoke/http-probe.js';
import { buildProbePlan, type Probe } from '../smoke/probe-plan.js';
import { DEFAULT_SPEC, loadSmokeSpec, type SmokeSpec } from '../smoke/smoke-spec.js';
import { PROBE_HEADER, RUN_HEADER, TailSession } from '../smoke/tail-session.js';
import { checkUpstream, type UpstreamCheck } from '../smoke/upstream-check.js';
import { locateWrangler, runWrangler, WRANGLER_TIMEOUT_MS } from '../wrangler/wrangler-cli.js';
import { commandFailure } from '../wrangler/output-file.js';
import { deployFailureFinding } from '../deploy/deploy-failure.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import type { DeployData, ProbeRecord, SmokeData } from '../contract.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';

/** How long a trace event may lag behind its response. */
const EVENT_WAIT_MS = 5_000;
/** How long the tail may take to connect before the smoke test goes on without logs. */
const TAIL_CONNECT_MS = 20_000;
const UPSTREAM_CHECK_MS = 5_000;
/** While the tail is connecting, how often the control request is sent for the deploy marker. */
const MARKER_CADENCE_MS = 200;

const smokeFinding = (code: string, layer: Finding['layer'], message: string, fix: string, location?: Location): Finding => ({ stage: 'smoke', layer, code, category: ownerOf(code), severity: 'error', message, fix, ...(location ? { location } : {}) });

export async function runSmoke(config: GateConfig, log: StageLog, context: StageContext): Promise<StageOutcome<'smoke'>> {
  const deployResult = context.previous('deploy');
  const deploy = deployResult?.status === 'passed' ? deployResult.data : undefined;
  const url = config.url ?? deploy?.url;
  if (!url) {
    if (deploy) return { findings: [smokeFinding('smoke_url_unknown', 'probe', `wrangler reported no URL for ${deploy.workerName} (workers_dev off and no route?), so there is nothing to probe`, 'Set the `url` input to the gateway\'s address.')] };
    return { findings: [], status: 'skipped', note: 'no deployment to probe: deploy is none and there is no url input' };
  }

  let spec: SmokeSpec = DEFAULT_SPEC;
  if (config.smoke) {
    const loaded = loadSmokeSpec(config.smoke, displayPath(config.smoke, config.workingDirectory));
    if (!loaded.ok) return { findings: loaded.findings };
    spec = loaded.spec;
  }
  const gateway = readGateway(config);
  let target: WorkerTarget | undefined;
  try {
    target = readWorkerTarget(config, 'smoke');
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
  }
  const options = { hasToken: Boolean(config.authToken), vars: gateway.vars };
  const plan = buildProbePlan(gateway.value, gateway.routeLocations, spec, options);
  const runId = randomBytes(6).toString('hex');
  const workerName = deploy?.workerName ?? target?.worker.name;
  const baseHeaders: Record<string, string> = {
    'user-agent': 'gateway-deploy-gate (smoke test)',
    accept: 'application/json',
    [RUN_HEADER]: runId,
    // Gradual: the new version serves 0% of traffic; the override sends the probes to it.
    ...(deploy?.mode === 'gradual' && deploy.versionId ? { 'cloudflare-workers-version-overrides': `${deploy.workerName}="${deploy.versionId}"` } : {}),
  };
  const data: SmokeData = { url, runId, probes: [], skipped: plan.skipped, logs: '', marker: { proven: false, attempts: 0, note: '' } };
  const nameLine = target ? target.source.locate(target.worker.pathOf('name'), 'value') : undefined;

  // Logs: the Worker's trace events for this run's probes, through the project's wrangler.
  let tail: TailSession | undefined;
  const program = locateWrangler(config.workingDirectory, config.env);
  if (!apiSettingsFromEnv(config.env)) data.logs = 'off: no CLOUDFLARE_API_TOKEN';
  else if (!workerName) data.logs = 'off: the Worker name is unknown';
  else if (!program.ok) data.logs = `off: ${program.reason}`;
  else {
    tail = new TailSession(program.program, { cwd: config.workingDirectory, env: config.env, workerName, runId });
    data.logs = `wrangler tail ${workerName}, filtered on ${RUN_HEADER}: ${runId}`;
  }

  const requestOf = (probe: Probe, probeId: string) => ({
    url: url + probe.path,
    method: probe.method,
    headers: { ...baseHeaders, ...probe.headers, [PROBE_HEADER]: probeId, ...(probe.withToken && config.authToken ? { authorization: `Bearer ${config.authToken}` } : {}) },
    ...(probe.body !== undefined ? { body: probe.body } : {}),
    timeoutMs: spec.timeoutMs,
  });

  const findings: Finding[] = [];
  try {
    const started = Date.now();
    const deadline = started + spec.propagationMs;
    const marker = await log.group(`deploy marker: waiting for ${url} to serve ${deploy?.versionId ?? 'the gateway'}`, () => waitForMarker());
    if (marker === 'stale') {
      findings.push(smokeFinding('stale_version', 'edge', `after ${Math.round((Date.now() - started) / 1000)} s the edge still serves version ${data.marker.served} of ${workerName}, not the deployed ${data.marker.expected}: the probes would test the old code`, 'Propagation normally takes seconds: check `wrangler deployments status` and the Cloudflare status page, then rerun; raise `propagation` in the smoke spec if your zone is slow.', nameLine));
      findings[0]!.evidence = { marker: data.marker };
      return { findings, data, note: 'the edge serves the previous version' };
    }

    if (marker === 'unverified' && deploy?.versionId) {
      findings.push({ ...smokeFinding('deploy_marker_unverified', 'probe', `could not prove that ${url} serves the deployed version ${deploy.versionId} (${data.marker.note || data.logs}): the probes may have tested the previous version`, 'Give the smoke step CLOUDFLARE_API_TOKEN (it reads the version from the Worker\'s own logs with wrangler tail).', nameLine), severity: 'warning' });
    }
    const results = await log.group(`probing ${plan.probes.length} routes of ${url} (${spec.concurrency} at a time)`, () =>
      mapBounded(plan.probes, spec.concurrency, async (probe) => {
        let attempts = 0;
        for (;;) {
          attempts++;
          const result = await sendProbe(requestOf(probe, probe.id));
          // Only what looks like propagation (the new hostname not resolvable or not yet on TLS) is retried.
          const propagating = !data.marker.proven && result.error?.phase === 'headers' && /^(dns_|tls_)/.test(result.error.network?.type ?? '');
          if (!propagating || Date.now() + 1000 * attempts > deadline) return { result, attempts };
          await sleep(Math.min(8_000, 1000 * 2 ** (attempts - 1)));
        }
      }),
    );
    if (tail) {
      const answered = plan.probes.filter((_, i) => results[i]!.result.status !== undefined && !results[i]!.result.error);
      const t = tail;
      await t.waitUntil(() => answered.every((p) => t.eventFor(p.id)), EVENT_WAIT_MS);
    }
    await tail?.stop();
    if (tail?.failure && !data.marker.proven) data.logs = `off: wrangler tail failed (${tail.failure})`;

    const controls = plan.probes.map((p, i) => ({ p, r: results[i]!.result })).filter(({ p }) => p.control);
    const controlPassed = controls.length === 0 ? undefined : controls.some(({ p, r }) => classify({ probe: p, result: r, logsAvailable: false }).passed);
    const observations: Observation[] = plan.probes.map((probe, i) => {
      const event = tail?.eventFor(probe.id);
      const server = probe.route?.server ? gateway.servers.get(probe.route.server) : undefined;
      return {
        probe,
        result: results[i]!.result,
        ...(event ? { event } : {}),
        logsAvailable: Boolean(tail) && !tail?.failure,
        ...(controlPassed !== undefined ? { controlPassed } : {}),
        server,
        authorizerSecret: gateway.authorizerSecret,
        authorizer: gateway.authorizer,
        provider: gateway.provider,
      };
    });
    // The upstream is looked at directly only for failing proxied routes, once per server.
    const checks = new Map<string, Promise<UpstreamCheck>>();
    for (const obs of observations) {
      if (obs.probe.route?.kind !== 'proxy' || !obs.server?.resolved || classify(obs).passed) continue;
      const resolved = obs.server.resolved;
      if (!checks.has(resolved)) checks.set(resolved, checkUpstream(resolved, Math.min(spec.timeoutMs, UPSTREAM_CHECK_MS)));
      obs.upstream = await checks.get(resolved)!;
    }

    const edgeFailures = new Map<string, { finding: Finding; probes: string[] }>();
    const failed: FailedProbe[] = [];
    observations.forEach((obs, i) => {
      const verdict = classify(obs);
      const record: ProbeRecord = {
        id: obs.probe.id,
        name: obs.probe.name,
        method: obs.probe.method,
        url: url + obs.probe.path,
        ...(obs.probe.route ? { route: `${obs.probe.route.method} ${obs.probe.route.path}` } : {}),
        ...(obs.result.status !== undefined ? { status: obs.result.status } : {}),
        attempts: results[i]!.attempts,
        durationMs: obs.result.durationMs,
        outcome: verdict.passed ? 'passed' : 'failed',
        ...(obs.probe.control ? { control: true } : {}),
      };
      if (!verdict.passed) {
        record.layer = verdict.diagnosis.layer;
        record.code = verdict.diagnosis.code;
        const finding = probeFinding(obs, verdict);
        if (finding.fix && target && config.environment && finding.code === 'secret_missing') finding.fix = finding.fix.replace(/`wrangler secret put (\w+)`/, `\`wrangler secret put $1 --env ${config.environment}\``);
        if (verdict.diagnosis.layer === 'edge' && ['worker_unreachable', 'worker_host_not_found', 'edge_tls_error'].includes(verdict.diagnosis.code)) {
          // The same broken address for every probe is one problem, not one per route.
          const seen = edgeFailures.get(verdict.diagnosis.code);
          if (seen) seen.probes.push(obs.probe.name);
          else edgeFailures.set(verdict.diagnosis.code, { finding: { ...finding, ...(nameLine ? { location: nameLine } : {}) }, probes: [obs.probe.name] });
        } else failed.push({ finding, route: record.route ?? obs.probe.name, cause: rootCauseOf(obs, finding) });
      }
      data.probes.push(record);
    });
    findings.push(...groupRootCauses(failed));
    const unverified = identityNotice(observations, data.logs);
    if (unverified) findings.push(unverified);
    for (const { finding, probes } of edgeFailures.values()) {
      findings.push({ ...finding, message: `${url} is not reachable: ${probes.length} of ${plan.probes.length} probes failed the same way (${finding.message.replace(/^[A-Z]+ \S+: /, '')})`, evidence: { ...finding.evidence, probes } });
    }
    if (plan.probes.length === 0) findings.push({ ...smokeFinding('no_probes', 'probe', 'the gateway config gives nothing to probe', 'Add routes to the config or probes to the smoke spec.'), severity: 'warning' });

    if (findings.every((f) => f.severity !== 'error') && deploy?.mode === 'gradual' && deploy.versionId && program.ok) {
      const promotion = await promote(config, log, program.program, deploy);
      if (promotion) findings.push(promotion);
      else data.promoted = true;
    }
  } finally {
    await tail?.stop();
  }

  const failed = data.probes.filter((p) => p.outcome === 'failed').length;
  const note = `${data.probes.length - failed}/${data.probes.length} probes passed at ${url}${plan.skipped.length ? `, ${counted(plan.skipped.length, 'route')} not probed` : ''}${data.marker.proven ? `, version ${data.marker.served} proven` : ''}${data.promoted ? '; promoted to 100%' : ''}`;
  return { findings, data, note };

  /**
   * Sends the control request until the Worker's own trace event for one of them carries the
   * deployed version (or the window closes). `wrangler tail --format json` says nothing when it
   * connects, and requests sent before that leave no event, so while no event has arrived the
   * control is sent on a short cadence; any earlier attempt's event, however late, still counts.
   */
  async function waitForMarker(): Promise<'proven' | 'stale' | 'unverified'> {
    const expected = deploy?.versionId;
    if (expected) data.marker.expected = expected;
    const probe = plan.probes.find((p) => p.control) ?? plan.probes[0];
    if (!probe) {
      data.marker.note = 'nothing to probe';
      return 'unverified';
    }
    const deadline = Date.now() + spec.propagationMs;
    const tailDeadline = Date.now() + TAIL_CONNECT_MS;
    /** The version in the newest attempt's event, and that attempt's number. */
    const latestServed = (attempts: number): { attempt: number; version?: string } | undefined => {
      for (let a = attempts; a >= 1; a--) {
        const event = tail?.eventFor(`marker-${a}`);
        if (event) return { attempt: a, ...(event.scriptVersion?.id ? { version: event.scriptVersion.id } : {}) };
      }
      return undefined;
    };
    let staleRound = 0;
    for (let attempt = 1; ; attempt++) {
      data.marker.attempts = attempt;
      const answer: ProbeResult = await sendProbe(requestOf(probe, `marker-${attempt}`));
      const unreachable = answer.error?.phase === 'headers' && !answer.error.timedOut;
      if (!unreachable && (!tail || tail.failure)) {
        data.marker.note = `not verified: ${tail?.failure ? `wrangler tail failed (${tail.failure})` : data.logs}`;
        return 'unverified';
      }
      let seen: ReturnType<typeof latestServed>;
      if (!unreachable && tail) {
        const t = tail;
        const connected = Boolean(latestServed(attempt - 1));
        // Connected: an event follows its request closely. Not yet: try again soon.
        await t.waitUntil(() => (connected ? latestServed(attempt)?.attempt === attempt : latestServed(attempt) !== undefined), connected ? EVENT_WAIT_MS : MARKER_CADENCE_MS);
        seen = latestServed(attempt);
        if (seen?.version) data.marker.served = seen.version;
        if (seen?.version && (!expected || seen.version === expected)) {
          data.marker.proven = Boolean(expected);
          data.marker.note = expected ? `the edge served ${seen.version} on attempt ${seen.attempt}` : `the edge serves ${seen.version}`;
          return expected ? 'proven' : 'unverified';
        }
        if (!seen && Date.now() > tailDeadline) {
          data.logs = `off: no trace event arrived within ${TAIL_CONNECT_MS / 1000} s${tail.failure ? ` (${tail.failure})` : ''}`;
          data.marker.note = "not verified: the Worker's logs did not arrive";
          return 'unverified';
        }
      }
      // The window is for the edge; a tail still connecting gets its own time first.
      const waitingForLogs = !unreachable && !seen && Date.now() <= tailDeadline;
      if (Date.now() > deadline && !waitingForLogs) {
        if (data.marker.served && expected && data.marker.served !== expected) return 'stale';
        data.marker.note = unreachable ? 'the gateway did not answer' : 'not verified';
        return 'unverified';
      }
      // The edge answered with another version (propagating) or did not answer: back off.
      if (seen || unreachable) await sleep(Math.min(4_000, 250 * 2 ** staleRound++));
    }
  }
}

/** Gradual: every probe passed against the 0% version, so it gets all the traffic. */
async function promote(config: GateConfig, log: StageLog, program: Parameters<typeof runWrangler>[0], deploy: DeployData): Promise<Finding | undefined> {
  const args = ['versions', 'deploy', `${deploy.versionId}@100%`, '-y', ...(config.environment ? ['--env', config.environment] : []), '--message', 'gateway-deploy-gate: smoke test passed'];
  const run = await log.group(`wrangler ${args.join(' ')}`, () => runWrangler(program, args, { cwd: config.workingDirectory, env: config.env, timeoutMs: WRANGLER_TIMEOUT_MS, onOutput: (t) => log.write(t) }));
  if (run.exitCode === 0 && !run.timedOut) return undefined;
  return { ...deployFailureFinding(commandFailure(run.entries, run.stderr), { command: `wrangler ${args.join(' ')}` }), stage: 'smoke' };
}

/** What failing probes share: a server's URL or the identity provider, where it is set. */
function rootCauseOf(obs: Observation, finding: Finding): FailedProbe['cause'] {
  if (finding.code === 'identity_provider_error' && obs.provider?.location) {
    const { name, domain, written, location } = obs.provider;
    const label = `the identity provider ${name} (${domain ?? written ?? 'its domain'})`;
    return { key: `provider ${domain ?? written}`, label, location };
  }
  const server = obs.server;
  if (finding.layer !== 'upstream' || !server?.location) return undefined;
  const target = server.resolved ?? server.written;
  return { key: `server ${target}`, label: `the upstream ${target}`, location: server.location };
}

const UNVERIFIED = 'route_identity_unverified';

/**
 * Which route answered is read from the Worker's log; without it the gate cannot see a catch-all
 * answering for a missing route, and says so once for the run (never an error: nothing failed).
 */
function identityNotice(observations: readonly Observation[], logs: string): Finding | undefined {
  const checked = observations.filter((o) => o.probe.reaches && o.result.status !== undefined);
  if (checked.length === 0) return undefined;
  const missing = checked.filter((o) => !o.event).length;
  const notice = (message: string, fix: string): Finding => ({
    ...smokeFinding(UNVERIFIED, 'probe', message, fix),
    severity: 'notice',
  });
  if (!observations[0]!.logsAvailable) {
    return notice(
      `which route answered each probe is unverified (logs ${logs}): a route missing from the deployed config ` +
        'can be answered by a catch-all or parameter route without failing',
      'Give the smoke step CLOUDFLARE_API_TOKEN: the gate reads the matched route from the Worker\'s own log ' +
        '("Found matching path configuration").',
    );
  }
  if (missing === 0) return undefined;
  return notice(
    `which route answered ${counted(missing, 'probe')} of ${checked.length} is unverified: ` +
      'their trace events did not arrive',
    'Usually a slow log stream: rerun; if it persists, check `wrangler tail` for this Worker.',
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
