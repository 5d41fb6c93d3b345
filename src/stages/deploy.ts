// Stage 4: the deploy, through the project's own wrangler. `direct` is `wrangler deploy`;
// `gradual` uploads a version and deploys it at 0% next to the live one, so smoke can reach it
// with a version override while users never do; smoke then promotes it to 100%.
import {
  activeDeployment,
  API_TROUBLE_FIX,
  apiSettingsFromEnv,
  describeUnavailable,
  mainVersion,
  tokenIsValid,
  type ApiAnswer,
  type ApiFailure,
  type ApiSettings,
  workerSubdomainState,
  workersSubdomain,
} from '../cloudflare/api.js';
import {
  ACCOUNT_FIX,
  accountConflict,
  accountOrigin,
  chooseAccount,
  resolveAccount,
  type AccountChoice,
  type CloudflareAccount,
} from '../cloudflare/account.js';
import { planPreview, previewWranglerProblem } from '../wrangler/preview-plan.js';
import { addDevCommand, type PackageManagerName } from '../project-tests/package-manager.js';
import { projectPackageManager } from '../project-tests/project-package-manager.js';
import { deployFailureFinding } from '../wrangler/deploy-failure.js';
import { deploySteps, type DeployStep } from '../wrangler/deploy-steps.js';
import { restoreArgs, sameSplit, servingSentence, type ServingState } from '../wrangler/restore.js';
import { secretsJson, withSecretsFile } from '../wrangler/secrets-file.js';
import { findingFactory, type Finding } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { capabilitiesOf, TESTED_RANGE, untestedReason } from '../wrangler/capabilities.js';
import { lastEntry } from '../wrangler/output-file.js';
import { locateWrangler, type WranglerProgram } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepFailure, type WranglerStep } from '../wrangler/wrangler-step.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import type { DeployData } from '../contract.js';
import { livePlan, probeLive, type LiveBaseline } from '../smoke/live-baseline.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';

const finding = findingFactory('deploy', 'deploy', { owned: true });

export async function runDeploy(
  config: GateConfig,
  log: StageLog,
  context: StageContext,
): Promise<StageOutcome<'deploy'>> {
  if (config.deploy === 'none') return { findings: [], status: 'skipped', note: 'deploy: none' };
  const target = readWorkerTarget(config, 'deploy');
  const preflight = context.previous('preflight')?.data;
  const name = preflight?.workerName ?? target.worker.name;
  if (!name) return { findings: [workerNameMissing(config, target)] };
  // A preview that cannot work is said before anything is uploaded.
  const preview = config.deploy === 'preview' ? planPreview(config, target, name) : undefined;
  if (preview && !preview.ok) return { findings: [preview.finding] };
  const located = locateWrangler(config.workingDirectory, config.env);
  if (!located.ok) return { findings: [finding('wrangler_unavailable', 'error', located.reason, located.fix)] };
  const pm = projectPackageManager(config.workingDirectory).name;
  const tooOld = preview ? previewWranglerProblem(located.program.version, pm) : undefined;
  if (tooOld) return { findings: [tooOld] };
  const api = apiSettingsFromEnv(config.env);
  if (!api) return { findings: [apiTokenMissing()] };
  // The account wrangler deploys to; preflight said so already when the variable names another.
  const choice = chooseAccount(target.source, config.environment, config.env);
  const conflict = preflight ? undefined : accountConflict(choice, 'deploy', (p) => target.source.locate(p, 'value'));
  const account = await deployAccount(api, choice);
  if (!account.ok) return { findings: [account.finding] };
  const accountId = account.account.id;
  log.write(`Cloudflare account ${accountId} (${accountOrigin(account.account.origin)})\n`);
  const before = await activeDeployment(api, accountId, name);
  if (!before.ok) return { findings: [await activeDeploymentUnread(before.answer, name, api, target)] };

  const data: DeployData = {
    mode: config.deploy,
    workerName: name,
    environment: config.environment ?? null,
    accountId,
    wrangler: located.program.version,
    secretsUploaded: [],
    previousDeployment: before.deployment?.versions,
  };
  const previous = mainVersion(before.deployment);
  if (previous) data.previousVersionId = previous;
  context.checkpoint?.(data);
  if (config.deploy === 'direct') data.liveSmoke = await smokeLiveVersion(config, log, api, data);
  const deployer = new Deployer(config, log, located.program, target);
  const alias = preview?.ok ? preview.alias : undefined;
  const findings = await deployWith(deployer, config, data, { exists: before.exists, alias }, target, api);
  const untested = untestedReason(located.program.version);
  const warnings = [...(untested ? [versionWarning(untested, pm)] : []), ...(conflict ? [conflict] : [])];
  const note = findings.length > 0 ? `${config.deploy} deploy of ${name} failed` : successNote(data, previous);
  return { findings: [...findings, ...warnings], data, note };
}

function workerNameMissing(config: GateConfig, target: WorkerTarget): Finding {
  const forEnvironment = config.environment ? ` for environment ${config.environment}` : '';
  return {
    ...finding(
      'worker_name_missing',
      'error',
      `the wrangler config ${target.source.display} has no name${forEnvironment}`,
      'Set `name` in the wrangler config.',
    ),
    layer: 'config',
    location: target.source.locate(['name']),
  };
}

function apiTokenMissing(): Finding {
  return finding(
    'api_token_missing',
    'error',
    'no CLOUDFLARE_API_TOKEN: nothing can be deployed (a pull request from a fork gets no secrets)',
    'Pass CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID to the step,' +
      ' or set `deploy: none` for runs that must not deploy.',
  );
}

/** The account to deploy to, or why it cannot be told (the API unreachable, or several accounts). */
async function deployAccount(
  api: ApiSettings,
  choice: AccountChoice,
): Promise<{ ok: true; account: CloudflareAccount } | { ok: false; finding: Finding }> {
  const account = await resolveAccount(api, choice);
  if (account.ok) return account;
  const unanswered = account.answer && !account.answer.ok ? account.answer : undefined;
  if (unanswered?.kind === 'unavailable') {
    return { ok: false, finding: apiTrouble("listing the token's accounts", unanswered, api) };
  }
  const why =
    account.answer && !account.answer.ok ? `: ${account.answer.message}` : `: the token sees ${account.count} accounts`;
  return {
    ok: false,
    finding: finding(
      'cloudflare_account_unknown',
      'error',
      `could not tell which Cloudflare account to deploy to${why}`,
      ACCOUNT_FIX,
    ),
  };
}

/** The active deployment could not be read: the API was unreachable, or refused (checking the token then). */
async function activeDeploymentUnread(
  answer: ApiAnswer<unknown>,
  name: string,
  api: ApiSettings,
  target: WorkerTarget,
): Promise<Finding> {
  if (!answer.ok && answer.kind === 'unavailable') {
    return apiTrouble(`reading the active deployment of ${name}`, answer, api);
  }
  let failure = answer.ok
    ? { message: 'unexpected answer' }
    : { code: answer.code || undefined, message: answer.message };
  if (!answer.ok && answer.kind === 'auth' && !(await tokenIsValid(api)))
    failure = { code: 1000, message: `${answer.message}; /user/tokens/verify rejects the token too` };
  return deployFailureFinding(failure, { command: `reading the active deployment of ${name}`, ...target });
}

function successNote(data: DeployData, previous: string | undefined): string {
  const where = data.url ? ` at ${data.url}` : '';
  const version = `${data.workerName} version ${data.versionId ?? '?'}`;
  if (data.mode === 'direct')
    return `${version} deployed${where}${previous ? ` (was ${previous})` : ' (first deploy)'}`;
  if (data.mode === 'gradual')
    return `${version} uploaded and deployed at 0% next to ${previous}${where}; smoke promotes it`;
  const live = previous ? `${previous} still serves production` : 'the Worker has no deployment';
  return `${version} uploaded as preview ${data.preview?.alias ?? '?'}${where}; ${live}`;
}

/**
 * Before a direct deploy replaces it, the live version answers the smoke test's probes (issue 20,
 * point 7), so the smoke stage can tell what this deploy broke from what already failed.
 */
async function smokeLiveVersion(
  config: GateConfig,
  log: StageLog,
  api: ApiSettings,
  data: DeployData,
): Promise<LiveBaseline> {
  const live = data.previousVersionId;
  if (!live) return { skipped: `${data.workerName} has no live version: this is its first deploy` };
  const url = config.url ?? (await workersDevUrl(api, data));
  if (!url) return { skipped: 'the live version has no known URL: no `url` input, and workers.dev is off for it' };
  const prepared = livePlan(config);
  if (!prepared.ok) return { skipped: prepared.reason };
  const title = `live version ${live}: ${prepared.plan.probes.length} probes to ${url} before the deploy`;
  return log.group(title, () => probeLive(config, prepared.spec, prepared.plan, { url, versionId: live }));
}

/** The Worker's workers.dev URL, when it serves there. */
async function workersDevUrl(api: ApiSettings, data: DeployData): Promise<string | undefined> {
  const [subdomain, state] = await Promise.all([
    workersSubdomain(api, data.accountId),
    workerSubdomainState(api, data.accountId, data.workerName),
  ]);
  return subdomain && state?.enabled ? `https://${data.workerName}.${subdomain}.workers.dev` : undefined;
}

/** The API did not answer a read the deploy needs: the platform's trouble, not the deployer's. */
function apiTrouble(what: string, answer: ApiFailure, api: ApiSettings): Finding {
  const code = answer.status === 429 ? 'cloudflare_rate_limited' : 'cloudflare_api_unavailable';
  return finding(code, 'error', `${what}: ${describeUnavailable(answer, api.budgetMs)}`, API_TROUBLE_FIX);
}

async function deployWith(
  deployer: Deployer,
  config: GateConfig,
  data: DeployData,
  facts: { exists: boolean; alias?: string },
  target: WorkerTarget,
  api: ApiSettings,
): Promise<Finding[]> {
  const { exists } = facts;
  if (config.deploy === 'preview') return deployPreview(deployer, { config, data, target, api }, facts);
  const mode = config.deploy === 'gradual' ? 'gradual' : 'direct';
  if (mode === 'gradual' && (!exists || !data.previousVersionId)) {
    const message = `${data.workerName} has no active deployment to split traffic with: a gradual deploy needs one`;
    const fix = 'Deploy the Worker once with `deploy: direct`, then use gradual.';
    const location = target.source.locate(target.worker.pathOf('name'), 'value');
    return [finding('worker_not_found', 'error', message, fix, { location })];
  }
  const secretsFile = capabilitiesOf(data.wrangler).secretsFile;
  const steps = deploySteps({ mode, exists, hasSecrets: config.secrets.length > 0, secretsFile });
  const subdomain = mode === 'gradual' ? await workersSubdomain(api, data.accountId) : undefined;
  return deployer.deploy(data, steps, subdomain);
}

/** The version under its alias; production (`liveUrl`, the baseline) is where the Worker's deployment answers. */
async function deployPreview(
  deployer: Deployer,
  run: { config: GateConfig; data: DeployData; target: WorkerTarget; api: ApiSettings },
  facts: { exists: boolean; alias?: string },
): Promise<Finding[]> {
  const { config, data, target, api } = run;
  const [subdomain, state] = await Promise.all([
    workersSubdomain(api, data.accountId),
    facts.exists ? workerSubdomainState(api, data.accountId, data.workerName) : undefined,
  ]);
  const refused = previewRefusal(data.workerName, facts.exists, state);
  if (refused) return [{ ...refused, location: target.source.locate(target.worker.pathOf('name'), 'value') }];
  const secretsFile = capabilitiesOf(data.wrangler).secretsFile;
  const hasSecrets = config.secrets.length > 0;
  const steps = deploySteps({ mode: 'preview', exists: facts.exists, hasSecrets, secretsFile, alias: facts.alias });
  const findings = await deployer.deploy(data, steps);
  if (findings.length > 0 || !data.previousVersionId) return findings;
  const workersDev = subdomain && state?.enabled ? `https://${data.workerName}.${subdomain}.workers.dev` : undefined;
  data.liveUrl = config.url ?? workersDev;
  return findings;
}

/** What the API says makes a preview impossible, before any upload. */
function previewRefusal(
  worker: string,
  exists: boolean,
  state: { previewsEnabled: boolean } | undefined,
): Finding | undefined {
  if (!exists) {
    // wrangler 4.164 refuses it itself ("Please run the `deploy` command first"); older ones get the API's 10007.
    const message = `${worker} does not exist yet: a preview is a version of an existing Worker`;
    const fix = 'Deploy the Worker once (`deploy: direct`, e.g. from the default branch), then preview pull requests.';
    return finding('worker_not_found', 'error', message, fix, { layer: 'config' });
  }
  if (state?.previewsEnabled !== false) return undefined;
  const message = `Cloudflare serves no preview URLs for ${worker}: they are off for the Worker (its last deploy)`;
  const fix =
    'Set `preview_urls = true` (and `workers_dev = true`) in the wrangler config and deploy once (`wrangler deploy` ' +
    'applies them), then push again.';
  return finding('preview_urls_unavailable', 'error', message, fix, { layer: 'config' });
}

/** Not an error: an older wrangler may well work, but the gate cannot vouch for it. */
export function versionWarning(reason: string, pm: PackageManagerName): Finding {
  const fix =
    `Upgrade the project's wrangler to ${TESTED_RANGE.oldest} or newer (tested: 4.20.5, 4.73.0, 4.164.0): ` +
    `\`${addDevCommand(pm, 'wrangler@4')}\`.`;
  const message = `${reason}; a failure of this deploy may be wrangler's`;
  return finding('wrangler_version_untested', 'warning', message, fix);
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

  private run(args: string[], input?: string): Promise<WranglerStep> {
    // Secret values travel on stdin or in a private file; the log shows the command, never them.
    return runWranglerStep(this.log, this.program, args, this.config, input);
  }

  private failed(step: WranglerStep): Finding | undefined {
    return stepFailure(step, 'deploy', { ...this.target, workingDirectory: this.config.workingDirectory });
  }

  /** Runs the steps in order; the first failure stops them, and says which version serves then. */
  async deploy(data: DeployData, steps: DeployStep[], subdomain?: string): Promise<Finding[]> {
    for (const step of steps) {
      const problem = await this.step(step, data, subdomain);
      if (!problem) continue;
      const state = await this.afterFailure(data);
      return [{ ...problem, message: problem.message + servingSentence(data.workerName, state) }];
    }
    return [];
  }

  private step(step: DeployStep, data: DeployData, subdomain?: string): Promise<Finding | undefined> {
    switch (step.kind) {
      case 'versions-secret-bulk':
        return this.uploadSecrets(['versions', 'secret', 'bulk', ...this.envArgs, '--message', this.message], data);
      case 'secret-bulk':
        return this.secretsAfterFirstDeploy(data);
      case 'deploy':
        return this.withSecrets(step.secretsFile, data, (file) => this.directDeploy(data, file));
      case 'upload':
        return this.withSecrets(step.secretsFile, data, (file) => this.upload(data, file, step.alias));
      case 'split':
        return this.split(data, subdomain);
    }
  }

  /** With `secretsFile`, the secrets go in a private file for this one command; uploaded once it passes. */
  private async withSecrets(
    secretsFile: boolean,
    data: DeployData,
    command: (args: string[]) => Promise<Finding | undefined>,
  ): Promise<Finding | undefined> {
    if (!secretsFile) return command([]);
    const { secrets, env } = this.config;
    const problem = await withSecretsFile(secrets, env, (file) => command(['--secrets-file', file]));
    if (!problem) data.secretsUploaded = [...this.config.secrets];
    return problem;
  }

  private async directDeploy(data: DeployData, extra: string[]): Promise<Finding | undefined> {
    const message = capabilitiesOf(this.program.version).deployMessage ? ['--message', this.message] : [];
    const args = ['deploy', ...this.envArgs, ...message, ...extra];
    const step = await this.run(args);
    const problem = this.failed(step);
    if (problem) return problem;
    const entry = lastEntry(step.run.entries, 'deploy');
    if (typeof entry?.version_id === 'string') data.versionId = entry.version_id;
    const url = deploymentUrl(entry?.targets);
    if (url) data.url = url;
    return undefined;
  }

  /** A new Worker cannot hold secrets before its first deploy: `secret bulk` deploys one more version. */
  private async secretsAfterFirstDeploy(data: DeployData): Promise<Finding | undefined> {
    const problem = await this.uploadSecrets(['secret', 'bulk', ...this.envArgs], data);
    if (problem) return problem;
    const api = apiSettingsFromEnv(this.config.env);
    const now = api ? await activeDeployment(api, data.accountId, data.workerName) : undefined;
    const serving = now?.ok ? mainVersion(now.deployment) : undefined;
    if (serving) data.versionId = serving;
    return undefined;
  }

  private async upload(data: DeployData, extra: string[], alias?: string): Promise<Finding | undefined> {
    const aliasArgs = alias ? ['--preview-alias', alias] : [];
    const args = ['versions', 'upload', ...this.envArgs, '--message', this.message, ...aliasArgs];
    const uploaded = await this.run([...args, ...extra]);
    const problem = this.failed(uploaded);
    if (problem) return problem;
    const entry = lastEntry(uploaded.run.entries, 'version-upload');
    if (typeof entry?.version_id !== 'string') {
      const fix = "Check that the project's wrangler is 3.60 or newer (it writes WRANGLER_OUTPUT_FILE_PATH).";
      const message = 'wrangler versions upload succeeded but its output file names no version';
      return finding('wrangler_output_missing', 'error', message, fix);
    }
    data.versionId = entry.version_id;
    if (typeof entry.preview_url === 'string') data.previewUrl = entry.preview_url;
    return alias ? this.aliasUrl(data, alias, entry.preview_alias_url) : undefined;
  }

  /** wrangler prints the alias's URL only when Cloudflare serves previews of this Worker. */
  private aliasUrl(data: DeployData, alias: string, url: unknown): Finding | undefined {
    if (typeof url === 'string' && url !== '') {
      data.preview = { alias, url: url.replace(/\/+$/, '') };
      data.url = data.preview.url;
      return undefined;
    }
    const message =
      `version ${data.versionId} of ${data.workerName} was uploaded under alias ${alias}, but Cloudflare gave it ` +
      'no preview URL: preview URLs are off for this Worker';
    const fix =
      'Set `preview_urls = true` (and `workers_dev = true`) in the wrangler config ' +
      'and deploy once (`wrangler deploy` applies them), then push again.';
    const location = this.target.source.locate(this.target.worker.pathOf('name'), 'value');
    return finding('preview_url_missing', 'error', message, fix, { layer: 'config', location });
  }

  /** 0% for the new version: in the deployment (so a version override reaches it), serving no one. */
  private async split(data: DeployData, subdomain?: string): Promise<Finding | undefined> {
    const note = `${this.message}: smoke test at 0%`;
    const versions = [`${data.versionId}@0%`, `${data.previousVersionId}@100%`];
    const args = ['versions', 'deploy', ...versions, '-y', ...this.envArgs, '--message', note];
    const problem = this.failed(await this.run(args));
    if (problem) return problem;
    if (subdomain) data.url = `https://${data.workerName}.${subdomain}.workers.dev`;
    return undefined;
  }

  /**
   * A command failed: the API says what serves. When the deployment is no longer the one read
   * before (wrangler deploy failed after changing it), the previous one is put back.
   */
  private async afterFailure(data: DeployData): Promise<ServingState> {
    const previous = data.previousVersionId;
    const api = apiSettingsFromEnv(this.config.env);
    const read = async () => (api ? activeDeployment(api, data.accountId, data.workerName) : undefined);
    const now = await read();
    if (!now?.ok) {
      const problem = now?.answer.ok === false ? now.answer.message : 'no CLOUDFLARE_API_TOKEN';
      return { previous, restored: false, problem };
    }
    const before = data.previousDeployment;
    if (!before || sameSplit(now.deployment?.versions, before)) {
      return this.serving(data, { serving: mainVersion(now.deployment), previous, restored: false });
    }
    const args = [...restoreArgs(before), ...this.envArgs, '--message', `${this.message}: failed deploy undone`];
    const problem = this.failed(await this.run(args));
    const after = await read();
    const serving = after?.ok ? mainVersion(after.deployment) : undefined;
    const restored = !problem && after?.ok === true && sameSplit(after.deployment?.versions, before);
    return this.serving(data, { serving, previous, restored, problem: problem?.message });
  }

  private serving(data: DeployData, state: ServingState): ServingState {
    if (state.serving) data.servingVersionId = state.serving;
    return state;
  }

  private async uploadSecrets(args: string[], data: DeployData): Promise<Finding | undefined> {
    const problem = this.failed(await this.run(args, secretsJson(this.config.secrets, this.config.env)));
    if (problem) {
      const code = problem.code === 'wrangler_failed' ? 'secret_upload_failed' : problem.code;
      return { ...problem, code, layer: 'binding' };
    }
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
