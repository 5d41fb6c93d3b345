// The runner stand-in (helpers/composite-action.ts) must read a composite action as GitHub does:
// GitHub's parser decides what is valid, GitHub's evaluator what each `${{ }}` and `if` means.
// Each case below is one where a hand-written subset reads the manifest differently.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCompositeAction } from '../../helpers/composite-action.js';
import { tempDir } from '../../helpers/runner.js';
import { gateStep, readWorkflow } from '../../helpers/workflow.js';

function action(manifest: string): string {
  const dir = tempDir('gate-action-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'action.yml'), manifest);
  return dir;
}

const run = (actionPath: string, inputs: Record<string, string> = {}) => {
  const workspace = tempDir('gate-workspace-');
  return runCompositeAction(inputs, { workspace, actionPath, env: { PATH: process.env.PATH ?? '' } });
};

const CONDITIONS = `name: Conditions
description: Step conditions the runner evaluates
inputs:
  retries:
    description: a number, as text
    default: '0'
  flags:
    description: a JSON list
    default: '["Fast", "safe"]'
outputs:
  note:
    description: an output that falls back to a formatted text
    value: \${{ steps.writes.outputs.missing || format('no {0} after {1}', 'note', steps.writes.outcome) }}
runs:
  using: composite
  steps:
    - id: writes
      shell: bash
      run: echo "seen=yes" >> "$GITHUB_OUTPUT"
    - id: fails
      shell: bash
      run: exit 3
    - id: implied-success
      shell: bash
      run: echo ran
    - id: mixed-case
      if: failure() && steps.fails.outcome == 'Failure'
      shell: bash
      run: echo ran
    - id: not-cancelled
      if: \${{ !cancelled() && steps.fails.conclusion == 'failure' }}
      shell: bash
      run: echo ran
    - id: number-zero
      if: always() && fromJSON(inputs.retries)
      shell: bash
      run: echo ran
    - id: text-zero
      if: always() && inputs.retries
      shell: bash
      run: echo ran
    - id: contains
      if: always() && contains(fromJSON(inputs.flags), 'fast')
      shell: bash
      run: echo ran
    - id: values
      if: always()
      shell: bash
      env:
        FALLBACK: \${{ steps.never.outputs.x || 'fallback' }}
        EMPTY: \${{ '' && 'truthy' || 'falsy' }}
        FOLDED: >-
          seen=\${{ steps.writes.outputs.seen }}
          skipped=\${{ steps.implied-success.outcome }}
      run: |
        echo "fallback=$FALLBACK" >> "$GITHUB_OUTPUT"
        echo "empty=$EMPTY" >> "$GITHUB_OUTPUT"
        echo "folded=$FOLDED" >> "$GITHUB_OUTPUT"
`;

test("step conditions and values mean what they mean on GitHub's runner", async () => {
  const result = await run(action(CONDITIONS));
  expect(Object.fromEntries(result.steps.map((s) => [s.id, s.outcome]))).toEqual({
    writes: 'success',
    fails: 'failure',
    // No status function: success() && …, false after a failure.
    'implied-success': 'skipped',
    // == compares text ignoring case: 'failure' == 'Failure'.
    'mixed-case': 'success',
    'not-cancelled': 'success',
    // fromJSON('0') is the number 0, falsy; the text '0' is a non-empty string, truthy.
    'number-zero': 'skipped',
    'text-zero': 'success',
    // contains() on an array compares its items ignoring case.
    contains: 'success',
    values: 'success',
  });
  expect(result.failed).toBe(true);
  // || returns the first truthy operand itself, '' is falsy, and a folded block is one line.
  expect(result.step('values').outputs).toEqual({
    fallback: 'fallback',
    empty: 'falsy',
    folded: 'seen=yes skipped=skipped',
  });
  expect(result.outputs).toEqual({ note: 'no note after success' });
});

test('an input default that is an expression is evaluated, and a given input wins', async () => {
  const dir = action(`name: Defaults
description: Input defaults
inputs:
  where:
    description: a directory
    default: \${{ runner.temp }}
  label:
    description: a label
    default: \${{ format('{0}-{1}', 'gate', runner.os) }}
runs:
  using: composite
  steps:
    - id: show
      shell: bash
      run: |
        echo "where=\${{ inputs.where }}" >> "$GITHUB_OUTPUT"
        echo "label=\${{ inputs.label }}" >> "$GITHUB_OUTPUT"
`);
  const result = await run(dir, { label: 'mine' });
  expect(result.step('show').outputs.label).toBe('mine');
  expect(result.step('show').outputs.where).toMatch(/gate-runner-temp-/);
});

test('an action GitHub would refuse fails the run, naming each error on its line', async () => {
  const dir = action(`name: Broken
description: Mistakes GitHub refuses
runs:
  using: composite
  steps:
    - id: typo
      shell: bash
      iff: always()
      run: echo ran
    - id: secret
      shell: bash
      env:
        TOKEN: \${{ secrets.TOKEN }}
      run: echo ran
`);
  const failure = run(dir);
  await expect(failure).rejects.toThrow(/GitHub would refuse this action/);
  await expect(failure).rejects.toThrow(new RegExp(`${dir}/action\\.yml:8:7: Unexpected value 'iff'`));
  await expect(failure).rejects.toThrow(new RegExp(`${dir}/action\\.yml:13:16: Unrecognized named-value: 'secrets'`));
});

test("the README's pull-request workflow, evaluated as GitHub does: a fork's pull request neither deploys nor asks for secrets", () => {
  const workflow = readWorkflow('pull-request.yml');
  const contexts = (fork: boolean) => ({
    github: { token: 't', event: { pull_request: { number: 5, head: { repo: { fork } } } } },
    // GitHub gives a fork's workflow no secrets: each `secrets.X` is empty.
    secrets: fork ? {} : { SMOKE_TEST_TOKEN: 'smoke', CLOUDFLARE_API_TOKEN: 'cf', JWT_SECRET: 'jwt' },
    vars: { CLOUDFLARE_ACCOUNT_ID: 'acct' },
  });
  expect(gateStep(workflow, contexts(false)).inputs).toMatchObject({ deploy: 'preview', secrets: 'JWT_SECRET' });
  const fork = gateStep(workflow, contexts(true));
  expect(fork.inputs).toMatchObject({ deploy: 'none', secrets: '', 'auth-token': '' });
  expect(fork.env).toMatchObject({ CLOUDFLARE_API_TOKEN: '', JWT_SECRET: '' });
});

test("the README's pull-request workflow runs in a merge queue too, and deploys nothing there", () => {
  const workflow = readWorkflow('pull-request.yml');
  expect(workflow.on).toEqual(['pull_request', 'merge_group']);
  const queued = gateStep(workflow, {
    github: { token: 't', event_name: 'merge_group', event: { merge_group: { head_sha: 'c'.repeat(40) } } },
    secrets: { SMOKE_TEST_TOKEN: 'smoke', CLOUDFLARE_API_TOKEN: 'cf', JWT_SECRET: 'jwt' },
    vars: { CLOUDFLARE_ACCOUNT_ID: 'acct' },
  });
  // No pull request to preview: validate, preflight (with the account) and the tests gate the queued merge.
  expect(queued.inputs).toMatchObject({ deploy: 'none', secrets: '' });
  expect(queued.env).toMatchObject({ CLOUDFLARE_API_TOKEN: 'cf', CLOUDFLARE_ACCOUNT_ID: 'acct' });
});
