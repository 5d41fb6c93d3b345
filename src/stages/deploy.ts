// Stage 4: the deploy, through the project's own wrangler. `direct` is `wrangler deploy`;
// `gradual` uploads a version and deploys it at 0% next to the live one, so smoke can reach it
// with a version override while users never do; smoke then promotes it to 100%.
import {
  activeDeployment,
  API_TROUBLE_FIX,
  apiSettingsFromEnv,
  describeUnavailable,
  latestVersionId,
  mainVersion,
  resolveAccount,
  tokenIsValid,
  type ApiFailure,
  type ApiSettings,
  workersSubdomain,
} from '../cloudflare/api.js';
import { deployFailureFinding } from '../wrangler/deploy-failure.js';
import { findingFactory, type Finding } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { capabilitiesOf, TESTED_RANGE, untestedReason } from '../wrangler/capabilities.js';
import { lastEntry } from '../wrangler/output-file.js';
import { locateWrangler, WRANGLER_TIMEOUT_MS, type WranglerProgram, type WranglerRun } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepFailure } from '../wrangler/wrangler-step.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import type { DeployData } from '../contract.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';

const deployFinding = findingFactory('deploy', 'deploy', { owned: true });
const finding = (code: string, message: string, fix: string): Finding => deployFinding(code, 'error', message, fix);

export async function runDeploy(config: GateConfig, log: StageLog, context: StageContext): Promise<StageOutcome<'deploy'>> {
  if (config.deploy === 'none') return { findings: [], status: 'skipped', note: 'deploy: none' };
  const target = readWorkerTarget(config, 'deploy');
  const preflight = context.previous('preflight')?.data;
  const name = preflight?.workerName ?? target.worker.name;
  if (!name) {
    return { findings: [{ ...finding('worker_name_missing', `the wrangler config ${target.source.display} has no name${config.environment ? ` for environment ${config.environment}` : ''}`, 'Set `name` in the wrangler config.'), layer: 'config', location: target.source.locate(['name']) }] };
  }
  const located = locateWrangler(config.workingDirectory, config.env);
  if (!located.ok) return { findings: [finding('wrangler_unavailable', located.reason, located.fix)] };
  const api = apiSettingsFromEnv(config.env);
  if (!api) return { findings: [finding('api_token_missing', 'no CLOUDFLARE_API_TOKEN: nothing can be deployed (a pull request from a fork gets no secrets)', 'Pass CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID to the step, or set `deploy: none` for runs that must not deploy.')] };
  const account = await resolveAccount(api);
  const unanswered = !account.ok && account.answer && !account.answer.ok ? account.answer : undefined;
  if (unanswered?.kind === 'unavailable') {
    return { findings: [apiTrouble("listing the token's accounts", unanswered, api)] };
  }
  if (!account.ok) return { findings: [finding('cloudflare_account_unknown', `could not tell which Cloudflare account to deploy to${account.answer && !account.answer.ok ? `: ${account.answer.message}` : ''}`, 'Set CLOUDFLARE_ACCOUNT_ID for the step.')] };
  const before = await activeDeployment(api, account.accountId, name);
  if (!before.ok) {
    const answer = before.answer;
    if (!answer.ok && answer.kind === 'unavailable') {
      return { findings: [apiTrouble(`reading the active deployment of ${name}`, answer, api)] };
    }
    let failure = answer.ok ? { message: 'unexpected answer' } : { ...(answer.code ? { code: answer.code } : {}), message: answer.message };
    if (!answer.ok && answer.kind === 'auth' && !(await tokenIsValid(api))) failure = { code: 1000, message: `${answer.message}; /user/tokens/verify rejects the token too` };
    return { findings: [deployFailureFinding(failure, { command: `reading the active deployment of ${name}`, ...target })] };
  }

  const data: DeployData = {
    mode: config.deploy,
    workerName: name,
    environment: config.environment ?? null,
    accountId: account.accountId,
    wrangler: located.program.version,
    secretsUploaded: [],
    ...(before.deployment ? { previousDeployment: before.deployment.versions } : {}),
  };
  const previous = mainVersion(before.deployment);
  if (previous) data.previousVersionId = previous;
  context.checkpoint?.(data);
  const deployer = new Deployer(config, log, located.program, target);
  const findings = config.deploy === 'direct' ? await deployer.direct(data, before.exists) : await deployer.gradual(data, before.exists, await workersSubdomain(api, account.accountId));
  const untested = untestedReason(located.program.version);
  const warnings = untested ? [versionWarning(untested)] : [];
  const where = data.url ? ` at ${data.url}` : '';
  const note =
    findings.length > 0
      ? `${config.deploy} deploy of ${name} failed`
      : config.deploy === 'direct'
        ? `${name} version ${data.versionId ?? '?'} deployed${where}${previous ? ` (was ${previous})` : ' (first deploy)'}`
        : `${name} version ${data.versionId ?? '?'} uploaded and deployed at 0% next to ${previous}${where}; smoke promotes it`;
  return { findings: [...findings, ...warnings], data, note };
}

/** The API did not answer a read the deploy needs: the platform's trouble, not the deployer's. */
function apiTrouble(what: string, answer: ApiFailure, api: ApiSettings): Finding {
  const code = answer.status === 429 ? 'cloudflare_rate_limited' : 'cloudflare_api_unavailable';
  return finding(code, `${what}: ${describeUnavailable(answer, api.budgetMs)}`, API_TROUBLE_FIX);
}

/** Not an error: an older wrangler may well work, but the gate cannot vouch for it. */
function versionWarning(reason: string): Finding {
  const fix = `Upgrade the project's wrangler to ${TESTED_RANGE.oldest} or newer (tested: 4.20.5, 4.73.0, 4.164.0): `
    + '`npm install --save-dev wrangler@4`.';
  const message = `${reason}; a failure of this deploy may be wrangler's`;
  return { ...finding('wrangler_version_untested', message, fix), severity: 'warning' };
}

class Deployer {
  private readonly envArgs: string[];
  private readonly message: string;

  constructor(
    private readonly config: GateConfig,
    private readonly log: StageLog,
    private readonly program: WranglerProgram,
    private readonly target: WorkerTarget,
  ) {
    this.envArgs = config.environment ? ['--env', config.environment] : [];
    const sha = config.env.GITHUB_SHA?.slice(0, 7);
    this.message = `gateway-deploy-gate${sha ? ` ${sha}` : ''}`;
  }

  private async run(args: string[], input?: string): Promise<WranglerRun> {
    return (await runWranglerStep(this.log, this.program, args, this.config, input)).run;
  }

  private failed(run: WranglerRun, args: string[]): Finding | undefined {
    const command = `wrangler ${args.join(' ')}`;
    if (run.timedOut) return { ...finding('wrangler_timeout', `${command} did not finish in ${WRANGLER_TIMEOUT_MS / 60_000} minutes and was stopped`, 'Check the Cloudflare status page and the runner\'s network, then rerun the job.'), evidence: { stderr: run.stderr.slice(-2000) } };
    return stepFailure({ command, run }, 'deploy', { ...this.target, workingDirectory: this.config.workingDirectory });
  }

  /** `secret bulk` reads JSON on stdin; the names are the `secrets` input, the values the environment's. */
  private secretsPayload(): string {
    return JSON.stringify(Object.fromEntries(this.config.secrets.map((n) => [n, this.config.env[n] ?? ''])));
  }

  async direct(data: DeployData, exists: boolean): Promise<Finding[]> {
    const secrets = this.config.secrets.length > 0;
    // On an existing Worker the secrets go first, so the new code never runs without them. After a
    // rollback (the latest version is not the deployed one) Cloudflare refuses `secret bulk`
    // (10215); `versions secret bulk` makes an undeployed version with them, which the deploy inherits.
    if (secrets && exists) {
      const bulk = (await this.latestIsDeployed(data)) ? ['secret', 'bulk'] : ['versions', 'secret', 'bulk'];
      const problem = await this.uploadSecrets([...bulk, ...this.envArgs], data);
      if (problem) return [problem];
    }
    const message = capabilitiesOf(this.program.version).deployMessage ? ['--message', this.message] : [];
    const args = ['deploy', ...this.envArgs, ...message];
    const run = await this.run(args);
    const problem = this.failed(run, args);
    if (problem) return [problem];
    const entry = lastEntry(run.entries, 'deploy');
    if (typeof entry?.version_id === 'string') data.versionId = entry.version_id;
    const url = deploymentUrl(entry?.targets);
    if (url) data.url = url;
    // A new Worker cannot hold secrets before its first deploy; each secret change deploys a version.
    if (secrets && !exists) {
      const secretProblem = await this.uploadSecrets(['secret', 'bulk', ...this.envArgs], data);
      if (secretProblem) return [secretProblem];
      // That made (and deployed) one more version: it is the one that serves.
      const api = apiSettingsFromEnv(this.config.env);
      const now = api ? await activeDeployment(api, data.accountId, data.workerName) : undefined;
      const serving = now?.ok ? mainVersion(now.deployment) : undefined;
      if (serving) data.versionId = serving;
    }
    return [];
  }

  async gradual(data: DeployData, exists: boolean, subdomain: string | undefined): Promise<Finding[]> {
    if (!exists || !data.previousVersionId) {
      return [{ ...finding('worker_not_found', `${data.workerName} has no active deployment to split traffic with: a gradual deploy needs one`, 'Deploy the Worker once with `deploy: direct`, then use gradual.'), location: this.target.source.locate(this.target.worker.pathOf('name'), 'value') }];
    }
    // `versions secret bulk` makes a new version without deploying it; the upload inherits its secrets.
    if (this.config.secrets.length > 0) {
      const problem = await this.uploadSecrets(['versions', 'secret', 'bulk', ...this.envArgs, '--message', this.message], data);
      if (problem) return [problem];
    }
    const upload = ['versions', 'upload', ...this.envArgs, '--message', this.message];
    const uploaded = await this.run(upload);
    const uploadProblem = this.failed(uploaded, upload);
    if (uploadProblem) return [uploadProblem];
    const entry = lastEntry(uploaded.entries, 'version-upload');
    if (typeof entry?.version_id !== 'string') return [finding('wrangler_output_missing', 'wrangler versions upload succeeded but its output file names no version', 'Check that the project\'s wrangler is 3.60 or newer (it writes WRANGLER_OUTPUT_FILE_PATH).')];
    data.versionId = entry.version_id;
    if (typeof entry.preview_url === 'string') data.previewUrl = entry.preview_url;
    // 0% for the new version: in the deployment (so a version override reaches it), serving no one.
    const split = ['versions', 'deploy', `${data.versionId}@0%`, `${data.previousVersionId}@100%`, '-y', ...this.envArgs, '--message', `${this.message}: smoke test at 0%`];
    const deployed = await this.run(split);
    const splitProblem = this.failed(deployed, split);
    if (splitProblem) return [splitProblem];
    if (subdomain) data.url = `https://${data.workerName}.${subdomain}.workers.dev`;
    return [];
  }

  /** Whether the Worker's newest version is the one its active deployment serves alone; unknown counts as yes. */
  private async latestIsDeployed(data: DeployData): Promise<boolean> {
    const api = apiSettingsFromEnv(this.config.env);
    const latest = api ? await latestVersionId(api, data.accountId, data.workerName) : undefined;
    const active = data.previousDeployment;
    if (!latest || !active) return true;
    return active.length === 1 && active[0]?.version_id === latest;
  }

  private async uploadSecrets(args: string[], data: DeployData): Promise<Finding | undefined> {
    const run = await this.run(args, this.secretsPayload());
    const problem = this.failed(run, args);
    if (problem) return { ...problem, code: problem.code === 'wrangler_failed' ? 'secret_upload_failed' : problem.code, layer: 'binding' };
    data.secretsUploaded = [...this.config.secrets];
    return undefined;
  }
}

/** Wrangler's targets are URLs (workers.dev) or route patterns (`api.example.com/v1/*`). */
export function deploymentUrl(targets: unknown): string | undefined {
  if (!Array.isArray(targets)) return undefined;
  const texts = targets.filter((t): t is string => typeof t === 'string');
  const url = texts.find((t) => /^https?:\/\//.test(t)) ?? texts[0];
  if (!url) return undefined;
  const withScheme = /^https?:\/\//.test(url) ? url : `https://${url}`;
  return withScheme.replace(/\/?\*$/, '').replace(/\/+$/, '');
}
