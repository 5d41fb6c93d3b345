// The stages this version of the gate has, in pipeline order. A stage that is not listed here
// is not built yet: it is absent from action.yml and the CLI refuses it.
import type { InputName } from '../inputs.js';
import type { StageDefinition } from './stage.js';
import { runPreflight } from './preflight.js';
import { runTests } from './test.js';
import { runValidate } from './validate.js';

/** Every step writes the cumulative report and says where it is. */
export const COMMON_INPUTS: readonly InputName[] = ['working-directory', 'report'];

export const CHECK_STAGES: readonly StageDefinition[] = [
  {
    name: 'validate',
    summary: 'the gateway config: JSON syntax, the schema, and cross-references, routes and URLs',
    inputs: [...COMMON_INPUTS, 'config', 'schema', 'wrangler-config'],
    run: runValidate,
  },
  {
    name: 'preflight',
    summary: 'the Worker before it deploys: its wrangler config for the environment, and every binding, secret and config source the gateway needs (in the account, when CLOUDFLARE_API_TOKEN is set)',
    inputs: [...COMMON_INPUTS, 'config', 'schema', 'wrangler-config', 'environment', 'secrets', 'config-drift'],
    run: runPreflight,
  },
  {
    name: 'test',
    summary: "the project's unit tests, then its local E2E tests (RUN_LOCAL_WORKER_E2E=true, the Worker in workerd)",
    inputs: [...COMMON_INPUTS, 'test-command', 'e2e-command', 'test-timeout'],
    run: runTests,
  },
];

export const REPORT_STAGE = {
  name: 'report',
  summary: 'the verdict of every stage that ran: job summary, outputs, JSON report',
  inputs: COMMON_INPUTS,
} as const;

/** Every step writes these outputs; action.yml exposes the report step's. */
export const OUTPUTS = {
  result: 'passed, failed or error: the gate verdict over the stages that ran',
  'report-path': 'absolute path of the JSON report',
} as const;

/** Stages of the full product that later versions add, refused with a clear message meanwhile. */
export const PLANNED_STAGES = ['deploy', 'smoke'] as const;

/**
 * The contract's inputs of those stages. The CLI accepts them (a script written for the whole
 * gate keeps working) and says they are ignored; action.yml does not declare them yet.
 */
export const PLANNED_INPUTS = [
  'deploy',
  'rollback',
  'url',
  'smoke',
  'auth-token',
  'github-token',
] as const;
