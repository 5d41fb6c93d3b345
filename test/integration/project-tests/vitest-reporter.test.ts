// The gate's vitest reporter, loaded as vitest loads it (an ES module file): whatever vitest hands
// it and whatever the file system does, it never throws into the user's run; what failed is
// written for the gate (a notice that the extra detail is missing).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { vitestErrorsReporter } from '../../../src/project-tests/vitest-errors.js';
import { tempDir } from '../../helpers/runner.js';

interface Reporter {
  onTestCaseReady(test: unknown): void;
  onTestRunEnd(modules: unknown): void;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function load(files: { errors: string; progress: string }): Promise<Reporter> {
  const dir = tempDir('gate-vitest-reporter-');
  dirs.push(dir);
  const file = path.join(dir, `reporter-${dirs.length}.mjs`);
  writeFileSync(file, vitestErrorsReporter(files));
  const Module = ((await import(pathToFileURL(file).href)) as { default: new () => Reporter }).default;
  return new Module();
}

const broken = {
  get children(): never {
    throw new Error('vitest changed its module API');
  },
};

describe("the gate's vitest reporter", () => {
  it('records its own failure for the gate instead of throwing into the run', async () => {
    const dir = tempDir('gate-vitest-reporter-out-');
    dirs.push(dir);
    const files = { errors: path.join(dir, 'errors.json'), progress: path.join(dir, 'progress.json') };
    const reporter = await load(files);
    expect(() => reporter.onTestRunEnd([broken])).not.toThrow();
    expect(JSON.parse(readFileSync(files.errors, 'utf8'))).toEqual({
      reporterError: 'onTestRunEnd: vitest changed its module API',
    });
    expect(() => reporter.onTestCaseReady(undefined)).not.toThrow();
    expect(existsSync(files.progress)).toBe(false);
  });

  it('does not throw when it cannot write at all', async () => {
    const nowhere = path.join(tempDir('gate-vitest-reporter-gone-'), 'missing', 'dir');
    dirs.push(path.dirname(path.dirname(nowhere)));
    const reporter = await load({ errors: path.join(nowhere, 'e.json'), progress: path.join(nowhere, 'p.json') });
    expect(() => reporter.onTestRunEnd([])).not.toThrow();
    expect(() =>
      reporter.onTestCaseReady({ module: { moduleId: '/a.test.js' }, fullName: 'a', name: 'a' }),
    ).not.toThrow();
  });
});
