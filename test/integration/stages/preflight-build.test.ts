// A build that fails fails the gate, whatever `deploy` is: preflight's dry-run build through the
// project's real wrangler, on a Worker that imports a Node built-in without nodejs_compat.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { cachedInstall } from '../../helpers/cached-install.js';
import { positionOf, reportSchemaErrors, ROOT, runCli } from '../../helpers/runner.js';

jest.setTimeout(180_000);

const FIXTURE = path.join(ROOT, 'test/fixtures/preflight/node-builtin');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(withWrangler = true, fixture = FIXTURE, wrangler = path.join(ROOT, 'node_modules/wrangler')): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-build-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  if (withWrangler) symlinkSync(wrangler, path.join(dir, 'node_modules/wrangler'));
  return dir;
}

const preflight = (dir: string) => runCli(['preflight', '--working-directory', dir], { env: {} });
const BUILD_CODES = ['build_failed', 'build_not_run'];

describe("preflight's dry-run build", () => {
  it("a Node built-in without nodejs_compat: one error on esbuild's file, line and column, wrangler's hint as the fix", () => {
    const dir = project();
    const run = preflight(dir);
    expect(reportSchemaErrors(run.report)).toBeNull();
    // deploy is none (the default), and the gate still fails.
    expect({ status: run.status, result: run.report.result }).toEqual({ status: 1, result: 'failed' });
    const errors = run.report.findings.filter((f) => f.severity === 'error');
    const at = positionOf(readFileSync(path.join(dir, 'src/index.js'), 'utf8'), "from 'fs'", "'fs'");
    expect(errors.map((f) => [f.code, f.location?.file, f.location?.line, f.location?.column])).toEqual([
      ['build_failed', 'src/index.js', at.line, at.column],
    ]);
    expect(errors[0]!.message).toBe('the Worker does not build: Could not resolve "fs"');
    expect(errors[0]!.fix).toBe(
      'The package "fs" wasn\'t found on the file system but is built into node. ' +
        '- Add the "nodejs_compat" compatibility flag to your project.',
    );

    // Wrangler's fix applied: the build passes and nothing is said about it.
    const config = path.join(dir, 'wrangler.jsonc');
    const fixed = readFileSync(config, 'utf8').replace(
      '"compatibility_date": "2025-11-01",',
      '"compatibility_date": "2025-11-01",\n  "compatibility_flags": ["nodejs_compat"],',
    );
    writeFileSync(config, fixed);
    const after = preflight(dir);
    expect(after.report.findings.filter((f) => BUILD_CODES.includes(f.code))).toEqual([]);
    expect(after.status).toBe(0);
  });

  it('no wrangler installed: a warning naming why the build was not checked, not an error', () => {
    const run = preflight(project(false));
    const build = run.report.findings.filter((f) => BUILD_CODES.includes(f.code));
    expect(build.map((f) => [f.code, f.severity])).toEqual([['build_not_run', 'warning']]);
    expect(build[0]!.message).toMatch(/^the Worker's build was not checked: wrangler is not installed in /);
    // The fixture's package.json lists wrangler and it has no lockfile: only `npm install` is missing.
    expect(build[0]!.fix).toBe(
      'package.json lists wrangler, but it is not installed: run `npm install` before the gate.',
    );
    expect(build[0]!.message).toContain("so preflight also skipped wrangler's own reading of the config");
  });

  it('wrangler 3.28 (no `deploy --outfile`): the build is still checked, and the limits not measured are named', () => {
    const modules = cachedInstall('wrangler-legacy/3.28.4');
    const legacy = path.join(ROOT, 'test/fixtures/preflight/wrangler3-worker');
    const dir = project(true, legacy, path.join(modules, 'wrangler'));
    const run = preflight(dir);
    expect(reportSchemaErrors(run.report)).toBeNull();
    const codes = ['build_failed', 'build_not_run', 'worker_limits_unchecked'];
    const about = (r: typeof run) => r.report.findings.filter((f) => codes.includes(f.code));
    expect(about(run).map((f) => [f.code, f.severity])).toEqual([['worker_limits_unchecked', 'notice']]);
    expect(about(run)[0]!.message).toBe(
      "the Worker's size and startup were not checked against Cloudflare's limits: wrangler 3.28.4 has no " +
        '`deploy --outfile` (3.109.0 and newer have it); the build passed',
    );

    // A real build error on wrangler 3 is an error on esbuild's position, as on wrangler 4.
    const source = path.join(dir, 'src/index.js');
    writeFileSync(source, `import { readFileSync } from 'fs';\n${readFileSync(source, 'utf8')}`);
    const broken = preflight(dir);
    expect(broken.status).toBe(1);
    expect(about(broken).map((f) => [f.code, f.severity, f.location?.file, f.location?.line])).toEqual([
      ['build_failed', 'error', 'src/index.js', 1],
    ]);
    expect(about(broken)[0]!.message).toBe('the Worker does not build: Could not resolve "fs"');
  });

  it('a package of a pnpm workspace: the build is checked there, and a missing wrangler is named with pnpm', () => {
    // Found by running the gate on a pnpm monorepo: reading the workspace's YAML crashed preflight.
    const root = project(false, path.join(ROOT, 'test/fixtures/test-stage/pnpm-workspace'));
    const dir = path.join(root, 'packages/gateway');
    const missing = preflight(dir);
    expect(reportSchemaErrors(missing.report)).toBeNull();
    expect(missing.report.findings.filter((f) => f.code === 'internal_error')).toEqual([]);
    const build = missing.report.findings.filter((f) => BUILD_CODES.includes(f.code));
    expect(build.map((f) => [f.code, f.severity])).toEqual([['build_not_run', 'warning']]);
    expect(build[0]!.fix).toContain('pnpm add -D wrangler');

    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(ROOT, 'node_modules/wrangler'), path.join(dir, 'node_modules/wrangler'));
    const built = preflight(dir);
    expect(built.report.findings.filter((f) => ['internal_error', ...BUILD_CODES].includes(f.code))).toEqual([]);
    expect(built.report.stages.at(-1)).toMatchObject({ name: 'preflight', status: 'passed' });
  });
});
