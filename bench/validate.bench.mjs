// Benchmark: the validate stage (`node dist/index.js validate`) against the bare baseline of the
// same work (bench/baseline-validate.mjs: JSON.parse + ajv compile + validate), both as whole
// node processes, on generated gateway configs of 100, 1,000 and 10,000 routes.
// Two ratios per size, medians of the same interleaved runs: the whole process (start-up, imports,
// report writing included) and in-process (the stage's own duration against the baseline's
// parse + compile + validate; the stage's validator is compiled at build time, so it should win).
// Usage: npm run bench [-- --runs N]     (N runs per command and size, default 15)
// A measurement, not a test: exits 0 whether the targets hold or not, 1 if a command fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const SIZES = [100, 1_000, 10_000];
/** Targets at 10,000 routes (issue 21): the whole process, and the work inside it. */
const TARGET_RATIO = 1.2;
const TARGET_IN_PROCESS_RATIO = 1.0;
const TIMEOUT_MS = 60_000; // a hung child must not hang the bench
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gate = path.join(root, 'dist/index.js');
const baseline = path.join(root, 'bench/baseline-validate.mjs');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got ${values.runs}`);
if (!existsSync(gate)) fail(`${path.relative(root, gate)} is missing: run \`npm run package\` first`);

// The stage must not speak the runner's protocol or pick up a workflow's inputs or run directory.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_ACTIONS$|INPUT_|GATE_)/.test(k)));
env.NO_COLOR = '1';

const dir = mkdtempSync(path.join(tmpdir(), 'gate-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function config(routes) {
  const paths = [];
  for (let i = 0; i < routes; i++) {
    switch (i % 4) {
      case 0:
        paths.push({
          method: 'GET',
          path: `/svc${i}/items/{id}`,
          integration: { type: 'http_proxy', server: 'api' },
          auth: true,
          mapping: { headers: { 'x-user': '$request.jwt.sub', 'x-tenant': '$config.tenant' } },
        });
        break;
      case 1:
        paths.push({ method: 'POST', path: `/svc${i}/items`, integration: { type: 'http_proxy', server: 'billing' } });
        break;
      case 2:
        paths.push({ method: 'GET', path: `/static${i}`, response: { ok: true, n: i } });
        break;
      default:
        paths.push({ method: 'ANY', path: `/proxy${i}/{.+}`, integration: { type: 'http_proxy', server: 'api' } });
    }
  }
  return {
    servers: [
      { alias: 'api', url: '$env.UPSTREAM_URL' },
      { alias: 'billing', url: 'https://billing.example.com' },
    ],
    authorizer: {
      type: 'jwt',
      secret: '$secret.JWT_SECRET',
      algorithm: 'HS256',
      audience: 'api',
      issuer: 'https://issuer.example.com',
    },
    variables: { tenant: 'acme' },
    cors: {
      allow_origins: ['https://app.example.com'],
      allow_methods: ['GET', 'POST'],
      allow_headers: ['authorization'],
      expose_headers: [],
      allow_credentials: false,
      max_age: 600,
    },
    paths,
  };
}

function run(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', timeout: TIMEOUT_MS });
  const ms = performance.now() - started;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    fail(`\`node ${args.map((a) => path.relative(root, a) || a).join(' ')}\` failed (${why})\n${r.stdout}${r.stderr}`);
  }
  return { ms, stdout: r.stdout };
}

const stageArgs = (file, report) => [
  gate,
  'validate',
  '--config',
  file,
  '--report',
  report,
  '--run-dir',
  path.join(dir, 'run'),
];

// Check once per size that the generated config passes, before any timing.
function checkValid(file, routes) {
  const report = path.join(dir, 'r.json');
  const r = spawnSync(process.execPath, stageArgs(file, report), {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  if (r.status === 0) return;
  let findings = '(no report written)';
  if (existsSync(report)) {
    const all = JSON.parse(readFileSync(report, 'utf8')).findings;
    // The first few are enough to see what the generator gets wrong.
    findings = all
      .slice(0, 20)
      .map((f) => `  ${f.severity} ${f.code} ${f.location ? `${f.location.file}:${f.location.line} ` : ''}${f.message}`)
      .concat(all.length > 20 ? [`  … and ${all.length - 20} more`] : [])
      .join('\n');
  }
  fail(
    `the generated ${routes}-route config does not pass validate (${r.error?.message ?? `exit ${r.status}`}):\n${findings}\n${r.stderr}`,
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => x.toFixed(1);
const size = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

mkdirSync(path.join(dir, 'run'));
const rows = [];
for (const routes of SIZES) {
  const file = path.join(dir, `api-config-${routes}.json`);
  writeFileSync(file, JSON.stringify(config(routes), null, 2) + '\n');
  checkValid(file, routes);

  const report = path.join(dir, `r-${routes}.json`);
  const stage = [];
  const base = [];
  const stageInside = [];
  const baseInside = [];
  // Interleaved, so drift in machine load hits both commands alike.
  for (let i = 0; i < runs; i++) {
    stage.push(run(stageArgs(file, report)).ms);
    // The stage's own duration, as its report records it (no process start, imports or report writing).
    stageInside.push(JSON.parse(readFileSync(report, 'utf8')).stages[0].durationMs);
    const b = run([baseline, file, '--timings']);
    base.push(b.ms);
    baseInside.push(JSON.parse(b.stdout).total);
  }
  rows.push({ routes, bytes: statSync(file).size, stage, base, stageInside, baseInside });
}

const header = ['routes', 'file', 'stage med', 'stage min', 'base med', 'base min', 'ratio'];
const table = rows.flatMap((r) => [
  [
    r.routes.toLocaleString('en-US'),
    size(r.bytes),
    ms(median(r.stage)),
    ms(Math.min(...r.stage)),
    ms(median(r.base)),
    ms(Math.min(...r.base)),
    `${(median(r.stage) / median(r.base)).toFixed(2)}x`,
  ],
  // In-process: the stage's run as its report times it; the baseline's parse + compile + validate.
  [
    '  in-process',
    '',
    ms(median(r.stageInside)),
    ms(Math.min(...r.stageInside)),
    ms(median(r.baseInside)),
    ms(Math.min(...r.baseInside)),
    `${(median(r.stageInside) / median(r.baseInside)).toFixed(2)}x`,
  ],
]);
const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log(
  `validate stage vs bare baseline (JSON.parse + ajv compile + validate), ${runs} interleaved runs each, node ${process.version}, times in ms`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

const last = rows.at(-1);
const verdict = (label, ratio, target) =>
  `target: ${label} within ${target.toFixed(1)}x of baseline at 10,000 routes: ${ratio <= target ? 'PASS' : 'FAIL'} (ratio ${ratio.toFixed(2)})`;
console.log('\n' + verdict('stage (whole process)', median(last.stage) / median(last.base), TARGET_RATIO));
console.log(verdict('stage in-process', median(last.stageInside) / median(last.baseInside), TARGET_IN_PROCESS_RATIO));
