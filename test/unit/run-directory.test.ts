// A stage command beside a `run` still in progress (issue 20, point 9).
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { chooseRunDir } from '../../src/run-directory.js';

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
