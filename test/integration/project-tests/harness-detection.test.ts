// Which harness an E2E suite starts its Worker with (issue 15.2), read from its files with a real
// parser; and the checks of the Workers Vitest integration's install.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { declaredInPackageJson, detectHarnesses } from '../../../src/project-tests/harness.js';
import { namedPaths } from '../../../src/project-tests/suite-files.js';
import { checkVitestWorkers } from '../../../src/project-tests/vitest-workers-check.js';
import { checkWranglerForE2e } from '../../../src/project-tests/wrangler-check.js';
import { ROOT, tempDir } from '../../helpers/runner.js';

const detect = (text: string, file = 'test/e2e/a.test.ts') =>
  detectHarnesses([{ file, text }]).map((u) => `${u.kind}@${u.line}:${u.column}${u.pkg ? ` ${u.pkg}` : ''}`);

describe('detectHarnesses', () => {
  it('finds each wrangler API an ES import names, on the line of its name', () => {
    const text = [
      "import { describe } from 'vitest';",
      'import {',
      '  createTestHarness,',
      '  type Unstable_DevWorker,',
      "} from 'wrangler';",
    ].join('\n');
    expect(detect(text)).toEqual(['createTestHarness@3:3']);
    expect(detect("import { unstable_dev as dev, unstable_startWorker } from 'wrangler';")).toEqual([
      'unstable_dev@1:10',
      'unstable_startWorker@1:31',
    ]);
  });

  it('finds require, dynamic import and namespace uses', () => {
    expect(detect("const { unstable_dev } = require('wrangler');", 'a.test.js')).toEqual(['unstable_dev@1:9']);
    expect(detect("const { createTestHarness } = await import('wrangler');")).toEqual(['createTestHarness@1:9']);
    expect(detect("import * as w from 'wrangler';\nconst s = w.createTestHarness({});")).toEqual([
      'createTestHarness@2:13',
    ]);
  });

  it('finds a module name written with escapes (the text prefilter lets such a file through)', () => {
    expect(detect("const { unstable_dev } = require('wr\\angler');", 'a.test.js')).toEqual(['unstable_dev@1:9']);
    expect(detect("const { unstable_dev } = require('\\x77rangler');", 'a.test.js')).toEqual(['unstable_dev@1:9']);
  });

  it('ignores comments, strings, type-only imports and other modules', () => {
    const text = [
      "// import { unstable_dev } from 'wrangler';",
      'const doc = "import { createTestHarness } from \'wrangler\'";',
      "import type { TestHarness } from 'wrangler';",
      "import { unstable_dev } from './wrangler';",
    ].join('\n');
    expect(detect(text)).toEqual([]);
  });

  it('finds the Workers Vitest integration in a vitest config, under both its names', () => {
    const current = "import { cloudflareTest } from '@cloudflare/vitest-plugin';\nexport default {};";
    expect(detect(current, 'vitest.config.ts')).toEqual(['vitest-workers@1:1 @cloudflare/vitest-plugin']);
    const old = "import { defineWorkersConfig } from '@cloudflare/vitest-pool-workers/config';\n";
    expect(detect(old, 'vitest.config.mts')).toEqual(['vitest-workers@1:1 @cloudflare/vitest-pool-workers']);
  });

  it('reads TypeScript and JSX, and skips a file that does not parse', () => {
    const ts = [
      "import { createTestHarness } from 'wrangler';",
      'const s: ReturnType<typeof createTestHarness> = createTestHarness();',
    ].join('\n');
    expect(detect(ts)).toEqual(['createTestHarness@1:10']);
    // A .ts file is not TSX: `<T>x` is a type assertion, `<T>(x: T) => x` a generic arrow.
    const assertions = [
      "import { unstable_dev } from 'wrangler';",
      'const env = <Record<string, string>>process.env;',
      'const first = <T,>(xs: T[]) => xs[0];',
      'const same = <T>(x: T) => x;',
    ].join('\n');
    expect(detect(assertions)).toEqual(['unstable_dev@1:10']);
    const jsx = "import { unstable_dev } from 'wrangler';\nconst view = <div>{unstable_dev.name}</div>;";
    expect(detect(jsx, 'test/e2e/a.test.tsx')).toEqual(['unstable_dev@1:10']);
    expect(detect(jsx, 'test/e2e/a.test.jsx')).toEqual(['unstable_dev@1:10']);
    expect(detect(jsx, 'test/e2e/a.test.js')).toEqual(['unstable_dev@1:10']);
    expect(detect('import {{{ from')).toEqual([]);
  });

  it('finds the integration declared in package.json', () => {
    const pkg = '{\n  "devDependencies": {\n    "@cloudflare/vitest-pool-workers": "^0.23.0"\n  }\n}\n';
    expect(declaredInPackageJson(pkg)).toMatchObject({ kind: 'vitest-workers', line: 3, column: 5 });
    expect(declaredInPackageJson('{"devDependencies": {"vitest": "^5"}}')).toBeUndefined();
  });
});

describe('namedPaths', () => {
  it('takes the paths a runner command names, not its flags or their values', () => {
    expect(namedPaths('vitest run test/e2e')).toEqual(['test/e2e']);
    expect(namedPaths("vitest run --exclude 'test/e2e/**'")).toEqual([]);
    expect(namedPaths('jest --testPathIgnorePatterns /e2e/ ./test/unit')).toEqual(['test/unit']);
    expect(namedPaths('node scripts/e2e.js')).toEqual([]);
  });
});

/** A project whose node_modules holds this package manifest (only its manifest is read). */
function withPackage(name: string, manifest: object): string {
  const dir = tempDir('gate-vitest-workers-');
  mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, ...manifest }));
  return dir;
}

describe('checkVitestWorkers', () => {
  const use = (pkg: string) => ({ kind: 'vitest-workers' as const, file: 'vitest.config.js', line: 1, column: 1, pkg });

  it('passes on this repository: @cloudflare/vitest-plugin 1.5 with vitest 5', () => {
    expect(checkVitestWorkers(ROOT, use('@cloudflare/vitest-plugin'))).toMatchObject({ ok: true, version: '1.5.0' });
  });

  it('says the integration is not installed', () => {
    const check = checkVitestWorkers(tempDir('gate-no-pool-'), use('@cloudflare/vitest-pool-workers'));
    expect(check).toMatchObject({ ok: false, code: 'e2e_harness_missing' });
  });

  it("says vitest is outside the integration's peer range, and names the renamed package", () => {
    // @cloudflare/vitest-pool-workers 0.23.0's manifest (npm view): vitest ^4.1.0 only.
    const dir = withPackage('@cloudflare/vitest-pool-workers', {
      version: '0.23.0',
      peerDependencies: { vitest: '^4.1.0' },
    });
    symlinkSync(path.join(ROOT, 'node_modules', 'vitest'), path.join(dir, 'node_modules', 'vitest'));
    const check = checkVitestWorkers(dir, use('@cloudflare/vitest-pool-workers'));
    expect(check).toMatchObject({ ok: false, code: 'e2e_harness_incompatible' });
    expect(!check.ok && check.message).toMatch(/needs vitest \^4\.1\.0, but vitest 5\.\d+\.\d+ is installed/);
    expect(!check.ok && check.fix).toMatch(/@cloudflare\/vitest-plugin/);
  });
});

describe('checkWranglerForE2e per harness', () => {
  it('passes createTestHarness on wrangler 4.164', () => {
    expect(checkWranglerForE2e(ROOT, process.env, 'createTestHarness')).toMatchObject({ ok: true, version: '4.164.0' });
  });

  it('only asks for wrangler when the harness is unknown', () => {
    const dir = withPackage('wrangler', { version: '9.0.0', types: 'x.d.ts' });
    expect(checkWranglerForE2e(dir, process.env, 'unknown')).toMatchObject({ ok: true, version: '9.0.0' });
    expect(checkWranglerForE2e(dir, process.env, 'createTestHarness')).toMatchObject({ code: 'e2e_harness_missing' });
  });
});
