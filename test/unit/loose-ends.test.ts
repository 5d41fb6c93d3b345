// Issue 20, point 9: a stage command beside a `run` in progress, a flag given no value, and a smoke
// spec probe naming a route the config does not have. Pure decisions only (no process started).
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { flagWithoutValue } from '../../src/cli.js';
import { chooseRunDir } from '../../src/run-directory.js';
import { parseSmokeSpec, unknownSpecRoutes } from '../../src/smoke/smoke-spec.js';

describe('chooseRunDir on a laptop', () => {
  const tempRoot = path.join(tmpdir(), `gate-choose-rundir-${process.pid}`);
  afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));
  const choose = (fresh: boolean, runningIn: (dir: string) => number | undefined) =>
    chooseRunDir({ workingDirectory: '/w/gw', env: {}, github: false, fresh, tempRoot, runningIn });

  it('a stage command joins the latest run once it is over, and starts its own (saying why) while it runs', () => {
    const latest = choose(true, () => undefined).dir;
    mkdirSync(latest, { recursive: true });
    expect(choose(false, () => undefined)).toEqual({ dir: latest });
    const beside = choose(false, (dir) => (dir === latest ? 4242 : undefined));
    expect(beside.dir).not.toBe(latest);
    expect(beside.note).toBe(
      `a \`run\` (process 4242) is still in progress in ${latest}: this stage starts its own run directory, ${beside.dir}`,
    );
  });
});

describe('flagWithoutValue', () => {
  it.each([
    [['validate', '--config'], 'config', 'it is the last argument'],
    [['validate', '--config', '--run-dir', 'rd'], 'config', 'it is followed by --run-dir'],
    [['validate', '--config='], 'config', 'the value is empty'],
    [['validate', '--config', ''], 'config', 'the value is empty'],
    [['validate', '--schema', 's.json', '--config', '--help'], 'config', 'it is followed by --help'],
  ])('%j: --%s needs a value (%s)', (argv, flag, why) => {
    expect(flagWithoutValue(argv)?.message).toBe(`--${flag} needs a value, and got none (${why}).`);
  });
  it('flags with values, and positionals after `--`, are fine', () => {
    expect(flagWithoutValue(['validate', '--config', 'api.json', '--run-dir=rd'])).toBeUndefined();
    expect(flagWithoutValue(['validate', '--', '--config'])).toBeUndefined();
  });
});

describe('unknownSpecRoutes', () => {
  const routes = [
    { method: 'GET', path: '/health' },
    { method: 'GET', path: '/users/{id}' },
  ];
  it("a probe replacing a route the config does not have: an error on its route's line, naming it", () => {
    const text = 'probes:\n  - name: user\n    route: GET /users/{userId}\n  - route: GET /health\n';
    const parsed = parseSmokeSpec(text, 'smoke.yml');
    if (!parsed.ok) throw new Error('the spec parses');
    const findings = unknownSpecRoutes(parsed.spec, routes, 'smoke.yml');
    expect(findings).toEqual([
      {
        stage: 'smoke',
        layer: 'probe',
        code: 'smoke_spec_unknown_route',
        category: 'client',
        severity: 'error',
        message: 'smoke spec smoke.yml: probe route "GET /users/{userId}" is not a route of the gateway config',
        fix: 'Name a route as the config writes it (`METHOD /path`: GET /health, GET /users/{id}), or give the probe a `path` instead.',
        location: { file: 'smoke.yml', line: 3, column: 12 },
      },
    ]);
  });
  it('probes by path, and probes of known routes, are no finding', () => {
    const parsed = parseSmokeSpec('probes:\n  - path: /anything\n  - route: GET /users/{id}\n', 'smoke.yml');
    if (!parsed.ok) throw new Error('the spec parses');
    expect(unknownSpecRoutes(parsed.spec, routes, 'smoke.yml')).toEqual([]);
  });
});
