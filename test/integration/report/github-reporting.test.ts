import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../src/findings.js';
import { MAX_MARKDOWN, publishCheckRun } from '../../../src/report/github-checks.js';
import { commentMarker, isStickyComment, upsertPullRequestComment } from '../../../src/report/pr-comment.js';
import type { ProbeRecord, StageResult } from '../../../src/contract.js';
import { RunState } from '../../../src/run-state.js';
import { type FakeGitHub, startFakeGitHub } from '../../helpers/fake-github.js';
import { CLI, fixture, parseAnnotations, ROOT, tempDir } from '../../helpers/runner.js';

const TOKEN = 'ghs_fakeInstallationToken0123456789';
const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

/** The runner's environment for an event, its payload in a temp file as GITHUB_EVENT_PATH. */
function runnerEnv(eventName: string, payload: unknown): NodeJS.ProcessEnv {
  const eventPath = path.join(tempDir('gate-event-'), 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: 'acme/edge',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: MERGE_SHA,
  };
}

const prEnv = () => runnerEnv('pull_request', { pull_request: { number: 7, head: { sha: HEAD_SHA } } });

/** Even findings sit on one line with columns; odd ones span three lines (GitHub refuses columns there). */
function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    stage: 'validate',
    layer: 'routing',
    code: `route_${i}`,
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
    message: `problem ${i}`,
    fix: `change thing ${i}`,
    location:
      i % 2 === 0
        ? { file: `gateway/routes-${i % 4}.json`, line: i + 1, column: 3, endColumn: 9 }
        : { file: `gateway/routes-${i % 4}.json`, line: i + 1, column: 3, endLine: i + 3 },
  }));
}

const checkRun = (overrides: Partial<Parameters<typeof publishCheckRun>[0]> = {}) =>
  publishCheckRun({
    token: TOKEN,
    env: prEnv(),
    name: 'gateway deploy gate',
    conclusion: 'failure',
    title: '12 errors',
    summary: '## Gate failed\n\ndetails',
    findings: [],
    ...overrides,
  });

describe('publishCheckRun against a fake GitHub', () => {
  it('sends 120 annotations in batches of 50, 50 and 20 on repository paths, then completes the run', async () => {
    const located = findings(120);
    const unlocated: Finding[] = [
      { stage: 'deploy', layer: 'deploy', code: 'no_place', severity: 'error', message: 'nowhere' },
    ];
    const result = await checkRun({ findings: [...located, ...unlocated], pathPrefix: 'services/edge' });

    expect(result).toMatchObject({ published: true, annotations: 120 });
    const run = [...fake.checkRuns.values()];
    expect(run).toHaveLength(1);
    const [only] = run;
    expect(result).toEqual({
      published: true,
      url: `https://github.com/acme/edge/runs/${only!.id}`,
      id: only!.id,
      annotations: 120,
    });
    expect(only!.batches).toEqual([50, 50, 20]);
    expect(only).toMatchObject({
      name: 'gateway deploy gate',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { title: '12 errors', summary: '## Gate failed\n\ndetails' },
    });

    const byCode = new Map(only!.annotations.map((a) => [a.title, a]));
    expect(byCode.size).toBe(120);
    for (const [i, f] of located.entries()) {
      const a = byCode.get(`validate: route_${i} (routing)`);
      expect(a).toMatchObject({
        path: `services/edge/${f.location!.file}`,
        start_line: i + 1,
        end_line: i % 2 === 0 ? i + 1 : i + 3,
        annotation_level: { error: 'failure', warning: 'warning', notice: 'notice' }[f.severity],
        message: `problem ${i}\nFix: change thing ${i}`,
      });
      if (i % 2 === 0) expect(a).toMatchObject({ start_column: 3, end_column: 9 });
      else expect(a!.start_column).toBeUndefined();
    }

    // One create, three updates; only the last one completes the run; every request authenticated.
    expect(fake.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(fake.requests.map((r) => (r.body as { conclusion?: string }).conclusion)).toEqual([
      undefined,
      undefined,
      undefined,
      'failure',
    ]);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    // Errors first: the batch GitHub shows first holds the most important findings.
    const firstBatch = (fake.requests[1]!.body as { output: { annotations: Array<{ annotation_level: string }> } })
      .output.annotations;
    expect(firstBatch.slice(0, 40).every((a) => a.annotation_level === 'failure')).toBe(true);
  });

  it('attaches a push run to GITHUB_SHA, completes it without annotations, and cuts a long summary', async () => {
    const result = await checkRun({
      env: runnerEnv('push', { ref: 'refs/heads/main' }),
      conclusion: 'success',
      summary: 'x'.repeat(70_000),
    });
    expect(result.published).toBe(true);
    const run = [...fake.checkRuns.values()][0]!;
    expect(run).toMatchObject({ head_sha: MERGE_SHA, conclusion: 'success', batches: [] });
    expect(run.output.summary!.length).toBeLessThanOrEqual(MAX_MARKDOWN);
    expect(run.output.summary).toMatch(/cut to fit GitHub’s limit/);
  });

  it('completes the run when a batch fails half-way, and says so', async () => {
    fake.failWith = { status: 502, message: 'Server Error', skip: 2, times: 1 };
    const result = await checkRun({ findings: findings(120) });
    const run = [...fake.checkRuns.values()][0]!;
    expect(result).toEqual({
      published: false,
      status: 502,
      reason: `could not finish check run ${run.id}: GitHub answered 502: Server Error`,
    });
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', batches: [50] });
    expect(run.output.summary).toMatch(
      /^## Gate failed\n\ndetails\n\nSome annotations could not be sent \(could not finish check run \d+: GitHub answered 502: Server Error\)/,
    );
    expect(fake.requests).toHaveLength(4); // create, batch, failed batch, one closing update: no retries
  });

  it("answers a fork's read-only token (403) with a reason, not an exception", async () => {
    fake.mode = 'fork';
    const result = await checkRun({ findings: findings(3) });
    expect(result).toMatchObject({ published: false, status: 403 });
    if (result.published) throw new Error('unreachable');
    expect(result.reason).toMatch(/403: Resource not accessible by integration/);
    expect(result.reason).toMatch(/forks/);
    expect(result.reason).toMatch(/checks: write/);
    expect(result.reason).not.toContain(TOKEN);
    expect(fake.checkRuns.size).toBe(0);
  });

  it('never repeats the token, even when an answer contains it', async () => {
    fake.failWith = { status: 500, message: `upstream said: token ${TOKEN} is odd` };
    const result = await checkRun();
    expect(result).toMatchObject({ published: false, status: 500 });
    if (result.published) throw new Error('unreachable');
    expect(result.reason).not.toContain(TOKEN);
    expect(result.reason).toContain('token ***');
    expect(fake.requests).toHaveLength(1); // no retries
  });

  it('says when GitHub rejects the token', async () => {
    const result = await checkRun({ token: 'ghs_wrong' });
    expect(result).toMatchObject({ published: false, status: 401 });
    if (!result.published) expect(result.reason).toMatch(/rejected the token .*Bad credentials/);
  });

  it('gives up on an API that does not answer after the per-request timeout', async () => {
    fake.mode = 'hang';
    const started = Date.now();
    const result = await checkRun({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toEqual({
      published: false,
      reason: 'could not publish the check run: GitHub did not answer in time',
    });
  });

  it('needs a token, the repository and a commit before any request', async () => {
    expect(await checkRun({ token: ' ' })).toMatchObject({
      published: false,
      reason: expect.stringMatching(/no GitHub token/),
    });
    expect(await checkRun({ env: { ...prEnv(), GITHUB_REPOSITORY: undefined } })).toMatchObject({
      published: false,
      reason: expect.stringMatching(/GITHUB_REPOSITORY/),
    });
    expect(await checkRun({ env: runnerEnv('pull_request', { pull_request: { number: 7 } }) })).toMatchObject({
      published: false,
      reason: expect.stringMatching(/head\.sha/),
    });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('upsertPullRequestComment against a fake GitHub', () => {
  it('creates the sticky comment once, then edits it in place, past a first page of other comments', async () => {
    for (let i = 0; i < 120; i++)
      fake.addComment('acme/edge', 7, i === 5 ? `> ${commentMarker()}\n> quoted` : `comment ${i}`);
    const env = prEnv();

    const first = await upsertPullRequestComment({ token: TOKEN, env, body: '## Gate failed' });
    expect(first).toMatchObject({ done: true, action: 'created' });
    const sticky = fake.comments.filter((c) => isStickyComment(c.body, commentMarker()));
    expect(sticky).toHaveLength(1);
    expect(first).toEqual({ done: true, action: 'created', url: sticky[0]!.html_url });
    expect(sticky[0]!.body).toBe(`${commentMarker()}\n## Gate failed`);

    fake.requests.length = 0;
    const second = await upsertPullRequestComment({ token: TOKEN, env, body: '## Gate passed' });
    expect(second).toEqual({ done: true, action: 'updated', url: sticky[0]!.html_url });
    expect(fake.comments).toHaveLength(121);
    expect(fake.comments.filter((c) => isStickyComment(c.body, commentMarker()))).toEqual([
      expect.objectContaining({ id: sticky[0]!.id, body: `${commentMarker()}\n## Gate passed` }),
    ]);
    // The sticky comment is the 121st: found on the second page, edited, nothing created.
    expect(fake.requests.map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''}`)).toEqual([
      'GET /repos/acme/edge/issues/7/comments',
      'GET /repos/acme/edge/issues/7/comments?page=2',
      `PATCH /repos/acme/edge/issues/comments/${sticky[0]!.id}`,
    ]);
  });

  it('keeps a separate comment per key', async () => {
    const env = prEnv();
    await upsertPullRequestComment({ token: TOKEN, env, body: 'staging', key: 'staging' });
    await upsertPullRequestComment({ token: TOKEN, env, body: 'production', key: 'production' });
    const again = await upsertPullRequestComment({ token: TOKEN, env, body: 'staging 2', key: 'staging' });
    expect(again).toMatchObject({ done: true, action: 'updated' });
    expect(fake.comments.map((c) => c.body)).toEqual([
      `${commentMarker('staging')}\nstaging 2`,
      `${commentMarker('production')}\nproduction`,
    ]);
  });

  it('comments on the pull request an issue_comment event came from', async () => {
    const env = runnerEnv('issue_comment', {
      issue: { number: 12, pull_request: { url: 'x' } },
      comment: { body: '/gate' },
    });
    expect(await upsertPullRequestComment({ token: TOKEN, env, body: 'hi' })).toMatchObject({
      done: true,
      action: 'created',
    });
    expect(fake.comments[0]).toMatchObject({ issue: 12 });
  });

  it('does nothing outside a pull request', async () => {
    expect(
      await upsertPullRequestComment({ token: TOKEN, env: runnerEnv('push', { ref: 'refs/heads/main' }), body: 'x' }),
    ).toEqual({ done: false, reason: 'not a pull request event' });
    expect(
      await upsertPullRequestComment({
        token: TOKEN,
        env: runnerEnv('issue_comment', { issue: { number: 3 } }),
        body: 'x',
      }),
    ).toEqual({ done: false, reason: 'not a pull request event' });
    expect(fake.requests).toHaveLength(0);
  });

  it("answers a fork's read-only token (403) with a reason, not an exception", async () => {
    fake.mode = 'fork';
    const result = await upsertPullRequestComment({ token: TOKEN, env: prEnv(), body: 'x' });
    expect(result).toMatchObject({ done: false, status: 403 });
    if (result.done) throw new Error('unreachable');
    expect(result.reason).toMatch(/Resource not accessible by integration/);
    expect(result.reason).toMatch(/pull-requests: write/);
    expect(result.reason).not.toContain(TOKEN);
    expect(fake.comments).toHaveLength(0);
  });
});

/** The gate's own steps as the runner runs them, without blocking the fake GitHub in this process. */
function runStep(
  stage: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  runnerTemp: string,
): Promise<{ status: number | null; stdout: string; summary: string }> {
  const summaryFile = path.join(runnerTemp, `summary-${stage}.md`);
  const outputFile = path.join(runnerTemp, `output-${stage}`);
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [CLI, stage], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: runnerTemp,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_WORKSPACE: ROOT,
      ...env,
      ...inputEnv,
    },
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, summary: readFileSync(summaryFile, 'utf8') })),
  );
}

describe('the report step with a github-token', () => {
  const dir = path.relative(ROOT, fixture('validate', 'schema-errors'));

  it('publishes one check run with every finding as an annotation, and the stage steps leave theirs to it', async () => {
    const runnerTemp = tempDir('gate-runner-');
    const inputs = { 'working-directory': dir, config: 'api-config.json', 'github-token': TOKEN };
    const validate = await runStep('validate', inputs, prEnv(), runnerTemp);
    expect(validate.status).toBe(1);
    expect(parseAnnotations(validate.stdout)).toEqual([]);
    const report = await runStep('report', inputs, prEnv(), runnerTemp);
    expect(report.status).toBe(1);
    const [run] = [...fake.checkRuns.values()];
    const [runDir, ...others] = readdirSync(path.join(runnerTemp, 'gateway-deploy-gate'));
    expect(others).toEqual([]); // both steps used the one run directory of this job
    const reportFile = path.join(runnerTemp, 'gateway-deploy-gate', runDir!, 'report.json');
    const findingsInReport = (
      JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: Array<{ location?: unknown }> }
    ).findings;
    expect(run).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(run!.annotations).toHaveLength(findingsInReport.filter((f) => f.location).length);
    expect(run!.annotations.every((a) => a.path.startsWith(`${dir}/`))).toBe(true);
    expect(parseAnnotations(report.stdout)).toEqual([]);
    expect(report.summary).toContain('Check run with');
    // The runner's masking command is the one place the value may appear: it is how masking works.
    expect(report.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(withoutMasks(report.stdout) + report.summary).not.toContain(TOKEN);
  });

  it("falls back to workflow-command annotations when the token cannot write checks (a fork's)", async () => {
    fake.mode = 'fork';
    const runnerTemp = tempDir('gate-runner-');
    const inputs = { 'working-directory': dir, config: 'api-config.json', 'github-token': TOKEN };
    await runStep('validate', inputs, prEnv(), runnerTemp);
    const report = await runStep('report', inputs, prEnv(), runnerTemp);
    expect(report.status).toBe(1);
    expect(fake.checkRuns.size).toBe(0);
    const annotations = parseAnnotations(report.stdout);
    expect(annotations.filter((a) => a.level === 'error').length).toBeGreaterThan(0);
    expect(annotations.find((a) => a.level === 'warning' && /no check run/.test(a.message))?.message).toMatch(
      /Resource not accessible by integration/,
    );
    expect(withoutMasks(report.stdout)).not.toContain(TOKEN);
  });
});

describe('the sticky pull-request comment of a preview', () => {
  const probe = (route: string, verdict: ProbeRecord['verdict'], failed: boolean): ProbeRecord => ({
    id: route,
    name: route,
    method: 'GET',
    url: `https://pr-7-edge.acme.workers.dev${route.split(' ')[1]}`,
    route,
    status: failed ? 502 : 200,
    attempts: 1,
    durationMs: 12,
    outcome: failed ? 'failed' : 'passed',
    ...(failed ? { layer: 'upstream', code: 'connection_refused' } : {}),
    baseline: { url: 'https://edge.acme.workers.dev', status: 200, outcome: 'passed' },
    verdict,
  });
  const deploy: StageResult = {
    name: 'deploy',
    status: 'passed',
    durationMs: 1,
    findings: [],
    data: {
      mode: 'preview',
      workerName: 'edge',
      environment: null,
      accountId: 'acct',
      versionId: 'v-7',
      preview: { alias: 'pr-7', url: 'https://pr-7-edge.acme.workers.dev' },
      liveUrl: 'https://edge.acme.workers.dev',
      wrangler: '4.164.0',
      secretsUploaded: [],
    },
  };
  const smoke = (probes: ProbeRecord[]): StageResult => {
    const failed = probes.filter((p) => p.outcome === 'failed');
    return {
      name: 'smoke',
      status: failed.length ? 'failed' : 'passed',
      durationMs: 1,
      findings: failed.map((p) => ({
        stage: 'smoke',
        layer: 'upstream',
        code: 'connection_refused',
        severity: 'error',
        message: `${p.route}: refused on the preview, answers in production`,
      })),
      data: {
        url: 'https://pr-7-edge.acme.workers.dev',
        baselineUrl: 'https://edge.acme.workers.dev',
        runId: 'r',
        probes,
        skipped: [],
        logs: 'none',
        marker: { proven: true, attempts: 1, note: '' },
      },
    };
  };

  it('leads with the verdict, the preview URL and one line per regression, and is edited in place on the next push', async () => {
    const runnerTemp = tempDir('gate-runner-');
    const runDir = path.join(runnerTemp, 'run');
    const inputs = { 'github-token': TOKEN, 'pr-comment': 'true' };
    const env = { ...prEnv(), GATE_RUN_DIR: runDir, GITHUB_JOB: 'gate' };
    const state = new RunState(runDir);
    state.save(deploy);
    state.save(
      smoke([
        probe('GET /users/{id}', 'regression', true),
        probe('GET /api/{.+}', 'regression', true),
        probe('GET /health', 'unchanged', false),
      ]),
    );
    expect((await runStep('report', inputs, env, runnerTemp)).status).toBe(1);
    const [comment] = fake.comments;
    expect(fake.comments).toHaveLength(1);
    expect(comment!.body.split('\n').slice(0, 13)).toEqual([
      commentMarker('gate'),
      '## ❌ Gateway deploy gate failed',
      '',
      '**Production:** unchanged: the previous version serves at https://edge.acme.workers.dev; this run deployed only a preview',
      '',
      '**Preview:** https://pr-7-edge.acme.workers.dev (version `v-7`)',
      '',
      '**2 problems** · ✅ deploy · ❌ smoke',
      '',
      '**Regressions** (fail on the preview, pass in production):',
      '',
      '- `GET /users/{id}` · upstream/connection_refused · preview 502, production 200',
      '- `GET /api/{.+}` · upstream/connection_refused · preview 502, production 200',
    ]);
    expect(comment!.body).toContain('| Stage | Result | Time | Note |');

    // The next push fixes it: the same comment, now passing, with no regressions section.
    state.save(deploy);
    state.save(smoke([probe('GET /users/{id}', 'unchanged', false)]));
    expect((await runStep('report', inputs, env, runnerTemp)).status).toBe(0);
    expect(fake.comments).toEqual([expect.objectContaining({ id: comment!.id })]);
    expect(fake.comments[0]!.body.split('\n').slice(1, 8)).toEqual([
      '## ✅ Gateway deploy gate passed',
      '',
      '**Production:** unchanged: the previous version serves at https://edge.acme.workers.dev; this run deployed only a preview',
      '',
      '**Preview:** https://pr-7-edge.acme.workers.dev (version `v-7`)',
      '',
      '✅ deploy · ✅ smoke',
    ]);
    expect(fake.comments[0]!.body).not.toContain('Regressions');
  });
});

const withoutMasks = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
