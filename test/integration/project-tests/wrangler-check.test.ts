import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkWranglerForE2e, firstOnPath, satisfiesMinimum } from '../../../src/project-tests/wrangler-check.js';
import { ROOT, tempDir } from '../../helpers/runner.js';

function fakeWrangler(dir: string, pkg: object, typesText: string) {
  const w = path.join(dir, 'node_modules', 'wrangler');
  mkdirSync(path.join(w, 'dist'), { recursive: true });
  writeFileSync(path.join(w, 'package.json'), JSON.stringify({ types: 'dist/cli.d.ts', main: 'dist/cli.js', ...pkg }));
  writeFileSync(path.join(w, 'dist', 'cli.d.ts'), typesText);
}

describe('the wrangler check before local E2E tests', () => {
  it('passes on this repository: wrangler 4.164 with unstable_dev, run by the Node 24 in node_modules/.bin', () => {
    const check = checkWranglerForE2e(path.join(ROOT, 'examples', 'gateway'), process.env);
    expect(check).toMatchObject({ ok: true, version: '4.164.0' });
    expect(check.ok && check.nodeVersion).toMatch(/^v24\./);
  });

  it('says wrangler is missing when no node_modules up the tree has it', () => {
    const check = checkWranglerForE2e(tempDir('gate-nowrangler-'), process.env);
    expect(check).toMatchObject({ ok: false, code: 'e2e_wrangler_missing' });
  });

  it('says unstable_dev is missing from a wrangler that does not export it', () => {
    const dir = tempDir('gate-oldwrangler-');
    fakeWrangler(dir, { version: '9.0.0' }, 'export declare function unstable_startWorker(): void;');
    expect(checkWranglerForE2e(dir, process.env)).toMatchObject({ ok: false, code: 'e2e_unstable_dev_missing' });
  });

  it('says the Node is too old for the wrangler', () => {
    const dir = tempDir('gate-newwrangler-');
    fakeWrangler(
      dir,
      { version: '99.0.0', engines: { node: '>=99.0.0' } },
      'export declare function unstable_dev(): void;',
    );
    const check = checkWranglerForE2e(dir, process.env);
    expect(check).toMatchObject({ ok: false, code: 'e2e_node_too_old' });
    expect(!check.ok && check.message).toMatch(/needs Node >=99\.0\.0/);
  });

  it("asks the project's own node when it is not the gate's: a node_modules/.bin/node too old for wrangler", () => {
    const dir = tempDir('gate-oldnode-');
    fakeWrangler(
      dir,
      { version: '4.0.0', engines: { node: '>=20.0.0' } },
      'export declare function unstable_dev(): void;',
    );
    const node = path.join(dir, 'node_modules', '.bin', 'node');
    mkdirSync(path.dirname(node), { recursive: true });
    writeFileSync(node, '#!/bin/sh\necho v18.19.0\n');
    chmodSync(node, 0o755);
    const check = checkWranglerForE2e(dir, process.env);
    expect(check).toMatchObject({ ok: false, code: 'e2e_node_too_old' });
    expect(!check.ok && check.message).toMatch(/would run on Node v18\.19\.0/);
  });

  it('finds the node a PATH starts: the first executable file, not a directory or a file without x', () => {
    const dir = tempDir('gate-path-');
    const [a, b, c] = ['a', 'b', 'c'].map((d) => path.join(dir, d));
    mkdirSync(path.join(a!, 'node'), { recursive: true }); // a directory named node
    mkdirSync(b!);
    writeFileSync(path.join(b!, 'node'), ''); // not executable
    mkdirSync(c!);
    writeFileSync(path.join(c!, 'node'), '#!/bin/sh\n');
    chmodSync(path.join(c!, 'node'), 0o755);
    expect(firstOnPath('node', [a, b, c].join(path.delimiter))).toBe(path.join(c!, 'node'));
    // A relative or empty entry first depends on the cwd: not decided here, the process is asked.
    expect(firstOnPath('node', ['', c].join(path.delimiter))).toBeUndefined();
    expect(firstOnPath('node', ['bin', c].join(path.delimiter))).toBeUndefined();
  });

  it('compares versions against a >= range', () => {
    expect(satisfiesMinimum('v20.20.2', '>=22.12.0')).toBe(false);
    expect(satisfiesMinimum('v22.12.0', '>=22.12.0')).toBe(true);
    expect(satisfiesMinimum('v24.0.0', '>=22.12')).toBe(true);
    expect(satisfiesMinimum('v22.11.9', '>=22.12.0')).toBe(false);
  });
});
