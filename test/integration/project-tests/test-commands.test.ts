import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  defaultE2eCommand,
  defaultUnitCommand,
  describeCommand,
  withJsonReporter,
} from '../../../src/project-tests/project.js';
import { runCommand } from '../../../src/project-tests/run-command.js';
import { parseDuration } from '../../../src/text.js';
import { tempDir } from '../../helpers/runner.js';

describe('project test commands', () => {
  const scripts = { test: 'vitest run --exclude test/e2e/**', 'test:e2e': 'vitest run test/e2e', lint: 'eslint .' };

  it('defaults to npm test and the first e2e script the project declares', () => {
    expect(defaultUnitCommand(scripts)).toBe('npm test');
    expect(defaultE2eCommand(scripts)).toBe('npm run test:e2e');
    expect(defaultUnitCommand({ test: 'echo "Error: no test specified" && exit 1' })).toBeUndefined();
    expect(defaultE2eCommand({ test: 'jest' })).toBeUndefined();
  });

  it('recognises the runner behind an npm script or a direct command', () => {
    expect(describeCommand('npm test', scripts)).toEqual({ command: 'npm test', runner: 'vitest', script: 'test' });
    expect(describeCommand('npm run test:e2e', scripts)).toMatchObject({ runner: 'vitest', script: 'test:e2e' });
    expect(describeCommand('npx jest --ci', {})).toEqual({ command: 'npx jest --ci', runner: 'jest' });
    expect(describeCommand('make test', {}).runner).toBe('unknown');
  });

  it('adds the JSON reporter after -- for npm scripts, and leaves a configured reporter alone', () => {
    expect(withJsonReporter(describeCommand('npm test', { test: 'jest' }), { test: 'jest' }, '/tmp/r.json')).toEqual({
      command: 'npm test -- --json --outputFile="/tmp/r.json" --testLocationInResults',
      resultsFile: '/tmp/r.json',
    });
    expect(withJsonReporter(describeCommand('npx vitest run', {}), {}, '/tmp/v.json').command).toBe(
      'npx vitest run --reporter=default --reporter=json --outputFile.json="/tmp/v.json"',
    );
    const own = { test: 'vitest run --reporter=junit' };
    expect(withJsonReporter(describeCommand('npm test', own), own, '/tmp/x.json')).toEqual({ command: 'npm test' });
  });
});

describe('durations', () => {
  it('reads seconds, units and combinations, and rejects the rest', () => {
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('ten minutes')).toBeUndefined();
    expect(parseDuration('5x')).toBeUndefined();
  });
});

/** Alive and not a zombie waiting for init to reap it. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runCommand', () => {
  it('streams the output as it comes and returns the exit code', async () => {
    const chunks: string[] = [];
    const run = await runCommand('echo one; sleep 0.2; echo two >&2; exit 3', {
      cwd: process.cwd(),
      env: process.env,
      timeoutMs: 10_000,
      onOutput: (c) => chunks.push(c),
    });
    expect(run.exitCode).toBe(3);
    expect(run.timedOut).toBe(false);
    expect(chunks.length).toBeGreaterThanOrEqual(2); // two writes 200 ms apart arrive separately
    expect(run.tail).toBe('one\ntwo\n');
  });

  it('stops a hung command and everything it started at the deadline', async () => {
    const dir = tempDir('gate-hang-');
    const pidFile = path.join(dir, 'child.pid');
    const run = await runCommand(`sleep 60 & echo $! > ${pidFile}; wait`, {
      cwd: dir,
      env: process.env,
      timeoutMs: 300,
      graceMs: 500,
      onOutput: () => undefined,
    });
    expect(run.timedOut).toBe(true);
    expect(run.durationMs).toBeLessThan(5000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    // The background sleep is gone too (a signal lands asynchronously: allow it a moment, bounded).
    for (let i = 0; i < 40 && isRunning(grandchild); i++) await new Promise((r) => setTimeout(r, 50));
    expect(isRunning(grandchild)).toBe(false);
  });
});
