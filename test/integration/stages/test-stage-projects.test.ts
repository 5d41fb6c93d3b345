// The test stage on project shapes that broke it (issue 20): a suite that passes bare passes under
// the gate (vitest with a config that replaces process.env, the Workers Vitest integration under
// both its names, jest ESM); a hanging test is named; a missing program, a declared-but-not-
// installed harness, a lockfile npm refuses and a pnpm workspace are each told as what they are.
// Real vitest, jest, npm, pnpm and workerd; the CLI as a user runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cachedInstall } from '../../helpers/cached-install.js';
import { fixture, positionOf, ROOT, runCli, tempDir } from '../../helpers/runner.js';

const ENV = { WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
// node and npm, without the repository's node_modules/.bin (npx puts it on PATH) and without pnpm.
const NODE_ONLY_PATH = `${path.dirname(process.execPath)}:/usr/bin:/bin`;
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = tempDir(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The test stage through the CLI, with its run directory and report in a temp dir. */
function gate(dir: string, extra: string[] = [], env: Record<string, string> = {}) {
  const out = temp('gate-test-stage-run-');
  const args = ['test', '--working-directory', dir, '--run-dir', path.join(out, 'run'), ...extra];
  const run = runCli([...args, '--report', path.join(out, 'report.json')], { env: { ...ENV, ...env } });
  const stage = JSON.parse(readFileSync(path.join(out, 'run', 'stages', 'test.json'), 'utf8')) as {
    data?: { runs: { kind: string; command: string; totals?: { passed: number; failed: number } }[] };
  };
  return { ...run, runs: stage.data?.runs ?? [] };
}

/** A copy of a fixture outside the repository, its node_modules the given install. */
function copyWithModules(name: string, modules: string): string {
  const dir = path.join(temp(`gate-${name}-`), name);
  cpSync(fixture('test-stage', name), dir, { recursive: true });
  symlinkSync(modules, path.join(dir, 'node_modules'));
  return dir;
}

describe('a suite that passes bare passes under the gate', () => {
  let legacyModules: string;
  beforeAll(() => {
    // The Workers Vitest integration's old name needs vitest <= 3.2.
    legacyModules = cachedInstall('vitest-pool-workers/0.8.71');
  }, 330_000);

  const cases: [string, string, () => string][] = [
    ['vitest, a config that replaces process.env', 'npm test', () => fixture('test-stage', 'vitest-env-project')],
    ['@cloudflare/vitest-plugin', 'npm run test:e2e', () => fixture('test-stage', 'pool-workers-project')],
    [
      '@cloudflare/vitest-pool-workers (its old name)',
      'npm test',
      () => copyWithModules('pool-workers-legacy-project', legacyModules),
    ],
    ['jest ESM (--experimental-vm-modules)', 'npm test', () => fixture('test-stage', 'jest-esm-project')],
  ];
  it.each(cases)(
    '%s',
    (_, command, dirOf) => {
      const dir = dirOf();
      const env = { ...process.env, ...ENV, CI: 'true', RUN_LOCAL_WORKER_E2E: 'true' };
      const bare = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
      expect({ bare: bare.status }).toEqual({ bare: 0 });
      const run = gate(dir);
      expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
      expect(run.runs).toEqual([expect.objectContaining({ command, totals: expect.objectContaining({ failed: 0 }) })]);
      expect(run.runs[0]!.totals!.passed).toBe(2);
    },
    150_000,
  );
});

describe("the project keeps no trace of the gate's vitest reporter", () => {
  it('removes node_modules/.cache/gateway-deploy-gate (and .cache) when the reporter was all they held', () => {
    const dir = path.join(temp('gate-reporter-trace-'), 'vitest-env-project');
    // Without the cache vitest may have left in the fixture when another test ran it in place.
    const withoutModules = (source: string) => !source.split(path.sep).includes('node_modules');
    cpSync(fixture('test-stage', 'vitest-env-project'), dir, { recursive: true, filter: withoutModules });
    // A node_modules of the project's own (not a link), holding only what the run needs.
    mkdirSync(path.join(dir, 'node_modules'));
    for (const name of ['vitest', '.bin']) {
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
    }
    const run = gate(dir);
    expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
    expect(run.runs[0]!.totals!.passed).toBe(2); // the reporter ran inside the project
    // vitest leaves its own caches (.vite, .vitest-cache); the gate's directory is gone.
    expect(readdirSync(path.join(dir, 'node_modules'))).not.toContain('.cache');
  }, 150_000);
});

describe('pnpm 8 (field trial: baseplate-cloudflare-worker)', () => {
  it("passes a suite that passes bare: the gate's flags go after `pnpm run test`, which pnpm 8 hands on", () => {
    const pnpmBin = path.join(cachedInstall('pnpm/8.15.9'), '.bin');
    const dir = copyWithModules('jest-esm-project', path.join(ROOT, 'node_modules'));
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '6.0'\n");
    const env = { ...process.env, ...ENV, PATH: `${pnpmBin}:${process.env.PATH}`, CI: 'true' };
    const bare = spawnSync('pnpm', ['test'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    expect({ bare: bare.status }).toEqual({ bare: 0 });
    const run = gate(dir, [], { PATH: env.PATH });
    expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
    expect(run.runs).toEqual([
      expect.objectContaining({ command: 'pnpm test', totals: expect.objectContaining({ passed: 2 }) }),
    ]);
  }, 330_000);
});

describe('the gate says what went wrong', () => {
  it('says every test passed when jest exits 1 after them, quoting jest\'s "Cannot log after tests are done"', () => {
    const dir = copyWithModules('jest-late-log', path.join(ROOT, 'node_modules'));
    const env = { ...process.env, ...ENV, CI: 'true' };
    const bare = spawnSync('bash', ['-c', 'npm test'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    // The shape the gate must explain: jest reports every test passed, and exits 1.
    expect({ status: bare.status, passed: /Tests:\s+2 passed, 2 total/.test(bare.stderr) }).toEqual({
      status: 1,
      passed: true,
    });
    const run = gate(dir);
    expect(run.status).toBe(1);
    expect(run.report.findings.map((f) => [f.code, f.severity])).toEqual([['test_command_failed', 'error']]);
    expect(run.report.findings[0]!.message).toBe(
      "all 2 tests passed, but the unit tests (npm test) exited with status 1 after them: the runner's last " +
        'error: "Cannot log after tests are done. Did you forget to wait for something async in your test? ' +
        'Attempted to log "upstream retry scheduled"."',
    );
    expect(run.report.findings[0]!.fix).toMatch(/^Something a test starts \(a timer, a promise not awaited\) logs/);
  }, 150_000);

  it('names the test that was running when the run hit test-timeout, on its line', () => {
    const dir = fixture('test-stage', 'hanging-vitest');
    const run = gate(dir, ['--test-timeout', '6s']);
    expect(run.status).toBe(1);
    const text = readFileSync(path.join(dir, 'test/upstream.test.js'), 'utf8');
    expect(run.report.findings.map((f) => ({ code: f.code, location: f.location }))).toEqual([
      {
        code: 'test_timeout',
        location: { file: 'test/upstream.test.js', ...positionOf(text, "it('waits for a reply", 'it(') },
      },
    ]);
    expect(run.report.findings[0]!.message).toContain(
      'the test running when it stopped: "the upstream > waits for a reply that never comes" in test/upstream.test.js',
    );
  }, 60_000);

  it('says a program the tests need was not found (exit 127): install dependencies first', () => {
    const dir = temp('gate-no-install-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'vitest run' } }, null, 2));
    writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }));
    const run = gate(dir, [], { PATH: NODE_ONLY_PATH });
    expect(run.status).toBe(1);
    expect(run.report.findings.map((f) => f.code)).toEqual(['test_command_not_found']);
    const [only] = run.report.findings;
    expect(only!.message).toMatch(/exited with status 127: `vitest` was not found/);
    expect(only!.fix).toContain('Install dependencies before the gate runs (npm ci)');
  });

  it('says the package manager itself is missing when the project uses one the runner lacks', () => {
    const dir = temp('gate-no-pnpm-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'vitest run' } }, null, 2));
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    const run = gate(dir, [], { PATH: NODE_ONLY_PATH });
    expect(run.report.findings.map((f) => f.code)).toEqual(['test_command_not_found']);
    expect(run.report.findings[0]!.message).toMatch(
      /\(pnpm test\) exited with status 127: the project uses pnpm \(pnpm-lock\.yaml\), but pnpm is not installed/,
    );
  });

  it('tells a bun project by its binary lockfile (bun.lockb), which the gate does not read, only sees', () => {
    const dir = temp('gate-bun-lockb-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'vitest run' } }, null, 2));
    // bun < 1.2's lockfile: binary, not text.
    writeFileSync(path.join(dir, 'bun.lockb'), Buffer.from([0x23, 0x21, 0x2f, 0x00, 0x00, 0x01, 0x62, 0x75, 0x6e]));
    const run = gate(dir, [], { PATH: NODE_ONLY_PATH });
    expect(run.report.findings.map((f) => f.code)).toEqual(['test_command_not_found']);
    expect(run.report.findings[0]!.message).toMatch(
      /\(bun run test\) exited with status 127: the project uses bun \(bun\.lockb\), but bun is not installed/,
    );
  });

  it('names a lockfile npm ci refuses as out of sync, not as a failing test command', () => {
    const dir = temp('gate-lock-drift-');
    const pkg = { scripts: { test: 'npm ci --offline --no-audit --no-fund' }, devDependencies: { semver: '^7.0.0' } };
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    const lock = { name: 'x', lockfileVersion: 3, requires: true, packages: { '': { name: 'x' } } };
    writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
    const run = gate(dir);
    expect(run.report.findings.map((f) => f.code)).toEqual(['test_lockfile_out_of_sync']);
    expect(run.report.findings[0]!.message).toMatch(
      /npm refused package-lock\.json: it is out of sync with package\.json/,
    );
  });

  describe('a Workers Vitest integration that is not installed', () => {
    function project(pkg: object, lock?: object): string {
      const dir = temp('gate-harness-not-installed-');
      const config = "import { cloudflareTest } from '@cloudflare/vitest-plugin';\nexport default {};\n";
      writeFileSync(path.join(dir, 'vitest.config.js'), config);
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { 'test:e2e': 'vitest run' }, ...pkg }));
      if (lock) writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, ...lock }));
      return dir;
    }
    const harnessFinding = (dir: string) => {
      const run = gate(dir);
      expect(run.report.findings.map((f) => f.code)).toEqual(['e2e_harness_missing']);
      return run.report.findings[0]!;
    };
    const declared = { devDependencies: { '@cloudflare/vitest-plugin': '^1.5.0' } };

    it('declared and locked: install dependencies with the lockfile', () => {
      const f = harnessFinding(project(declared, { packages: { '': declared } }));
      expect(f.message).toContain('declared in package.json (devDependencies) but not installed');
      expect(f.fix).toBe('Run npm ci before the gate runs.');
    });

    it('declared and not in the lockfile: npm ci would refuse it', () => {
      const f = harnessFinding(project(declared, { packages: { '': {} } }));
      expect(f.message).toContain('package-lock.json does not record it, so `npm ci` refuses to install');
      expect(f.fix).toMatch(/^Run npm install, commit the updated package-lock\.json/);
    });

    it('not declared: add it as a devDependency', () => {
      const f = harnessFinding(project({}));
      expect(f.message).toContain('it is not a dependency of the project');
      expect(f.fix).toMatch(/^Add it as a devDependency \(npm install --save-dev @cloudflare\/vitest-plugin\)/);
    });
  });
});

describe('a gateway in a pnpm workspace', () => {
  let pnpmBin: string;
  beforeAll(() => {
    pnpmBin = path.join(cachedInstall('pnpm/12.24.0'), '.bin');
  }, 330_000);

  it("runs with pnpm and the workspace root's install, and tells the root's install as the fix", () => {
    const root = path.join(temp('gate-pnpm-workspace-'), 'repo');
    cpSync(fixture('test-stage', 'pnpm-workspace'), root, { recursive: true });
    // The workspace's install, hoisted at the root: vitest is there, the old pool-workers package is not.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    mkdirSync(path.join(root, 'packages/gateway/node_modules'));
    const run = gate(path.join(root, 'packages/gateway'), [], { PATH: `${pnpmBin}:${process.env.PATH}` });
    expect(run.runs).toEqual([
      expect.objectContaining({ kind: 'unit', command: 'pnpm test', totals: expect.objectContaining({ passed: 2 }) }),
    ]);
    expect(run.report.findings.map((f) => [f.code, f.location?.file])).toEqual([
      ['e2e_harness_missing', 'package.json'],
    ]);
    expect(run.report.findings[0]!.fix).toBe(
      'Run pnpm install --frozen-lockfile at the workspace root (../..) before the gate runs.',
    );
  }, 90_000);
});
