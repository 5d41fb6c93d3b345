// The differential smoke (issue 14): the same probe sent to the candidate (the pull request's
// preview) and to the baseline (production), each classified on its own, then compared. What
// the candidate breaks is a regression (an error); what production already fails is a warning
// the change did not cause; what the candidate repairs is a notice. Pure: verdicts in, verdicts out.
import { isDeepStrictEqual } from 'node:util';
import type { BaselineObservation, DifferentialVerdict } from '../contract.js';
import type { Finding, Layer } from '../findings.js';
import type { FailOn } from '../inputs.js';
import type { Observation, Verdict } from './classify.js';
import { answeredRoute, sameRoute } from './route-identity.js';
import { PRESENT } from './static-response.js';

export type { FailOn };

/**
 * One way two passing answers differ. `certain`: a sure sign the change broke something (a var or
 * secret gone missing, another route answering); otherwise the change may well mean it (another
 * status class, another value), so it is said without failing the gate.
 */
export interface Difference {
  text: string;
  certain: boolean;
}

export interface Comparison {
  verdict: DifferentialVerdict;
  /** Both passed, yet they differ where the route's expectation looks: what differs. */
  differences: Difference[];
}

/** One probe's verdict from the candidate's and the baseline's classification. */
export function compareProbe(candidate: Observation, cv: Verdict, baseline: Observation, bv: Verdict): Comparison {
  if (!cv.passed) return { verdict: bv.passed ? 'regression' : 'preexisting', differences: [] };
  if (!bv.passed) return { verdict: 'fixed', differences: [] };
  const differences = responseDifferences(candidate, baseline);
  return { verdict: differences.length ? 'regression' : 'unchanged', differences };
}

/** What the expectation cares about and the two passing answers do not share. */
export function responseDifferences(candidate: Observation, baseline: Observation): Difference[] {
  const out: Difference[] = [];
  const [c, b] = [candidate.result.status, baseline.result.status];
  if (c !== undefined && b !== undefined && Math.floor(c / 100) !== Math.floor(b / 100))
    out.push({ text: `status ${c} on the candidate, ${b} in production`, certain: false });
  const expected = candidate.probe.expect.json;
  if (candidate.probe.route?.kind === 'static' && expected !== undefined)
    out.push(...jsonDifferences(expected, candidate.result.json, baseline.result.json, '$'));
  const [rc, rb] = [answeredRoute(candidate.event), answeredRoute(baseline.event)];
  if (rc && rb && !sameRoute(rc, rb))
    out.push({
      text: `answered by ${rc.method} ${rc.path} on the candidate, ${rb.method} ${rb.path} in production`,
      certain: true,
    });
  return out;
}

/**
 * Where the static response's JSON may differ although both answers pass: the values the gate only
 * requires to be present (a secret, a var it could not read). Never shows them: they may be secret.
 */
function jsonDifferences(expected: unknown, c: unknown, b: unknown, at: string): Difference[] {
  if (expected === PRESENT) {
    if (isDeepStrictEqual(c, b)) return [];
    const [ce, be] = [isEmpty(c), isEmpty(b)];
    const text = `${at} is ${ce ? 'empty' : 'set'} on the candidate, ${be ? 'empty' : 'set'} in production`;
    // Missing on the candidate only: the var or secret did not reach the new version.
    if (ce !== be) return [{ text, certain: ce }];
    return [{ text: `${at} differs (values not shown: a secret or a var the gate could not read)`, certain: false }];
  }
  if (expected === null || typeof expected !== 'object') return [];
  const child = (v: unknown, key: string | number): unknown =>
    v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  return Object.entries(expected).flatMap(([key, value]) =>
    jsonDifferences(value, child(c, key), child(b, key), Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`),
  );
}

/** An unresolved reference becomes "" in the gateway: empty is what a missing var or secret looks like. */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

/** The baseline's side of a probe record. */
export function baselineRecord(obs: Observation, verdict: Verdict, url: string): BaselineObservation {
  const record: BaselineObservation = { url: url + obs.probe.path, outcome: verdict.passed ? 'passed' : 'failed' };
  if (obs.result.status !== undefined) record.status = obs.result.status;
  if (!verdict.passed) {
    record.layer = verdict.diagnosis.layer;
    record.code = verdict.diagnosis.code;
  }
  return record;
}

/** What production answered, for the evidence beside the candidate's. */
export function responseEvidence(obs: Observation, verdict: Verdict, url: string): Record<string, unknown> {
  if (!verdict.passed) return { url: url + obs.probe.path, ...verdict.evidence };
  const { result } = obs;
  return {
    url: url + obs.probe.path,
    status: result.status,
    body: result.body === undefined ? undefined : truncate(result.body, 300),
    durationMs: result.durationMs,
  };
}

export interface Sides {
  obs: Observation;
  verdict: Verdict;
  baseline: Observation;
  baselineVerdict: Verdict;
  /** The candidate's and the baseline's base URLs. */
  url: string;
  baselineUrl: string;
  failOn: FailOn;
}

/**
 * The candidate's failure finding, as its verdict makes it: a regression stays an error, a preexisting failure is a
 * warning.
 */
export function judgedFailure(finding: Finding, comparison: Comparison, sides: Sides): Finding {
  const baseline = responseEvidence(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
  const evidence = { verdict: comparison.verdict, candidate: finding.evidence, baseline };
  if (comparison.verdict === 'regression') {
    const answered = sides.baseline.result.status ?? '';
    const message = `regression (production ${sides.baselineUrl} answers ${answered} as expected): ${finding.message}`;
    return { ...finding, message, evidence };
  }
  const b = sides.baselineVerdict.passed ? undefined : sides.baselineVerdict.diagnosis;
  const how = b ? ` (production: ${b.layer} ${b.code})` : '';
  const message = `already failing in production${how}, not caused by this change: ${finding.message}`;
  const strict = sides.failOn === 'preexisting';
  const fix = strict ? finding.fix : `${finding.fix ?? ''} \`fail-on: preexisting\` makes this an error.`.trim();
  return { ...finding, severity: strict ? 'error' : 'warning', message, fix, evidence };
}

/** A route production fails and the candidate answers as expected: a notice on the route's line. */
export function fixedNotice(sides: Sides): Finding {
  const diagnosis = sides.baselineVerdict.passed ? undefined : sides.baselineVerdict.diagnosis;
  const { probe } = sides.obs;
  const what = diagnosis ? `${diagnosis.layer} ${diagnosis.code}: ${diagnosis.message}` : 'it fails there';
  // A static response this change rewrites: production still answers the old one, which is no failure of it.
  const rewritten = probe.route?.kind === 'static' && diagnosis?.code === 'unexpected_response';
  const message = rewritten
    ? `${probe.method} ${probe.path}: changed by this change: production answers the response before it ` +
      `(${diagnosis.message}); the candidate answers the configured one`
    : `${probe.method} ${probe.path}: fixed by this change: production fails (${what}); the candidate passes`;
  return differentialFinding(sides, {
    code: 'fixed_by_change',
    layer: diagnosis?.layer ?? 'probe',
    severity: 'notice',
    message,
    fix: rewritten
      ? 'Nothing to do, if the change is meant.'
      : 'Nothing to do: deploying this change repairs the route.',
  });
}

/**
 * Both passed, but differ where the expectation looks. An error only where the difference is a sure
 * sign of breakage; another status class or value may be what the change means, so it is a warning.
 */
export function changedResponse(sides: Sides, differences: readonly Difference[]): Finding {
  const { probe } = sides.obs;
  const layer: Layer = differences.some((d) => d.text.startsWith('answered by'))
    ? 'routing'
    : probe.route?.kind === 'proxy'
      ? 'upstream'
      : 'gateway';
  const certain = differences.some((d) => d.certain);
  const said = differences.map((d) => d.text).join('; ');
  return differentialFinding(sides, {
    code: 'response_changed',
    layer,
    severity: certain ? 'error' : 'warning',
    message: certain
      ? `regression: ${probe.method} ${probe.path} answers differently from production: ${said}`
      : `${probe.method} ${probe.path} answers differently from production: ${said} ` +
        '(the gate cannot tell whether this change means it)',
    fix: certain
      ? 'The candidate passes its own checks but no longer answers as production does: ' +
        'set the var or secret the response references for this deployment, or make the change on purpose in ' +
        'the config.'
      : 'If the change means it, nothing to do; otherwise check what this route reaches on the candidate.',
  });
}

function differentialFinding(
  sides: Sides,
  parts: Pick<Finding, 'code' | 'layer' | 'severity' | 'message' | 'fix'>,
): Finding {
  const location = sides.obs.probe.route?.location;
  const candidate = responseEvidence(sides.obs, sides.verdict, sides.url);
  const baseline = responseEvidence(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
  return {
    stage: 'smoke',
    category: 'client',
    ...parts,
    location,
    evidence: { verdict: parts.severity === 'notice' ? 'fixed' : 'regression', candidate, baseline },
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
