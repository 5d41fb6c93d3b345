// Two runs never share a run directory: not two terminals on one project, not two jobs (or two
// gateways in one job) on one runner. The stages of one run still find each other.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRunDir } from '../../src/run-directory.js';
import { CLI, fixture, tempDir } from '../helpers/runner.js';

describe('the default run directory', () => {
  const actions = (extra: Record<string, string>) => ({
    RUNNER_TEMP: '/rt',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    ...extra,
  });
  const inActions = (env: NodeJS.ProcessEnv, workingDirectory = '/w/gateway') =>
    defaultRunDir({ workingDirectory, env, github: true, fresh: false });

  it('in Actions, is one per workflow run, attempt, job and project, the same for every step', () => {
    const dir = inActions(actions({}));
    expect(dir.startsWith('/rt/gateway-deploy-gate/77-1-gate-')).toBe(true);
    expect(inActions(actions({}))).toBe(dir);
    expect(defaultRunDir({ workingDirectory: '/w/gateway', env: actions({}), github: true, fresh: true })).toBe(dir);
    const others = [
      inActions(actions({ GITHUB_RUN_ID: '78' })),
      inActions(actions({ GITHUB_RUN_ATTEMPT: '2' })),
      inActions(actions({ GITHUB_JOB: 'other' })),
      inActions(actions({}), '/w/second-gateway'),
    ];
    expect(new Set([dir, ...others]).size).toBe(5);
  });

  it('in Actions, matrix jobs of one directory with another environment or wrangler config get their own', () => {
    // Matrix jobs share GITHUB_JOB, and their matrix values are not in the environment: the inputs tell them apart.
    const of = (gateway: { environment?: string; wranglerConfig?: string }) =>
      defaultRunDir({ workingDirectory: '/w/gateway', env: actions({}), github: true, fresh: false, ...gateway });
    const dirs = [
      of({}),
      of({ environment: 'staging' }),
      of({ environment: 'production' }),
      of({ wranglerConfig: '/w/gateway/wrangler.eu.toml', environment: 'production' }),
      of({ wranglerConfig: '/w/gateway/wrangler.us.toml', environment: 'production' }),
    ];
    expect(new Set(dirs).size).toBe(5);
    expect(of({ environment: 'staging' })).toBe(dirs[1]); // every step of one job finds the same one
  });

  it('on a laptop, a run starts a new one and a stage command joins the latest of its project', () => {
    const tempRoot = tempDir('gate-rundir-');
    {
      const local = (fresh: boolean, now?: Date, workingDirectory = '/w/gateway') =>
        defaultRunDir({ workingDirectory, env: {}, github: false, fresh, tempRoot, ...(now ? { now } : {}) });
      const first = local(true, new Date('2026-01-01T00:00:00Z'));
      mkdirSync(first, { recursive: true });
      const second = local(true, new Date('2026-01-02T00:00:00Z'));
      mkdirSync(second, { recursive: true });
      expect(second).not.toBe(first);
      expect(local(false)).toBe(second);
      // Another project has runs of its own.
      expect(path.dirname(local(false, undefined, '/w/other'))).not.toBe(path.dirname(second));
      // Old runs are removed, the latest ten kept.
      for (let day = 3; day <= 14; day++)
        mkdirSync(local(true, new Date(`2026-01-${String(day).padStart(2, '0')}T00:00:00Z`)), { recursive: true });
      expect(readdirSync(path.dirname(second)).length).toBeLessThanOrEqual(10);
      expect(local(false)).toContain('2026-01-14T');
    }
  });
});

/** `node dist/index.js …` as a person runs it in a terminal: no run directory given. */
function gate(args: string[], cwd: string, tmp: string): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout })));
}

it('two runs on one project at the same time keep their own results', async () => {
  const project = tempDir('gate-two-runs-');
  cpSync(fixture('validate', 'clean'), project, { recursive: true });
  cpSync(fixture('validate', 'syntax-error', 'api-config.json'), path.join(project, 'broken.json'));
  const tmp = tempDir('gate-two-runs-tmp-');
  // The first run is still in its test stage when the second one (a broken config) starts and ends.
  const slow = gate(['run', '--config', 'api-config.json', '--test-command', 'sleep 2'], project, tmp);
  await new Promise((r) => setTimeout(r, 700));
  const broken = await gate(['run', '--config', 'broken.json', '--test-command', 'true'], project, tmp);
  const first = await slow;
  expect(broken.status).toBe(1);
  expect(first.status).toBe(0);
  type Report = { result: string; findings: Array<{ severity: string }> };
  const reportOf = (out: string) => JSON.parse(readFileSync(/report: (\S+)/.exec(out)![1]!, 'utf8')) as Report;
  const mine = reportOf(first.stdout);
  expect({ result: mine.result, errors: mine.findings.filter((f) => f.severity === 'error') }).toEqual({
    result: 'passed',
    errors: [],
  });
  expect(reportOf(broken.stdout).result).toBe('failed');
  // A stage command afterwards joins the latest run: report sees the broken one's findings.
  const report = await gate(['report'], project, tmp);
  expect(report.status).toBe(1);
});

describe('a run directory written by another version of the gate', () => {
  /** A deploy result as a gate before the versioned run directory wrote it. */
  const OLD_DEPLOY = {
    name: 'deploy',
    status: 'passed',
    durationMs: 5,
    findings: [],
    data: { workerName: 'gw', versionId: 'v2' },
  };

  function runDirWith(files: Record<string, unknown>): string {
    const runDir = tempDir('gate-old-rundir-');
    mkdirSync(path.join(runDir, 'stages'));
    for (const [name, value] of Object.entries(files)) {
      writeFileSync(path.join(runDir, 'stages', name), JSON.stringify(value));
    }
    return runDir;
  }

  function gateIn(runDir: string, args: string[], cwd = runDir) {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
    const argv = [CLI, ...args, '--run-dir', runDir];
    return spawnSync(process.execPath, argv, { cwd, env, encoding: 'utf8', timeout: 30_000 });
  }

  it('is refused with the file, the reason and the fix, not misread', () => {
    const runDir = runDirWith({ 'deploy.json': OLD_DEPLOY });
    const run = gateIn(runDir, ['report']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(path.join(runDir, 'stages', 'deploy.json'));
    expect(run.stderr).toContain('written by another version of the gate (no format; this gate reads format 1)');
    expect(run.stderr).toContain('fix: Run every step of the gate with one version');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('is refused when its shape is not a stage result, naming what is wrong', () => {
    const runDir = runDirWith({ 'deploy.json': { ...OLD_DEPLOY, format: 1, findings: { count: 0 } } });
    const run = gateIn(runDir, ['rollback']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('deploy.json: its findings are not findings');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('of this version is read back: each stage file carries the format', () => {
    const project = tempDir('gate-format-');
    cpSync(fixture('validate', 'clean'), project, { recursive: true });
    const runDir = path.join(project, 'run');
    expect(gateIn(runDir, ['validate', '--config', 'api-config.json'], project).status).toBe(0);
    const stageFile = path.join(runDir, 'stages', 'validate.json');
    const file = JSON.parse(readFileSync(stageFile, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 1, name: 'validate', status: 'passed' });
    expect(gateIn(runDir, ['report'], project).status).toBe(0);
  });
});
