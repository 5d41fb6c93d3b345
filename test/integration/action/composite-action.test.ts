// The action as a workflow runs it: action.yml's steps (validate, preflight, test, deploy, smoke,
// rollback only after a failed smoke step, report always) in a runner stand-in, against the local
// Cloudflare with real wrangler and workerd, in a repository whose gateway lives in `gateway/`.
// Asserts what a user sees in GitHub: step outcomes, the action's outputs, annotations placed on
// repository paths, the job summary, and secrets nowhere but in ::add-mask::.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { runCompositeAction, runnerEnv, type ActionRun } from '../../helpers/composite-action.js';
import {
  closedPort,
  gatewayProject,
  runGate,
  signToken,
  startUpstream,
  type Upstream,
} from '../../helpers/gateway-project.js';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import { positionOf, ROOT, tempDir } from '../../helpers/runner.js';
import { startFakeGitHub } from '../../helpers/fake-github.js';
import { gateStep, readWorkflow } from '../../helpers/workflow.js';

jest.setTimeout(300_000);

const WORKER = 'gateway-action';
const RELEASE_WORKER = 'gateway-release';
const SECRET = 'action-test-secret-value';
let cf: LocalCloudflareProcess;
let upstream: Upstream;
let url: string;
let releaseUrl: string;

beforeAll(async () => {
  const port = await closedPort();
  let releasePort = await closedPort();
  for (let i = 0; i < 5 && releasePort === port; i++) releasePort = await closedPort();
  // The Worker's address is known before its first deploy, as a workers.dev URL would be.
  cf = await startLocalCloudflare({ edgePorts: { [WORKER]: port, [RELEASE_WORKER]: releasePort } });
  url = `http://127.0.0.1:${port}`;
  releaseUrl = `http://127.0.0.1:${releasePort}`;
  upstream = await startUpstream('echo');
});
afterAll(async () => {
  await cf?.stop();
  await upstream?.close();
});

const outcomes = (run: ActionRun) => Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]));
const annotations = (log: string) => log.split('\n').filter((l) => /^::(error|warning|notice)\b/.test(l));

test('a push deploys and passes; the next one breaks the upstream: smoke fails on the route line, rollback restores, outputs and summary say so', async () => {
  const workspace = tempDir('gate-workspace-');
  const project = gatewayProject(upstream.url, path.join(workspace, 'gateway'));
  project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${WORKER}"`));
  const token = signToken(SECRET);
  const inputs = { 'working-directory': 'gateway', deploy: 'direct', secrets: 'JWT_SECRET', url, 'auth-token': token };
  const env = {
    ...runnerEnv(workspace),
    ...cf.env,
    JWT_SECRET: SECRET,
  };

  const first = await runCompositeAction(inputs, { workspace, env });
  expect({
    outcomes: outcomes(first),
    stderr: first.steps.filter((s) => s.outcome === 'failure').map((s) => s.stdout.slice(-2000)),
  }).toEqual({
    outcomes: {
      validate: 'success',
      preflight: 'success',
      test: 'success',
      deploy: 'success',
      smoke: 'success',
      rollback: 'skipped',
      report: 'success',
    },
    stderr: [],
  });
  expect(first.outputs.result).toBe('passed');
  const good = first.outputs['version-id']!;
  expect(good).toMatch(/^[0-9a-f-]{36}$/);
  expect(first.outputs['deployment-url']).toMatch(new RegExp(`^https://${WORKER}\\.[\\w-]+\\.workers\\.dev$`));
  expect(JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8'))).toMatchObject({
    result: 'passed',
    deployment: { versionId: good },
  });

  // The next push points the upstream at a port where nothing listens.
  const dead = `http://127.0.0.1:${await closedPort()}`;
  project.edit('wrangler.toml', (t) => t.replace(upstream.url, dead));
  const second = await runCompositeAction(inputs, { workspace, env });
  expect(outcomes(second)).toEqual({
    validate: 'success',
    preflight: 'success',
    test: 'success',
    deploy: 'success',
    smoke: 'failure',
    rollback: 'success',
    report: 'failure',
  });
  expect(second.failed).toBe(true);
  expect(second.outputs.result).toBe('failed');
  const bad = second.outputs['version-id']!;
  expect(bad).toMatch(/^[0-9a-f-]{36}$/);
  expect(bad).not.toBe(good);
  expect((await cf.worker(WORKER)).deployment).toEqual([{ version_id: good, percentage: 100 }]);
  expect((await fetch(`${url}/users/1`)).status).toBe(200);

  // The annotations sit on the routes' lines, by their path from the repository root.
  const config = readFileSync(project.file('src/api-config.json'), 'utf8');
  const lineOf = (route: string) => positionOf(config, `"path": "${route}"`, `"${route}"`).line;
  // One refused upstream, one root cause: the error on the line that sets UPSTREAM_URL, a warning on each route.
  const placedAs = (kind: string) =>
    annotations(second.step('smoke').stdout)
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) => [/title=([^,:]+)/.exec(l)?.[1], /file=([^,:]+)/.exec(l)?.[1], Number(/,line=(\d+)/.exec(l)?.[1])]);
  const wranglerLines = readFileSync(project.file('wrangler.toml'), 'utf8').split('\n');
  const upstreamLine = wranglerLines.findIndex((l) => l.startsWith('UPSTREAM_URL = ')) + 1;
  const refused = 'smoke%3A connection_refused (upstream)';
  expect(placedAs('error')).toEqual([[refused, 'gateway/wrangler.toml', upstreamLine]]);
  expect(placedAs('warning')).toEqual(
    expect.arrayContaining([
      ['smoke%3A connection_refused (upstream)', 'gateway/src/api-config.json', lineOf('/users/{id}')],
      ['smoke%3A connection_refused (upstream)', 'gateway/src/api-config.json', lineOf('/api/{.+}')],
    ]),
  );
  // The report step does not repeat them: each stage's step already annotated its own.
  expect(annotations(second.step('report').stdout).filter((l) => l.startsWith('::error'))).toEqual([]);

  // The job summary: the smoke section with the request path and the probe matrix, the rollback, the verdict.
  expect(second.summary).toContain('```mermaid\nflowchart LR');
  expect(second.summary).toContain('class upstream fail');
  expect(second.summary).toMatch(
    // The live version answered before the deploy: the route is a regression next to it.
    /<code>GET \/users\/\{id\}<\/code><\/td><td>❌ 500 upstream <sub>connection_refused<\/sub><\/td><td>✅ 200<\/td><td>🔴 regression/,
  );
  expect(second.summary).toContain(`Rolled back: <code>${bad}</code> no longer serves; <code>${good}</code> does`);
  // The stage steps leave the summary to the report step: the verdict and what serves open it.
  expect(second.summary.split('\n').slice(0, 3)).toEqual([
    expect.stringMatching(/^<h2>❌ Gateway deploy gate failed/),
    '',
    `**Production:** rolled back to \`${good}\` (the version before this run); \`${bad}\` no longer serves`,
  ]);

  // Secrets are masked for the runner and printed nowhere by the gate.
  for (const run of [first, second]) {
    const masks = run.log.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(
      expect.arrayContaining([`::add-mask::${token}`, `::add-mask::${SECRET}`, `::add-mask::${cf.token}`]),
    );
    const unmasked = run.steps
      .map((s) => s.stdout + s.stderr + s.summary + JSON.stringify(s.outputs))
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    for (const secret of [token, SECRET, cf.token]) expect(unmasked.filter((l) => l.includes(secret))).toEqual([]);
    expect(readFileSync(run.outputs['report-path']!, 'utf8')).not.toContain(SECRET);
  }
});

test('the README release workflow: each push is a GitHub deployment; a failed one rolled back is a failure and the restored one success again; a read-only token is one notice', async () => {
  const GITHUB_TOKEN = 'ghs_releaseWorkflowToken0123456789';
  const github = await startFakeGitHub({ token: GITHUB_TOKEN });
  try {
    const workflow = readWorkflow('release.yml');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('```yaml\n' + workflow.text + '```');
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read', checks: 'write', deployments: 'write' });
    // GitHub would otherwise record a second deployment of its own for the job.
    expect(workflow.job.environment).toEqual({ name: 'production', deployment: false });

    const workspace = tempDir('gate-workspace-');
    const project = gatewayProject(upstream.url, path.join(workspace, 'gateway'));
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${RELEASE_WORKER}"`));
    const token = signToken(SECRET);
    const step = gateStep(workflow, {
      github: { token: GITHUB_TOKEN, event: { ref: 'refs/heads/main' } },
      secrets: { SMOKE_TEST_TOKEN: token, CLOUDFLARE_API_TOKEN: cf.env.CLOUDFLARE_API_TOKEN!, JWT_SECRET: SECRET },
      vars: { CLOUDFLARE_ACCOUNT_ID: cf.env.CLOUDFLARE_ACCOUNT_ID! },
    });
    expect(step.inputs).toMatchObject({ deploy: 'direct', 'github-token': GITHUB_TOKEN });
    // The only addition: the local Cloudflare's workers.dev hostnames are not in DNS, its edge is on loopback.
    const inputs = { ...step.inputs, url: releaseUrl };
    const push = (sha: string, runId: string) => {
      const event = path.join(tempDir('gate-event-'), 'event.json');
      writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: sha }));
      return {
        ...runnerEnv(workspace),
        CLOUDFLARE_API_BASE_URL: cf.env.CLOUDFLARE_API_BASE_URL!,
        ...step.env,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/gateway',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: sha,
        GITHUB_RUN_ID: runId,
        GITHUB_JOB: 'gate',
      };
    };
    const deploymentCalls = (from: number) =>
      github.requests
        .slice(from)
        .filter((r) => r.path.includes('/deployments'))
        .map((r) => `${r.method} ${r.path.replace(/\/\d+\//, '/{id}/')}`);
    const states = (id: number) => github.deployments.find((d) => d.id === id)!.statuses.map((s) => s.state);

    // Push 1: deployed and healthy.
    const first = await runCompositeAction(inputs, { workspace, env: push('1'.repeat(40), '101') });
    expect(outcomes(first)).toMatchObject({
      deploy: 'success',
      smoke: 'success',
      rollback: 'skipped',
      report: 'success',
    });
    const good = first.outputs['version-id']!;
    expect(github.deployments).toHaveLength(1);
    const [d1] = github.deployments;
    expect(d1).toMatchObject({
      ref: '1'.repeat(40),
      environment: 'production',
      production_environment: true,
      transient_environment: false,
      payload: { gate: 'gateway-deploy-gate', worker: RELEASE_WORKER, versionId: good, mode: 'direct' },
    });
    expect(deploymentCalls(0)).toEqual([
      'POST /repos/acme/gateway/deployments',
      'POST /repos/acme/gateway/deployments/{id}/statuses',
      'POST /repos/acme/gateway/deployments/{id}/statuses',
    ]);
    expect(d1!.statuses).toEqual([
      expect.objectContaining({ state: 'in_progress', log_url: 'https://github.com/acme/gateway/actions/runs/101' }),
      expect.objectContaining({ state: 'success', environment_url: first.outputs['deployment-url'] }),
    ]);
    expect(first.outputs['deployment-url']).toMatch(/^https:\/\/gateway-release\./);

    // Push 2: the upstream is gone; smoke fails, rollback restores push 1's version.
    const requestsBefore = github.requests.length;
    const dead = `http://127.0.0.1:${await closedPort()}`;
    project.edit('wrangler.toml', (t) => t.replace(upstream.url, dead));
    const second = await runCompositeAction(inputs, { workspace, env: push('2'.repeat(40), '102') });
    expect(outcomes(second)).toMatchObject({ smoke: 'failure', rollback: 'success', report: 'failure' });
    expect((await cf.worker(RELEASE_WORKER)).deployment).toEqual([{ version_id: good, percentage: 100 }]);
    const d2 = github.deployments[1]!;
    expect(d2.payload).toMatchObject({ versionId: second.outputs['version-id'], previousVersionId: good });
    expect(deploymentCalls(requestsBefore)).toEqual([
      'POST /repos/acme/gateway/deployments',
      'POST /repos/acme/gateway/deployments/{id}/statuses',
      'POST /repos/acme/gateway/deployments/{id}/statuses',
      'GET /repos/acme/gateway/deployments',
      'POST /repos/acme/gateway/deployments/{id}/statuses',
    ]);
    expect(states(d2.id)).toEqual(['in_progress', 'failure']);
    expect(d2.statuses[1]!.description).toMatch(/^smoke test failed: upstream\/connection_refused/);
    expect(states(d1!.id)).toEqual(['in_progress', 'success', 'success']);
    expect(d1!.statuses[2]).toMatchObject({
      environment_url: first.outputs['deployment-url'],
      description: `serving again: ${second.outputs['version-id']} failed the smoke test`,
    });
    expect(second.step('report').stdout).toContain(
      `GitHub deployment ${d2.id}: failure; GitHub deployment ${d1!.id}: success`,
    );

    // Push 3 with a read-only token (403): one notice, and the run goes as it would without a token.
    github.mode = 'fork';
    project.edit('wrangler.toml', (t) => t.replace(dead, upstream.url));
    const fromThird = github.requests.length;
    const third = await runCompositeAction(inputs, { workspace, env: push('3'.repeat(40), '103') });
    expect(outcomes(third)).toEqual(outcomes(first));
    expect(third.outputs.result).toBe('passed');
    expect(deploymentCalls(fromThird)).toEqual(['POST /repos/acme/gateway/deployments']);
    expect(github.deployments).toHaveLength(2);
    const notices = third.log.split('\n').filter((l) => /^::(notice|warning).*GitHub Deployments/.test(l));
    expect(notices).toEqual([
      expect.stringMatching(/^::notice title=gateway-deploy-gate::GitHub Deployments skipped: .*403/),
    ]);

    for (const run of [first, second, third]) {
      const unmasked = run.log.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(unmasked.filter((l) => l.includes(GITHUB_TOKEN))).toEqual([]);
    }
  } finally {
    await github.close();
  }
}, 480_000);

test('the README pull-request workflow: the preview is a transient GitHub deployment with its URL, the sticky comment leads with it, production untouched', async () => {
  const GITHUB_TOKEN = 'ghs_pullRequestWorkflowToken0123456789';
  const PR_WORKER = 'gateway-pr';
  const github = await startFakeGitHub({ token: GITHUB_TOKEN });
  try {
    const workflow = readWorkflow('pull-request.yml');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('```yaml\n' + workflow.text + '```');
    expect(workflow.on).toEqual(['pull_request', 'merge_group']);
    expect(workflow.permissions).toEqual({
      contents: 'read',
      checks: 'write',
      deployments: 'write',
      'pull-requests': 'write',
    });

    const dev = await cf.workersDev();
    const workspace = tempDir('gate-workspace-');
    const project = gatewayProject(upstream.url, path.join(workspace, 'gateway'));
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${PR_WORKER}"`));
    // Production exists (a preview needs a deployed Worker), deployed as the release workflow would.
    const live = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
      cwd: project.dir,
      runDir: tempDir('gate-prod-'),
      env: { ...cf.env, JWT_SECRET: SECRET },
    });
    expect(live.status).toBe(0);
    const production = (await cf.worker(PR_WORKER)).deployment;

    const token = signToken(SECRET);
    // A fork's pull request gets no secrets from GitHub: the workflow must then neither deploy nor ask for them.
    const contexts = (fork: boolean) => ({
      github: { token: GITHUB_TOKEN, event: { pull_request: { number: 123, head: { repo: { fork } } } } },
      secrets: fork
        ? {}
        : { SMOKE_TEST_TOKEN: token, CLOUDFLARE_API_TOKEN: cf.env.CLOUDFLARE_API_TOKEN!, JWT_SECRET: SECRET },
      vars: { CLOUDFLARE_ACCOUNT_ID: cf.env.CLOUDFLARE_ACCOUNT_ID! },
    });
    const step = gateStep(workflow, contexts(false));
    expect(step.inputs).toMatchObject({ deploy: 'preview', secrets: 'JWT_SECRET', 'pr-comment': 'true' });
    // The only addition: the local Cloudflare serves *.workers.dev on loopback, not where DNS points.
    const inputs = { ...step.inputs, resolve: `*.${dev.subdomain}.workers.dev:443=127.0.0.1:${dev.port}` };
    const pullRequest = (sha: string, runId: string) => {
      const event = path.join(tempDir('gate-event-'), 'event.json');
      const head = { sha, repo: { full_name: 'acme/gateway', fork: false } };
      writeFileSync(event, JSON.stringify({ number: 123, pull_request: { number: 123, head } }));
      return {
        ...runnerEnv(workspace),
        NODE_EXTRA_CA_CERTS: dev.caFile,
        CLOUDFLARE_API_BASE_URL: cf.env.CLOUDFLARE_API_BASE_URL!,
        ...step.env,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/gateway',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: 'f'.repeat(40), // the merge commit: the deployment belongs on the head
        GITHUB_RUN_ID: runId,
        GITHUB_JOB: 'gate',
      };
    };

    const first = await runCompositeAction(inputs, { workspace, env: pullRequest('a'.repeat(40), '201') });
    expect({
      outcomes: outcomes(first),
      failed: first.steps.filter((s) => s.outcome === 'failure').map((s) => s.stdout.slice(-1500)),
    }).toMatchObject({
      outcomes: { deploy: 'success', smoke: 'success', rollback: 'skipped', report: 'success' },
      failed: [],
    });
    const previewUrl = `https://pr-123-${PR_WORKER}.${dev.subdomain}.workers.dev`;
    expect(first.outputs['preview-url']).toBe(previewUrl);
    expect((await cf.worker(PR_WORKER)).deployment).toEqual(production);
    expect(github.deployments).toHaveLength(1);
    const [d1] = github.deployments;
    expect(d1).toMatchObject({
      ref: 'a'.repeat(40),
      environment: 'preview/pr-123',
      transient_environment: true,
      production_environment: false,
      payload: { worker: PR_WORKER, mode: 'preview', versionId: first.outputs['version-id'] },
    });
    expect(d1!.statuses).toEqual([
      expect.objectContaining({ state: 'in_progress' }),
      expect.objectContaining({ state: 'success', environment_url: previewUrl }),
    ]);
    expect(github.comments).toHaveLength(1);
    // A gateway below the repository's root is named in the heading (matrix jobs tell theirs apart).
    expect(github.comments[0]!.body.split('\n').slice(1, 6)).toEqual([
      '## ✅ Gateway deploy gate passed: gateway (Worker gateway-pr)',
      '',
      expect.stringMatching(/^\*\*Production:\*\* unchanged: .* this run deployed only a preview$/),
      '',
      `**Preview:** ${previewUrl} (version \`${first.outputs['version-id']}\`)`,
    ]);

    // The next push to the pull request: a new deployment of the same environment; the earlier one inactive.
    const second = await runCompositeAction(inputs, { workspace, env: pullRequest('b'.repeat(40), '202') });
    expect(outcomes(second)).toEqual(outcomes(first));
    const d2 = github.deployments[1]!;
    expect(d2).toMatchObject({ ref: 'b'.repeat(40), environment: 'preview/pr-123' });
    expect(d2.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(d1!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain(`(version \`${second.outputs['version-id']}\`)`);
    expect((await cf.worker(PR_WORKER)).deployment).toEqual(production);

    // The queued merge (merge_group): a merge queue that requires the check gets one on the queue's commit;
    // nothing is deployed (no pull request to preview) and the pull request's comment is left alone.
    const queued = gateStep(workflow, {
      github: { token: GITHUB_TOKEN, event_name: 'merge_group', event: { merge_group: { head_sha: 'c'.repeat(40) } } },
      secrets: { SMOKE_TEST_TOKEN: token, CLOUDFLARE_API_TOKEN: cf.env.CLOUDFLARE_API_TOKEN!, JWT_SECRET: SECRET },
      vars: { CLOUDFLARE_ACCOUNT_ID: cf.env.CLOUDFLARE_ACCOUNT_ID! },
    });
    expect(queued.inputs).toMatchObject({ deploy: 'none', secrets: '' });
    const queueEvent = path.join(tempDir('gate-event-'), 'event.json');
    writeFileSync(queueEvent, JSON.stringify({ merge_group: { head_sha: 'c'.repeat(40) } }));
    const commentBefore = github.comments[0]!.body;
    const merge = await runCompositeAction(queued.inputs, {
      workspace,
      env: {
        ...pullRequest('c'.repeat(40), '203'),
        ...queued.env,
        GITHUB_EVENT_NAME: 'merge_group',
        GITHUB_EVENT_PATH: queueEvent,
        GITHUB_SHA: 'c'.repeat(40),
      },
    });
    expect(outcomes(merge)).toMatchObject({ validate: 'success', report: 'success' });
    expect(merge.outputs.result).toBe('passed');
    expect(merge.outputs['version-id'] ?? '').toBe('');
    expect([...github.checkRuns.values()].filter((r) => r.head_sha === 'c'.repeat(40))).toEqual([
      expect.objectContaining({ conclusion: 'success' }),
    ]);
    expect(github.deployments).toHaveLength(2);
    expect(github.comments.map((c) => c.body)).toEqual([commentBefore]);
    expect((await cf.worker(PR_WORKER)).deployment).toEqual(production);
  } finally {
    await github.close();
  }
}, 480_000);
