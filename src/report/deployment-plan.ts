// What the gate tells GitHub Deployments about a deploy, decided from the stage results alone:
// the deployment to create when the deploy step ends, and the statuses the report step posts
// once smoke (and rollback) have run. No I/O here; github-deployments.ts sends what this decides.
import {
  resultOf,
  type DeployData,
  type GitHubDeploymentPayload,
  type StageRecord,
  type StageResult,
} from '../contract.js';
import type { Finding } from '../findings.js';

/** GitHub refuses a deployment or status description longer than this. */
const MAX_DESCRIPTION = 140;

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

export interface CreateDeployment {
  ref: string;
  environment: string;
  task: 'deploy';
  /** Never merge the default branch into the ref: the gate deploys what was checked out. */
  auto_merge: false;
  /** Without this GitHub refuses (409) while the commit's own checks (this job's among them) still run. */
  required_contexts: [];
  transient_environment: boolean;
  production_environment: boolean;
  payload: GitHubDeploymentPayload;
  description: string;
}

export interface DeploymentStatus {
  state: DeploymentState;
  description: string;
  log_url?: string;
  environment_url?: string;
}

/** Where a deploy lands in GitHub's terms. */
export interface DeploymentTarget {
  environment: string;
  transient: boolean;
  production: boolean;
  /** What users (or reviewers, for a preview) open: the preview's URL, else the deployment's. */
  url?: string;
}

/** The run's own facts: the commit deployed and the run's page. */
export interface RunFacts {
  ref: string;
  logUrl?: string;
}

/** Another deployment of the same environment whose state this run changes, found by the report step. */
export interface RelatedStatus {
  environment: string;
  /** The deployment carrying this Worker version, or the newest one before this run's (a preview's last push). */
  match: { versionId: string } | 'newest-other';
  status: DeploymentStatus;
}

export interface FinishPlan {
  id: number;
  own: DeploymentStatus;
  related?: RelatedStatus;
}

/** A preview is `preview/<alias>`, transient; a deploy is its wrangler environment (top level: `production`). */
export function deploymentTarget(data: DeployData): DeploymentTarget {
  if (data.mode === 'preview') {
    const environment = data.preview ? `preview/${data.preview.alias}` : 'preview';
    return { environment, transient: true, production: false, url: data.preview?.url ?? data.previewUrl };
  }
  const environment = data.environment ?? 'production';
  // GitHub's own rule for its default: the environment named production is the one end users use.
  return { environment, transient: false, production: environment === 'production', url: data.url };
}

/** After the deploy step: the deployment to create and its first status, or nothing when nothing was deployed. */
export function startPlan(
  deploy: StageRecord<'deploy'>,
  run: RunFacts,
): { create: CreateDeployment; status: DeploymentStatus } | undefined {
  const data = deploy.data;
  if (!data || deploy.status === 'skipped') return undefined;
  const target = deploymentTarget(data);
  const payload: GitHubDeploymentPayload = { gate: 'gateway-deploy-gate', worker: data.workerName, mode: data.mode };
  if (data.versionId) payload.versionId = data.versionId;
  if (data.previousVersionId) payload.previousVersionId = data.previousVersionId;
  const create: CreateDeployment = {
    ref: run.ref,
    environment: target.environment,
    task: 'deploy',
    auto_merge: false,
    required_contexts: [],
    transient_environment: target.transient,
    production_environment: target.production,
    payload,
    description: describe(`${data.workerName} ${data.mode} deploy${data.versionId ? ` of ${data.versionId}` : ''}`),
  };
  const passed = deploy.status === 'passed';
  const description = passed
    ? `smoke-testing version ${data.versionId ?? '?'}`
    : `deploy failed: ${firstError(deploy.findings) ?? deploy.note ?? deploy.status}`;
  return { create, status: withLog({ state: passed ? 'in_progress' : 'failure', description }, run) };
}

/** After smoke and rollback: the final status of this run's deployment, and of the one it replaced or restored. */
export function finishPlan(results: readonly StageResult[], run: RunFacts): FinishPlan | undefined {
  const deploy = resultOf(results, 'deploy');
  const data = deploy?.data;
  const github = data?.github;
  if (!deploy || deploy.status !== 'passed' || !data || !github || !('id' in github)) return undefined;
  const target = deploymentTarget(data);
  const smoke = resultOf(results, 'smoke');
  const version = data.versionId ?? '?';
  if (smoke?.status === 'passed') {
    const own = withLog({ state: 'success', description: `version ${version} passed the smoke test` }, run, target.url);
    return { id: github.id, own, related: replacedStatus(data, target, run) };
  }
  if (!smoke || smoke.status === 'skipped') return { id: github.id, own: unsmoked(data, run, target.url) };
  const why = firstError(smoke.findings) ?? smoke.note ?? smoke.status;
  const own = withLog({ state: 'failure', description: `smoke test failed: ${why}` }, run);
  const restored = data.mode === 'preview' ? undefined : restoredVersion(results, data);
  if (!restored) return { id: github.id, own };
  const description = `serving again: ${version} failed the smoke test`;
  const status = withLog({ state: 'success', description }, run, data.url);
  return { id: github.id, own, related: { environment: target.environment, match: { versionId: restored }, status } };
}

/** The id of the deployment a RelatedStatus means, among the environment's deployments (newest first). */
export function pickRelated(
  deployments: readonly { id: number; payload: unknown }[],
  related: RelatedStatus,
  own: { id: number; worker: string },
): number | undefined {
  const ours = deployments.filter((d) => d.id !== own.id && payloadOf(d.payload)?.worker === own.worker);
  if (related.match === 'newest-other') return ours.find((d) => d.id < own.id)?.id;
  const { versionId } = related.match;
  return ours.find((d) => payloadOf(d.payload)?.versionId === versionId)?.id;
}

/** A passing deploy replaces the version that served (a preview, its pull request's previous push): now inactive. */
function replacedStatus(data: DeployData, target: DeploymentTarget, run: RunFacts): RelatedStatus | undefined {
  const environment = target.environment;
  if (target.transient) {
    const status = withLog({ state: 'inactive', description: 'replaced by a later push' }, run);
    return { environment, match: 'newest-other', status };
  }
  if (!data.previousVersionId) return undefined;
  const status = withLog({ state: 'inactive', description: `replaced by ${data.versionId ?? '?'}` }, run);
  return { environment, match: { versionId: data.previousVersionId }, status };
}

/** Smoke did not run: a direct deploy or a preview is out there untested; a gradual one never got traffic. */
function unsmoked(data: DeployData, run: RunFacts, url: string | undefined): DeploymentStatus {
  if (data.mode === 'gradual')
    return withLog({ state: 'inactive', description: 'uploaded at 0%, not smoke-tested, not promoted' }, run);
  return withLog(
    { state: 'success', description: `version ${data.versionId ?? '?'} deployed, not smoke-tested` },
    run,
    url,
  );
}

/** The version a rollback put back in front of users, when it did. */
function restoredVersion(results: readonly StageResult[], data: DeployData): string | undefined {
  const rollback = resultOf(results, 'rollback')?.data;
  if (!rollback?.rolledBack) return undefined;
  return rollback.activeVersionId ?? data.previousVersionId;
}

/** A payload this gate wrote (GitHub returns it as sent; an older API as a JSON string). */
function payloadOf(payload: unknown): Partial<GitHubDeploymentPayload> | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<GitHubDeploymentPayload>;
  return p.gate === 'gateway-deploy-gate' ? p : undefined;
}

/** A canary step while the deploy is still under way (the report step posts the final state). */
export function canaryStepStatus(description: string, run: RunFacts): DeploymentStatus {
  return withLog({ state: 'in_progress', description }, run);
}

function withLog(status: DeploymentStatus, run: RunFacts, environmentUrl?: string): DeploymentStatus {
  const full: DeploymentStatus = { ...status, description: describe(status.description) };
  if (run.logUrl) full.log_url = run.logUrl;
  if (environmentUrl) full.environment_url = environmentUrl;
  return full;
}

function firstError(findings: readonly Finding[]): string | undefined {
  const error = findings.find((f) => f.severity === 'error');
  return error && `${error.layer}/${error.code}: ${error.message}`;
}

function describe(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_DESCRIPTION ? line : `${line.slice(0, MAX_DESCRIPTION - 1)}…`;
}
