// GitHub Deployments for a deploy (issue 14): the deploy step creates the deployment of the new
// version (in_progress while smoke tests it), the report step gives it its final status and
// updates the deployment it replaced or a rollback restored. deployment-plan.ts decides; this
// sends. Nothing here fails the gate: a fork's read-only token is one notice, any other API
// failure one warning, and the gate goes on.
import type { GitHubDeploymentRecord, StageRecord, StageResult } from '../contract.js';
import type { GateConfig } from '../inputs.js';
import { escapeCommand } from '../runner-protocol.js';
import {
  canaryStepStatus,
  finishPlan,
  pickRelated,
  startPlan,
  type DeploymentStatus,
  type RunFacts,
} from './deployment-plan.js';
import {
  DEFAULT_TIMEOUT_MS,
  describeFailure,
  field,
  githubClient,
  headShaOf,
  readEventPayload,
  repositoryOf,
  type FailureContext,
  type GitHubClient,
} from './github-checks.js';

const FAILURE: FailureContext = { doing: 'create a GitHub deployment', permission: 'deployments: write' };
const TITLE = 'gateway-deploy-gate';

type Say = (line: string) => void;
type Repository = { owner: string; repo: string };

/** The deploy step's result with the GitHub deployment it created (or why none), for the report step. */
export async function recordGitHubDeployment(gate: GateConfig, result: StageResult, say: Say): Promise<StageResult> {
  if (result.name !== 'deploy' || !result.data || !gate.githubToken) return result;
  const github = await startDeployment(gate, result, say);
  return github ? { ...result, data: { ...result.data, github } } : result;
}

async function startDeployment(
  gate: GateConfig,
  deploy: StageRecord<'deploy'>,
  say: Say,
): Promise<GitHubDeploymentRecord | undefined> {
  const facts = await runFacts(gate.env);
  if ('skipped' in facts) return skip(facts.skipped, say);
  const plan = startPlan(deploy, facts.run);
  if (!plan) return undefined;
  const token = gate.githubToken!;
  let id: number | undefined;
  try {
    const octokit = await githubClient(token, gate.env, DEFAULT_TIMEOUT_MS);
    const created = await octokit.rest.repos.createDeployment({ ...facts.repository, ...plan.create });
    const answer = field(created.data, 'id');
    // 202 is GitHub merging the default branch in first, which auto_merge: false never asks for.
    if (typeof answer !== 'number')
      return warn(`GitHub created no deployment: ${String(field(created.data, 'message'))}`, say);
    id = answer;
    await postStatus(octokit, facts.repository, id, plan.status);
    say(`GitHub deployment ${id} (${plan.create.environment}): ${plan.status.state}`);
    return { id, environment: plan.create.environment };
  } catch (error) {
    const doing = id === undefined ? FAILURE.doing : `set the status of GitHub deployment ${id}`;
    const failure = describeFailure(error, token, { ...FAILURE, doing });
    const record = failure.status === 403 ? skip(failure.reason, say) : warn(failure.reason, say);
    // A deployment that exists still gets its final status from the report step.
    return id === undefined ? record : { id, environment: plan.create.environment };
  }
}

/** The report step: the deployment's final status, and the one it replaced (inactive) or restored (success). */
export async function finishGitHubDeployment(
  gate: GateConfig,
  results: readonly StageResult[],
  say: Say,
): Promise<string | undefined> {
  const facts = await runFacts(gate.env);
  if ('skipped' in facts) return undefined; // said once already, by the deploy step
  const plan = finishPlan(results, facts.run);
  const deploy = results.find((r) => r.name === 'deploy');
  if (!plan || deploy?.name !== 'deploy' || !deploy.data) return undefined;
  const token = gate.githubToken!;
  const doing = `update GitHub deployment ${plan.id}`;
  try {
    const octokit = await githubClient(token, gate.env, DEFAULT_TIMEOUT_MS);
    await postStatus(octokit, facts.repository, plan.id, plan.own);
    const notes = [`GitHub deployment ${plan.id}: ${plan.own.state}`];
    if (plan.related) {
      const { data } = await octokit.rest.repos.listDeployments({
        ...facts.repository,
        environment: plan.related.environment,
        per_page: 100,
      });
      const own = { id: plan.id, worker: deploy.data.workerName };
      const other = pickRelated(data, plan.related, own);
      if (other !== undefined) {
        await postStatus(octokit, facts.repository, other, plan.related.status);
        notes.push(`GitHub deployment ${other}: ${plan.related.status.state}`);
      }
    }
    return notes.join('; ');
  } catch (error) {
    warn(describeFailure(error, token, { ...FAILURE, doing }).reason, say);
    return undefined;
  }
}

async function postStatus(
  octokit: GitHubClient,
  repository: Repository,
  id: number,
  status: DeploymentStatus,
): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({ ...repository, ...status, deployment_id: id });
}

/** The repository, the commit and the run's page; or why deployments are skipped (no repository, a fork). */
async function runFacts(
  env: NodeJS.ProcessEnv,
): Promise<{ repository: Repository; run: RunFacts } | { skipped: string }> {
  const repository = repositoryOf(env);
  if (!repository) return { skipped: 'GITHUB_REPOSITORY is not set as owner/name' };
  const payload = await readEventPayload(env);
  const headRepo = field(payload, 'pull_request', 'head', 'repo', 'full_name');
  const fork = field(payload, 'pull_request', 'head', 'repo', 'fork') === true;
  if (fork || (typeof headRepo === 'string' && headRepo !== `${repository.owner}/${repository.repo}`))
    return { skipped: 'a pull request from a fork gets a read-only token' };
  const ref = headShaOf(env.GITHUB_EVENT_NAME, payload, env.GITHUB_SHA);
  if (!ref) return { skipped: 'no commit to deploy: neither pull_request.head.sha nor GITHUB_SHA' };
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const run: RunFacts = { ref };
  if (env.GITHUB_RUN_ID)
    run.logUrl = `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  return { repository, run };
}

function skip(reason: string, say: Say): GitHubDeploymentRecord {
  say(`::notice title=${TITLE}::${escapeCommand(`GitHub Deployments skipped: ${reason}`)}`);
  return { skipped: reason };
}

function warn(reason: string, say: Say): GitHubDeploymentRecord {
  say(`::warning title=${TITLE}::${escapeCommand(`GitHub Deployments: ${reason}; the gate goes on without them`)}`);
  return { skipped: reason };
}

/** A canary step's status is informative only: a slow API must not hold the canary's clock. */
const STEP_TIMEOUT_MS = 5_000;

/**
 * One canary step as an `in_progress` status of this run's deployment ("50 % · 0.2 % errors vs
 * 0.1 % · 1,204 requests"). Best effort: any failure is one line in the log, never a finding.
 */
export async function postCanaryStepStatus(
  gate: GateConfig,
  deploymentId: number,
  description: string,
  say: Say,
): Promise<void> {
  if (!gate.githubToken) return;
  try {
    const facts = await runFacts(gate.env);
    if ('skipped' in facts) return;
    const status = canaryStepStatus(description, facts.run);
    const octokit = await githubClient(gate.githubToken, gate.env, STEP_TIMEOUT_MS);
    await postStatus(octokit, facts.repository, deploymentId, status);
  } catch (error) {
    const doing = `set the canary step on GitHub deployment ${deploymentId}`;
    say(`GitHub Deployments: ${describeFailure(error, gate.githubToken, { ...FAILURE, doing }).reason}`);
  }
}
