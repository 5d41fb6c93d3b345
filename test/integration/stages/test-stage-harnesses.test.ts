// The test stage on E2E suites built on today's harnesses (issue 15.2): wrangler's createTestHarness
// and the Workers Vitest integration (@cloudflare/vitest-plugin, tests inside workerd). Real
// vitest, real wrangler, real workerd, the CLI as the runner runs it.
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { cachedWrangler } from '../../helpers/cached-install.js';
import { fixture, positionOf, reportSchemaErrors, ROOT, runAsRunner, tempDir } from '../../helpers/runner.js';

const rel = (p: string) => path.relative(ROOT, p);
const OLD_WRANGLER = '4.73.0'; // before createTestHarness (4.99)

function e2eTotals(run: ReturnType<typeof runAsRunner>) {
  const stage = JSON.parse(readFileSync(path.join(path.dirname(run.reportPath), 'stages', 'test.json'), 'utf8')) as {
    data: { runs: { kind: string; totals?: { passed: number; failed: number } }[] };
  };
  return stage.data.runs.map((r) => ({ kind: r.kind, totals: r.totals }));
}

const located = (run: ReturnType<typeof runAsRunner>) =>
  run.report.findings.map((f) => ({ code: f.code, file: f.location?.file, line: f.location?.line }));

describe.each([
  ['harness-project', 'createTestHarness'],
  ['pool-workers-project', 'the Workers Vitest integration'],
])('test stage on %s (%s)', (name) => {
  // The harness the gate found, named in the log before the E2E run.
  const harness =
    name === 'harness-project'
      ? /local E2E harness: createTestHarness \(wrangler 4\.164\.0\), test\/(e2e|broken)\/gateway\.\1\.test\.js:2/
      : /local E2E harness: @cloudflare\/vitest-plugin 1\.5\.0 \(tests run inside workerd\), vitest\.config\.js:1/;
  const dir = fixture('test-stage', name);
  const text = () => readFileSync(path.join(dir, 'test/broken/gateway.broken.test.js'), 'utf8');

  it('runs the passing suite green, with no finding', () => {
    const run = runAsRunner('test', { 'working-directory': rel(dir) }, { timeoutMs: 120_000 });
    expect({ status: run.status, findings: run.report.findings }).toEqual({ status: 0, findings: [] });
    expect(run.stdout).toMatch(harness);
    expect(e2eTotals(run)).toEqual([{ kind: 'e2e', totals: expect.objectContaining({ passed: 2, failed: 0 }) }]);
  }, 150_000);

  it('puts the failing test on its line in the test file', () => {
    const inputs = { 'working-directory': rel(dir), 'e2e-command': 'npm run test:e2e:broken' };
    const run = runAsRunner('test', inputs, { timeoutMs: 120_000 });
    expect(run.status).toBe(1);
    expect(reportSchemaErrors(run.report)).toBeNull();
    // createTestHarness runs the test in Node: the assertion's own line. Inside workerd the frames
    // are the transformed module's, so the line of the test's it(…).
    const line =
      name === 'harness-project'
        ? positionOf(text(), "fetch('/orders');\n    expect", 'expect').line
        : positionOf(text(), "it('serves /orders'").line;
    const file = 'test/broken/gateway.broken.test.js';
    const want = [{ code: 'test_failed', file, line }];
    // Inside workerd, a hook that throws goes on the hook's line.
    if (name === 'pool-workers-project') {
      want.push({ code: 'test_hook_failed', file, line: positionOf(text(), 'beforeAll(async').line });
    }
    expect(located(run)).toEqual(want);
    expect(run.stdout).toMatch(harness);
    expect(run.report.findings[0]!.message).toMatch(/"the gateway in workerd serves \/orders" failed.*404/s);
    expect(run.annotations.map((a) => `${a.props.file}:${a.props.line}`)).toEqual(
      want.map((w) => `${w.file}:${w.line}`),
    );
  }, 150_000);
});

describe('createTestHarness with a wrangler that is too old', () => {
  let wranglerDir: string;
  beforeAll(() => {
    wranglerDir = cachedWrangler(OLD_WRANGLER);
  }, 330_000);

  it('says so on the import line, with the fix, and does not ask for unstable_dev', () => {
    const dir = tempDir('gate-old-harness-');
    cpSync(fixture('test-stage', 'harness-project'), dir, { recursive: true, filter: (f) => !/node_modules/.test(f) });
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(wranglerDir, path.join(dir, 'node_modules', 'wrangler'));
    const run = runAsRunner('test', { 'working-directory': dir }, { timeoutMs: 60_000 });
    expect(run.status).toBe(1);
    const testText = readFileSync(path.join(dir, 'test/e2e/gateway.e2e.test.js'), 'utf8');
    const importAt = positionOf(testText, "import { createTestHarness } from 'wrangler'", 'createTestHarness');
    expect(located(run)).toEqual([
      { code: 'e2e_harness_missing', file: 'test/e2e/gateway.e2e.test.js', line: importAt.line },
    ]);
    const [only] = run.report.findings;
    expect(only!.message).toContain(`wrangler ${OLD_WRANGLER} in the project does not export createTestHarness`);
    expect(only!.fix).toMatch(/wrangler@\^4\.99\.0/);
    expect(run.stdout).not.toContain('test:e2e:'); // the E2E command never ran
  }, 90_000);
});
