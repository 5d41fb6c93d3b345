// A cancelled run (the runner's SIGINT/SIGTERM): every process the gate started stops, the report
// is still written, and a deploy in flight is reported with the version the API shows serving.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../helpers/local-cloudflare.js';
import { gatewayProject, runGate, startUpstream, type Upstream } from '../helpers/gateway-project.js';
import { CLI, fixture, reportSchemaErrors, ROOT, tempDir, type GateReport } from '../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(180_000);

interface Ended {
  status: number | null;
  stdout: string;
  stderr: string;
  /** From the signal to the exit. */
  ms: number;
}

/** The gate's CLI as a process the test can signal, as the runner does on a cancel. */
function startGate(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): { done: Promise<Ended>; signal(s: NodeJS.Signals): void } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let signalledAt = 0;
  const done = new Promise<Ended>((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(killer);
      resolve({ status, stdout, stderr, ms: signalledAt ? performance.now() - signalledAt : -1 });
    });
  });
  return {
    done,
    signal: (s) => {
      signalledAt = performance.now();
      child.kill(s);
    },
  };
}

/** Processes (other than the test runner) whose working directory is `dir`. */
function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dir) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

it('a cancelled test stage stops the test command and everything it started, and still writes the report', async () => {
  const project = tempDir('gate-cancel-test-');
  cpSync(fixture('validate', 'clean'), project, { recursive: true });
  const pidFile = path.join(project, 'worker.pid');
  const report = path.join(project, 'report.json');
  // A test runner that starts a worker of its own and waits on it.
  const command = `bash -c 'sleep 300 & echo $! > ${pidFile}; wait'`;
  const gate = startGate(
    ['run', '--config', 'api-config.json', '--test-command', command, '--report', report],
    project,
    {
      GATE_RUN_DIR: path.join(project, 'run'),
    },
  );
  expect(await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 30_000)).toBe(true);
  const worker = Number(readFileSync(pidFile, 'utf8'));
  expect(alive(worker)).toBe(true);
  gate.signal('SIGTERM');
  const ended = await gate.done;
  expect(ended.status).toBe(2);
  expect(ended.ms).toBeLessThan(8_000); // inside the runner's window between SIGINT/SIGTERM and SIGKILL
  expect(await until(() => !alive(worker), 2_000)).toBe(true);
  const written = JSON.parse(readFileSync(report, 'utf8')) as GateReport;
  expect(reportSchemaErrors(written)).toBeNull();
  expect(written.result).toBe('error');
  expect(written.findings.map((f) => [f.stage, f.code, f.severity])).toContainEqual(['test', 'cancelled', 'error']);
  expect(ended.stderr).not.toMatch(/\n\s+at /); // no stack trace
});

describe('a deploy cancelled in flight', () => {
  let cf: LocalCloudflareProcess;
  let upstream: Upstream;
  beforeAll(async () => {
    cf = await startLocalCloudflare();
    upstream = await startUpstream('echo');
  });
  afterAll(async () => {
    await cf?.stop();
    await upstream?.close();
  });

  it('stops wrangler, reports the version that still serves, and the next deploy goes through', async () => {
    const project = gatewayProject(upstream.url);
    const runDir = tempDir('gate-cancel-run-');
    const env = { ...cf.env, JWT_SECRET: 'cancel-secret' };
    const first = await runGate(['deploy', '--deploy', 'direct'], { cwd: project.dir, runDir, env });
    expect(first.status).toBe(0);
    const previous = first.report.deployment!.versionId!;

    // The next deploy's request to change the deployment never gets an answer.
    await cf.admin('DELETE', '/requests');
    await cf.admin('POST', '/faults', { path: '/workers/scripts/[^/]+/deployments$', method: 'POST', hang: true });
    project.edit('src/index.js', (t) => `${t}\n// a change\n`);
    const report = path.join(runDir, 'cancelled.json');
    const gate = startGate(['deploy', '--deploy', 'direct', '--report', report], project.dir, {
      ...env,
      GATE_RUN_DIR: runDir,
    });
    const reached = await until(
      async () => (await cf.requests()).some((r) => r.method === 'POST' && /\/deployments$/.test(r.path)),
      60_000,
    );
    expect(reached).toBe(true);
    expect(processesIn(project.dir).length).toBeGreaterThan(0); // wrangler is running
    gate.signal('SIGINT');
    const ended = await gate.done;
    expect(ended.status).toBe(2);
    expect(ended.ms).toBeLessThan(8_000);
    expect(await until(() => processesIn(project.dir).length === 0, 3_000)).toBe(true);

    const written = JSON.parse(readFileSync(report, 'utf8')) as GateReport;
    const cancelled = written.findings.find((f) => f.code === 'cancelled')!;
    expect(cancelled).toMatchObject({ stage: 'deploy', layer: 'deploy', severity: 'error' });
    expect(cancelled.message).toContain(`version ${previous}`);
    expect(cancelled.message).toContain('production is unchanged');
    expect((await cf.worker('example-gateway')).deployment).toEqual([{ version_id: previous, percentage: 100 }]);

    // The state a cancelled deploy leaves is one the next run deploys from cleanly.
    await cf.admin('DELETE', '/faults');
    const next = await runGate(['deploy', '--deploy', 'direct'], { cwd: project.dir, runDir, env });
    expect({ status: next.status, findings: next.report.findings }).toEqual({ status: 0, findings: [] });
    expect(next.report.deployment?.versionId).not.toBe(previous);
  });
});
