// The canary's findings: a failed step (one per route it names, on the route's config line, with
// both versions' numbers and sample requests), an aborted canary (an error or a cancel mid-step),
// and a warning where real traffic was too thin to judge and the synthetic probes decided alone.
import { findingFactory, type Finding, type Location } from '../findings.js';
import type { CanaryStepRecord, CanaryVersionRecord } from '../contract.js';
import { percentText, type CanaryResult } from './run-canary.js';

const finding = findingFactory('smoke', 'gateway', { owned: true });

export interface FindingContext {
  worker: string;
  kit: { routeLine(route: string): Location | undefined; nameLine?: Location };
}

export function canaryFindings(result: CanaryResult, context: FindingContext): Finding[] {
  const out: Finding[] = [];
  const thin = result.data.steps.filter((s) => s.realTraffic?.verdict === 'inconclusive');
  if (thin.length > 0) out.push(thinTraffic(thin, result.data.events, context));
  const stop = result.stop;
  if (!stop) return out;
  const after = stop.restore.ok ? stop.restore.note : `NOT rolled back: ${stop.restore.note}`;
  if (stop.kind === 'aborted') {
    const message = `canary stopped at ${stop.step.percent} %: ${stop.problem}; ${after}`;
    const fix = stop.restore.ok
      ? 'Rerun the workflow: the next deploy starts from the previous version at 100 %.'
      : 'Run `wrangler versions deploy <previous>@100%` by hand, then rerun the workflow.';
    out.push(finding('canary_aborted', 'error', message, fix, { layer: 'deploy', location: context.kit.nameLine }));
    return out;
  }
  const routes = stop.reasons.filter((r) => r.route);
  const others = stop.reasons.filter((r) => !r.route);
  const fix =
    'The new version served real users worse than the previous one: read the sample requests in the evidence, ' +
    'reproduce them against the version (its preview URL or a version override), fix and deploy again.';
  const evidence = stepEvidence(stop.step);
  for (const reason of routes) {
    const message =
      `canary failed at ${stop.step.percent} % on ${reason.route}: ` +
      `${reason.text}; ${numbers(stop.step)}; ${after}`;
    const location = context.kit.routeLine(reason.route!) ?? context.kit.nameLine;
    out.push(finding('canary_failed', 'error', message, fix, { location, evidence }));
  }
  if (others.length > 0 || routes.length === 0) {
    const said = others.map((r) => r.text).join('; ') || stop.step.decision;
    const message = `canary failed at ${stop.step.percent} %: ${said}; ${numbers(stop.step)}; ${after}`;
    out.push(finding('canary_failed', 'error', message, fix, { location: context.kit.nameLine, evidence }));
  }
  if (!stop.restore.ok) {
    const message = `the canary failed, and the rollback did not take: ${stop.restore.note}`;
    const fix = 'Run `wrangler versions deploy <previous>@100%` by hand now: users still reach the new version.';
    out.push(finding('canary_rollback_failed', 'error', message, fix, { layer: 'deploy' }));
  }
  return out;
}

function numbers(step: CanaryStepRecord): string {
  const side = (name: string, v: CanaryVersionRecord | undefined) =>
    v ? `${name} ${v.versionId}: ${v.errors}/${v.requests} requests failed (${percentText(v.errorRate)})` : '';
  return [side('new', step.candidate), side('previous', step.baseline)].filter(Boolean).join(', ');
}

function stepEvidence(step: CanaryStepRecord): Record<string, unknown> {
  return {
    step: step.percent,
    decision: step.decision,
    candidate: step.candidate,
    baseline: step.baseline,
    realTraffic: step.realTraffic,
    synthetic: step.synthetic,
  };
}

function thinTraffic(steps: CanaryStepRecord[], events: string, context: FindingContext): Finding {
  const each = steps.map((s) => `${s.percent} % (${s.realTraffic?.reasons[0] ?? '?'})`).join('; ');
  const message =
    `real traffic was too thin to judge the new version of ${context.worker} at ${each}: ` +
    `the synthetic probes decided those steps (events: ${events})`;
  const fix =
    'Nothing to do if the gateway has little traffic; otherwise lengthen `canary-interval` so each step sees ' +
    '`canary-min-requests` requests per version.';
  return finding('canary_traffic_thin', 'warning', message, fix, { location: context.kit.nameLine });
}
