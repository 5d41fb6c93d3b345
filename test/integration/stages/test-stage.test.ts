// The test stage as the runner runs it, on real projects: the example gateway (green, E2E in
// real workerd), jest and vitest projects with one failing unit and one failing E2E test each,
// a project without wrangler, and a hanging test run.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixture, positionOf, reportSchemaErrors, ROOT, runAsRunner, tempDir } from '../../helpers/runner.js';

const rel = (p: string) => path.relative(ROOT, p);

describe('test stage', () => {
  it('runs the example gateway green, E2E tests included, with per-suite counts in the summary', () => {
    const run = runAsRunner('test', { 'working-directory': 'examples/gateway' }, { timeoutMs: 120_000 });
    // Together, so a failure shows the findings (and the output tail they carry).
    expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
    const data = JSON.parse(readFileSync(path.join(path.dirname(run.reportPath), 'stages', 'test.json'), 'utf8'))
      .data as {
      runs: { kind: string; totals: { passed: number; failed: number } }[];
    };
    expect(data.runs.map((r) => r.kind)).toEqual(['unit', 'e2e']);
    expect(data.runs[0]!.totals.passed).toBeGreaterThan(30);
    expect(data.runs[1]!.totals).toMatchObject({ failed: 0 });
    expect(data.runs[1]!.totals.passed).toBeGreaterThanOrEqual(5); // not skipped: RUN_LOCAL_WORKER_E2E reached them
    expect(run.stdout).toContain('::group::local E2E tests: npm run test:e2e');
    expect(run.summary).toMatch(/local E2E tests <code>npm run test:e2e<\/code>: \d+ passed, 0 failed/);
    expect(run.summary).toContain('<code>test/e2e/worker.e2e.test.js</code>');
  }, 150_000);

  for (const runner of ['jest', 'vitest'] as const) {
    it(`puts each failing ${runner} test, unit and E2E, on its assertion line`, () => {
      const dir = fixture('test-stage', `${runner}-project`);
      const run = runAsRunner('test', { 'working-directory': rel(dir) }, { timeoutMs: 120_000 });
      expect(run.status).toBe(1);
      expect(reportSchemaErrors(run.report)).toBeNull();
      const unitText = readFileSync(path.join(dir, 'test/paths.test.js'), 'utf8');
      const e2eText = readFileSync(path.join(dir, 'test/e2e/worker.e2e.test.js'), 'utf8');
      const want = [
        {
          file: 'test/e2e/worker.e2e.test.js',
          line: positionOf(e2eText, "fetch('/users');\n    expect(response.status)", 'expect').line,
        },
        { file: 'test/paths.test.js', line: positionOf(unitText, "'/users?x=1'", "'/users?x=1'").line },
        // No frame in the test file: the line of its test(…).
        { file: 'test/paths.test.js', line: positionOf(unitText, "test('answers within its deadline'").line },
      ];
      expect(
        run.report.findings.map((f) => ({ code: f.code, file: f.location?.file, line: f.location?.line })),
      ).toEqual(want.map((w) => ({ code: 'test_failed', ...w })));
      expect(run.report.findings[1]!.message).toMatch(/keeps the query string.*users\?page=1/s);
      expect(run.annotations.map((a) => `${a.props.file}:${a.props.line}`).sort()).toEqual(
        want.map((w) => `${w.file}:${w.line}`).sort(),
      );
    }, 150_000);
  }

  // Issue 11.10: a setup that fails is one finding with the error and the line, not "exited with status 1".
  for (const runner of ['jest', 'vitest'] as const) {
    it(`reports each failing ${runner} hook and each test file that fails to load, on its line`, () => {
      const dir = fixture('test-stage', `${runner}-setup-failures`);
      const run = runAsRunner('test', { 'working-directory': rel(dir) }, { timeoutMs: 120_000 });
      expect(run.status).toBe(1);
      expect(reportSchemaErrors(run.report)).toBeNull();
      const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
      const at = (file: string, token: string) => ({ file, line: positionOf(text(file), token).line });
      const want = [
        { code: 'test_hook_failed', ...at('test/e2e/worker.e2e.test.js', 'worker = await unstable_dev') },
        { code: 'test_hook_failed', ...at('test/router.test.js', 'router = createRouter(undefined)') },
        { code: 'test_hook_failed', ...at('test/server.test.js', 'server.close()') },
        // jest's stack runs through the test file's require; vitest's shows only the throw.
        runner === 'jest'
          ? { code: 'test_file_failed', ...at('test/upstream.test.js', 'require(') }
          : { code: 'test_file_failed', ...at('src/upstream.js', 'throw') },
        { code: 'test_file_failed', ...at('test/paths.test.js', '};') },
      ];
      const got = run.report.findings.map((f) => ({ code: f.code, file: f.location?.file, line: f.location?.line }));
      const order = (x: { file?: string; line?: number }) => `${x.file}:${x.line}`;
      const sorted = <T extends { file?: string; line?: number }>(list: T[]) =>
        list.sort((a, b) => order(a).localeCompare(order(b)));
      expect(sorted(got)).toEqual(sorted(want));
      const message = (file: string) => run.report.findings.find((f) => f.location?.file === file)!.message;
      const e2e = message('test/e2e/worker.e2e.test.js');
      expect(e2e).toMatch(/beforeAll hook.*The entry-point file at "src\/index.js" was not found/s);
      expect(e2e).toMatch(/2 tests did not run$/);
      expect(message('test/router.test.js')).toMatch(/beforeEach hook.*reading 'paths'/);
      expect(message('test/server.test.js')).toMatch(/afterAll hook.*reading 'close'/);
      const upstream = run.report.findings.find((f) => /UPSTREAM_URL is not set/.test(f.message));
      expect(upstream?.message).toMatch(/^test file test\/upstream.test.js failed to load/);
      expect(message('test/paths.test.js')).toMatch(/test file test\/paths.test.js failed to load/);
      expect(run.stdout + run.stderr).not.toMatch(/exited with status/);
    }, 150_000);
  }

  it('says once that wrangler is missing instead of running the E2E tests', () => {
    const dir = tempDir('gate-nowrangler-project-');
    const pkg =
      '{\n  "name": "no-wrangler",\n  "scripts": {\n    "test": "node -e 0",\n    "test:e2e": "node -e \\"process.exit(1)\\""\n  }\n}\n';
    writeFileSync(path.join(dir, 'package.json'), pkg);
    const run = runAsRunner('test', { 'working-directory': dir });
    expect(run.status).toBe(1);
    expect(run.report.findings.map((f) => f.code)).toEqual(['e2e_wrangler_missing']);
    expect(run.report.findings[0]!.location).toMatchObject({
      file: 'package.json',
      line: positionOf(pkg, '"test:e2e"').line,
    });
    expect(run.stdout).not.toContain('test:e2e:'); // the E2E command never ran
  });

  it('stops a hanging test run at test-timeout and reports it', () => {
    const started = Date.now();
    const run = runAsRunner('test', {
      'working-directory': rel(fixture('test-stage', 'hanging')),
      'test-timeout': '2s',
    });
    expect(run.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.report.findings.map((f) => f.code)).toEqual(['test_timeout']);
    expect(run.report.findings[0]!.message).toMatch(/did not finish within 2\.0 s/);
  });

  it('refuses a test-timeout that is not a duration', () => {
    const run = runAsRunner('test', { 'working-directory': 'examples/gateway', 'test-timeout': 'soon' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/test-timeout must be a duration/);
  });
});
