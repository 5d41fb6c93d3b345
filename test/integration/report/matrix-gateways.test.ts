// Several gateways in one repository, one matrix job each: two gates run side by side with the
// same GITHUB_* variables of one workflow run (matrix jobs share GITHUB_JOB) and one RUNNER_TEMP,
// against one local Cloudflare and one GitHub. Each keeps its own run directory, report, summary
// heading and check run.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js';
import { runnerEnv } from '../../helpers/composite-action.js';
import { closedPort, gatewayProject, signToken, startUpstream, type Upstream } from '../../helpers/gateway-project.js';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import { CLI, tempDir } from '../../helpers/runner.js';
import { checkRunName, gatewayIdentity, gatewayLabel } from '../../../src/report/gateway-identity.js';

jest.setTimeout(400_000);

const TOKEN = 'ghs_matrixTestToken000000000000000000';
const SECRET = 'matrix-test-secret-value';
const GATEWAYS = ['eu', 'us'] as const;
let cf: LocalCloudflareProcess;
let github: FakeGitHub;
let upstream: Upstream;
const ports: Record<string, number> = {};

beforeAll(async () => {
  for (const region of GATEWAYS) ports[region] = await closedPort();
  cf = await startLocalCloudflare({
    edgePorts: Object.fromEntries(GATEWAYS.map((r) => [`${r}-gateway`, ports[r]!])),
  });
  github = await startFakeGitHub({ token: TOKEN });
  upstream = await startUpstream('echo');
});
afterAll(async () => {
  await cf?.stop();
  await github?.close();
  await upstream?.close();
});

interface JobRun {
  status: number | null;
  stdout: string;
  summary: string;
  reportPath: string;
}

/** One matrix job's `run`: its own step summary file, everything else shared with the other job. */
function job(workspace: string, region: string, env: NodeJS.ProcessEnv): Promise<JobRun> {
  const summaryFile = path.join(workspace, `.summary-${region}.md`);
  const outputFile = path.join(workspace, `.output-${region}`);
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const flags = ['--working-directory', `gateways/${region}`, '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
  const probe = ['--url', `http://127.0.0.1:${ports[region]}`, '--auth-token', signToken(SECRET)];
  const more = ['--test-command', 'true', '--github-token', TOKEN];
  const child = spawn(process.execPath, [CLI, 'run', ...flags, ...probe, ...more], {
    cwd: workspace,
    env: { ...env, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const outputs = readFileSync(outputFile, 'utf8');
      const reportPath = /report-path<<(\S+)\n(.*)\n/.exec(outputs)?.[2] ?? '';
      resolve({ status, stdout, summary: readFileSync(summaryFile, 'utf8'), reportPath });
    });
  });
}

test('two gateways of one repository gated side by side: two reports, summaries and check runs naming each', async () => {
  const workspace = tempDir('gate-monorepo-');
  for (const region of GATEWAYS) {
    const project = gatewayProject(upstream.url, path.join(workspace, 'gateways', region));
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${region}-gateway"`));
  }
  const runnerTemp = tempDir('gate-runner-temp-');
  const env: NodeJS.ProcessEnv = {
    ...runnerEnv(workspace),
    ...cf.env,
    JWT_SECRET: SECRET,
    // One workflow run's variables: matrix jobs share the job id, and their matrix values are not here.
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_API_URL: github.url,
  };

  const [eu, us] = await Promise.all(GATEWAYS.map((region) => job(workspace, region, env)));
  for (const run of [eu!, us!])
    expect({ status: run.status, log: run.status === 0 ? '' : run.stdout }).toEqual({ status: 0, log: '' });

  // Two run directories under the one RUNNER_TEMP, a report in each, each about its own Worker.
  const runDirs = readdirSync(path.join(runnerTemp, 'gateway-deploy-gate'));
  expect(runDirs).toHaveLength(2);
  expect(new Set([eu!.reportPath, us!.reportPath]).size).toBe(2);
  for (const [region, run] of [
    ['eu', eu!],
    ['us', us!],
  ] as const) {
    expect(runDirs).toContain(path.basename(path.dirname(run.reportPath)));
    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as {
      result: string;
      deployment?: { url?: string };
    };
    expect(report.result).toBe('passed');
    expect(report.deployment?.url).toContain(`${region}-gateway`);
    // The job summary opens with the verdict for this gateway: its directory and its Worker.
    const heading = /<h2>(.*?)<\/h2>/.exec(run.summary)?.[1];
    expect(heading).toBe(`✅ Gateway deploy gate passed: gateways/${region} (Worker ${region}-gateway)`);
  }

  // Two check runs on the commit, told apart by name; each summary names its gateway.
  const checks = [...github.checkRuns.values()].sort((a, b) => a.name.localeCompare(b.name));
  expect(checks.map((c) => [c.name, c.conclusion])).toEqual([
    ['Gateway deploy gate (gateways/eu)', 'success'],
    ['Gateway deploy gate (gateways/us)', 'success'],
  ]);
  expect(checks[0]!.output.summary).toContain('Gateway deploy gate passed: gateways/eu (Worker eu-gateway)');
  expect(checks[1]!.output.summary).toContain('Gateway deploy gate passed: gateways/us (Worker us-gateway)');
});

test('a gateway is named by its directory, wrangler config and environment; the Worker joins in headings only', () => {
  const named = (workingDirectory: string, extra: { wranglerConfig?: string; environment?: string } = {}) =>
    gatewayIdentity({ workingDirectory, workspace: '/repo', results: [], ...extra });
  // One gateway at the repository root keeps the check name it always had.
  expect(checkRunName(named('/repo'))).toBe('Gateway deploy gate');
  expect(checkRunName(named('/repo/gateways/eu'))).toBe('Gateway deploy gate (gateways/eu)');
  const staging = named('/repo/gw', { wranglerConfig: '/repo/gw/wrangler.eu.toml', environment: 'staging' });
  expect(checkRunName(staging)).toBe('Gateway deploy gate (gw, wrangler.eu.toml, env staging)');
  expect(gatewayLabel({ ...staging, workerName: 'eu-staging' })).toBe(
    'gw (wrangler.eu.toml, env staging, Worker eu-staging)',
  );
  expect(gatewayLabel(named('/repo'))).toBe('');
});
