// The test stage's own overhead on the example gateway: `node dist/index.js test` against the same
// two commands run bare (npm test; RUN_LOCAL_WORKER_E2E=true npm run test:e2e), interleaved, in
// the environment the stage gives them (CI=true). Three measures, medians over the runs:
//  - end to end: the stage's wall time minus the bare commands' (what a CI job pays; on a shared,
//    loaded machine the commands' own spread is far larger than the overhead, so use many runs);
//  - outside the commands: the gate process's wall time minus the time its commands ran (from the
//    stage's own record of each run): start-up, harness detection, the checks, reading results;
//  - the gate process's own CPU time (children excluded), which the machine's load barely moves.
// Usage: npm run bench:test [-- --runs N] [--gate another/dist/index.js]   (default 7 runs, this dist/)
// A measurement, not a test: exits 0 whether the goal holds or not, 1 if a command fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const GOAL_MS = 30;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'examples', 'gateway');
const cpuHook = pathToFileURL(path.join(root, 'bench/gate-cpu.mjs'));

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, gate: { type: 'string', default: 'dist/index.js' } },
});
const runs = Number(values.runs);
const gate = path.resolve(values.gate);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs takes a positive whole number, got ${values.runs}`);
if (!existsSync(gate)) fail(`${path.relative(root, gate)} is missing: run \`npm run package\` first`);

// The stage must not speak the runner's protocol or pick up a workflow's inputs or run directory.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_ACTIONS$|INPUT_|GATE_)/.test(k)));
Object.assign(env, {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
});
// What the stage sets for the commands it runs, so both sides run the same thing.
const commandEnv = { ...env, CI: 'true' };

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function timed(command, args, extraEnv) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: project, env: extraEnv, stdio: 'ignore', timeout: 300_000 });
  if (r.status !== 0) fail(`${command} ${args.join(' ')} exited ${r.status ?? r.signal}`);
  return performance.now() - start;
}

function bareRun() {
  return (
    timed('npm', ['test'], commandEnv) +
    timed('npm', ['run', 'test:e2e'], { ...commandEnv, RUN_LOCAL_WORKER_E2E: 'true' })
  );
}

function stageRun(dir) {
  const runDir = path.join(dir, 'run');
  const cpuFile = path.join(dir, 'cpu.json');
  const hook = `${cpuHook.href}?out=${encodeURIComponent(cpuFile)}`;
  const args = ['--import', hook, gate, 'test', '--run-dir', runDir, '--report', path.join(dir, 'report.json')];
  const wall = timed(process.execPath, args, env);
  const record = JSON.parse(readFileSync(path.join(runDir, 'stages', 'test.json'), 'utf8'));
  const commands = record.data.runs.reduce((t, r) => t + r.durationMs, 0);
  const cpu = JSON.parse(readFileSync(cpuFile, 'utf8'));
  return { wall, outside: wall - commands, cpu: cpu.userMs + cpu.systemMs };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'gate-bench-test-'));
const bare = [];
const stage = [];
try {
  for (let i = 0; i < runs; i++) {
    // Alternating which goes first, so neither always runs on a machine the other just warmed.
    const pair = [() => bare.push(bareRun()), () => stage.push(stageRun(path.join(tmp, `run${i}`)))];
    for (const step of i % 2 ? pair.reverse() : pair) step();
    process.stderr.write('.');
  }
  process.stderr.write('\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const bareMs = median(bare);
const stageMs = median(stage.map((s) => s.wall));
const overhead = stageMs - bareMs;
const outside = median(stage.map((s) => s.outside));
const cpu = median(stage.map((s) => s.cpu));
const verdict = (x) => (x <= GOAL_MS ? `within the goal of ${GOAL_MS} ms` : `over the goal of ${GOAL_MS} ms`);
console.log(`test stage on examples/gateway vs the same commands run bare: ${runs} interleaved runs, medians,`);
console.log(`node ${process.version}`);
console.log(`bare commands        ${ms(bareMs)}  (min ${ms(Math.min(...bare))})`);
console.log(`test stage           ${ms(stageMs)}  (min ${ms(Math.min(...stage.map((s) => s.wall)))})`);
console.log(
  `overhead, end to end ${ms(overhead)}: ${(stageMs / bareMs).toFixed(3)}x the bare commands ` +
    `(${((stageMs / bareMs - 1) * 100).toFixed(1)} %), ${verdict(overhead)}`,
);
console.log(`gate outside the commands (wall) ${ms(outside)}, ${verdict(outside)}`);
console.log(`gate process CPU time (its own, children excluded) ${ms(cpu)}`);
