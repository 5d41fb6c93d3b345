// The test stage's own overhead on the example gateway: `node dist/index.js test` against the
// same two commands run bare (npm test; RUN_LOCAL_WORKER_E2E=true npm run test:e2e), interleaved.
// Usage: npm run bench:test [-- --runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'examples', 'gateway');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 5 : Number(process.argv[runsArg + 1]);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a positive whole number');
  process.exit(1);
}
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};
delete env.GITHUB_ACTIONS;

function timed(command, args, extraEnv = {}) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: project, env: { ...env, ...extraEnv }, stdio: 'ignore', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
  return performance.now() - start;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'gate-bench-test-'));
const stage = [];
const bare = [];
try {
  for (let i = 0; i < runs; i++) {
    bare.push(timed('npm', ['test']) + timed('npm', ['run', 'test:e2e'], { RUN_LOCAL_WORKER_E2E: 'true' }));
    stage.push(
      timed(process.execPath, [
        path.join(root, 'dist/index.js'),
        'test',
        '--run-dir',
        path.join(tmp, `run${i}`),
        '--report',
        path.join(tmp, `r${i}.json`),
      ]),
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
console.log(
  `test stage on examples/gateway vs the same commands run bare, ${runs} interleaved runs, node ${process.version}`,
);
console.log(`bare commands  median ${ms(median(bare))}  (min ${ms(Math.min(...bare))})`);
console.log(`test stage     median ${ms(median(stage))}  (min ${ms(Math.min(...stage))})`);
console.log(
  `overhead       median ${ms(median(stage) - median(bare))} (${((median(stage) / median(bare) - 1) * 100).toFixed(1)}%)`,
);
