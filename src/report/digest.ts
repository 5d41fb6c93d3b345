// What the first screen of the summary, the check run and the pull-request comment says (issue 22):
// the problems (each root cause once, the routes it folds pointing to it), what else to know, and
// what serves production now. Pure: findings and stage results in, facts out; the renderers format.
import { resultOf, type CanaryData, type StageResult } from '../contract.js';
import { canaryHeadline } from './canary-section.js';
import { formatLocation, sortFindings, type Finding } from '../findings.js';
import { counted } from '../text.js';

export interface Problem {
  /** 1-based, as "see root cause 1" names it. */
  number: number;
  finding: Finding;
  /** The routes it breaks (a folded root cause lists them), empty when it is not about routes. */
  routes: string[];
}

export interface Digest {
  /** The errors: each one problem to fix. */
  problems: Problem[];
  /** Warnings and notices that are not a folded route of a problem, most important first. */
  others: Finding[];
}

interface RootCauseLink {
  code?: unknown;
  location?: unknown;
}

/** The routes behind a problem, from its evidence: a root cause lists them, a probe names its request. */
function routesOf(finding: Finding): string[] {
  const routes = finding.evidence?.routes;
  return Array.isArray(routes) ? routes.filter((r): r is string => typeof r === 'string') : [];
}

export function digest(findings: readonly Finding[]): Digest {
  const sorted = sortFindings(findings);
  const problems = sorted
    .filter((f) => f.severity === 'error')
    .map((finding, i) => ({ number: i + 1, finding, routes: routesOf(finding) }));
  const d: Digest = { problems, others: [] };
  for (const f of sorted) {
    if (f.severity === 'error' || foldedInto(d, f) !== undefined) continue;
    // A warning's own folded routes (preexisting failures) say nothing their warning does not.
    if (!(f.evidence?.rootCause && f.severity === 'notice')) d.others.push(f);
  }
  return d;
}

/**
 * The number of the problem a finding is (an error) or belongs to (a route a root cause folds).
 * By value, not identity: a stage's section may hold copies of the report's findings.
 */
export function problemNumber(d: Digest, f: Finding): number | undefined {
  if (f.severity === 'error') {
    const same = (p: Problem) =>
      p.finding.stage === f.stage &&
      p.finding.code === f.code &&
      p.finding.message === f.message &&
      formatLocation(p.finding.location) === formatLocation(f.location);
    return d.problems.find(same)?.number;
  }
  return foldedInto(d, f);
}

/** Warnings and notices the lead lists in full under the problems; past this it counts them. */
export const MAX_OTHERS = 5;

/** Whether the lead lists this warning or notice in full (so a table below need not repeat it). */
export function listedAbove(d: Digest, f: Finding): boolean {
  return d.others
    .slice(0, MAX_OTHERS)
    .some(
      (o) =>
        o.code === f.code &&
        o.stage === f.stage &&
        o.message === f.message &&
        formatLocation(o.location) === formatLocation(f.location),
    );
}

function foldedInto(d: Digest, f: Finding): number | undefined {
  const link = f.evidence?.rootCause as RootCauseLink | undefined;
  if (!link) return undefined;
  const cause = d.problems.find(
    (p) => p.finding.code === link.code && formatLocation(p.finding.location) === link.location,
  );
  return cause?.number;
}

/** "1 problem on 3 routes", "2 problems", "no problems". */
export function problemCount(d: Digest): string {
  if (d.problems.length === 0) return 'no problems';
  const routes = new Set(d.problems.flatMap((p) => p.routes));
  return `${counted(d.problems.length, 'problem')}${routes.size ? ` on ${counted(routes.size, 'route')}` : ''}`;
}

/** The log lines the gate captured for the failing probe behind a finding (already redacted with the result). */
export function capturedLog(finding: Finding): { request?: string; lines: string[] } | undefined {
  const evidence = finding.evidence as
    { request?: unknown; logs?: unknown; candidate?: { request?: unknown; logs?: unknown } } | undefined;
  const own = evidence?.logs !== undefined ? evidence : evidence?.candidate;
  const logs = own?.logs as { lines?: unknown; exceptions?: unknown } | undefined;
  if (!logs || typeof logs !== 'object') return undefined;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((l) => typeof l === 'string') : []);
  const lines = [...strings(logs.lines), ...strings(logs.exceptions)];
  if (lines.length === 0) return undefined;
  return { request: typeof own?.request === 'string' ? own.request : undefined, lines };
}

/**
 * What serves production after this run, in one line (inline code in backticks): rolled back to
 * X, unchanged (a preview), promoted to 100 %, the new version, or what the gate could not tell.
 */
export function productionState(results: readonly StageResult[]): string | undefined {
  const deployResult = resultOf(results, 'deploy');
  const deploy = deployResult?.data;
  if (!deployResult || deployResult.status === 'skipped' || !deploy?.workerName) return undefined;
  const tick = (v: string | undefined) => (v ? `\`${v}\`` : 'the previous version');
  const rollback = resultOf(results, 'rollback');
  const smoke = resultOf(results, 'smoke');
  if (deployResult.status !== 'passed') {
    return deploy.servingVersionId
      ? `unchanged: the deploy failed and ${tick(deploy.servingVersionId)} serves (checked with the API)`
      : 'the deploy failed; which version serves was not confirmed (see the deploy stage)';
  }
  if (deploy.mode === 'preview') {
    const live = deploy.liveUrl ? ` at ${deploy.liveUrl}` : '';
    return `unchanged: ${tick(deploy.previousVersionId)} serves${live}; this run deployed only a preview`;
  }
  const canary = smoke?.data?.canary;
  if (canary) return canaryState(canary, tick);
  if (rollback?.data?.rolledBack) {
    const { activeVersionId: active, removedVersionId: removed } = rollback.data;
    const before = active === deploy.previousVersionId ? ' (the version before this run)' : '';
    return `rolled back to ${tick(active)}${before}; ${tick(removed ?? deploy.versionId)} no longer serves`;
  }
  if (rollback && (rollback.status === 'failed' || rollback.status === 'error'))
    return `⚠️ the rollback failed: ${tick(deploy.versionId)} may still serve (see the rollback stage)`;
  if (smoke?.data?.promoted) return `${tick(deploy.versionId)} promoted to 100 %`;
  const at = deploy.url ? ` at ${deploy.url}` : '';
  if (smoke?.status === 'failed')
    return `${tick(deploy.versionId)} serves${at}: it failed the smoke test and was not rolled back`;
  if (deploy.mode === 'gradual') return `${tick(deploy.versionId)} deployed gradually, not promoted`;
  const tested = smoke?.status === 'passed' ? 'smoke-tested' : 'not smoke-tested';
  return `${tick(deploy.versionId)} serves${at} (deployed by this run, ${tested})`;
}

/** A gradual deploy's canary: where it ended and which version serves (as the gate left it). */
function canaryState(canary: CanaryData, tick: (v: string | undefined) => string): string {
  const headline = canaryHeadline(canary);
  const candidate = tick(canary.candidateVersionId);
  if (canary.outcome === 'promoted') return `${candidate} ${headline} (canary)`;
  const serving = canary.servingVersionId
    ? `${tick(canary.servingVersionId)} serves 100 % again`
    : `⚠️ which version serves was not confirmed (see the canary finding)`;
  if (canary.outcome === 'rolled-back') return `canary ${headline}: ${candidate} failed it; ${serving}`;
  return `canary ${headline}; ${serving}`;
}
