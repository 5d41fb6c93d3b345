// The README's workflows (examples/workflows/*.yml, included verbatim in the README) as a test runs
// them: the gate step's `with:` and `env:`, each `${{ … }}` evaluated by GitHub's own evaluator
// against the contexts the test gives (`github`, `secrets`, `vars`; a context it did not give fails
// the test), and the job's settings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { evaluate } from './expressions.js';
import { ROOT } from './runner.js';

interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Workflow {
  text: string;
  on: unknown;
  permissions: Record<string, string>;
  job: { environment?: unknown; steps: WorkflowStep[] };
}

export interface GateStep {
  inputs: Record<string, string>;
  env: Record<string, string>;
}

export function readWorkflow(name: string): Workflow {
  const text = readFileSync(path.join(ROOT, 'examples/workflows', name), 'utf8');
  const doc = parse(text) as {
    on: unknown;
    permissions: Record<string, string>;
    jobs: Record<string, Workflow['job']>;
  };
  const jobs = Object.values(doc.jobs);
  if (jobs.length !== 1) throw new Error(`${name}: expected one job, found ${jobs.length}`);
  return { text, on: doc.on, permissions: doc.permissions, job: jobs[0]! };
}

/** The gate step's inputs and env with every expression evaluated against `contexts`, as the runner does. */
export function gateStep(workflow: Workflow, contexts: Record<string, unknown>): GateStep {
  const step = workflow.job.steps.find((s) => s.uses?.includes('gateway-deploy-gate'));
  if (!step) throw new Error('the workflow has no gateway-deploy-gate step');
  const scope = { contexts, failed: false };
  const fill = (value: unknown): string =>
    String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) =>
      evaluate(expression, scope).coerceString(),
    );
  const filled = (map: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fill(v)]));
  return { inputs: filled(step.with), env: filled(step.env) };
}
