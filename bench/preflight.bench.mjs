// The preflight stage's local checks on the example gateway (`node dist/index.js preflight
// --environment production`, no API token, so nothing leaves the machine) against the cheapest
// thing a deploy does, `wrangler deploy --dry-run --env production` on the same project, interleaved
// in the same run. Preflight runs that same build (and `wrangler check startup` alongside it), so it
// cannot be cheaper: the target is what overlapping the rest with them allows, at most 1.3x the dry run.
// Usage: npm run bench:preflight [-- --runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'examples', 'gateway');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 7 : Number(process.argv[runsArg + 1]);
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
for (const name of ['GITHUB_ACTIONS', 'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_BASE_URL', 'CLOUDFLARE_ACCOUNT_ID'])
  delete env[name];

function timed(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: project, env, stdio: 'ignore', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return performance.now() - start;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'gate-bench-preflight-'));
const stage = [];
const dryRun = [];
try {
  for (let i = 0; i < runs; i++) {
    dryRun.push(
      timed([
        path.join(root, 'node_modules/wrangler/bin/wrangler.js'),
        'deploy',
        '--dry-run',
        '--env',
        'production',
        '--outdir',
        path.join(tmp, `out${i}`),
      ]),
    );
    stage.push(
      timed([
        path.join(root, 'dist/index.js'),
        'preflight',
        '--environment',
        'production',
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
const [s, d] = [median(stage), median(dryRun)];
console.log(`preflight (local checks, the project's wrangler reading the config): ${ms(s)} median of ${runs}`);
console.log(`wrangler deploy --dry-run (baseline, same run):                       ${ms(d)}`);
console.log(`ratio: ${(s / d).toFixed(2)}x (target: at most 1.30x)`);
