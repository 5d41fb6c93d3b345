// bench:test's baseline: the least a Node program can do to run the test stage's commands. Each
// command through `bash -c` with CI=true (the E2E one with RUN_LOCAL_WORKER_E2E=true), one after
// the other, output piped through, each timed from its spawn to its close: as the test stage runs
// them (src/project-tests/run-command.ts), without anything else. Writes the times to the file
// named first: { runs: [{ command, durationMs, exitCode }] }.
// Usage: node bench/bare-test-runner.mjs <record.json> <unit command> <e2e command>
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [record, unit, e2e] = process.argv.slice(2);

function run(command, extraEnv) {
  const started = performance.now();
  return new Promise((resolve) => {
    const env = { ...process.env, CI: 'true', ...extraEnv };
    const child = spawn('/bin/bash', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => process.stdout.write(chunk));
    child.on('close', (exitCode) => resolve({ command, durationMs: performance.now() - started, exitCode }));
  });
}

const runs = [await run(unit, {}), await run(e2e, { RUN_LOCAL_WORKER_E2E: 'true' })];
writeFileSync(record, JSON.stringify({ runs }));
process.exitCode = runs.every((r) => r.exitCode === 0) ? 0 : 1;
