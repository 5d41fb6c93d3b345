// What flows between stages: each stage's data, and the result a stage records. The composite
// action's steps hand these on as JSON (the run directory), so this module is the contract between
// them: stages and the report depend on it, never on each other.
import type { DeploymentView } from './cloudflare/api.js';
import type { Finding, Location, Severity, StageName } from './findings.js';
import type { Reference } from './gateway/semantic-checks.js';
import type { LiveBaseline } from './smoke/live-baseline.js';
import type { ProbePlan } from './smoke/probe-plan.js';
import type { TestResults } from './project-tests/test-results.js';
import type { VersionNumbers } from './canary/analysis.js';

export type StageStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface ValidateData {
  configFile: string;
  schema: string;
  routeCount: number;
  references: (Reference & { location?: Location })[];
  /** Where each `serviceBindings` entry's `binding` is written (preflight checks them against the Worker). */
  serviceBindings?: Array<{ alias: string; binding: string; location: Location }>;
  /** SHA-256 (hex) of the config text validate judged: preflight reuses this record while the file is unchanged. */
  configSha256?: string;
  /** What the change does to the API, against `apiBase` (absent when there was nothing to compare with). */
  apiChanges?: ApiChangeRecord[];
  apiBase?: { ref: string; commit: string };
}

/** One change to the gateway's API, as the report's `apiChanges[]` holds it. */
export interface ApiChangeRecord {
  code: string;
  severity: Severity;
  /** "POST /orders"; absent for a change to the whole API (CORS, the authorizer). */
  route?: string;
  message: string;
  fix?: string;
  location?: Location;
  before?: string;
  after?: string;
  /** Where the repository accepted it ("src/api-changes-accepted.txt:3"). */
  accepted?: string;
}

export interface PreflightData {
  wranglerConfig: string;
  environment: string | null;
  workerName: string | null;
  bindings: number;
  /** How the config was read: the project's wrangler (with its version) or the gate's own rules. */
  reader: string;
  remote: { account: string; checks: number; workerExists: boolean | null } | { skipped: string };
}

export type TestKind = 'unit' | 'e2e';

export interface TestRunData {
  kind: TestKind;
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  totals?: TestResults['totals'];
  suites?: { file: string; passed: number; failed: number; skipped: number; durationMs: number }[];
}

export interface TestData {
  runs: TestRunData[];
}

export type DeployKind = 'direct' | 'gradual' | 'preview';

/** A preview deploy (issue 14): the version serves no user; it answers at its alias's own hostname. */
export interface PreviewTarget {
  /** The DNS label the version was uploaded under (`--preview-alias`), e.g. `pr-123`. */
  alias: string;
  /** `https://<alias>-<worker>.<subdomain>.workers.dev`: stable across pushes to the same pull request. */
  url: string;
}

export interface DeployData {
  mode: DeployKind;
  workerName: string;
  environment: string | null;
  accountId: string;
  /** Where the deployment answers (wrangler's first target), when it has one. */
  url?: string;
  versionId?: string;
  /** The version that had the traffic before: what rollback restores. */
  previousVersionId?: string;
  previousDeployment?: DeploymentView['versions'];
  previewUrl?: string;
  /** Preview mode: the alias and its URL, which the smoke stage probes. */
  preview?: PreviewTarget;
  /**
   * Preview and gradual: where production answers, the baseline a differential smoke compares with (absent for a new
   * Worker).
   */
  liveUrl?: string;
  /**
   * Direct: the live version's answers to the smoke test's probes, sent before the deploy changed anything
   * (or why there are none: a first deploy, no URL); the smoke stage judges the new version against them.
   */
  liveSmoke?: LiveBaseline;
  wrangler: string;
  secretsUploaded: string[];
  /** Gradual: set by smoke once the version passed and got 100%. */
  promoted?: boolean;
  /** After a failed deploy: the version the API shows serving (the previous one, unless it could not be restored). */
  servingVersionId?: string;
  /** With github-token: the GitHub deployment this deploy created, which the report step gives its final status. */
  github?: GitHubDeploymentRecord;
}

/**
 * The GitHub deployment of one deploy (issue 14), or why there is none (a fork's read-only token, an API failure):
 * then the report step does not try again.
 */
export type GitHubDeploymentRecord = { id: number; environment: string } | { skipped: string };

/** What the gate puts in a GitHub deployment's payload, so a later run finds the deployment of a Worker version. */
// A type, not an interface: octokit takes a payload as an object with an index signature.
export type GitHubDeploymentPayload = {
  gate: 'gateway-deploy-gate';
  worker: string;
  versionId?: string;
  previousVersionId?: string;
  mode: DeployKind;
};

/** What a deploy in flight knows, so a cancelled run can say what serves afterwards. */
export type DeployCheckpoint = Partial<
  Pick<DeployData, 'workerName' | 'accountId' | 'previousVersionId' | 'versionId'>
>;

/**
 * A differential smoke's verdict for one probe (issue 14): the same request sent to the candidate (the preview)
 * and the baseline (production).
 */
export type DifferentialVerdict = 'regression' | 'preexisting' | 'fixed' | 'unchanged';

/** What the baseline (production) answered to a probe's request. */
export interface BaselineObservation {
  url: string;
  status?: number;
  outcome: 'passed' | 'failed';
  layer?: string;
  code?: string;
}

export interface ProbeRecord {
  id: string;
  name: string;
  method: string;
  url: string;
  route?: string;
  status?: number;
  attempts: number;
  durationMs: number;
  outcome: 'passed' | 'failed';
  layer?: string;
  code?: string;
  control?: boolean;
  /** Differential smoke only: the baseline's answer and how the two compare. */
  baseline?: BaselineObservation;
  verdict?: DifferentialVerdict;
}

/** The deploy marker: which version the edge served to the control request. */
export interface MarkerData {
  expected?: string;
  served?: string;
  proven: boolean;
  attempts: number;
  note: string;
}

export interface SmokeData {
  url: string;
  /** Differential smoke: production's URL, probed with the same requests. */
  baselineUrl?: string;
  runId: string;
  probes: ProbeRecord[];
  skipped: ProbePlan['skipped'];
  /** How the Worker's logs were read, or why not. */
  logs: string;
  marker: MarkerData;
  promoted?: boolean;
  /** Gradual with `canary-steps`: the canary after the 0% smoke (issue 23). */
  canary?: CanaryData;
}

/** One version's real traffic in one canary step: the analysis's own numbers, as recorded. */
export type CanaryVersionRecord = VersionNumbers;

export type CanaryStepVerdict = 'passed' | 'failed' | 'promoted' | 'aborted';

export interface CanaryStepRecord {
  /** The new version's share of traffic in this step. */
  percent: number;
  startedAt: string;
  durationMs: number;
  verdict: CanaryStepVerdict;
  /** Real traffic over the step's window, per version (absent for the final 100 % step). */
  candidate?: CanaryVersionRecord;
  baseline?: CanaryVersionRecord;
  realTraffic?: { verdict: 'pass' | 'fail' | 'inconclusive'; reasons: string[]; notes: string[] };
  /** The probes sent to both versions through version overrides. */
  synthetic?: { verdict: 'pass' | 'fail' | 'skipped'; probes: number; regressions: string[]; note?: string };
  /** What decided the step, in words. */
  decision: string;
}

export interface CanaryData {
  candidateVersionId: string;
  baselineVersionId: string;
  intervalMs: number;
  minRequests: number;
  latency: 'auto' | 'on' | 'off';
  steps: CanaryStepRecord[];
  outcome: 'promoted' | 'rolled-back' | 'aborted';
  /** The version serving 100 % when the canary ended, as the gate left it. */
  servingVersionId?: string;
  /** How the real traffic was read (wrangler tail), or why it was not. */
  events: string;
}

export interface RollbackData {
  rolledBack: boolean;
  /** The version serving after the rollback (checked with the API). */
  activeVersionId?: string;
  removedVersionId?: string;
}

/** Each stage's data, by stage name (the report stage records none). */
export interface StageDataMap {
  validate: ValidateData;
  preflight: PreflightData;
  test: TestData;
  deploy: DeployData;
  smoke: SmokeData;
  rollback: RollbackData;
  report: never;
}

/** What one stage hands to the next step (through the run directory) and to the report. */
export interface StageRecord<N extends StageName> {
  name: N;
  status: StageStatus;
  durationMs: number;
  note?: string;
  findings: Finding[];
  data?: StageDataMap[N];
}

/** The result of one of the stages `K`, discriminated by `name` (a mapped type, so generic code stays typed). */
export type StageResultOf<K extends StageName = StageName> = { [P in K]: StageRecord<P> }[K];

/** Any stage's result. */
export type StageResult = StageResultOf;

// TypeScript cannot relate a generic name to the union member it selects (microsoft/TypeScript#30581):
// these two assertions, each behind a check of `name`, are the only place stage results are asserted.

/** A generic stage's record as the union. */
export function asResult<N extends StageName>(record: StageRecord<N>): StageResult {
  return record as StageResult;
}

/** The result of the stage `name` among `results`, typed by its name. */
export function resultOf<N extends StageName>(results: readonly StageResult[], name: N): StageRecord<N> | undefined {
  return results.find((r) => r.name === name) as StageRecord<N> | undefined;
}
