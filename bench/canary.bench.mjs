// The canary's two costs (issue 23), measured on simulated event streams run through the real
// analysis and step runner (src/canary/analysis.ts and run-canary.ts, transpiled as they are, the
// clock and the traffic simulated; no Worker, no wrangler):
//
// 1. Time to detect a candidate failing 10 % of its requests at a stated request rate (the whole
//    Worker's, split by each step's percentage; the baseline fails 0.1 %), with the default
//    `canary-min-requests` and the stated `canary-interval` and `canary-steps`, over many seeded
//    runs; and how often a healthy candidate (0.1 % like the baseline) is rolled back. Compared,
//    on the same streams, with Flagger's documented rule: request success rate >= 99 % per 1-minute
//    check, rollback after `threshold: 5` failed checks.
// 2. The analysis's own CPU per 10,000 events (counting them per version and route, then judging
//    the window), against parsing the same events' JSON (what reading them off `wrangler tail`
//    costs anyway), in the same run.
// Usage: npm run bench:canary [-- --runs N --interval S --steps 10,50,100 --rates 1,5,20,100]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    interval: { type: 'string', default: '60' },
    steps: { type: 'string', default: '10,50,100' },
    rates: { type: 'string', default: '1,5,20,100' },
  },
});
const runs = Number(values.runs);
const intervalMs = Number(values.interval) * 1000;
const steps = values.steps.split(',').map(Number);
const rates = values.rates.split(',').map(Number);
if (![runs, intervalMs, ...steps, ...rates].every((n) => Number.isFinite(n) && n > 0)) {
  console.error('--runs, --interval (seconds), --steps and --rates take positive numbers');
  process.exit(1);
}

/** The real modules, transpiled (types stripped) into a temp dir so plain Node imports them. */
async function loadCanary() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gate-bench-canary-'));
  for (const name of ['analysis', 'run-canary']) {
    const source = readFileSync(path.join(root, 'src/canary', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(path.join(dir, `${name}.js`), outputText);
  }
  const analysis = await import(pathToFileURL(path.join(dir, 'analysis.js')).href);
  const runner = await import(pathToFileURL(path.join(dir, 'run-canary.js')).href);
  return { ...analysis, ...runner, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small seeded PRNG (mulberry32): the same streams for the gate and the Flagger rule. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROUTES = ['GET /users/{id}', 'GET /health', 'POST /orders'];

/**
 * One simulated canary: `rate` requests per second across the Worker, split by the step's
 * percentage; the candidate fails `candidateFails` of its requests, the baseline 0.1 %.
 * Returns the simulated seconds from the first split to the rollback (undefined: promoted).
 */
async function gateRun(canary, { rate, candidateFails, seed }) {
  const next = random(seed);
  let now = 0;
  let percent = 0;
  let owed = 0;
  let sink;
  let rolledBackAt;
  const io = {
    split: async (p) => ((percent = p), undefined),
    restore: async () => ((rolledBackAt = now), { ok: true, note: 'baseline at 100 %' }),
    probe: async () => ({ verdict: 'pass', probes: 6, regressions: [] }), // the fault is real traffic's only
    startEvents: async (s) => ((sink = s), { live: true, note: 'simulated' }),
    stopEvents: async () => undefined,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      owed += (rate * ms) / 1000;
      for (; owed >= 1; owed--) {
        const candidate = next() * 100 < percent;
        const failed = next() < (candidate ? candidateFails : 0.001);
        const route = ROUTES[Math.floor(next() * ROUTES.length)];
        sink({
          version: candidate ? 'cand' : 'base',
          route,
          method: route.split(' ')[0],
          path: '/x',
          outcome: 'ok',
          status: failed ? 502 : 200,
          wallTimeMs: 20 + next() * 30,
        });
      }
    },
    cancelled: () => undefined,
    progress: () => undefined,
  };
  const plan = { steps, intervalMs, minRequests: canary.RULES.defaultMinRequests, latency: 'auto' };
  await canary.runCanary(plan, { candidate: 'cand', baseline: 'base' }, io);
  return rolledBackAt === undefined ? undefined : rolledBackAt / 1000;
}

/**
 * Flagger's rule on the same kind of stream: every 1-minute check computes the candidate's success
 * rate at the current weight (stepping by the same percentages each check that passes); a check
 * below 99 % counts as failed; 5 failed checks roll back. Its documented defaults, no minimum sample.
 */
function flaggerRun({ rate, candidateFails, seed }) {
  const next = random(seed);
  let failedChecks = 0;
  let stepIndex = 0;
  for (let minute = 1; minute <= 60; minute++) {
    const percent = steps[stepIndex];
    if (percent === 100) return undefined;
    let requests = 0;
    let ok = 0;
    for (let i = 0; i < rate * 60; i++) {
      if (next() * 100 >= percent) continue;
      requests++;
      if (next() >= candidateFails) ok++;
    }
    // No requests: Flagger's query returns no data, which fails the check.
    const success = requests ? ok / requests : 0;
    if (success < 0.99) {
      failedChecks++;
      if (failedChecks >= 5) return minute * 60;
    } else stepIndex++;
  }
  return undefined;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : undefined;
};
const secs = (x) => (x === undefined ? 'never' : `${x.toFixed(0)} s`);

async function detection(canary) {
  console.log(
    `Time to detect a candidate failing 10 % of requests (baseline 0.1 %): steps ${steps.join(',')}, ` +
      `interval ${intervalMs / 1000} s, canary-min-requests ${canary.RULES.defaultMinRequests}, ${runs} seeded runs per rate`,
  );
  console.log(
    'rate (req/s) | gate: caught, median, p95 | Flagger (99 %/1m, threshold 5): caught, median | ' +
      'gate/Flagger median | healthy rolled back: gate, Flagger',
  );
  for (const rate of rates) {
    const gate = [];
    const flagger = [];
    let falseAlarms = 0;
    let flaggerFalseAlarms = 0;
    for (let seed = 1; seed <= runs; seed++) {
      gate.push(await gateRun(canary, { rate, candidateFails: 0.1, seed }));
      flagger.push(flaggerRun({ rate, candidateFails: 0.1, seed }));
      const healthy = { rate, candidateFails: 0.001, seed: seed + 1e6 };
      if ((await gateRun(canary, healthy)) !== undefined) falseAlarms++;
      if (flaggerRun(healthy) !== undefined) flaggerFalseAlarms++;
    }
    const caught = gate.filter((x) => x !== undefined);
    const fCaught = flagger.filter((x) => x !== undefined);
    const ratio = median(caught) && median(fCaught) ? `${(median(caught) / median(fCaught)).toFixed(2)}x` : 'n/a';
    console.log(
      `${rate} | ${caught.length}/${runs}, ${secs(median(caught))}, ${secs(p95(caught))} | ` +
        `${fCaught.length}/${runs}, ${secs(median(fCaught))} | ${ratio} | ${falseAlarms}/${runs}, ${flaggerFalseAlarms}/${runs}`,
    );
  }
}

/** CPU (user + system, ms) of `work`, the best of `rounds`. */
function cpuOf(work, rounds = 7) {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function analysisCpu(canary) {
  const next = random(7);
  const events = Array.from({ length: 10_000 }, (_, i) => {
    const route = ROUTES[i % ROUTES.length];
    return {
      version: next() < 0.1 ? 'cand' : 'base',
      route,
      method: route.split(' ')[0],
      path: `/users/${i}`,
      outcome: 'ok',
      status: next() < 0.01 ? 502 : 200,
      wallTimeMs: 20 + next() * 30,
    };
  });
  // What the tail delivers for each: a trace event's JSON (a small one: no logs, no headers).
  const wire = events.map((e) =>
    JSON.stringify({
      scriptVersion: { id: e.version },
      outcome: e.outcome,
      eventTimestamp: 1_700_000_000_000,
      event: { request: { url: `https://gw.example${e.path}`, method: e.method }, response: { status: e.status } },
      logs: [{ level: 'info', message: [`Found matching path configuration ${e.route}`] }],
      exceptions: [],
      wallTime: e.wallTimeMs,
    }),
  );
  const options = { minRequests: 50, latency: 'auto' };
  const analysis = cpuOf(() => {
    const tally = new canary.Tally('cand', 'base');
    for (const e of events) tally.add(e);
    canary.judge(tally.candidate, tally.baseline, options);
  });
  const parsing = cpuOf(() => {
    for (const line of wire) JSON.parse(line);
  });
  console.log('');
  console.log('CPU per 10,000 events (best of 7):');
  console.log(`  the analysis (count per version and route, P99, judge): ${analysis.toFixed(1)} ms`);
  console.log(`  baseline, parsing the same events' tail JSON:            ${parsing.toFixed(1)} ms`);
  console.log(`  ratio: ${(analysis / parsing).toFixed(2)}x`);
}

const canary = await loadCanary();
try {
  await detection(canary);
  analysisCpu(canary);
} finally {
  canary.cleanup();
}
