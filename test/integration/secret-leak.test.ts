// An upstream that echoes what it was sent (the Authorization header, and secrets a backend could
// know) in its error body, raw and encoded: none of it may reach anything the gate writes. Real
// wrangler deploys to the local Cloudflare, the gateway runs in workerd, and the gate runs as the
// runner runs it (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCompositeAction, runnerEnv, type ActionRun } from '../helpers/composite-action.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../helpers/local-cloudflare.js';
import { closedPort, gatewayProject, runGate, signToken, type GateRun } from '../helpers/gateway-project.js';
import { tempDir } from '../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(180_000);

const JWT_SECRET = 'leak-test-jwt-secret-7c1d';
const EXTRA_SECRET = 'sk_live_leaktest_4242abcd';

const encodings = (value: string): Record<string, string> => ({
  raw: value,
  json: JSON.stringify(value).slice(1, -1),
  url: encodeURIComponent(value),
  base64: Buffer.from(value).toString('base64').replace(/=+$/, ''),
  base64url: Buffer.from(value).toString('base64url'),
});

/** Answers 500 with everything it received, and the secrets it was told, in every encoding. */
async function leakyUpstream(told: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const authorization = String(req.headers.authorization ?? '');
    const echoed = [authorization, ...told].filter(Boolean);
    const body = {
      error: 'backend failed',
      leaked: echoed.map((v) => encodings(v)),
      basic: Buffer.from(`user:${told[0]}`).toString('base64'),
      received: { headers: req.headers },
    };
    res.writeHead(500, { 'content-type': 'application/json', 'x-debug-auth': authorization });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const ACTION_WORKER = 'gateway-leak-action';
let cf: LocalCloudflareProcess;
let actionUrl: string;
beforeAll(async () => {
  // The action's Worker has its address before its first deploy, as a workers.dev URL would.
  const port = await closedPort();
  cf = await startLocalCloudflare({ edgePorts: { [ACTION_WORKER]: port } });
  actionUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await cf?.stop();
});

it('no secret reaches the report, the run directory, the summary, the outputs, annotations or the log', async () => {
  const apiToken = cf.env.CLOUDFLARE_API_TOKEN!;
  const upstream = await leakyUpstream([JWT_SECRET, EXTRA_SECRET, apiToken]);
  try {
    const project = gatewayProject(upstream.url);
    const token = signToken(JWT_SECRET);
    const runDir = tempDir('gate-leak-run-');
    const runner = tempDir('gate-leak-runner-');
    const files = {
      output: path.join(runner, 'output'),
      summary: path.join(runner, 'summary'),
      own: path.join(runner, 'own.md'),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = {
      ...cf.env,
      JWT_SECRET,
      EXTRA_SECRET,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: runner,
    };
    const secretsInput = ['--secrets', 'JWT_SECRET\nEXTRA_SECRET'];
    const runs: GateRun[] = [];
    runs.push(await runGate(['deploy', '--deploy', 'direct', ...secretsInput], { cwd: project.dir, runDir, env }));
    expect(runs[0]!.status).toBe(0);
    const url = (await cf.worker('example-gateway')).url!;
    const smoke = await runGate(['smoke', '--url', url, '--auth-token', token, ...secretsInput], {
      cwd: project.dir,
      runDir,
      env,
    });
    runs.push(smoke);
    runs.push(await runGate(['report', '--auth-token', token, ...secretsInput], { cwd: project.dir, runDir, env }));
    // On a laptop: the summary goes to a file of one's choosing.
    const laptop = { ...env, GITHUB_ACTIONS: '' };
    runs.push(
      await runGate(['report', '--auth-token', token, ...secretsInput, '--summary', files.own], {
        cwd: project.dir,
        runDir,
        env: laptop,
      }),
    );

    // The probes did reach the leaky upstream: the findings carry its evidence, redacted.
    expect(smoke.status).toBe(1);
    const evidence = JSON.stringify(smoke.report.findings.map((f) => (f as { evidence?: unknown }).evidence));
    expect(evidence).toContain('backend failed');
    expect(evidence).toContain('***');

    const written = [...filesUnder(runDir), files.output, files.summary, files.own].map(
      (f) => [f, readFileSync(f, 'utf8')] as const,
    );
    // The gate's log, less the lines that register the values with the runner's masker.
    const log = runs
      .map((r) => `${r.stdout}\n${r.stderr}`)
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    const channels = [...written, ['log', log.join('\n')] as const];
    for (const secret of [token, JWT_SECRET, EXTRA_SECRET, apiToken]) {
      // Whole forms, and the start of the value (what a truncated body would keep).
      const forms = { ...encodings(secret), prefix: secret.slice(0, 12) };
      for (const [encoding, form] of Object.entries(forms)) {
        for (const [channel, text] of channels) {
          if (text.includes(form)) throw new Error(`${encoding} form of a secret found in ${channel}`);
        }
      }
    }
  } finally {
    await upstream.close();
  }
});

/** A project script that prints each named variable raw, base64- and URL-encoded, then exits with argv[2]. */
const PRINT_ENV = `for (const name of process.argv.slice(3)) {
  const value = process.env[name] ?? '';
  console.log(name, value, Buffer.from(value).toString('base64'), encodeURIComponent(value));
}
process.exit(Number(process.argv[2]));
`;

/** A vitest test that prints the secret and fails on it: the runner's results file holds both. */
const LEAKY_TEST = `import { expect, test } from 'vitest';
test('the secret is the one we expect', () => {
  console.log('JWT_SECRET is', process.env.JWT_SECRET);
  expect(process.env.JWT_SECRET).toBe('another value');
});
`;

describe('through action.yml, every step redacts every secret it could meet', () => {
  const GITHUB_TOKEN = 'ghs_leakTestInstallationToken0123456789';
  const printed = ['JWT_SECRET', 'EXTRA_SECRET', 'SMOKE_TEST_TOKEN', 'CLOUDFLARE_API_TOKEN', 'GH_TOKEN'];
  let runs = 0;

  async function runAction(testCommand: string) {
    const apiToken = cf.env.CLOUDFLARE_API_TOKEN!;
    const upstream = await leakyUpstream([JWT_SECRET, EXTRA_SECRET, apiToken, GITHUB_TOKEN]);
    const github = await startFakeGitHub({ token: GITHUB_TOKEN });
    const workspace = tempDir('gate-leak-workspace-');
    const runnerTemp = tempDir('gate-leak-runner-temp-');
    try {
      const project = gatewayProject(upstream.url, path.join(workspace, 'gateway'));
      project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${ACTION_WORKER}"`));
      writeFileSync(project.file('print-env.mjs'), PRINT_ENV);
      writeFileSync(project.file('test/leak.test.js'), LEAKY_TEST);
      const token = signToken(JWT_SECRET);
      const eventDir = path.join(workspace, '.event');
      mkdirSync(eventDir);
      writeFileSync(
        path.join(eventDir, 'event.json'),
        JSON.stringify({ number: 9, pull_request: { number: 9, head: { sha: 'd'.repeat(40) } } }),
      );
      const env = {
        ...runnerEnv(workspace),
        ...cf.env,
        // The job's environment: the values the `secrets` input names, and the same tokens a user's tests may see.
        JWT_SECRET,
        EXTRA_SECRET,
        SMOKE_TEST_TOKEN: token,
        GH_TOKEN: GITHUB_TOKEN,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/gateway',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(eventDir, 'event.json'),
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_RUN_ID: String(++runs),
        GITHUB_JOB: 'gate',
      };
      const inputs = {
        'working-directory': 'gateway',
        deploy: 'direct',
        secrets: 'JWT_SECRET\nEXTRA_SECRET',
        url: actionUrl,
        'auth-token': token,
        'github-token': GITHUB_TOKEN,
        'pr-comment': 'true',
        // The project's tests print what the job's environment holds.
        'test-command': testCommand,
        'e2e-command': `node print-env.mjs 0 ${printed.join(' ')}`,
      };
      const run = await runCompositeAction(inputs, { workspace, env, runnerTemp });
      return {
        run,
        github: { ...github },
        runnerTemp,
        secrets: [JWT_SECRET, EXTRA_SECRET, token, apiToken, GITHUB_TOKEN],
      };
    } finally {
      await github.close();
      await upstream.close();
    }
  }

  /** Everything the gate wrote: its files, the runner's files and log, and what it sent GitHub (less the auth header). */
  function channels(run: ActionRun, runnerTemp: string, requests: Array<{ path: string; body: unknown }>) {
    const files = filesUnder(runnerTemp).map((f) => [f, readFileSync(f, 'utf8')] as const);
    const report = run.outputs['report-path']
      ? [['report', readFileSync(run.outputs['report-path'], 'utf8')] as const]
      : [];
    const steps = run.steps.flatMap(
      (s) =>
        [
          [
            `${s.id} log`,
            `${s.stdout}\n${s.stderr}`
              .split('\n')
              .filter((l) => !l.startsWith('::add-mask::'))
              .join('\n'),
          ],
          [`${s.id} summary`, s.summary],
          [`${s.id} outputs`, JSON.stringify(s.outputs)],
        ] as const,
    );
    const sent = requests.map((r) => [`GitHub ${r.path}`, JSON.stringify(r.body ?? '')] as const);
    return [...files, ...report, ...steps, ...sent];
  }

  function leaks(written: ReadonlyArray<readonly [string, string]>, secrets: string[]): string[] {
    const found: string[] = [];
    for (const [i, secret] of secrets.entries()) {
      const forms = { ...encodings(secret), prefix: secret.slice(0, 12) };
      for (const [encoding, form] of Object.entries(forms))
        for (const [channel, text] of written)
          if (text.includes(form)) found.push(`secret ${i} (${encoding}) in ${channel}`);
    }
    return found;
  }

  it('a deploy whose upstream echoes them: the smoke evidence, rollback, report, summary, check run and PR comment hold none', async () => {
    const { run, github, runnerTemp, secrets } = await runAction(`node print-env.mjs 0 ${printed.join(' ')}`);
    expect(Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]))).toMatchObject({
      test: 'success',
      deploy: 'success',
      smoke: 'failure',
      rollback: 'success',
      report: 'failure',
    });
    // The probes reached the echoing upstream: its answer is in the evidence, redacted.
    const report = readFileSync(run.outputs['report-path']!, 'utf8');
    expect(report).toContain('backend failed');
    expect(report).toContain('***');
    expect(github.checkRuns.size).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.deployments).toHaveLength(1);
    expect(leaks(channels(run, runnerTemp, github.requests), secrets)).toEqual([]);
  });

  it('a test that prints one and fails on it: the results file, the test evidence, report, check run and PR comment hold none', async () => {
    const { run, github, runnerTemp, secrets } = await runAction('vitest run test/leak.test.js');
    expect(Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]))).toMatchObject({
      test: 'failure',
      deploy: 'skipped',
      report: 'failure',
    });
    // The failure was read from vitest's results file, left in the run directory redacted.
    const report = readFileSync(run.outputs['report-path']!, 'utf8');
    expect(report).toContain('test_failed');
    expect(report).toContain('***');
    expect(filesUnder(runnerTemp).some((f) => f.endsWith('test-unit-results.json'))).toBe(true);
    expect(github.checkRuns.size).toBe(1);
    expect(leaks(channels(run, runnerTemp, github.requests), secrets)).toEqual([]);
  });
});
