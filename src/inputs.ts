// The action's inputs, one list for action.yml, the CLI flags and `--help`, and the single
// validated config object every stage receives.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { chooseRunDir } from './run-directory.js';
import { parseDuration } from './text.js';
import { parseResolveRules, type ResolveRule } from './resolve.js';
import { parseCanaryPlan, type CanaryPlan } from './canary/plan.js';
import type { ApiChangeLevel } from './gateway/api-diff.js';

export interface InputSpec {
  name: string;
  description: string;
  /** The default as action.yml states it; '' means "discovered" (see the description). */
  default: string;
}

export const INPUTS = [
  {
    name: 'working-directory',
    description: 'The gateway project directory. The other file inputs are relative to it.',
    default: '.',
  },
  {
    name: 'config',
    description:
      'The gateway config (JSON). Default: the first of src/api-config.json, api-config.json, ' +
      'config/api-config.json, worker/src/api-config.json.',
    default: '',
  },
  {
    name: 'schema',
    description:
      "JSON Schema for the gateway config; given, it wins over the config's own $schema. Default: the config's " +
      'own $schema when it names a local file, else the schema bundled with the gate.',
    default: '',
  },
  {
    name: 'wrangler-config',
    description:
      "The Worker's wrangler config (wrangler.json, wrangler.jsonc or wrangler.toml). Default: the first of " +
      'those in the working directory.',
    default: '',
  },
  {
    name: 'environment',
    description:
      'The wrangler environment to check and deploy ([env.<name>] in the wrangler config). Default: the top level.',
    default: '',
  },
  {
    name: 'secrets',
    description:
      'Secrets the action uploads with the deployed version, one name per line (or comma-separated); each ' +
      'value comes from the environment variable of that name and is never printed (every step redacts it). ' +
      'Preflight counts them as set.',
    default: '',
  },
  {
    name: 'config-drift',
    description:
      'How to report a production config in KV (binding CONFIG, key api-config.json) that differs from the ' +
      'repo: warning or error.',
    default: 'warning',
  },
  {
    name: 'test-command',
    description:
      "The project's unit-test command, run in working-directory. Default: npm test, when package.json has a " +
      'test script.',
    default: '',
  },
  {
    name: 'e2e-command',
    description:
      'The local end-to-end test command, run with RUN_LOCAL_WORKER_E2E=true. Default: npm run test:e2e (or ' +
      'e2e, test:e2e:local), when package.json has that script.',
    default: '',
  },
  {
    name: 'test-timeout',
    description:
      'How long each test command may run before the gate stops it and reports a hang: seconds, or 90s, 10m, 1h.',
    default: '10m',
  },
  {
    name: 'deploy',
    description:
      'How to deploy: direct (wrangler deploy, then smoke-test), gradual (wrangler versions upload, smoke-test ' +
      'that version at 0% through a version override, then deploy it to 100%), preview (wrangler versions ' +
      'upload --preview-alias: smoke-test the version at its own preview URL; the deployment is never changed) ' +
      'or none.',
    default: 'none',
  },
  {
    name: 'preview-alias',
    description:
      "With deploy: preview, the version's preview alias (a DNS label: " +
      '<alias>-<worker>.<subdomain>.workers.dev). Default: pr-<number> on a pull request, else the branch name ' +
      'made a valid label.',
    default: '',
  },
  {
    name: 'rollback',
    description:
      'After a failed smoke test of a direct deploy, restore the previously active version (wrangler ' +
      'rollback): true or false.',
    default: 'true',
  },
  {
    name: 'url',
    description:
      'The deployment to smoke-test (https://…). Default: the URL wrangler reports for the deploy; with deploy ' +
      'none and no url, smoke is skipped.',
    default: '',
  },
  {
    name: 'baseline-url',
    description:
      'Production, for a differential smoke test: every probe goes to url and here, and each route gets a ' +
      'verdict (regression, already failing in production, fixed, unchanged). Default: the live deployment: ' +
      'production for a preview, the version with the traffic for gradual, and for direct the answers of the ' +
      'live version, probed before the deploy changed anything (a first deploy gets a plain smoke test).',
    default: '',
  },
  {
    name: 'base-ref',
    description:
      'The commit, branch or tag whose gateway config the change is compared with (the API changes). Default: ' +
      "the pull request's base commit; none outside a pull request.",
    default: '',
  },
  {
    name: 'api-changes',
    description:
      'How removed routes and methods count: standard (a warning) or strict (an error). Auth removed from a ' +
      'route is always an error; accept a reviewed change in api-changes-accepted.txt beside the config.',
    default: 'standard',
  },
  {
    name: 'fail-on',
    description:
      'In a differential smoke test, what fails the gate: regression (what the change breaks) or preexisting ' +
      '(also what production already fails).',
    default: 'regression',
  },
  {
    name: 'resolve',
    description:
      "Connect to other addresses than DNS says, like curl's --resolve: HOST:PORT=ADDRESS:PORT, one per line " +
      '(HOST may start with *. for a wildcard), e.g. *.example.workers.dev:443=127.0.0.1:8443 to test a ' +
      'hostname before DNS points at it. TLS still checks the certificate for HOST.',
    default: '',
  },
  {
    name: 'canary-steps',
    description:
      'With deploy: gradual, the canary: percentages of traffic the new version gets in turn, comma-separated' +
      ' and increasing, the last 100 (e.g. 10,50,100). At each step the new version is compared with the' +
      ' previous one on real traffic and on the synthetic probes; a worse one is rolled back at once (the' +
      ' previous version at 100%). Default: none (the version goes from 0% to 100% once the smoke test passes).',
    default: '',
  },
  {
    name: 'canary-interval',
    description: 'How long each canary step is observed before the next: 30s, 2m, 1h.',
    default: '60s',
  },
  {
    name: 'canary-min-requests',
    description:
      'Real requests each version must serve in a canary step before its numbers decide (Kayenta asks 50 data' +
      ' points); below that the real-traffic verdict is inconclusive, the step waits one more interval, then' +
      ' the synthetic probes decide.',
    default: '50',
  },
  {
    name: 'canary-latency',
    description:
      "The canary's latency rule (the new version's P99 over 2x the previous one's and 200 ms slower fails the" +
      ' step): auto (judged from 500 timed requests per version, where a P99 is not noise), on (from' +
      ' canary-min-requests) or off.',
    default: 'auto',
  },
  {
    name: 'smoke',
    description:
      'A smoke spec file (YAML or JSON) that adds or overrides probes; see the README for its schema. Default: ' +
      'probes derived from the gateway config only.',
    default: '',
  },
  {
    name: 'auth-token',
    description:
      'A bearer token the gateway accepts, for the success probes of "auth": true routes. Never printed. ' +
      'Default: those routes are probed without a token only (expecting 401).',
    default: '',
  },
  {
    name: 'github-token',
    description:
      'A token with checks: write (pull-requests: write for pr-comment, deployments: write for GitHub ' +
      'Deployments): the report step then publishes a check run with every annotation, and each deploy becomes ' +
      'a GitHub deployment with its status. Without one (or from a fork), annotations are workflow commands.',
    default: '',
  },
  {
    name: 'pr-comment',
    description:
      'With github-token on a pull request: keep one gate comment on the pull request, updated in place: true ' +
      'or false.',
    default: 'false',
  },
  {
    name: 'report',
    description:
      'Where to write the JSON report (relative to the current directory). Default: report.json in the run directory.',
    default: '',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];
export type RawInputs = Partial<Record<InputName, string>>;

export const INPUT_NAMES: readonly InputName[] = INPUTS.map((i) => i.name);

/** The variable the runner sets for an input, as @actions/core reads it: INPUT_WORKING-DIRECTORY. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The portable spelling action.yml passes to composite steps (a shell-safe name): INPUT_WORKING_DIRECTORY. */
export function inputEnvAlias(name: string): string {
  return inputEnvName(name).replace(/-/g, '_');
}

/**
 * The environment less the runner's INPUT_* variables, for the project's own commands: those hold
 * the gate's tokens (every step gets them, to redact them), which the project's tests have no use for.
 */
export function withoutInputVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}

/** Flags win over the runner's INPUT_* variables; blank values count as unset. */
export function readRawInputs(flags: Record<string, string | undefined>, env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = (flags[name] ?? env[inputEnvName(name)] ?? env[inputEnvAlias(name)] ?? '').trim();
    if (value !== '') raw[name] = value;
  }
  return raw;
}

export interface GateConfig {
  /** Absolute. */
  workingDirectory: string;
  /** Absolute paths of files the user named; undefined means "discover". */
  config?: string;
  schema?: string;
  wranglerConfig?: string;
  /** Test commands as the user gave them; undefined means "what package.json declares". */
  testCommand?: string;
  e2eCommand?: string;
  testTimeoutMs: number;
  /** The wrangler environment; undefined means the top level. */
  environment?: string;
  /** Secret names the action uploads (values from the environment). */
  secrets: string[];
  configDrift: 'warning' | 'error';
  deploy: DeployMode;
  /** `deploy: preview`: the alias the user chose (else derived from the pull request or branch). */
  previewAlias?: string;
  /** Where to connect for some hosts instead of DNS (`resolve`). */
  resolve: ResolveRule[];
  rollback: boolean;
  /** The deployment to smoke-test, when the user names it (else the deploy's URL). */
  url?: string;
  /** Production, probed alongside `url` for the differential smoke (else the deploy's live URL). */
  baselineUrl?: string;
  failOn: FailOn;
  /** `deploy: gradual` with `canary-steps`: the canary plan; undefined, the version goes from 0% to 100%. */
  canary?: CanaryPlan;
  /** What the API changes are compared with (`base-ref`); undefined means the event's base, if any. */
  baseRef?: string;
  apiChanges: ApiChangeLevel;
  /** Absolute path of the smoke spec. */
  smoke?: string;
  /** Secrets of the runner's protocol; registered with the runner's masking before any output. */
  authToken?: string;
  githubToken?: string;
  prComment: boolean;
  /** Absolute path of the JSON report. */
  reportPath: string;
  /** Where stages hand their results to the next step. */
  runDir: string;
  /** Why a stage command started its own run directory instead of joining the latest run (said on stderr). */
  runDirNote?: string;
  /** Outside Actions: a file for the job summary (`--summary`). */
  summaryFile?: string;
  /** Speak the runner's protocol (annotations, summary, outputs). */
  github: boolean;
  /** Colour the terminal output. */
  color: boolean;
  env: NodeJS.ProcessEnv;
}

export type DeployMode = 'direct' | 'gradual' | 'preview' | 'none';

/** `fail-on`: which differential verdicts fail the gate; `preexisting` also fails on what production already fails. */
export type FailOn = 'regression' | 'preexisting';

export interface ConfigContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  runDir?: string;
  /** `run` starts a run directory of its own; a stage command joins the latest one. */
  freshRun?: boolean;
  summaryFile?: string;
  isTTY: boolean;
}

export function buildGateConfig(raw: RawInputs, ctx: ConfigContext): GateConfig {
  const workingDirectory = path.resolve(ctx.cwd, raw['working-directory'] ?? '.');
  if (!existsSync(workingDirectory)) {
    throw new UsageError(
      `working-directory ${raw['working-directory']} does not exist (resolved to ${workingDirectory}).`,
    );
  }
  if (!statSync(workingDirectory).isDirectory()) {
    throw new UsageError(`working-directory ${raw['working-directory']} is a file, not a directory.`);
  }
  const github = ctx.env.GITHUB_ACTIONS === 'true';
  const explicitRunDir = ctx.runDir ?? ctx.env.GATE_RUN_DIR;
  const wranglerConfig = inputPath(raw['wrangler-config'], workingDirectory, ctx.cwd);
  const chosen = explicitRunDir
    ? { dir: path.resolve(ctx.cwd, explicitRunDir) }
    : chooseRunDir({
        workingDirectory,
        wranglerConfig,
        environment: raw.environment || undefined,
        env: ctx.env,
        github,
        fresh: ctx.freshRun === true,
      });
  return {
    workingDirectory,
    config: inputPath(raw.config, workingDirectory, ctx.cwd),
    schema: inputPath(raw.schema, workingDirectory, ctx.cwd),
    wranglerConfig,
    testCommand: raw['test-command'] || undefined,
    e2eCommand: raw['e2e-command'] || undefined,
    testTimeoutMs: durationInput('test-timeout', raw['test-timeout'] ?? '10m'),
    environment: raw.environment || undefined,
    secrets: secretNames(raw.secrets),
    configDrift: choice('config-drift', raw['config-drift'] ?? 'warning', ['warning', 'error'] as const),
    deploy: choice('deploy', raw.deploy ?? 'none', ['direct', 'gradual', 'preview', 'none'] as const),
    previewAlias: raw['preview-alias'],
    resolve: parseResolveRules(raw.resolve),
    rollback: booleanInput('rollback', raw.rollback ?? 'true'),
    url: raw.url ? urlInput('url', raw.url) : undefined,
    baselineUrl: raw['baseline-url'] ? urlInput('baseline-url', raw['baseline-url']) : undefined,
    baseRef: raw['base-ref'] || undefined,
    apiChanges: choice('api-changes', raw['api-changes'] ?? 'standard', ['standard', 'strict'] as const),
    failOn: choice('fail-on', raw['fail-on'] ?? 'regression', ['regression', 'preexisting'] as const),
    canary: canaryInputs(raw),
    smoke: raw.smoke ? inputPath(raw.smoke, workingDirectory, ctx.cwd) : undefined,
    authToken: raw['auth-token'] || undefined,
    githubToken: raw['github-token'] || undefined,
    prComment: booleanInput('pr-comment', raw['pr-comment'] ?? 'false'),
    reportPath: raw.report ? path.resolve(ctx.cwd, raw.report) : path.join(chosen.dir, 'report.json'),
    runDir: chosen.dir,
    ...(chosen.note ? { runDirNote: chosen.note } : {}),
    summaryFile: ctx.summaryFile ? path.resolve(ctx.cwd, ctx.summaryFile) : undefined,
    github,
    color: !github && ctx.isTTY && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb',
    env: ctx.env,
  };
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** YAML's spellings of a boolean, as the runner's getBooleanInput accepts them. */
function booleanInput(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`${name} must be true or false; got "${value}"`);
}

function urlInput(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${name} must be an absolute http(s) URL such as https://gateway.example.workers.dev; got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`${name} must be http or https; got ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}

/** Secret names, one per line or comma-separated; a name must be a valid variable name. */
function secretNames(value: string | undefined): string[] {
  const names = (value ?? '')
    .split(/[\n,]/)
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new UsageError(
        `secrets: "${name}" is not a secret name (letters, digits and _; one name per line, the value comes` +
          ` from the environment variable of that name)`,
      );
  }
  return [...new Set(names)];
}

/** The canary inputs matter only with `canary-steps`; each one is still checked when given. */
function canaryInputs(raw: RawInputs): CanaryPlan | undefined {
  const parsed = parseCanaryPlan({
    steps: raw['canary-steps'],
    interval: raw['canary-interval'],
    minRequests: raw['canary-min-requests'],
    latency: raw['canary-latency'],
  });
  if (!parsed.ok) throw new UsageError(parsed.message);
  const deploy = raw.deploy ?? 'none';
  if (parsed.plan && (deploy === 'direct' || deploy === 'preview'))
    throw new UsageError(
      `canary-steps needs deploy: gradual (a canary splits traffic between two versions); deploy is ${deploy}`,
    );
  return parsed.plan;
}

function durationInput(name: string, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`${name} must be a duration such as 600, 90s, 10m or 1h; got "${value}"`);
  return ms;
}

/**
 * File inputs are relative to the working directory, as in a workflow; a path that only exists
 * relative to the current directory (typed on a laptop) is accepted too.
 */
function inputPath(value: string | undefined, workingDirectory: string, cwd: string): string | undefined {
  if (value === undefined) return undefined;
  const fromWorkdir = path.resolve(workingDirectory, value);
  if (existsSync(fromWorkdir)) return fromWorkdir;
  const fromCwd = path.resolve(cwd, value);
  return existsSync(fromCwd) ? fromCwd : fromWorkdir;
}

/** A path as findings show it: relative to the working directory, forward slashes. */
export function displayPath(file: string, workingDirectory: string): string {
  const rel = path.relative(workingDirectory, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}
