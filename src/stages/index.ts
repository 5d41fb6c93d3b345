// The stages this version of the gate has, in pipeline order. A stage that is not listed here
// is not built yet: it is absent from action.yml and the CLI refuses it.
import type { InputName } from '../inputs.js';
import type { StageName } from '../findings.js';
import type { StageDefinition, StageDefinitionOf } from './stage.js';

/**
 * Every step writes the cumulative report and says where it is; with a github-token, steps leave
 * their annotations to the report step's check run. The working directory, wrangler config and
 * environment name the gateway: its run directory, check run and summary heading (matrix jobs).
 * Every step redacts every secret from what it writes (a test that prints one, an upstream that
 * echoes one): so each gets the tokens and the `secrets` names, whose values stay in its own
 * environment and never pass through the run directory.
 */
export const COMMON_INPUTS: readonly InputName[] = [
  'working-directory',
  'wrangler-config',
  'environment',
  'report',
  'github-token',
  'auth-token',
  'secrets',
];

/**
 * The canary (issue 23): deploy checks them before uploading; smoke runs the steps once the version
 * passed at 0%. `deploy` rides along: a canary only splits a gradual deploy.
 */
const CANARY_INPUTS: readonly InputName[] = [
  'canary-steps',
  'canary-interval',
  'canary-min-requests',
  'canary-latency',
];

/** A stage's `run` and `load`: its module is imported once, on the first of them. */
function lazy<N extends StageName>(
  load: () => Promise<StageDefinitionOf<N>['run']>,
): Pick<StageDefinitionOf<N>, 'run' | 'load'> {
  let loaded: Promise<StageDefinitionOf<N>['run']> | undefined;
  const module = () => (loaded ??= load());
  return {
    load: module,
    run: async (config, log, context) => (await module())(config, log, context),
  };
}

// Each stage's code is loaded when it runs: `validate` alone need not compile wrangler, undici,
// a JavaScript parser and the smoke's HTTP client at every start.
export const PIPELINE_STAGES: readonly StageDefinition[] = [
  {
    name: 'validate',
    summary: 'the gateway config: JSON syntax, the schema, and cross-references, routes and URLs',
    inputs: [...COMMON_INPUTS, 'config', 'schema', 'base-ref', 'api-changes'],
    ...lazy(async () => (await import('./validate.js')).loadValidate()),
  },
  {
    name: 'preflight',
    summary:
      'the Worker before it deploys: its wrangler config for the environment, and every binding, secret and ' +
      'config source the gateway needs (in the account, when CLOUDFLARE_API_TOKEN is set)',
    inputs: [...COMMON_INPUTS, 'config', 'schema', 'config-drift'],
    ...lazy(async () => (await import('./preflight.js')).runPreflight),
  },
  {
    name: 'test',
    summary: "the project's unit tests, then its local E2E tests (RUN_LOCAL_WORKER_E2E=true, the Worker in workerd)",
    inputs: [...COMMON_INPUTS, 'test-command', 'e2e-command', 'test-timeout'],
    ...lazy(async () => (await import('./test.js')).runTests),
  },
  {
    name: 'deploy',
    summary:
      "the Worker, with the project's wrangler: direct (wrangler deploy), gradual (a version at 0%, promoted " +
      'by smoke) or preview (a version at its preview alias, never deployed); the `secrets` ride with the ' +
      'upload (--secrets-file: a file only the runner user can read, removed when the command ends; wrangler ' +
      'before 4.74: versions secret bulk on stdin, first)',
    // A direct deploy first sends the smoke test's probes to the live version: the plan's inputs too.
    inputs: [...COMMON_INPUTS, 'deploy', 'preview-alias', 'config', 'url', 'resolve', 'smoke', ...CANARY_INPUTS],
    ...lazy(async () => (await import('./deploy.js')).runDeploy),
  },
  {
    name: 'smoke',
    summary:
      'the live gateway: every route probed concurrently, the deploy marker checked, each failure told apart ' +
      "by layer (edge, routing, auth, upstream, gateway) with the Worker's logs",
    inputs: [...COMMON_INPUTS, 'config', 'url', 'resolve', 'baseline-url', 'fail-on', 'smoke', ...CANARY_INPUTS],
    ...lazy(async () => (await import('./smoke.js')).runSmoke),
  },
  {
    name: 'rollback',
    summary:
      'after a failed smoke test: the previous version restored (direct), or the untested version taken out of ' +
      'the deployment (gradual)',
    inputs: [...COMMON_INPUTS, 'rollback'],
    ...lazy(async () => (await import('./rollback.js')).runRollback),
    afterFailure: true,
  },
];

export const REPORT_STAGE = {
  name: 'report',
  summary:
    'the verdict of every stage that ran: job summary, outputs, JSON report (and a check run / PR comment with ' +
    'github-token)',
  inputs: [...COMMON_INPUTS, 'pr-comment'] as readonly InputName[],
} as const;

/** Every step writes these outputs; action.yml exposes the report step's. */
export const OUTPUTS = {
  result: 'passed, failed or error: the gate verdict over the stages that ran',
  'report-path': 'absolute path of the JSON report',
  'deployment-url':
    "the URL the deploy serves (direct: wrangler's first target; gradual: the Worker's workers.dev URL), else " +
    'the URL smoke probed; empty when neither ran',
  'version-id': 'the Worker version the deploy uploaded (empty without a deploy)',
  'preview-url':
    'deploy: preview: the URL of the preview alias, https://<alias>-<worker>.<subdomain>.workers.dev (else empty)',
} as const;
