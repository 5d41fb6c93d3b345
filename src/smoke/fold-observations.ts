// The smoke test's observations folded into what it records: a record per probe (the probe
// matrix) and the findings, one per root cause. Pure: observations in, records and findings out.
import type { ProbeRecord } from '../contract.js';
import { findingFactory, type Finding, type Location } from '../findings.js';
import { counted } from '../text.js';
import { classify, probeFinding, type GatewayNote, type Observation, type Verdict } from './classify.js';
import {
  baselineRecord,
  changedResponse,
  compareProbe,
  fixedNotice,
  judgedFailure,
  type FailOn,
  type Sides,
} from './differential.js';
import { groupRootCauses, type FailedProbe } from './root-causes.js';

export interface FoldInput {
  /** The deployment's base URL, as probed. */
  url: string;
  /** One per probe of the plan, in plan order. */
  observations: readonly Observation[];
  /** How many times each probe was sent, in the same order. */
  attempts: readonly number[];
  /** How the Worker's logs were read, or why not (for the notice when they were not). */
  logs: string;
  /** The wrangler config's `name`: where a broken address of the whole deployment is fixed. */
  nameLine?: Location;
  /** The wrangler environment, when the Worker's config was read: `wrangler secret put` needs it. */
  environment?: string;
  /** Differential smoke: production answering the same requests, one observation per probe, in plan order. */
  baseline?: BaselineInput;
}

export interface BaselineInput {
  url: string;
  observations: readonly Observation[];
  failOn: FailOn;
  /** The deploy's own live version (direct, gradual), not a `baseline-url` or a preview's production. */
  live?: boolean;
}

export interface Folded {
  probes: ProbeRecord[];
  findings: Finding[];
}

/** Edge failures every probe shares: one problem of the deployment's address, not one per route. */
const DEPLOYMENT_WIDE = ['worker_unreachable', 'worker_host_not_found', 'edge_tls_error'];

/** The smoke stage's findings: on the probe layer unless said otherwise, with who must act. */
export const smokeFinding = findingFactory('smoke', 'probe', { owned: true });

export function foldObservations(input: FoldInput): Folded {
  const { url, observations, nameLine } = input;
  const baseline = reachableBaseline(input.baseline);
  const edgeFailures = new Map<string, { finding: Finding; probes: string[] }>();
  const failed: FailedProbe[] = [];
  const findings: Finding[] = baseline === input.baseline ? [] : [baselineUnreachable(input.baseline!)];
  const gatewayNotes = new Map<string, { note: GatewayNote; routes: string[] }>();
  const probes = observations.map((obs, i) => {
    const verdict = classify(obs);
    const record = recordOf(obs, url, input.attempts[i] ?? 1);
    const sides = baseline && sidesOf(obs, verdict, baseline, i, url);
    const comparison = sides && compareProbe(obs, verdict, sides.baseline, sides.baselineVerdict);
    if (sides && comparison) {
      record.baseline = baselineRecord(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
      record.verdict = comparison.verdict;
      if (comparison.verdict === 'fixed') findings.push(fixedNotice(sides));
      if (verdict.passed && comparison.differences.length)
        findings.push(changedResponse(sides, comparison.differences));
    }
    if (verdict.passed) return record;
    record.outcome = 'failed';
    record.layer = verdict.diagnosis.layer;
    record.code = verdict.diagnosis.code;
    let finding = failureFinding(obs, verdict, input.environment);
    if (sides && comparison) finding = judgedFailure(finding, comparison, sides);
    noteGatewayCode(gatewayNotes, verdict.diagnosis.gatewayNote, record.route ?? obs.probe.name);
    if (verdict.diagnosis.layer === 'edge' && DEPLOYMENT_WIDE.includes(verdict.diagnosis.code)) {
      const seen = edgeFailures.get(verdict.diagnosis.code);
      if (seen) seen.probes.push(obs.probe.name);
      else
        edgeFailures.set(verdict.diagnosis.code, {
          finding: { ...finding, location: nameLine ?? finding.location },
          probes: [obs.probe.name],
        });
    } else {
      const cause = verdict.diagnosis.cause ?? rootCauseOf(obs, finding);
      failed.push({ finding, route: record.route ?? obs.probe.name, cause });
    }
    return record;
  });
  findings.push(...groupRootCauses(failed));
  findings.push(...gatewayNoteFindings(gatewayNotes));
  const unverified = identityNotice(observations, input.logs);
  if (unverified) findings.push(unverified);
  for (const { finding, probes: names } of edgeFailures.values()) {
    const said = finding.message.replace(/^[A-Z]+ \S+: /, '');
    const failedSame = `${names.length} of ${observations.length} probes failed the same way`;
    const message = `${url} is not reachable: ${failedSame} (${said})`;
    findings.push({ ...finding, message, evidence: { ...finding.evidence, probes: names } });
  }
  if (observations.length === 0) findings.push(noProbes());
  return { probes, findings };
}

function failureFinding(obs: Observation, verdict: Extract<Verdict, { passed: false }>, environment?: string): Finding {
  const finding = probeFinding(obs, verdict);
  if (finding.fix && environment && finding.code === 'secret_missing') {
    finding.fix = finding.fix.replace(/`wrangler secret put (\w+)`/, `\`wrangler secret put $1 --env ${environment}\``);
  }
  return finding;
}

type GatewayNotes = Map<string, { note: GatewayNote; routes: string[] }>;

function noteGatewayCode(notes: GatewayNotes, note: GatewayNote | undefined, route: string): void {
  if (!note) return;
  const seen = notes.get(note.code) ?? { note, routes: [] };
  if (!seen.routes.includes(route)) seen.routes.push(route);
  notes.set(note.code, seen);
}

/**
 * What a failure showed about the gateway's own code: a notice of its own, once per run and without
 * a location in the deployer's files, never glued to the fix of what this change broke.
 */
function gatewayNoteFindings(notes: GatewayNotes): Finding[] {
  return [...notes.values()].map(({ note, routes }) => ({
    ...smokeFinding(note.code, 'notice', `${note.message} (seen on ${routes.join(', ')})`, note.fix),
    layer: 'gateway' as const,
    evidence: { routes },
  }));
}

function noProbes(): Finding {
  const message = 'the gateway config gives nothing to probe';
  return smokeFinding('no_probes', 'warning', message, 'Add routes to the config or probes to the smoke spec.');
}

function sidesOf(obs: Observation, verdict: Verdict, baseline: BaselineInput, i: number, url: string): Sides {
  const other = baseline.observations[i]!;
  return {
    obs,
    verdict,
    baseline: other,
    baselineVerdict: classify(other),
    url,
    baselineUrl: baseline.url,
    failOn: baseline.failOn,
  };
}

/** A baseline that no probe reached compares with nothing: the run falls back to the plain smoke. */
function reachableBaseline(baseline: BaselineInput | undefined): BaselineInput | undefined {
  if (!baseline || baseline.observations.length === 0) return baseline;
  const unreachable = baseline.observations.every((obs) => {
    const verdict = classify(obs);
    return !verdict.passed && verdict.diagnosis.layer === 'edge' && DEPLOYMENT_WIDE.includes(verdict.diagnosis.code);
  });
  return unreachable ? undefined : baseline;
}

function baselineUnreachable(baseline: BaselineInput): Finding {
  if (baseline.live)
    return smokeFinding(
      'live_comparison_unavailable',
      'notice',
      `no live version to compare with (${baseline.url} did not answer any probe): a plain smoke test, so every ` +
        'failure counts, including one the live version may already have had',
      'Set the `url` input to where the live version answers, if it is not the URL the deploy reports.',
    );
  return smokeFinding(
    'baseline_unreachable',
    'warning',
    `production (${baseline.url}) did not answer any probe, so nothing was compared: this is a plain smoke test ` +
      'of the candidate',
    'Check the `baseline-url` input (or that the live deployment is reachable) to get regressions told apart.',
  );
}

function recordOf(obs: Observation, url: string, attempts: number): ProbeRecord {
  return {
    id: obs.probe.id,
    name: obs.probe.name,
    method: obs.probe.method,
    url: url + obs.probe.path,
    route: obs.probe.route ? `${obs.probe.route.method} ${obs.probe.route.path}` : undefined,
    status: obs.result.status,
    attempts,
    durationMs: obs.result.durationMs,
    outcome: 'passed',
    control: obs.probe.control || undefined,
  };
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
  const notice = (message: string, fix: string): Finding => smokeFinding(UNVERIFIED, 'notice', message, fix);
  if (!observations[0]!.logsAvailable) {
    return notice(
      `which route answered each probe is unverified (logs ${logs}): a route missing from the deployed config ` +
        'can be answered by a catch-all or parameter route without failing',
      "Give the smoke step CLOUDFLARE_API_TOKEN: the gate reads the matched route from the Worker's own log " +
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
