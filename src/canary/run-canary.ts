// The canary's steps (issue 23): the new version gets each percentage in turn, is watched for the
// interval on real traffic (the Worker's tail events, per version) and on the synthetic probes
// (both versions through overrides), and is promoted only while it is as healthy as the previous
// version over the same window. A failure, an error or a cancel ends with one version at 100 %:
// never a split left behind. The I/O is injected (CanaryIo); the decisions are analysis.ts's.
import { judge, Tally, type CanaryEvent, type RealVerdict, type VersionNumbers } from './analysis.js';
import type { CanaryPlan } from './plan.js';
import type { SyntheticVerdict } from './synthetic.js';
import type { CanaryData, CanaryStepRecord, CanaryVersionRecord } from '../contract.js';

export interface CanaryIo {
  /** `wrangler versions deploy new@p% old@(100-p)%` (p = 100: the new one alone); a problem in words, or undefined. */
  split(percent: number): Promise<string | undefined>;
  /** Back to the previous version at 100 %; says what serves afterwards. */
  restore(why: string): Promise<{ ok: boolean; note: string }>;
  /** Both versions probed through version overrides. */
  probe(): Promise<SyntheticVerdict>;
  /** Starts the tail; every event of the Worker goes to `sink`. Says how events are read, or why not. */
  startEvents(sink: (event: CanaryEvent) => void): Promise<{ live: boolean; note: string }>;
  stopEvents(): Promise<void>;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** The signal that cancelled the run, once one has. */
  cancelled(): string | undefined;
  progress(line: string): void;
  /** A step was decided (a GitHub Deployment status carries it); never throws, never fails the canary. */
  stepDecided?(step: CanaryStepRecord): Promise<void>;
}

export interface CanaryVersions {
  candidate: string;
  baseline: string;
}

/** What made the canary stop short of 100 %. */
export interface CanaryStop {
  kind: 'failed' | 'aborted';
  step: CanaryStepRecord;
  /** Real-traffic reasons (with their routes) and synthetic regressions. */
  reasons: Array<{ text: string; route?: string }>;
  restore: { ok: boolean; note: string };
  /** The step could not be deployed, or the run was cancelled: why. */
  problem?: string;
}

export interface CanaryResult {
  data: CanaryData;
  stop?: CanaryStop;
}

/** Waits are cut into ticks, so a cancel is seen within one. */
const TICK_MS = 250;

export async function runCanary(plan: CanaryPlan, versions: CanaryVersions, io: CanaryIo): Promise<CanaryResult> {
  let tally = new Tally(versions.candidate, versions.baseline);
  const events = await io.startEvents((event) => tally.add(event));
  const data: CanaryData = {
    candidateVersionId: versions.candidate,
    baselineVersionId: versions.baseline,
    intervalMs: plan.intervalMs,
    minRequests: plan.minRequests,
    latency: plan.latency,
    steps: [],
    outcome: 'aborted',
    events: events.note,
  };
  try {
    for (const percent of plan.steps) {
      const startedAt = io.now();
      const problem = io.cancelled() ? `the run was cancelled (${io.cancelled()})` : await io.split(percent);
      if (problem) return await abort(io, data, { percent, startedAt, problem });
      if (percent === 100) {
        data.steps.push(promotedStep(startedAt, io.now()));
        data.outcome = 'promoted';
        data.servingVersionId = versions.candidate;
        io.progress(`canary: ${versions.candidate} promoted to 100 %`);
        return { data };
      }
      tally = new Tally(versions.candidate, versions.baseline);
      const step = await observeStep(plan, io, { percent, startedAt, tally: () => tally, live: events.live });
      if (step === 'cancelled') return await abort(io, data, { percent, startedAt, problem: cancelledText(io) });
      data.steps.push(step.record);
      io.progress(progressLine(step.record));
      await io.stepDecided?.(step.record).catch(() => undefined);
      if (step.record.verdict === 'failed') return await rollBack(io, data, step.record, step.reasons);
    }
    return { data };
  } catch (error) {
    const problem = `the canary stopped on an error: ${(error as Error).message}`;
    return await abort(io, data, { percent: data.steps.at(-1)?.percent ?? 0, startedAt: io.now(), problem });
  } finally {
    await io.stopEvents();
  }
}

const cancelledText = (io: CanaryIo): string => `the run was cancelled (${io.cancelled()})`;

function promotedStep(startedAt: number, now: number): CanaryStepRecord {
  return {
    percent: 100,
    startedAt: new Date(startedAt).toISOString(),
    durationMs: now - startedAt,
    verdict: 'promoted',
    decision: 'every earlier step passed: the new version serves all traffic',
  };
}

interface Observed {
  record: CanaryStepRecord;
  reasons: Array<{ text: string; route?: string }>;
}

/** One step: the interval (one more while real traffic is too thin), then both signals decide. */
async function observeStep(
  plan: CanaryPlan,
  io: CanaryIo,
  step: { percent: number; startedAt: number; tally: () => Tally; live: boolean },
): Promise<Observed | 'cancelled'> {
  io.progress(`canary: ${step.percent} % of traffic on the new version, watching for ${plan.intervalMs / 1000} s`);
  if (!(await wait(io, plan.intervalMs))) return 'cancelled';
  let real = judge(step.tally().candidate, step.tally().baseline, plan);
  if (real.verdict === 'inconclusive' && step.live) {
    io.progress(`canary: ${real.reason}; watching one more interval`);
    if (!(await wait(io, plan.intervalMs))) return 'cancelled';
    real = judge(step.tally().candidate, step.tally().baseline, plan);
  }
  const synthetic = await io.probe();
  if (io.cancelled()) return 'cancelled';
  const candidate = versionRecord(step.tally().candidate);
  const baseline = versionRecord(step.tally().baseline);
  const { verdict, decision } = decide(real, synthetic, step.live);
  const reasons = [
    ...(real.verdict === 'fail' ? real.reasons.map((r) => ({ text: r.text, route: r.route })) : []),
    ...synthetic.regressions.map((text) => ({ text: `synthetic probe regressed: ${text}` })),
  ];
  const record: CanaryStepRecord = {
    percent: step.percent,
    startedAt: new Date(step.startedAt).toISOString(),
    durationMs: io.now() - step.startedAt,
    verdict,
    candidate,
    baseline,
    realTraffic: realRecord(real),
    synthetic,
    decision,
  };
  return { record, reasons };
}

/** Either signal failing fails the step; thin real traffic leaves the decision to the probes, and says so. */
export function decide(
  real: RealVerdict,
  synthetic: SyntheticVerdict,
  live: boolean,
): { verdict: 'passed' | 'failed'; decision: string } {
  const probes = `${synthetic.probes} synthetic probes`;
  if (real.verdict === 'fail' && synthetic.verdict === 'fail')
    return { verdict: 'failed', decision: `real traffic and the ${probes} show the new version worse` };
  if (real.verdict === 'fail')
    return { verdict: 'failed', decision: 'real traffic shows the new version worse than the previous one' };
  if (synthetic.verdict === 'fail')
    return { verdict: 'failed', decision: `the ${probes} show a regression on the new version` };
  if (real.verdict === 'pass')
    return { verdict: 'passed', decision: `real traffic and the ${probes} show the new version as healthy` };
  const thin = live
    ? `real traffic was too thin to judge (${real.reason})`
    : 'real traffic could not be read (no tail)';
  return { verdict: 'passed', decision: `${thin}: decided by the ${probes}, which all passed` };
}

function realRecord(real: RealVerdict): NonNullable<CanaryStepRecord['realTraffic']> {
  if (real.verdict === 'fail') return { verdict: 'fail', reasons: real.reasons.map((r) => r.text), notes: real.notes };
  if (real.verdict === 'inconclusive') return { verdict: 'inconclusive', reasons: [real.reason], notes: real.notes };
  return { verdict: 'pass', reasons: [], notes: real.notes };
}

function versionRecord(n: VersionNumbers): CanaryVersionRecord {
  const record: CanaryVersionRecord = {
    versionId: n.versionId,
    requests: n.requests,
    errors: n.errors,
    errorRate: Math.round(n.errorRate * 10_000) / 10_000,
    timed: n.timed,
    routes: n.routes,
    samples: n.samples,
  };
  if (n.p99Ms !== undefined) record.p99Ms = n.p99Ms;
  return record;
}

/** True when the wait ran its course; false on a cancel. */
async function wait(io: CanaryIo, ms: number): Promise<boolean> {
  const end = io.now() + ms;
  while (io.now() < end) {
    if (io.cancelled()) return false;
    await io.sleep(Math.min(TICK_MS, end - io.now()));
  }
  return !io.cancelled();
}

export function progressLine(step: CanaryStepRecord): string {
  const c = step.candidate;
  const b = step.baseline;
  const numbers =
    c && b
      ? `${percentText(c.errorRate)} errors (${c.requests} requests) vs ${percentText(b.errorRate)} (${b.requests})`
      : '';
  return `canary: ${step.percent} % ${step.verdict}${numbers ? `: ${numbers}` : ''}; ${step.decision}`;
}

export const percentText = (rate: number): string => `${(rate * 100).toFixed(1)} %`;

async function rollBack(
  io: CanaryIo,
  data: CanaryData,
  step: CanaryStepRecord,
  reasons: Array<{ text: string; route?: string }>,
): Promise<CanaryResult> {
  io.progress(`canary: rolling back to ${data.baselineVersionId} at 100 %`);
  const restore = await io.restore(`canary failed at ${step.percent} %`);
  data.outcome = restore.ok ? 'rolled-back' : 'aborted';
  if (restore.ok) data.servingVersionId = data.baselineVersionId;
  return { data, stop: { kind: 'failed', step, reasons, restore } };
}

async function abort(
  io: CanaryIo,
  data: CanaryData,
  at: { percent: number; startedAt: number; problem: string },
): Promise<CanaryResult> {
  const step: CanaryStepRecord = {
    percent: at.percent,
    startedAt: new Date(at.startedAt).toISOString(),
    durationMs: io.now() - at.startedAt,
    verdict: 'aborted',
    decision: at.problem,
  };
  data.steps.push(step);
  io.progress(`canary: ${at.problem}; back to ${data.baselineVersionId} at 100 %`);
  const restore = await io.restore(at.problem);
  data.outcome = 'aborted';
  if (restore.ok) data.servingVersionId = data.baselineVersionId;
  return { data, stop: { kind: 'aborted', step, reasons: [], restore, problem: at.problem } };
}
