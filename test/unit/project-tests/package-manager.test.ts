import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  addDevCommand,
  detectPackageManager,
  findWorkspaceRoot,
  installCommand,
  installHint,
  matchesWorkspaceGlob,
  npmLockDrift,
  parsePackageManagerField,
  runScriptCommand,
  scriptOfCommand,
} from '../../../src/project-tests/package-manager.js';

/** A file system of a few files, as the detection reads it. */
const files = (entries: Record<string, string>) => (file: string) => entries[path.resolve(file)];
const pkg = (extra: object = {}) => JSON.stringify({ name: 'app', ...extra });

describe('the project package manager', () => {
  it('reads the packageManager field first, whatever lockfile is there', () => {
    const read = files({
      '/app/package.json': pkg({ packageManager: 'pnpm@9.12.0+sha512.abc' }),
      '/app/yarn.lock': '',
    });
    expect(detectPackageManager('/app', read)).toEqual({
      name: 'pnpm',
      version: '9.12.0',
      source: 'packageManager',
      root: '/app',
    });
  });

  it.each([
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
  ])('else its lockfile: %s is %s', (lockfile, name) => {
    const read = files({ '/app/package.json': pkg(), [`/app/${lockfile}`]: '' });
    expect(detectPackageManager('/app', read)).toEqual({ name, source: 'lockfile', lockfile, root: '/app' });
  });

  it('is npm when nothing tells', () => {
    expect(detectPackageManager('/app', files({ '/app/package.json': pkg() }))).toEqual({
      name: 'npm',
      source: 'default',
      root: '/app',
    });
  });

  it("takes a workspace package's manager and lockfile from the workspace root", () => {
    const read = files({
      '/repo/pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      '/repo/pnpm-lock.yaml': '',
      '/repo/package.json': pkg(),
      '/repo/packages/gateway/package.json': pkg(),
    });
    expect(detectPackageManager('/repo/packages/gateway', read, parseYaml)).toEqual({
      name: 'pnpm',
      source: 'lockfile',
      lockfile: 'pnpm-lock.yaml',
      root: '/repo',
      workspace: 'pnpm',
    });
    expect(installHint(detectPackageManager('/repo/packages/gateway', read, parseYaml), '/repo/packages/gateway')).toBe(
      'pnpm install --frozen-lockfile at the workspace root (../..)',
    );
  });

  it('finds npm and yarn workspaces from package.json, and leaves out what they exclude', () => {
    const read = files({
      '/repo/package.json': JSON.stringify({ workspaces: { packages: ['apps/**', '!apps/legacy'] } }),
    });
    expect(findWorkspaceRoot('/repo/apps/api/gateway', read)).toEqual({ root: '/repo', kind: 'package.json' });
    expect(findWorkspaceRoot('/repo/apps/legacy', read)).toBeUndefined();
    expect(findWorkspaceRoot('/repo/tools/gateway', read)).toBeUndefined();
  });

  it('matches workspace globs segment by segment', () => {
    expect(matchesWorkspaceGlob('packages/gateway', 'packages/*')).toBe(true);
    expect(matchesWorkspaceGlob('packages/a/b', 'packages/*')).toBe(false);
    expect(matchesWorkspaceGlob('packages/a/b', './packages/**')).toBe(true);
    expect(matchesWorkspaceGlob('examples/gateway', 'examples/gateway')).toBe(true);
  });

  it('parses the packageManager field and refuses what is not a package manager', () => {
    expect(parsePackageManagerField('yarn@4.5.0')).toEqual({ name: 'yarn', version: '4.5.0' });
    expect(parsePackageManagerField('deno@2')).toBeUndefined();
    expect(parsePackageManagerField(3)).toBeUndefined();
  });
});

describe('commands in the project package manager', () => {
  it('runs scripts as each manager does (bun test is bun’s own runner, so bun run test)', () => {
    expect(['npm', 'pnpm', 'yarn', 'bun'].map((pm) => runScriptCommand(pm as 'npm', 'test'))).toEqual([
      'npm test',
      'pnpm test',
      'yarn test',
      'bun run test',
    ]);
    expect(runScriptCommand('pnpm', 'test:e2e')).toBe('pnpm run test:e2e');
  });

  it('installs from the lockfile and adds devDependencies with each manager', () => {
    const root = '/app';
    expect(installCommand({ name: 'npm', source: 'lockfile', lockfile: 'package-lock.json', root })).toBe('npm ci');
    expect(installCommand({ name: 'npm', source: 'default', root })).toBe('npm install');
    expect(installCommand({ name: 'yarn', source: 'packageManager', version: '4.1.0', root })).toBe(
      'yarn install --immutable',
    );
    expect(installCommand({ name: 'yarn', source: 'lockfile', root })).toBe('yarn install --frozen-lockfile');
    expect(installCommand({ name: 'bun', source: 'lockfile', root })).toBe('bun install --frozen-lockfile');
    expect(addDevCommand('pnpm', 'wrangler')).toBe('pnpm add -D wrangler');
    expect(addDevCommand('npm', 'wrangler@^4.99.0')).toBe('npm install --save-dev "wrangler@^4.99.0"');
  });

  it('tells the script a command runs', () => {
    expect(scriptOfCommand('npm test')).toEqual({ pm: 'npm', script: 'test' });
    expect(scriptOfCommand('npm run test:e2e')).toEqual({ pm: 'npm', script: 'test:e2e' });
    expect(scriptOfCommand('pnpm run e2e')).toEqual({ pm: 'pnpm', script: 'e2e' });
    expect(scriptOfCommand('yarn test:e2e')).toEqual({ pm: 'yarn', script: 'test:e2e' });
    expect(scriptOfCommand('bun run test')).toEqual({ pm: 'bun', script: 'test' });
    expect(scriptOfCommand('bun test')).toBeUndefined(); // bun's own test runner, not the script
    expect(scriptOfCommand('npm e2e')).toBeUndefined();
    expect(scriptOfCommand('vitest run')).toBeUndefined();
  });
});

describe('a lockfile npm ci refuses', () => {
  const lock = (deps: object) => JSON.stringify({ lockfileVersion: 3, packages: { '': { devDependencies: deps } } });

  it('names what package.json declares and package-lock.json does not record with the same range', () => {
    const declared = pkg({ devDependencies: { vitest: '^5.1.1', wrangler: '^4.99.0' } });
    expect(npmLockDrift(declared, lock({ vitest: '^5.1.1' }))).toEqual(['wrangler']);
    expect(npmLockDrift(declared, lock({ vitest: '^5.1.1', wrangler: '^4.50.0' }))).toEqual(['wrangler']);
    expect(npmLockDrift(declared, lock({ vitest: '^5.1.1', wrangler: '^4.99.0' }))).toEqual([]);
  });

  it('reads a workspace package from its entry in the root lockfile', () => {
    const root = JSON.stringify({ packages: { '': {}, 'packages/gateway': { devDependencies: {} } } });
    expect(npmLockDrift(pkg({ devDependencies: { wrangler: '4' } }), root, 'packages/gateway')).toEqual(['wrangler']);
    expect(npmLockDrift(pkg(), 'not json')).toEqual([]);
  });
});
