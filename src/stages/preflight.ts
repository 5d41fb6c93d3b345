// Stage 2: the Worker before it deploys. Its wrangler config for the chosen environment, read
// with positions (and by the project's own wrangler, as the deploy will read it), and every
// binding, secret and config source the gateway needs: declared locally, and present in the
// account when a Cloudflare API token is available.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { apiSettingsFromEnv, type ApiAnswer } from '../cloudflare/api.js';
import { ACCOUNT_FIX, accountConflict, chooseAccount, resolveAccount } from '../cloudflare/account.js';
import { counted } from '../text.js';
import { StageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import {
  checkEnvironmentChoice,
  checkLocal,
  dotenvNames,
  exportedNames,
  configFinding,
  bindingFinding,
} from '../preflight/local-checks.js';
import { checkGeneratedTypes } from '../preflight/generated-types.js';
import { checkProvisioning, provisioningDisabledBy } from '../preflight/provisioning.js';
import { checkStartupLimits, type StartupLimitResult } from '../preflight/startup-build.js';
import { BUILD_FAILURE_CAUSES } from '../preflight/build-failure.js';
import { apiTroubleFindings, checkRemote } from '../preflight/remote-checks.js';
import { checkSecrets, type WorkerSecrets } from '../preflight/secret-checks.js';
import { checkReferenceForms, readGatewaySources, substitutionIn } from '../preflight/reference-forms.js';
import { definedEnvironments, resolveEnvironment, type WorkerConfig } from '../wrangler/environments.js';
import { NOT_INSTALLED, readWithProjectWrangler, type ProjectWranglerResult } from '../wrangler/project-wrangler.js';
import { TYPES_FILE } from '../preflight/generated-types.js';
import { declaresWrangler, withWranglerMissing } from '../preflight/wrangler-missing.js';
import { addDevCommand, installHint } from '../project-tests/package-manager.js';
import { projectPackageManager } from '../project-tests/project-package-manager.js';
import { resolveWranglerConfig, WRANGLER_CONFIG_NAMES } from '../wrangler/wrangler-file.js';
import { rejectionLocation } from '../wrangler/rejection-location.js';
import { loadWranglerSource, type WranglerSource } from '../wrangler/wrangler-source.js';
import type { PreflightData, ValidateData } from '../contract.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';
import { locateConfig, textSha256, validateConfigText, type ConfigAnalysis } from '../gateway/config-analysis.js';

type GatewayAnalysis = ConfigAnalysis & { display: string };

export async function runPreflight(
  config: GateConfig,
  _log?: StageLog,
  context?: StageContext,
): Promise<StageOutcome<'preflight'>> {
  const loaded = loadWranglerConfig(config);
  if ('finding' in loaded) return { findings: [loaded.finding] };
  const { file, display, source } = loaded;
  const findings: Finding[] = checkEnvironmentChoice(source, config.environment, definedEnvironments(source.raw));
  if (!config.wranglerConfig) findings.push(...ignoredWranglerConfigs(config.workingDirectory, file));
  if (findings.some((f) => f.code === 'environment_not_found')) return { findings };

  const worker = resolveEnvironment(source.raw, config.environment);
  // The project's wrangler, `wrangler types --check` and the deploy's own build run in the background.
  const background = startBackgroundChecks(config, file, source, worker);
  const validated = context?.previous('validate')?.data;
  const gateway = await analyzeGateway(config, source, worker.vars, findings, validated);
  const requiredSecrets = worker.requiredSecrets.map((s) => s.name);
  const declaredSecrets = declaredSecretNames(config, path.dirname(file), requiredSecrets);
  findings.push(...localFindings(config, file, source, worker, gateway), ...secretValueFindings(config));

  const wrangler = await background.reading;
  const reader = readerOf(wrangler, config, source, findings);
  // Wrangler is the authority on the deployed name (environment naming rules included).
  if (wrangler.kind === 'read' && wrangler.config.name) worker.name = wrangler.config.name;
  findings.push(
    ...checkProvisioning({
      source,
      worker,
      reading: wrangler.kind === 'read' ? wrangler.config : undefined,
      version: wrangler.kind === 'unavailable' ? undefined : wrangler.version,
      packageManager: projectPackageManager(config.workingDirectory).name,
      disabledBy: provisioningDisabledBy(config.deploy, readOptional(config.workingDirectory, 'package.json')),
    }),
  );

  const bindings = bindingCount(worker);
  const data: PreflightData = {
    wranglerConfig: display,
    environment: config.environment ?? null,
    workerName: worker.name ?? null,
    bindings,
    reader,
    remote: { skipped: '' },
  };
  const secrets = await checkAccount(config, source, worker, gateway, data, findings);
  const forms = referenceForms(config, file, gateway);
  findings.push(
    ...forms.findings,
    ...checkSecrets({
      wranglerDisplay: display,
      workerName: worker.name,
      environment: config.environment,
      vars: worker.vars,
      references: (gateway?.data?.references ?? []).filter((r) => !forms.literal.has(r)),
      requiredSecrets: worker.requiredSecrets.map((s) => ({ name: s.name, location: source.locate(s.path, 'value') })),
      declared: declaredSecrets,
      uploaded: new Set(config.secrets),
      account: secrets,
    }),
  );

  findings.push(...(await background.typesCheck));
  const limits = await background.limitsCheck;
  // A build that fails for a reason already reported (wrangler refused the config, no entry module) is said once.
  const explained = findings.some((f) => f.severity === 'error' && BUILD_FAILURE_CAUSES.has(f.code));
  const missing = wrangler.kind === 'unavailable' && wrangler.reason === NOT_INSTALLED;
  findings.push(
    ...limits.findings
      .filter((f) => !explained || !['build_failed', 'build_not_run'].includes(f.code))
      .map((f) => (missing && f.code === 'build_not_run' ? wranglerMissing(f, config, file) : f)),
  );
  const remoteNote = 'skipped' in data.remote ? 'account not checked' : counted(data.remote.checks, 'account check');
  const limitsNote = limits.skipped ? `, size and startup limits not checked (${limits.skipped})` : '';
  const env = config.environment ? ` (env ${config.environment})` : '';
  return {
    findings,
    data,
    note: `${worker.name ?? 'unnamed Worker'}${env}, ${counted(bindings, 'binding')}, ${remoteNote}${limitsNote}`,
  };
}

type LoadedWranglerConfig = { file: string; display: string; source: WranglerSource } | { finding: Finding };

/** The wrangler config, read with positions: or the one finding that says why it cannot be (none at all throws). */
function loadWranglerConfig(config: GateConfig): LoadedWranglerConfig {
  const file = resolveWranglerConfig(config);
  if (!file || !existsSync(file)) {
    throw new StageError(
      configFinding(
        'wrangler_config_not_found',
        'error',
        config.wranglerConfig
          ? `wrangler config ${displayPath(config.wranglerConfig, config.workingDirectory)} does not exist`
          : `no wrangler config in ${config.workingDirectory} (looked for wrangler.json, wrangler.jsonc,` +
              ` wrangler.toml)`,
        "Set the `wrangler-config` input to the Worker's wrangler.toml / wrangler.jsonc, relative to" +
          ' `working-directory`.',
      ),
    );
  }
  const display = displayPath(file, config.workingDirectory);
  const read = readTextFile(file, 1024 * 1024);
  if (!read.ok) {
    const message = `wrangler config ${display} ${read.detail}`;
    const fix = "Point `wrangler-config` at the Worker's wrangler config, saved as UTF-8 text.";
    const location = { file: display, line: 1 };
    return { finding: configFinding('wrangler_config_unreadable', 'error', message, fix, { location }) };
  }
  const loaded = loadWranglerSource(file, display, read.text);
  if (!loaded.ok) {
    const message = `${display} cannot be parsed: ${loaded.message}`;
    const fix = 'Fix the syntax at this position (wrangler would refuse the file too).';
    return { finding: configFinding('wrangler_config_syntax', 'error', message, fix, { location: loaded.location }) };
  }
  return { file, display, source: loaded.source };
}

/**
 * The slow checks, started at once so they run while the local ones do (a failure of theirs is no
 * finding). The wrangler processes are spawned first: loading the project's wrangler in this
 * process holds its thread for about a second, and they should be running by then.
 */
function startBackgroundChecks(config: GateConfig, file: string, source: WranglerSource, worker: WorkerConfig) {
  // The deploy's own build (`deploy --dry-run`), measured against the size and startup limits.
  const limitsCheck = checkStartupLimits({
    workingDirectory: config.workingDirectory,
    configFile: file,
    environment: config.environment,
    env: config.env,
    location: worker.main ? source.locate(worker.pathOf('main'), 'value') : { file: source.display, line: 1 },
    display: (f) => displayPath(f, config.workingDirectory),
  }).catch((error: Error): StartupLimitResult => ({ findings: [], skipped: error.message }));
  // `wrangler types --check`, when the project commits generated types (a file it cannot read is left alone).
  const typesCheck = checkGeneratedTypes({
    workingDirectory: config.workingDirectory,
    configFile: file,
    env: config.env,
    display: (f) => displayPath(f, config.workingDirectory),
  }).catch((): Finding[] => []);
  // The project's wrangler loads in about a second.
  const reading = readWithProjectWrangler(config.workingDirectory, file, config.environment);
  return { reading, typesCheck, limitsCheck };
}

/** What the config alone says about the Worker: its entry module, bindings and dates. */
function localFindings(
  config: GateConfig,
  file: string,
  source: WranglerSource,
  worker: WorkerConfig,
  gateway: GatewayAnalysis | undefined,
): Finding[] {
  const main = worker.main ? path.resolve(path.dirname(file), worker.main) : undefined;
  const mainExists = main !== undefined && existsSync(main);
  const mainIsDirectory = mainExists && statSync(main!).isDirectory();
  const mainIsFile = mainExists && !mainIsDirectory;
  const findings = checkLocal({
    source,
    worker,
    environment: config.environment,
    today: new Date().toISOString().slice(0, 10),
    mainExists,
    mainExports:
      mainIsFile && worker.durableObjects.length > 0 ? exportedNames(readFileSync(main!, 'utf8')) : undefined,
    serviceBindings: gateway?.serviceBindings ?? [],
  });
  if (mainIsDirectory) {
    const message = `\`main\` names ${worker.main}, a directory: wrangler needs the entry module file`;
    const fix = 'Point `main` at the entry module file inside it (such as src/index.js), relative to the config.';
    const at = source.locate(worker.pathOf('main'), 'value');
    findings.push(configFinding('worker_main_is_directory', 'error', message, fix, { location: at }));
  }
  return findings;
}

/** What the project's own gateway code makes of each reference (releases differ); no references, no reading. */
function referenceForms(config: GateConfig, file: string, gateway: GatewayAnalysis | undefined) {
  const references = gateway?.data?.references ?? [];
  if (references.length === 0) return { findings: [], literal: new Set<unknown>() };
  const root = path.dirname(file);
  const rel = path.relative(config.workingDirectory, root).split(path.sep).join('/');
  const looked = rel ? `${rel}/` : 'the project';
  return checkReferenceForms(references, substitutionIn(readGatewaySources(root, config.workingDirectory), looked));
}

/** A secret the `secrets` input names but whose environment variable is empty: nothing to upload. */
function secretValueFindings(config: GateConfig): Finding[] {
  return config.secrets
    .filter((name) => !config.env[name])
    .map((name) =>
      bindingFinding(
        'secret_value_missing',
        'error',
        `the \`secrets\` input names ${name}, but the environment variable ${name} is empty or unset, so there` +
          ` is nothing to upload`,
        `Pass it to the step: \`env: { ${name}: \${{ secrets.${name} }} }\`.`,
      ),
    );
}

/** Who read the config (the project's wrangler, or the gate's own rules and why); a rejection is a finding. */
function readerOf(
  wrangler: ProjectWranglerResult,
  config: GateConfig,
  source: WranglerSource,
  findings: Finding[],
): string {
  const own = "the gate's own reading of wrangler's rules";
  if (wrangler.kind === 'read') return `the project's wrangler ${wrangler.version}`;
  if (wrangler.kind !== 'rejected') return `${own} (${wrangler.reason})`;
  const named = wrangler.line ? undefined : rejectionLocation(wrangler.message, source, config.environment);
  const at = named ?? { file: source.display, line: wrangler.line ?? 1, column: wrangler.column };
  const env = config.environment ? ` for environment ${config.environment}` : '';
  const message = `wrangler ${wrangler.version} rejects ${source.display}${env}: ${wrangler.message}`;
  const fix = 'Fix what wrangler names; the deploy would fail the same way.';
  findings.push(configFinding('wrangler_config_invalid', 'error', message, fix, { location: at }));
  return own;
}

function bindingCount(worker: WorkerConfig): number {
  const { kv, d1, r2, queues, hyperdrive, services, durableObjects } = worker;
  return [kv, d1, r2, queues, hyperdrive, services, durableObjects].reduce((sum, list) => sum + list.length, 0);
}

/** The account's side, with a token: bindings, secrets and drift; what it saw of the Worker's secrets. */
async function checkAccount(
  config: GateConfig,
  source: WranglerSource,
  worker: WorkerConfig,
  gateway: GatewayAnalysis | undefined,
  data: PreflightData,
  findings: Finding[],
): Promise<WorkerSecrets> {
  // The account wrangler deploys to: the config's account_id before CLOUDFLARE_ACCOUNT_ID.
  const choice = chooseAccount(source, config.environment, config.env);
  const conflict = accountConflict(choice, 'preflight', (p) => source.locate(p, 'value'));
  if (conflict) findings.push(conflict);
  const api = apiSettingsFromEnv(config.env);
  if (!api) {
    data.remote = { skipped: 'no CLOUDFLARE_API_TOKEN' };
    findings.push(
      bindingFinding(
        'remote_checks_skipped',
        'notice',
        'no CLOUDFLARE_API_TOKEN (a pull request from a fork gets none): the account was not checked for' +
          ' bindings, secrets and config drift; the local checks still gate',
        'Provide CLOUDFLARE_API_TOKEN to the step to check the account too.',
      ),
    );
    return { seen: false, why: 'no CLOUDFLARE_API_TOKEN' };
  }
  const account = await resolveAccount(api, choice);
  if (!account.ok) {
    data.remote = { skipped: 'no account' };
    findings.push(...accountFindings(account.answer, account.count, api.budgetMs));
    return { seen: false, why: 'the Cloudflare account could not be determined' };
  }
  const remote = await checkRemote({
    api,
    accountId: account.account.id,
    source,
    worker,
    gatewayConfig: gateway?.value !== undefined ? { value: gateway.value, display: gateway.display } : undefined,
    driftSeverity: config.configDrift,
  });
  findings.push(...remote.findings);
  const workerExists = remote.secrets.seen ? remote.secrets.exists : null;
  data.remote = { account: account.account.id, checks: remote.checked, workerExists };
  return remote.secrets;
}

/** Why no account could be chosen: the platform's trouble, or the token's. */
function accountFindings(answer: ApiAnswer<unknown> | undefined, count: number | undefined, budget: number): Finding[] {
  const down = answer && !answer.ok && answer.kind === 'unavailable';
  if (down) return apiTroubleFindings([{ path: '/accounts', answer }], budget);
  const code = answer && !answer.ok && answer.code ? ` [code: ${answer.code}]` : '';
  const why = answer && !answer.ok ? `${answer.message}${code}` : `the token sees ${count} accounts`;
  const kind = answer && !answer.ok && answer.kind === 'auth' ? 'api_token_permission' : 'cloudflare_account_unknown';
  return [bindingFinding(kind, 'error', `could not tell which Cloudflare account to check: ${why}`, ACCOUNT_FIX)];
}

/**
 * The gateway config's references and service bindings, through validate's code. A config held
 * in the SAG_API_CONFIG_JSON var replaces the file at runtime, so it is validated and used instead.
 */
async function analyzeGateway(
  config: GateConfig,
  source: WranglerSource,
  vars: Record<string, unknown>,
  findings: Finding[],
  validated?: ValidateData,
): Promise<GatewayAnalysis | undefined> {
  const inline = vars.SAG_API_CONFIG_JSON;
  if (typeof inline === 'string') {
    const varPath = source.locate([
      ...(config.environment ? ['env', config.environment] : []),
      'vars',
      'SAG_API_CONFIG_JSON',
    ]);
    const analysis = await validateConfigText(config, source.file, `${source.display} (SAG_API_CONFIG_JSON)`, inline);
    findings.push(
      bindingFinding(
        'config_overridden_by_var',
        'warning',
        `SAG_API_CONFIG_JSON in ${source.display} replaces the gateway config file at runtime: production` +
          ` serves this var, not the file`,
        'Remove the var to serve the config file, or keep the two in step.',
        { location: varPath },
      ),
      ...analysis.findings.map((f) => ({
        ...f,
        stage: 'preflight' as const,
        message: `SAG_API_CONFIG_JSON: ${f.message}${f.location ? ` (line ${f.location.line} of the var's JSON)` : ''}`,
        location: varPath,
      })),
    );
    return { ...analysis, display: `${source.display} (SAG_API_CONFIG_JSON)` };
  }
  let file: string;
  try {
    file = locateConfig(config);
  } catch {
    findings.push(
      bindingFinding(
        'gateway_config_not_found',
        'notice',
        'no gateway config found, so its references were not checked against the Worker',
        'Set the `config` input (validate reports this too).',
      ),
    );
    return undefined;
  }
  const read = readTextFile(file);
  if (!read.ok) return undefined; // validate reports it
  const display = displayPath(file, config.workingDirectory);
  const reused =
    validated && reuseValidated(validated, display, read.text, apiSettingsFromEnv(config.env) !== undefined);
  return reused ?? { ...(await validateConfigText(config, file, display, read.text)), display };
}

/**
 * Validate's analysis of this same text, from the run directory: the references and service
 * bindings preflight needs, without a second parse, schema and semantic pass. Undefined when
 * validate judged another file or other text (edited since), or recorded too little.
 */
function reuseValidated(
  data: ValidateData,
  display: string,
  text: string,
  needValue: boolean,
): GatewayAnalysis | undefined {
  if (data.configFile !== display || !data.serviceBindings || data.configSha256 !== textSha256(text)) return undefined;
  let value: unknown;
  try {
    // Only the account checks read the config's value (drift against what is deployed).
    value = needValue ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
  const { serviceBindings, routeCount } = data;
  return { findings: [], data, value, routeCount, serviceBindings, display };
}

/** No wrangler in the project: the build check names all it skipped, and the install for its package manager. */
function wranglerMissing(build: Finding, config: GateConfig, file: string): Finding {
  const pm = projectPackageManager(config.workingDirectory);
  return withWranglerMissing(build, {
    declared: declaresWrangler(readOptional(config.workingDirectory, 'package.json')),
    hasGeneratedTypes: existsSync(path.join(path.dirname(file), TYPES_FILE)),
    add: addDevCommand(pm.name, 'wrangler'),
    install: installHint(pm, config.workingDirectory),
  });
}

function readOptional(dir: string, name: string): string | undefined {
  const file = path.join(dir, name);
  const read = existsSync(file) ? readTextFile(file, 1024 * 1024) : undefined;
  return read?.ok ? read.text : undefined;
}

function declaredSecretNames(config: GateConfig, configDir: string, required: string[]): Map<string, string> {
  const declared = new Map<string, string>();
  for (const name of required) declared.set(name, 'secrets.required');
  for (const file of ['.dev.vars.example', '.dev.vars']) {
    const full = path.join(configDir, file);
    if (!existsSync(full)) continue;
    for (const name of dotenvNames(readFileSync(full, 'utf8'))) if (!declared.has(name)) declared.set(name, file);
  }
  for (const name of config.secrets) if (!declared.has(name)) declared.set(name, 'the secrets input');
  return declared;
}

/** Several wrangler configs side by side: wrangler reads the first of its order, and the others are dead. */
function ignoredWranglerConfigs(dir: string, used: string): Finding[] {
  const others = WRANGLER_CONFIG_NAMES.filter((n) => path.join(dir, n) !== used && existsSync(path.join(dir, n)));
  const usedName = path.basename(used);
  return others.map((name) => {
    const message = `both ${usedName} and ${name} exist: wrangler uses ${usedName}, and ${name} is ignored`;
    const fix = `Delete ${name} (or move what it holds into ${usedName}); set \`wrangler-config\` to be explicit.`;
    return configFinding('wrangler_config_ignored', 'warning', message, fix, { location: { file: name, line: 1 } });
  });
}
