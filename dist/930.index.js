export const id = 930;
export const ids = [930];
export const modules = {

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports NO_ROUTE, isError, percentile, twoProportionZ, allErrorsOnCandidateChance */
// The canary's decision on real traffic (issue 23): the candidate against the baseline over the
// same window (Kayenta's rule: never against the long-running production's history), per version
// and per route. Pure: events in, numbers and a verdict out; the step runner does the I/O.
//
// The rules, with their numbers (docs/deploy.md compares them with Flagger, Argo and Kayenta):
// - error rate: a one-sided two-proportion z-test, z >= 2.33 (99 % one-sided), and the candidate's
//   rate above the baseline's by at least 1 percentage point, and at least 5 candidate errors (below
//   that the normal approximation the z-test rests on does not hold: one stray error at n = 50 gives z ~ 3);
// - a route that errors on the candidate and never on the baseline: at least 3 candidate errors, and
//   the chance that every error of that route lands on the candidate when both versions are equally
//   healthy (the exact hypergeometric probability: Fisher's test with no baseline error) at most 1 %;
// - latency: the candidate's P99 above 2x the baseline's and above it by 200 ms; `auto` judges it
//   only when each side has 500 timed requests (a P99 of fewer is a handful of outliers);
// - below `minRequests` requests on either side (default 50: Kayenta's minimum data points per
//   metric) the real-traffic verdict is inconclusive: it fails nothing.
const RULES = {
    zThreshold: 2.33,
    rateFloor: 0.01,
    minCandidateErrors: 5,
    routeMinErrors: 3,
    routeMaxChance: 0.01,
    latencyFactor: 2,
    latencyFloorMs: 200,
    latencyAutoSamples: 500,
    defaultMinRequests: 50,
    samplesKept: 5,
};
/** Which route a request without a logged route counts under. */
const NO_ROUTE = '(no route logged)';
/** An error: a 5xx answer, or an invocation that did not end `ok` (exception, limits, canceled). */
function isError(event) {
    return event.outcome !== 'ok' || (event.status !== undefined && event.status >= 500);
}
/** Counts accumulated over one window, per version, event by event (no event list is kept). */
class Tally {
    candidateId;
    baselineId;
    sides = new Map();
    /** Events of neither version (another deployment still propagating): counted, not judged. */
    other = 0;
    constructor(candidateId, baselineId) {
        this.candidateId = candidateId;
        this.baselineId = baselineId;
        for (const id of [candidateId, baselineId])
            this.sides.set(id, { numbers: emptyNumbers(id), times: [] });
    }
    add(event) {
        const side = this.sides.get(event.version);
        if (!side) {
            this.other++;
            return;
        }
        const n = side.numbers;
        const failed = isError(event);
        n.requests++;
        const route = (n.routes[event.route ?? NO_ROUTE] ??= { requests: 0, errors: 0 });
        route.requests++;
        if (failed) {
            n.errors++;
            route.errors++;
            if (n.samples.length < RULES.samplesKept)
                n.samples.push(sampleOf(event));
        }
        if (event.wallTimeMs !== undefined && Number.isFinite(event.wallTimeMs))
            side.times.push(event.wallTimeMs);
    }
    numbers(version) {
        const side = this.sides.get(version);
        const n = side.numbers;
        const routes = Object.fromEntries(Object.entries(n.routes).map(([k, v]) => [k, { ...v }]));
        const result = {
            ...n,
            routes,
            samples: [...n.samples],
            errorRate: n.requests ? n.errors / n.requests : 0,
            timed: side.times.length,
        };
        const p99 = percentile(side.times, 0.99);
        if (p99 !== undefined)
            result.p99Ms = p99;
        return result;
    }
    get candidate() {
        return this.numbers(this.candidateId);
    }
    get baseline() {
        return this.numbers(this.baselineId);
    }
}
function emptyNumbers(versionId) {
    return { versionId, requests: 0, errors: 0, errorRate: 0, timed: 0, routes: {}, samples: [] };
}
function sampleOf(event) {
    const sample = { method: event.method, path: event.path, outcome: event.outcome };
    if (event.status !== undefined)
        sample.status = event.status;
    if (event.exception)
        sample.exception = event.exception.slice(0, 200);
    return sample;
}
/** Nearest-rank percentile; undefined without values. */
function percentile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
/** One-sided two-proportion z statistic (pooled): how far the candidate's rate is above the baseline's. */
function twoProportionZ(xc, nc, xb, nb) {
    if (nc === 0 || nb === 0)
        return 0;
    const pooled = (xc + xb) / (nc + nb);
    if (pooled === 0 || pooled === 1)
        return 0;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nb));
    return (xc / nc - xb / nb) / se;
}
/**
 * The chance, were both versions equally healthy, that all `k` errors of `nc + nb` requests fall on
 * the candidate's `nc`: C(nc, k) / C(nc + nb, k) (Fisher's exact test when the baseline has none).
 */
function allErrorsOnCandidateChance(k, nc, nb) {
    if (k > nc)
        return 0;
    let p = 1;
    for (let i = 0; i < k; i++)
        p *= (nc - i) / (nc + nb - i);
    return p;
}
const pct = (rate) => `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)} %`;
/** The real-traffic verdict of one window. */
function judge(candidate, baseline, options) {
    const notes = [];
    const thin = [candidate, baseline].filter((v) => v.requests < options.minRequests);
    if (thin.length > 0) {
        const counts = `${candidate.requests} candidate and ${baseline.requests} baseline requests`;
        return { verdict: 'inconclusive', reason: `${counts}, below ${options.minRequests} each`, notes };
    }
    const reasons = [];
    const rate = errorRateReason(candidate, baseline);
    if (rate)
        reasons.push(rate);
    reasons.push(...routeReasons(candidate, baseline));
    const latency = latencyReason(candidate, baseline, options, notes);
    if (latency)
        reasons.push(latency);
    return reasons.length ? { verdict: 'fail', reasons, notes } : { verdict: 'pass', notes };
}
function errorRateReason(c, b) {
    const z = twoProportionZ(c.errors, c.requests, b.errors, b.requests);
    const worse = c.errorRate > b.errorRate + RULES.rateFloor;
    if (!(z >= RULES.zThreshold && worse && c.errors >= RULES.minCandidateErrors))
        return undefined;
    const text = `error rate ${pct(c.errorRate)} (${c.errors}/${c.requests}) on the candidate against ` +
        `${pct(b.errorRate)} (${b.errors}/${b.requests}) on the baseline: z = ${z.toFixed(2)} >= ${RULES.zThreshold}`;
    return { rule: 'error-rate', text };
}
function routeReasons(c, b) {
    const reasons = [];
    for (const [route, numbers] of Object.entries(c.routes)) {
        // Requests the gateway logged no route for are the error-rate rule's: no line to name.
        if (route === NO_ROUTE)
            continue;
        const base = b.routes[route] ?? { requests: 0, errors: 0 };
        if (numbers.errors < RULES.routeMinErrors || base.errors > 0)
            continue;
        const chance = allErrorsOnCandidateChance(numbers.errors, numbers.requests, base.requests);
        if (chance > RULES.routeMaxChance)
            continue;
        const odds = chance < 0.0001 ? '< 0.01' : (chance * 100).toFixed(2);
        const text = `${route} fails ${numbers.errors} of ${numbers.requests} requests on the candidate and none of ` +
            `${base.requests} on the baseline (chance if both were healthy: ${odds} %)`;
        reasons.push({ rule: 'route-errors', route, text });
    }
    return reasons;
}
function latencyReason(c, b, options, notes) {
    if (options.latency === 'off')
        return undefined;
    const needed = options.latency === 'on' ? options.minRequests : RULES.latencyAutoSamples;
    if (c.p99Ms === undefined || b.p99Ms === undefined || c.timed < needed || b.timed < needed) {
        notes.push(`latency not judged: ${c.timed} and ${b.timed} timed requests, below ${needed} each`);
        return undefined;
    }
    const slower = c.p99Ms > RULES.latencyFactor * b.p99Ms && c.p99Ms > b.p99Ms + RULES.latencyFloorMs;
    if (!slower)
        return undefined;
    const text = `P99 latency ${Math.round(c.p99Ms)} ms on the candidate against ${Math.round(b.p99Ms)} ms on the baseline ` +
        `(over ${RULES.latencyFactor}x and ${RULES.latencyFloorMs} ms slower; ${c.timed} and ${b.timed} timed requests)`;
    return { rule: 'latency', text };
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   IC: () => (/* binding */ flagWithoutValue)
/* harmony export */ });
/* unused harmony exports unknownFlagMessage, STAGE_CHOICES, defaultText */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3383);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);
/* harmony import */ var _stages_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2979);
// Command line: `node dist/index.js <stage> [--input-name value ...]`; flags are the action's inputs.





function parseCommandLine(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        'run-dir': { type: 'string' },
        summary: { type: 'string' },
    };
    for (const input of _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc)
        options[input.name] = { type: 'string' };
    const valueless = flagWithoutValue(argv);
    if (valueless)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(valueless.message);
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(unknownFlagMessage(message ?? '', Object.keys(options)) ?? `${message}. Run with --help for the flags.`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`expected one stage, got ${positionals.join(' ')}`);
    const flags = {};
    for (const input of _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc) {
        const v = values[input.name];
        if (typeof v === 'string')
            flags[input.name] = v;
    }
    const stage = positionals[0];
    const help = values.help === true;
    if (!help && stage !== undefined)
        checkStage(stage);
    return {
        stage,
        flags,
        help,
        runDir: typeof values['run-dir'] === 'string' ? values['run-dir'] : undefined,
        summary: typeof values.summary === 'string' ? values.summary : undefined,
    };
}
/** parseArgs' "Unknown option '--working-dir'" with the flag it most likely means; undefined for other errors. */
function unknownFlagMessage(parseError, flags) {
    const typed = /Unknown option '(-{1,2})([^'=]+)/.exec(parseError);
    if (!typed)
        return undefined;
    const flag = `${typed[1]}${typed[2]}`;
    const suggestion = typed[1] === '--' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .nearest */ .pA)(typed[2], flags) : undefined;
    const hint = suggestion ? `; did you mean --${suggestion}?` : '.';
    return `unknown flag ${flag}${hint} Run with --help for the flags.`;
}
const STAGE_CHOICES = [..._stages_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_STAGES */ .L2.map((s) => s.name), _stages_index_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_STAGE */ .IQ.name, 'run', 'openapi'];
/** The flags that take a value: every input, and the run directory and summary paths. */
const VALUE_FLAGS = new Set([..._inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((i) => i.name), 'run-dir', 'summary']);
/**
 * A flag that takes a value but got none: last on the line, followed by another flag, or empty
 * (`--config=`). Node's parser would take the next flag as the value, or call it "ambiguous".
 */
function flagWithoutValue(argv) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--')
            break;
        const inline = /^--([^=]+)=(.*)$/s.exec(arg);
        const flag = inline ? inline[1] : arg.startsWith('--') ? arg.slice(2) : undefined;
        if (flag === undefined || !VALUE_FLAGS.has(flag))
            continue;
        const value = inline ? inline[2] : argv[i + 1];
        const next = value !== undefined && /^--[^=]+/.exec(value)?.[0]?.slice(2);
        const why = value === undefined
            ? 'it is the last argument'
            : !inline && next && (VALUE_FLAGS.has(next.split('=')[0]) || next === 'help')
                ? `it is followed by --${next.split('=')[0]}`
                : value.trim() === ''
                    ? 'the value is empty'
                    : undefined;
        if (why)
            return { flag, index: i, message: `--${flag} needs a value, and got none (${why}).` };
        if (!inline)
            i++;
    }
    return undefined;
}
function checkStage(stage) {
    if (STAGE_CHOICES.includes(stage))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown stage "${stage}"; expected one of ${STAGE_CHOICES.join(', ')}`);
}
/** " Default: 10m." as --help shows it; "." is the directory the command runs in. */
function defaultText(value) {
    if (!value)
        return '';
    return ` Default: ${value === '.' ? 'the current directory' : value}.`;
}
function usage() {
    const width = Math.max(..._inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((i) => i.name.length)) + 4;
    const lines = [
        'Gateway deploy gate: validate, preflight, test, deploy and smoke-test an API gateway on Cloudflare Workers.',
        '',
        'Usage: node dist/index.js <stage> [flags]',
        '',
        'Stages:',
        ..._stages_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_STAGES */ .L2.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
        `  ${_stages_index_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_STAGE */ .IQ.name.padEnd(width)}${_stages_index_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_STAGE */ .IQ.summary}`,
        `  ${'run'.padEnd(width)}every stage above in order (rollback only after a failed smoke test), then report`,
        `  ${'openapi'.padEnd(width)}print the gateway's routes as an OpenAPI 3.1 document on stdout` +
            ` (--working-directory, --config, --environment)`,
        '',
        'Flags (each is the action input of the same name; INPUT_<NAME> variables work too):',
        ..._inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((i) => `  --${i.name.padEnd(width - 2)}${i.description}${defaultText(i.default)}`),
        `  --${'run-dir'.padEnd(width - 2)}Where stages hand results to the next (also GATE_RUN_DIR). Default in` +
            ` Actions: one per workflow run, attempt, job and working directory under $RUNNER_TEMP/gateway-deploy-gate;` +
            ` elsewhere 'run' starts a new one per project and a stage command joins the project's latest.`,
        `  --${'summary'.padEnd(width - 2)}Outside GitHub Actions: also write the job summary (Markdown with HTML` +
            ` tables and a Mermaid diagram) to this file.`,
        `  --${'help'.padEnd(width - 2)}This text.`,
        '',
        'Exit status: 0 the gate passed, 1 it failed (an error finding), 2 it could not run.',
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ asResult),
/* harmony export */   B: () => (/* binding */ resultOf)
/* harmony export */ });
// TypeScript cannot relate a generic name to the union member it selects (microsoft/TypeScript#30581):
// these two assertions, each behind a check of `name`, are the only place stage results are asserted.
/** A generic stage's record as the union. */
function asResult(record) {
    return record;
}
/** The result of the stage `name` among `results`, typed by its name. */
function resultOf(results, name) {
    return results.find((r) => r.name === name);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Bad usage: a flag, an input or a path the gate cannot work with. Exit status 2, no stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}
/**
 * A stage could not run at all (a missing config, an invalid schema). Carries the finding that
 * explains it, so the report still says what happened; exit status 2.
 */
class StageError extends Error {
    name = 'StageError';
    findings;
    constructor(findings) {
        const list = Array.isArray(findings) ? findings : [findings];
        super(list[0]?.message ?? 'stage could not run');
        this.findings = list;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   _2: () => (/* binding */ findingFactory),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   y1: () => (/* binding */ STAGE_NAMES)
/* harmony export */ });
/* unused harmony exports LAYERS, compareFindings */
// The finding model shared by every stage, shaped like the contract's report schema.
const STAGE_NAMES = ['validate', 'preflight', 'test', 'deploy', 'smoke', 'rollback', 'report'];
const LAYERS = [
    'config',
    'binding',
    'test',
    'deploy',
    'edge',
    'routing',
    'auth',
    'upstream',
    'gateway',
    'probe',
];
/**
 * The platform's failures, by code: an edge still serving the old version, Cloudflare's own 11xx
 * errors (other than 1101/1102, the Worker's), the API rate-limiting, failing (5xx), unreachable
 * or not answering, a wrangler that hung or wrote no output, a rollback the API does not reflect.
 */
const PLATFORM_CODES = new RegExp('^(stale_version|edge_error_(\\d+|unknown)|cloudflare_rate_limited|cloudflare_api_(unreachable|unavailable|error)' +
    '|wrangler_timeout|wrangler_output_missing|rollback_not_effective)$');
/** Cloudflare API error codes that are the platform's: rate limited (971), internal server error (10002). */
const PLATFORM_API_CODES = new Set([971, 10002]);
/**
 * Who must act on a finding that is not an upstream failure (those take RFC 9209's sorting).
 * `apiCode` is the Cloudflare API's error code behind it, when there is one (wrangler prints it).
 */
function ownerOf(code, apiCode) {
    const platform = PLATFORM_CODES.test(code) || (apiCode !== undefined && PLATFORM_API_CODES.has(apiCode));
    return platform ? 'internal' : 'client';
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Most important first: severity, then request-order layer, then position in the file. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
        (a.location?.file ?? '\uffff').localeCompare(b.location?.file ?? '\uffff') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function formatLocation(location) {
    if (!location)
        return '';
    return `${location.file}:${location.line}${location.column ? `:${location.column}` : ''}`;
}
/**
 * The one finding builder: a stage's findings share its stage and usual layer. Stages that act on
 * the platform (`owned`) also say who must act, from the code; extras left undefined stay absent.
 */
function findingFactory(stage, layer, options = {}) {
    return (code, severity, message, fix, extras = {}) => {
        const built = { stage, layer, code, severity, message, fix };
        if (options.owned)
            built.category = ownerOf(code);
        for (const [key, value] of Object.entries(extras))
            if (value !== undefined)
                Object.assign(built, { [key]: value });
        return built;
    };
}


/***/ }),

/***/ 3383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  KZ: () => (/* binding */ buildGateConfig),
  Gt: () => (/* binding */ displayPath),
  yI: () => (/* binding */ readRawInputs),
  Kr: () => (/* binding */ withoutInputVariables)
});

// UNUSED EXPORTS: INPUT_NAMES, inputEnvAlias, inputEnvName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/run-directory.ts
var run_directory = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/resolve.ts
var resolve = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/canary/analysis.ts
var analysis = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/canary/plan.ts
// The canary's inputs, checked: `canary-steps` (percentages, increasing, 1..100, the last 100),
// `canary-interval` (a duration), `canary-min-requests`, `canary-latency`. Pure.


const DEFAULT_INTERVAL = '60s';
function parseCanaryPlan(inputs) {
    const interval = (0,src_text/* parseDuration */.E9)(inputs.interval ?? DEFAULT_INTERVAL);
    if (interval === undefined || interval < 1000)
        return fail(`canary-interval must be a duration of at least 1s such as 30s or 2m; got "${inputs.interval}"`);
    const min = inputs.minRequests ?? String(analysis/* RULES */.y0.defaultMinRequests);
    if (!/^\d+$/.test(min) || Number(min) < 1)
        return fail(`canary-min-requests must be a whole number of requests, at least 1; got "${min}"`);
    const latency = inputs.latency ?? 'auto';
    if (latency !== 'auto' && latency !== 'on' && latency !== 'off')
        return fail(`canary-latency must be one of auto, on, off; got "${latency}"`);
    if (inputs.steps === undefined)
        return { ok: true, plan: undefined };
    const steps = parseSteps(inputs.steps);
    if (typeof steps === 'string')
        return fail(steps);
    return { ok: true, plan: { steps, intervalMs: interval, minRequests: Number(min), latency } };
}
function fail(message) {
    return { ok: false, message };
}
/** The percentages, or what is wrong with them. */
function parseSteps(text) {
    const parts = text.split(',').map((p) => p.trim().replace(/%$/, ''));
    const example = 'e.g. 10,50,100';
    const steps = [];
    for (const part of parts) {
        if (!/^\d+$/.test(part) || Number(part) < 1 || Number(part) > 100)
            return `canary-steps: "${part}" is not a percentage from 1 to 100 (${example}); got "${text}"`;
        const value = Number(part);
        if (steps.length > 0 && value <= steps.at(-1))
            return `canary-steps must increase: ${value} comes after ${steps.at(-1)} (${example}); got "${text}"`;
        steps.push(value);
    }
    if (steps.at(-1) !== 100)
        return `canary-steps must end at 100 (the new version serving everyone) (${example}); got "${text}"`;
    return steps;
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs, one list for action.yml, the CLI flags and `--help`, and the single
// validated config object every stage receives.







const INPUTS = [
    {
        name: 'working-directory',
        description: 'The gateway project directory. The other file inputs are relative to it.',
        default: '.',
    },
    {
        name: 'config',
        description: 'The gateway config (JSON). Default: the first of src/api-config.json, api-config.json, ' +
            'config/api-config.json, worker/src/api-config.json.',
        default: '',
    },
    {
        name: 'schema',
        description: "JSON Schema for the gateway config; given, it wins over the config's own $schema. Default: the config's " +
            'own $schema when it names a local file, else the schema bundled with the gate.',
        default: '',
    },
    {
        name: 'wrangler-config',
        description: "The Worker's wrangler config (wrangler.json, wrangler.jsonc or wrangler.toml). Default: the first of " +
            'those in the working directory.',
        default: '',
    },
    {
        name: 'environment',
        description: 'The wrangler environment to check and deploy ([env.<name>] in the wrangler config). Default: the top level.',
        default: '',
    },
    {
        name: 'secrets',
        description: 'Secrets the action uploads with the deployed version, one name per line (or comma-separated); each ' +
            'value comes from the environment variable of that name and is never printed (every step redacts it). ' +
            'Preflight counts them as set.',
        default: '',
    },
    {
        name: 'config-drift',
        description: 'How to report a production config in KV (binding CONFIG, key api-config.json) that differs from the ' +
            'repo: warning or error.',
        default: 'warning',
    },
    {
        name: 'test-command',
        description: "The project's unit-test command, run in working-directory. Default: npm test, when package.json has a " +
            'test script.',
        default: '',
    },
    {
        name: 'e2e-command',
        description: 'The local end-to-end test command, run with RUN_LOCAL_WORKER_E2E=true. Default: npm run test:e2e (or ' +
            'e2e, test:e2e:local), when package.json has that script.',
        default: '',
    },
    {
        name: 'test-timeout',
        description: 'How long each test command may run before the gate stops it and reports a hang: seconds, or 90s, 10m, 1h.',
        default: '10m',
    },
    {
        name: 'deploy',
        description: 'How to deploy: direct (wrangler deploy, then smoke-test), gradual (wrangler versions upload, smoke-test ' +
            'that version at 0% through a version override, then deploy it to 100%), preview (wrangler versions ' +
            'upload --preview-alias: smoke-test the version at its own preview URL; the deployment is never changed) ' +
            'or none.',
        default: 'none',
    },
    {
        name: 'preview-alias',
        description: "With deploy: preview, the version's preview alias (a DNS label: " +
            '<alias>-<worker>.<subdomain>.workers.dev). Default: pr-<number> on a pull request, else the branch name ' +
            'made a valid label.',
        default: '',
    },
    {
        name: 'rollback',
        description: 'After a failed smoke test of a direct deploy, restore the previously active version (wrangler ' +
            'rollback): true or false.',
        default: 'true',
    },
    {
        name: 'url',
        description: 'The deployment to smoke-test (https://…). Default: the URL wrangler reports for the deploy; with deploy ' +
            'none and no url, smoke is skipped.',
        default: '',
    },
    {
        name: 'baseline-url',
        description: 'Production, for a differential smoke test: every probe goes to url and here, and each route gets a ' +
            'verdict (regression, already failing in production, fixed, unchanged). Default: the live deployment: ' +
            'production for a preview, the version with the traffic for gradual, and for direct the answers of the ' +
            'live version, probed before the deploy changed anything (a first deploy gets a plain smoke test).',
        default: '',
    },
    {
        name: 'base-ref',
        description: 'The commit, branch or tag whose gateway config the change is compared with (the API changes). Default: ' +
            "the pull request's base commit; none outside a pull request.",
        default: '',
    },
    {
        name: 'api-changes',
        description: 'How removed routes and methods count: standard (a warning) or strict (an error). Auth removed from a ' +
            'route is always an error; accept a reviewed change in api-changes-accepted.txt beside the config.',
        default: 'standard',
    },
    {
        name: 'fail-on',
        description: 'In a differential smoke test, what fails the gate: regression (what the change breaks) or preexisting ' +
            '(also what production already fails).',
        default: 'regression',
    },
    {
        name: 'resolve',
        description: "Connect to other addresses than DNS says, like curl's --resolve: HOST:PORT=ADDRESS:PORT, one per line " +
            '(HOST may start with *. for a wildcard), e.g. *.example.workers.dev:443=127.0.0.1:8443 to test a ' +
            'hostname before DNS points at it. TLS still checks the certificate for HOST.',
        default: '',
    },
    {
        name: 'canary-steps',
        description: 'With deploy: gradual, the canary: percentages of traffic the new version gets in turn, comma-separated' +
            ' and increasing, the last 100 (e.g. 10,50,100). At each step the new version is compared with the' +
            ' previous one on real traffic and on the synthetic probes; a worse one is rolled back at once (the' +
            ' previous version at 100%). Default: none (the version goes from 0% to 100% once the smoke test passes).',
        default: '',
    },
    {
        name: 'canary-interval',
        description: 'How long each canary step is observed before the next: 30s, 2m, 1h.',
        default: '60s',
    },
    {
        name: 'canary-min-requests',
        description: 'Real requests each version must serve in a canary step before its numbers decide (Kayenta asks 50 data' +
            ' points); below that the real-traffic verdict is inconclusive, the step waits one more interval, then' +
            ' the synthetic probes decide.',
        default: '50',
    },
    {
        name: 'canary-latency',
        description: "The canary's latency rule (the new version's P99 over 2x the previous one's and 200 ms slower fails the" +
            ' step): auto (judged from 500 timed requests per version, where a P99 is not noise), on (from' +
            ' canary-min-requests) or off.',
        default: 'auto',
    },
    {
        name: 'smoke',
        description: 'A smoke spec file (YAML or JSON) that adds or overrides probes; see the README for its schema. Default: ' +
            'probes derived from the gateway config only.',
        default: '',
    },
    {
        name: 'auth-token',
        description: 'A bearer token the gateway accepts, for the success probes of "auth": true routes. Never printed. ' +
            'Default: those routes are probed without a token only (expecting 401).',
        default: '',
    },
    {
        name: 'github-token',
        description: 'A token with checks: write (pull-requests: write for pr-comment, deployments: write for GitHub ' +
            'Deployments): the report step then publishes a check run with every annotation, and each deploy becomes ' +
            'a GitHub deployment with its status. Without one (or from a fork), annotations are workflow commands.',
        default: '',
    },
    {
        name: 'pr-comment',
        description: 'With github-token on a pull request: keep one gate comment on the pull request, updated in place: true ' +
            'or false.',
        default: 'false',
    },
    {
        name: 'report',
        description: 'Where to write the JSON report (relative to the current directory). Default: report.json in the run directory.',
        default: '',
    },
];
const INPUT_NAMES = INPUTS.map((i) => i.name);
/** The variable the runner sets for an input, as @actions/core reads it: INPUT_WORKING-DIRECTORY. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The portable spelling action.yml passes to composite steps (a shell-safe name): INPUT_WORKING_DIRECTORY. */
function inputEnvAlias(name) {
    return inputEnvName(name).replace(/-/g, '_');
}
/**
 * The environment less the runner's INPUT_* variables, for the project's own commands: those hold
 * the gate's tokens (every step gets them, to redact them), which the project's tests have no use for.
 */
function withoutInputVariables(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}
/** Flags win over the runner's INPUT_* variables; blank values count as unset. */
function readRawInputs(flags, env) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        const value = (flags[name] ?? env[inputEnvName(name)] ?? env[inputEnvAlias(name)] ?? '').trim();
        if (value !== '')
            raw[name] = value;
    }
    return raw;
}
function buildGateConfig(raw, ctx) {
    const workingDirectory = external_node_path_default().resolve(ctx.cwd, raw['working-directory'] ?? '.');
    if (!(0,external_node_fs_.existsSync)(workingDirectory)) {
        throw new errors/* UsageError */.eb(`working-directory ${raw['working-directory']} does not exist (resolved to ${workingDirectory}).`);
    }
    if (!(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
        throw new errors/* UsageError */.eb(`working-directory ${raw['working-directory']} is a file, not a directory.`);
    }
    const github = ctx.env.GITHUB_ACTIONS === 'true';
    const explicitRunDir = ctx.runDir ?? ctx.env.GATE_RUN_DIR;
    const wranglerConfig = inputPath(raw['wrangler-config'], workingDirectory, ctx.cwd);
    const chosen = explicitRunDir
        ? { dir: external_node_path_default().resolve(ctx.cwd, explicitRunDir) }
        : (0,run_directory/* chooseRunDir */.s$)({
            workingDirectory,
            wranglerConfig,
            environment: raw.environment || undefined,
            env: ctx.env,
            github,
            fresh: ctx.freshRun === true,
        });
    return {
        workingDirectory,
        config: inputPath(raw.config, workingDirectory, ctx.cwd),
        schema: inputPath(raw.schema, workingDirectory, ctx.cwd),
        wranglerConfig,
        testCommand: raw['test-command'] || undefined,
        e2eCommand: raw['e2e-command'] || undefined,
        testTimeoutMs: durationInput('test-timeout', raw['test-timeout'] ?? '10m'),
        environment: raw.environment || undefined,
        secrets: secretNames(raw.secrets),
        configDrift: choice('config-drift', raw['config-drift'] ?? 'warning', ['warning', 'error']),
        deploy: choice('deploy', raw.deploy ?? 'none', ['direct', 'gradual', 'preview', 'none']),
        previewAlias: raw['preview-alias'],
        resolve: (0,resolve/* parseResolveRules */.tV)(raw.resolve),
        rollback: booleanInput('rollback', raw.rollback ?? 'true'),
        url: raw.url ? urlInput('url', raw.url) : undefined,
        baselineUrl: raw['baseline-url'] ? urlInput('baseline-url', raw['baseline-url']) : undefined,
        baseRef: raw['base-ref'] || undefined,
        apiChanges: choice('api-changes', raw['api-changes'] ?? 'standard', ['standard', 'strict']),
        failOn: choice('fail-on', raw['fail-on'] ?? 'regression', ['regression', 'preexisting']),
        canary: canaryInputs(raw),
        smoke: raw.smoke ? inputPath(raw.smoke, workingDirectory, ctx.cwd) : undefined,
        authToken: raw['auth-token'] || undefined,
        githubToken: raw['github-token'] || undefined,
        prComment: booleanInput('pr-comment', raw['pr-comment'] ?? 'false'),
        reportPath: raw.report ? external_node_path_default().resolve(ctx.cwd, raw.report) : external_node_path_default().join(chosen.dir, 'report.json'),
        runDir: chosen.dir,
        ...(chosen.note ? { runDirNote: chosen.note } : {}),
        summaryFile: ctx.summaryFile ? external_node_path_default().resolve(ctx.cwd, ctx.summaryFile) : undefined,
        github,
        color: !github && ctx.isTTY && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb',
        env: ctx.env,
    };
}
function choice(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}
/** YAML's spellings of a boolean, as the runner's getBooleanInput accepts them. */
function booleanInput(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* UsageError */.eb(`${name} must be true or false; got "${value}"`);
}
function urlInput(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* UsageError */.eb(`${name} must be an absolute http(s) URL such as https://gateway.example.workers.dev; got "${value}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* UsageError */.eb(`${name} must be http or https; got ${url.protocol}`);
    return url.href.replace(/\/+$/, '');
}
/** Secret names, one per line or comma-separated; a name must be a valid variable name. */
function secretNames(value) {
    const names = (value ?? '')
        .split(/[\n,]/)
        .map((n) => n.trim())
        .filter(Boolean);
    for (const name of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new errors/* UsageError */.eb(`secrets: "${name}" is not a secret name (letters, digits and _; one name per line, the value comes` +
                ` from the environment variable of that name)`);
    }
    return [...new Set(names)];
}
/** The canary inputs matter only with `canary-steps`; each one is still checked when given. */
function canaryInputs(raw) {
    const parsed = parseCanaryPlan({
        steps: raw['canary-steps'],
        interval: raw['canary-interval'],
        minRequests: raw['canary-min-requests'],
        latency: raw['canary-latency'],
    });
    if (!parsed.ok)
        throw new errors/* UsageError */.eb(parsed.message);
    const deploy = raw.deploy ?? 'none';
    if (parsed.plan && (deploy === 'direct' || deploy === 'preview'))
        throw new errors/* UsageError */.eb(`canary-steps needs deploy: gradual (a canary splits traffic between two versions); deploy is ${deploy}`);
    return parsed.plan;
}
function durationInput(name, value) {
    const ms = (0,src_text/* parseDuration */.E9)(value);
    if (ms === undefined || ms <= 0)
        throw new errors/* UsageError */.eb(`${name} must be a duration such as 600, 90s, 10m or 1h; got "${value}"`);
    return ms;
}
/**
 * File inputs are relative to the working directory, as in a workflow; a path that only exists
 * relative to the current directory (typed on a laptop) is accepted too.
 */
function inputPath(value, workingDirectory, cwd) {
    if (value === undefined)
        return undefined;
    const fromWorkdir = external_node_path_default().resolve(workingDirectory, value);
    if ((0,external_node_fs_.existsSync)(fromWorkdir))
        return fromWorkdir;
    const fromCwd = external_node_path_default().resolve(cwd, value);
    return (0,external_node_fs_.existsSync)(fromCwd) ? fromCwd : fromWorkdir;
}
/** A path as findings show it: relative to the working directory, forward slashes. */
function displayPath(file, workingDirectory) {
    const rel = external_node_path_default().relative(workingDirectory, file);
    return (rel === '' ? external_node_path_default().basename(file) : rel).split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/processes.ts
var processes = __webpack_require__(7454);
;// CONCATENATED MODULE: ./src/cancel-watch.ts
// Watching for a cancel (the runner sends SIGINT, then SIGTERM 7.5 s later; a terminal sends
// SIGINT): every process the gate started is stopped at once. What the report then says of the
// cancel (and which version serves) is in cancellation.ts, loaded only after a cancel.

/** How long stopped processes get to exit before SIGKILL. */
const PROCESS_GRACE_MS = 2_000;
/** How long a stage gets, after its processes are stopped, to return what it knows. */
const STAGE_GRACE_MS = 3_000;
function watchForCancel() {
    let reason;
    let resolve;
    const requested = new Promise((r) => (resolve = r));
    const onSignal = (signal) => {
        // A second signal changes nothing: the first is already stopping everything and writing the report.
        if (reason)
            return;
        reason = signal;
        void (0,processes/* stopAll */.um)(signal, PROCESS_GRACE_MS);
        resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        get reason() {
            return reason;
        },
        requested,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}

// EXTERNAL MODULE: ./src/cli.ts
var cli = __webpack_require__(5581);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/resolve.ts
var resolve = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/output-paths.ts
var output_paths = __webpack_require__(4039);
;// CONCATENATED MODULE: ./src/redaction.ts
// Secret values never reach anything the gate writes. The runner masks registered secrets in its
// log, but the report, the run directory, the summary, annotations, the check run and the PR
// comment are the gate's own: a backend that echoes the Authorization header in its error body
// must not put the token there, raw or encoded.
const REDACTED = '***';
/** Values shorter than this are not redacted in the raw: they would blank ordinary words. */
const MIN_RAW = 3;
/** Encoded forms shorter than this are not redacted: too likely to occur by chance. */
const MIN_ENCODED = 6;
/** A truncated text (ending in "…") that ends with this much of a secret still hides that part. */
const MIN_TRUNCATED = 6;
/**
 * The base64 characters that depend only on `bytes`, whatever precedes or follows them, for each of
 * the three alignments the secret can have inside a longer encoded text.
 */
function base64Cores(bytes) {
    const cores = [];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        // Character i holds bits 6i..6i+5; keep those that lie wholly within the secret's bits.
        const first = Math.ceil((8 * offset) / 6);
        const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
        if (last >= first)
            cores.push(encoded.slice(first, last + 1));
    }
    return cores;
}
/** The forms a secret value takes in text: raw, JSON-escaped, URL-encoded, base64 and base64url. */
function secretVariants(value) {
    const variants = new Set();
    if (value.length >= MIN_RAW)
        variants.add(value);
    const encoded = [JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
    encoded.push(encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()));
    encoded.push(encodeURIComponent(value).replace(/%20/g, '+'));
    for (const core of base64Cores(Buffer.from(value, 'utf8'))) {
        encoded.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    for (const form of encoded)
        if (form.length >= MIN_ENCODED || form === value)
            variants.add(form);
    return [...variants].filter((v) => v.length >= MIN_RAW);
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
class Redactor {
    variants;
    pattern;
    constructor(values) {
        const all = new Set();
        for (const value of values)
            if (value)
                for (const v of secretVariants(value))
                    all.add(v);
        // Longest first, so a value's encoded form is replaced whole rather than a shorter value inside it.
        this.variants = [...all].sort((a, b) => b.length - a.length);
        this.pattern = this.variants.length ? new RegExp(this.variants.map(escapeRegExp).join('|'), 'g') : undefined;
    }
    get active() {
        return this.pattern !== undefined;
    }
    text(value) {
        if (!this.pattern)
            return value;
        const replaced = value.replace(this.pattern, REDACTED);
        return replaced.endsWith('…') ? this.truncatedTail(replaced) : replaced;
    }
    /** A copy of a JSON-like value with every string (and key) redacted. */
    deep(value) {
        if (!this.pattern)
            return value;
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === 'string')
            return this.text(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.walk(v)]));
        }
        return value;
    }
    /** A text cut short ("…") may end in the first part of a secret: hide that part too. */
    truncatedTail(text) {
        const body = text.slice(0, -1);
        for (const variant of this.variants) {
            for (let n = variant.length - 1; n >= MIN_TRUNCATED; n--) {
                if (body.endsWith(variant.slice(0, n)))
                    return `${body.slice(0, -n)}${REDACTED}…`;
            }
        }
        return text;
    }
}
/**
 * A writer for streamed output (a child process's chunks) that redacts whole lines: a secret split
 * across two chunks is still found. The rest is flushed at the end.
 */
function redactingStream(redactor, write) {
    let pending = '';
    return {
        write(chunk) {
            if (!redactor.active)
                return write(chunk);
            pending += chunk;
            const end = pending.lastIndexOf('\n');
            if (end < 0)
                return;
            write(redactor.text(pending.slice(0, end + 1)));
            pending = pending.slice(end + 1);
        },
        flush() {
            if (pending)
                write(redactor.text(pending));
            pending = '';
        },
    };
}

// EXTERNAL MODULE: ./src/run-state.ts
var run_state = __webpack_require__(518);
// EXTERNAL MODULE: ./src/run-directory.ts
var run_directory = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/runner-protocol.ts
var runner_protocol = __webpack_require__(1086);
// EXTERNAL MODULE: ./src/stage-result.ts
var stage_result = __webpack_require__(1667);
// EXTERNAL MODULE: ./src/stages/index.ts
var src_stages = __webpack_require__(2979);
;// CONCATENATED MODULE: ./src/main.ts
// The gate's entry: parse the command line (or the runner's inputs), run the stages, publish
// the results. Every failure ends as a message and an exit status, never a stack trace.













// A closed pipe (`gate validate | head`) must not cost the report, the summary or the exit status.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t + '\n'),
    stderr: (t) => process.stderr.write(t + '\n'),
    write: (t) => process.stdout.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
});
async function run(argv = process.argv.slice(2), env = process.env, io = defaultIo()) {
    const cancel = watchForCancel();
    let code = 2;
    try {
        code = await runGate(argv, env, io, cancel);
        return code;
    }
    finally {
        cancel.dispose();
        // A cancelled run ends once its report is written: API requests still retrying must not keep it alive.
        if (cancel.reason)
            process.exit(code);
    }
}
async function runGate(argv, env, io, cancel) {
    let gate;
    let stage;
    const usageError = async (message, problems) => (await __webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 5500))).reportUsageError(message, problems, { argv, env, cwd: io.cwd }, io);
    try {
        const cmd = (0,cli/* parseCommandLine */.Du)(argv);
        if (cmd.help || cmd.stage === undefined) {
            (cmd.help ? io.stdout : io.stderr)((0,cli/* usage */.CI)());
            return cmd.help ? 0 : 2;
        }
        stage = cmd.stage;
        gate = (0,inputs/* buildGateConfig */.KZ)((0,inputs/* readRawInputs */.yI)(cmd.flags, env), {
            cwd: io.cwd,
            env,
            isTTY: io.isTTY,
            freshRun: stage === 'run',
            runDir: cmd.runDir || undefined,
            summaryFile: cmd.summary || undefined,
        });
        // An output path the gate cannot write is the user's to fix, and is said before anything runs.
        const broken = (0,output_paths/* outputProblems */.GW)(gate);
        const said = broken.map((p) => p.message).join('\n');
        if (broken.length > 0)
            return await usageError(said, broken);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            return await usageError(error.message, []);
        throw error;
    }
    if (stage === 'openapi')
        return await (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(671), __webpack_require__.e(273), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 4724))).printOpenApi(gate, io);
    if (gate.runDirNote)
        io.stderr(`gateway-deploy-gate: ${gate.runDirNote}`);
    // While a `run` goes on, a stage command started beside it keeps out of its run directory.
    const unmark = stage === 'run' ? (0,run_directory/* markRunInProgress */.L9)(gate.runDir) : undefined;
    try {
        if (gate.github)
            maskSecrets(gate);
        const redactor = new Redactor(secretValues(gate));
        // Every line the gate prints (a GitHub API error, a deployment note) is redacted too.
        io = redactedIo(io, redactor);
        await (0,resolve/* installResolver */.oi)(gate.resolve);
        const state = new run_state/* RunState */.ll(gate.runDir, redactor);
        const publishing = publisher(gate, stage);
        if (stage === 'report')
            return await (await publishing()).publishReport(gate, state, io);
        const context = { previous: (name) => (0,contract/* resultOf */.B)(state.load(), name) };
        return await runStages(stage, { gate, io, context, redactor, cancel, publishing }, state);
    }
    catch (error) {
        // A run directory this gate cannot read (another version's): the finding says which file and why.
        if (error instanceof errors/* StageError */.Zu) {
            for (const f of error.findings)
                io.stderr(`gateway-deploy-gate: ${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`);
            return 2;
        }
        // Only a defect of the gate itself gets here: still a report, still no stack trace.
        io.stderr(`gateway-deploy-gate: internal error: ${new Redactor(secretValues(gate)).text((0,errors/* errorMessage */.gJ)(error))}`);
        if (env.RUNNER_DEBUG === '1' || env.GATE_DEBUG)
            io.stderr(String(error?.stack ?? ''));
        return 2;
    }
    finally {
        unmark?.();
    }
}
/**
 * The report and the job summary are needed only once a stage is done: their modules load on the
 * first call, which runStageSafely makes once the stage has started its work (a test stage, its
 * first command), so loading them never delays that work.
 */
function publisher(gate, stage) {
    let loading;
    return () => (loading ??= __webpack_require__.e(/* import() */ 786).then(__webpack_require__.bind(__webpack_require__, 2786)).then(async (publish) => {
        await publish.preload(gate, stage);
        return publish;
    }));
}
/** The stage the command names, or every stage of a `run`, each result saved; then the results published. */
async function runStages(stage, run, state) {
    const { gate, io, cancel } = run;
    const stages = stage === 'run' ? src_stages/* PIPELINE_STAGES */.L2 : src_stages/* PIPELINE_STAGES */.L2.filter((s) => s.name === stage);
    const ran = [];
    let stopped = false;
    for (const definition of stages) {
        if (stage === 'run') {
            // Nothing downstream of a failed stage is worth running, except the rollback of a failed smoke test.
            if (definition.afterFailure ? !(stopped && ran.at(-1)?.name === 'smoke') : stopped)
                continue;
            if (!stopped)
                io.stdout(`▶ ${definition.name}`);
        }
        const result = await withGitHubDeployment(await executeStage(definition, run), gate, io);
        state.redactToolFiles();
        state.save(result);
        ran.push(result);
        const publish = await run.publishing();
        if (stage !== 'run')
            return await publish.publishStage(result, gate, state, io);
        io.stdout(publish.formatStageResult(result, gate.color));
        if (cancel.reason)
            break;
        if (result.status === 'failed' || result.status === 'error')
            stopped = true;
    }
    return await (await run.publishing()).publishReport(gate, state, io, ran);
}
async function executeStage(definition, run) {
    const result = await runStageSafely(definition, run);
    // Whatever a stage saw (an upstream echoing a token, a tool printing a value), nothing it
    // records holds a secret: the run directory, the report and every publication derive from this.
    return run.redactor.deep(result);
}
async function runStageSafely(definition, run) {
    const { gate, context, cancel } = run;
    // A failure to load surfaces again from run(), as the stage's crash.
    await definition.load?.().catch(() => undefined);
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const log = stageLog(gate, run.io, run.redactor);
    let checkpoint;
    const running = definition.run(gate, log, { ...context, checkpoint: (data) => (checkpoint = data) });
    running.catch(() => undefined); // a stage abandoned after a cancel may still reject later
    // Once the stage has started its work: a test stage gets to its first command without waiting on
    // I/O, and import() reads and compiles a module at once, so it waits for the next turn of the loop.
    // A failure to load surfaces where the result is published.
    setImmediate(() => run.publishing().catch(() => undefined));
    // After a cancel the stage gets a short grace to return what it knows; then it is abandoned.
    const abandoned = cancel.requested.then(() => new Promise((r) => setTimeout(() => r(undefined), STAGE_GRACE_MS)));
    let outcome;
    let failure;
    try {
        outcome = await Promise.race([running, abandoned]);
    }
    catch (error) {
        failure = error;
    }
    finally {
        log.flush();
    }
    if (cancel.reason) {
        const known = checkpoint ?? context.previous('deploy')?.data;
        const result = await cancelledResult(definition.name, gate, cancel.reason, known, elapsed());
        return outcome ? withReturnedRecord(result, outcome) : result;
    }
    if (!outcome)
        return crashedResult(definition.name, failure, gate.env, elapsed());
    return (0,contract/* asResult */.A)({
        name: definition.name,
        status: outcome.status ?? (0,stage_result/* statusFromFindings */.$1)(outcome.findings),
        durationMs: elapsed(),
        findings: outcome.findings,
        note: outcome.note || undefined,
        data: outcome.data,
    });
}
/** With a github-token in Actions, a deploy's result carries the GitHub deployment it created. */
async function withGitHubDeployment(result, gate, io) {
    if (result.name !== 'deploy' || !gate.github || !gate.githubToken)
        return result;
    // Loaded on use, like the check run: a laptop run never talks to GitHub.
    const { recordGitHubDeployment } = await __webpack_require__.e(/* import() */ 345).then(__webpack_require__.bind(__webpack_require__, 6345));
    return recordGitHubDeployment(gate, result, io.stdout);
}
function crashedResult(name, error, env, durationMs) {
    const findings = error instanceof errors/* StageError */.Zu
        ? error.findings
        : [
            {
                stage: name,
                layer: 'config',
                code: 'internal_error',
                severity: 'error',
                message: `the ${name} stage crashed: ${(0,errors/* errorMessage */.gJ)(error)}`,
                fix: 'This is a defect of the gate: rerun with GATE_DEBUG=1 for the stack trace and report it with the' +
                    ' JSON report.',
                evidence: env.GATE_DEBUG ? { stack: String(error?.stack ?? '') } : undefined,
            },
        ];
    return { name, status: 'error', durationMs, findings, note: 'the stage could not run' };
}
/** A cancelled stage: what was stopped and, where production may have changed, what serves now. */
async function cancelledResult(name, gate, signal, known, durationMs) {
    // Loaded only now: the Cloudflare API and the wrangler config reader a cancel may need.
    const { CHANGES_PRODUCTION, cancelledFinding, servingVersion } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(671), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 4632));
    const serving = CHANGES_PRODUCTION.has(name) ? await servingVersion(gate, known) : undefined;
    return {
        name,
        status: 'error',
        durationMs,
        findings: [cancelledFinding(name, signal, known, serving)],
        note: `cancelled (${signal})`,
    };
}
/**
 * A stage that returned within its grace after a cancel: its data (a canary's steps, which version
 * it left serving) is kept, and so are the findings that say where the cancel left traffic. Its
 * other findings may be artefacts of the processes the cancel stopped, so they are left out.
 */
const SAID_OF_THE_CANCEL = new Set(['canary_aborted', 'canary_rollback_failed']);
function withReturnedRecord(result, outcome) {
    const said = outcome.findings.filter((f) => SAID_OF_THE_CANCEL.has(f.code));
    return { ...result, findings: [...result.findings, ...said], data: outcome.data };
}
function redactedIo(io, redactor) {
    if (!redactor.active)
        return io;
    return { ...io, stdout: (t) => io.stdout(redactor.text(t)), stderr: (t) => io.stderr(redactor.text(t)) };
}
/** Every value the gate knows to be secret: each step has them all (action.yml passes every step the inputs). */
function secretValues(gate) {
    return [gate.authToken, gate.githubToken, gate.env.CLOUDFLARE_API_TOKEN, ...gate.secrets.map((n) => gate.env[n])];
}
/** The runner masks these in every log line from here on; the gate redacts what it writes itself. */
function maskSecrets(gate) {
    for (const value of secretValues(gate))
        if (value)
            (0,runner_protocol/* addMask */.e)(value);
}
function stageLog(gate, io, redactor) {
    // Tool output is streamed in chunks: redacted line by line, so a value split across chunks is caught.
    const output = redactingStream(redactor, io.write);
    return {
        write: (text) => output.write(text),
        flush: () => output.flush(),
        group: async (title, body) => {
            // Actions folds a ::group:: in the log; a terminal gets a header line.
            io.stdout(gate.github ? `::group::${(0,runner_protocol/* escapeCommand */.N)(redactor.text(title))}` : `── ${redactor.text(title)}`);
            try {
                return await body();
            }
            finally {
                output.flush();
                if (gate.github)
                    io.stdout('::endgroup::');
            }
        },
    };
}


/***/ }),

/***/ 4039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ outputProblems),
/* harmony export */   bi: () => (/* binding */ writeProblem),
/* harmony export */   nQ: () => (/* binding */ outputProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where the gate writes (--report, --run-dir, --summary): checked before anything runs, so a path
// under a file or naming a directory is a usage error on that flag, never an "internal error".


const FLAG = {
    report: '--report (input report)',
    'run-dir': '--run-dir (GATE_RUN_DIR)',
    summary: '--summary',
};
function kindOf(file) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}
/** The first existing ancestor that is not a directory, which makes `file` impossible to create. */
function blockingAncestor(file) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file); dir !== node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir); dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const kind = kindOf(dir);
        if (kind === 'directory')
            return undefined;
        if (kind !== 'missing')
            return dir;
    }
    return undefined;
}
/** What is wrong with one output path, or undefined when the gate can create or replace it. */
function outputProblem(kind, file) {
    const flag = FLAG[kind];
    const blocked = blockingAncestor(file);
    if (blocked) {
        const fix = `choose a path outside it, or remove the file ${blocked}`;
        return {
            kind,
            path: file,
            message: `${flag} ${file} cannot be created: ${blocked} is a file, not a directory; ${fix}`,
        };
    }
    const own = kindOf(file);
    if (kind === 'run-dir' && own !== 'directory' && own !== 'missing') {
        return {
            kind,
            path: file,
            message: `${flag} ${file} is a file, not a directory; name a directory (it is created if missing)`,
        };
    }
    if (kind !== 'run-dir' && own === 'directory') {
        const example = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(file, kind === 'report' ? 'report.json' : 'summary.md');
        return { kind, path: file, message: `${flag} ${file} is a directory; name a file in it, such as ${example}` };
    }
    if (kind !== 'run-dir' && own === 'other') {
        return {
            kind,
            path: file,
            message: `${flag} ${file} is not a regular file (a FIFO, socket or device); name a regular file`,
        };
    }
    return undefined;
}
/** A write that failed anyway (permissions, a full disk): the same words, with the system's code. */
function writeProblem(kind, file, error) {
    const code = error?.code ?? 'unknown error';
    const fix = code === 'EACCES' || code === 'EPERM' ? 'choose a path you may write to' : 'choose another path';
    return { kind, path: file, message: `${FLAG[kind]} ${file} cannot be written (${code}); ${fix}` };
}
/** Every output path of a run that cannot be written, checked before a stage runs. */
function outputProblems(paths) {
    const checks = [
        ['report', paths.reportPath],
        ['run-dir', paths.runDir],
        ['summary', paths.summaryFile],
    ];
    return checks.flatMap(([kind, file]) => file ? [outputProblem(kind, file)].filter((p) => p !== undefined) : []);
}


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   j8: () => (/* binding */ spawnGroup),
/* harmony export */   qf: () => (/* binding */ cancellationReason),
/* harmony export */   um: () => (/* binding */ stopAll)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Every process the gate starts (test commands, wrangler, wrangler tail) runs in a process group of
// its own and is known here, so a cancelled run (SIGINT/SIGTERM from the runner or a terminal) can
// stop all of them, with everything they started, within a bounded time.

const running = new Set();
let refusal;
/** Raised instead of starting a process once the run is being cancelled. */
class CancelledError extends Error {
    name = 'CancelledError';
}
/** Why the run is being cancelled (the signal), or undefined. */
function cancellationReason() {
    return refusal;
}
/** `spawn` in a new process group, tracked until it closes. */
function spawnGroup(command, args, options) {
    if (refusal)
        throw new CancelledError(`not started: the run is being cancelled (${refusal})`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { ...options, detached: true });
    running.add(child);
    const forget = () => running.delete(child);
    child.once('close', forget);
    child.once('error', forget);
    return child;
}
/** Signals the child's whole group (its own children too); a group already gone is no error. */
function signalGroup(child, signal) {
    try {
        if (child.pid)
            process.kill(-child.pid, signal);
    }
    catch {
        try {
            child.kill(signal);
        }
        catch {
            // gone
        }
    }
}
/**
 * Refuses new processes, sends SIGTERM to every group, and SIGKILL to those still there after
 * `graceMs`. Resolves once all are gone (or were killed).
 */
async function stopAll(reason, graceMs) {
    refusal ??= reason;
    const children = [...running];
    for (const child of children)
        signalGroup(child, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (running.size > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    for (const child of running)
        signalGroup(child, 'SIGKILL');
}
// Whatever way the gate ends, no group it started outlives it.
process.once('exit', () => {
    for (const child of running)
        signalGroup(child, 'SIGKILL');
});


/***/ }),

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oi: () => (/* binding */ installResolver),
/* harmony export */   tV: () => (/* binding */ parseResolveRules)
/* harmony export */ });
/* unused harmony export ruleFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The `resolve` input: connect to another address than DNS gives for some hosts, like curl's
// `--resolve`/`--connect-to` (a custom domain before its DNS cutover, a workers.dev name served on
// loopback). URLs, Host headers and TLS names stay the real ones; only where the socket goes changes.

const RULE = /^(\*\.)?([A-Za-z0-9.-]+):(\d{1,5})=([^=\s]+):(\d{1,5})$/;
/** `HOST:PORT=ADDRESS:PORT`, one per line or comma-separated; a clear usage error otherwise. */
function parseResolveRules(value) {
    const entries = (value ?? '')
        .split(/[\n,]/)
        .map((e) => e.trim())
        .filter(Boolean);
    return entries.map((entry) => {
        const match = RULE.exec(entry);
        const port = Number(match?.[3]);
        const targetPort = Number(match?.[5]);
        if (!match || !validPort(port) || !validPort(targetPort)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`resolve: "${entry}" is not HOST:PORT=ADDRESS:PORT (e.g. *.example.workers.dev:443=127.0.0.1:8443)`);
        }
        const address = match[4].replace(/^\[(.*)\]$/, '$1');
        return { host: `${match[1] ?? ''}${match[2].toLowerCase()}`, port, address, targetPort };
    });
}
function validPort(port) {
    return Number.isInteger(port) && port > 0 && port < 65536;
}
/** The rule for a connection to `host:port`, if any (the first that matches). */
function ruleFor(rules, host, port) {
    const name = host.toLowerCase();
    return rules.find((r) => r.port === port && (r.host.startsWith('*.') ? name.endsWith(r.host.slice(1)) : name === r.host));
}
/** Every fetch of this process connects by the rules; TLS still verifies the URL's own host name. */
async function installResolver(rules) {
    if (rules.length === 0)
        return;
    // undici is loaded only for the rules: a run without them does not pay for compiling it.
    const { Agent, buildConnector, setGlobalDispatcher } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    const connect = buildConnector({});
    const agent = new Agent({
        connect: (options, callback) => {
            const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
            const rule = ruleFor(rules, options.hostname, port);
            if (!rule)
                return connect(options, callback);
            const servername = options.servername || options.hostname;
            return connect({ ...options, hostname: rule.address, port: String(rule.targetPort), servername }, callback);
        },
    });
    setGlobalDispatcher(agent);
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ markRunInProgress),
/* harmony export */   s$: () => (/* binding */ chooseRunDir)
/* harmony export */ });
/* unused harmony exports defaultRunDir, RUN_MARKER */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where a run's stages hand their results on. Two runs must never share one: a second terminal, or
// two jobs on one self-hosted runner, would delete each other's results.



/** Run directories kept per project on a laptop; older ones are removed when a run starts. */
const KEEP_LOCAL_RUNS = 10;
/**
 * A short, stable name for a path: 48 bits of FNV-1a (64-bit) over its UTF-8 bytes. A name, not a
 * secret: node:crypto would cost every step milliseconds to load before its work starts.
 */
function keyOf(text) {
    let hash = 0xcbf29ce484222325n;
    for (const byte of Buffer.from(text, 'utf8'))
        hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
    return hash.toString(16).padStart(16, '0').slice(0, 12);
}
/**
 * In Actions: one directory per workflow run, attempt, job and gateway (working directory, wrangler
 * config, environment), so matrix jobs and several gateways in one job never collide (matrix jobs
 * share GITHUB_JOB, and their matrix values are not in the environment), while the composite
 * action's steps (separate processes, given the same inputs) find each other. On a laptop: one per
 * `run`; a stage command joins the project's latest run.
 */
function defaultRunDir(request) {
    return chooseRunDir(request).dir;
}
/** The run directory, and why a stage command starts its own instead of joining (a `run` still going there). */
function chooseRunDir(request) {
    const { env, workingDirectory } = request;
    const project = keyOf(workingDirectory);
    if (request.github && env.RUNNER_TEMP) {
        const job = [env.GITHUB_RUN_ID ?? 'run', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job'].join('-');
        const gateway = keyOf([workingDirectory, request.wranglerConfig ?? '', request.environment ?? ''].join('\n'));
        return { dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP, 'gateway-deploy-gate', `${job.replace(/[^\w.-]/g, '_')}-${gateway}`) };
    }
    const projectDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `gateway-deploy-gate-${project}`);
    const runs = localRuns(projectDir);
    const latest = runs.length ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, runs.at(-1)) : undefined;
    // A stage command joins the latest run, unless that `run` is still going: its results are not to be mixed in.
    const running = latest && !request.fresh ? (request.runningIn ?? runningIn)(latest) : undefined;
    if (latest && !request.fresh && running === undefined)
        return { dir: latest };
    const stamp = (request.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    // The run still going is the latest, so it is never among those removed.
    for (const old of runs.slice(0, Math.max(0, runs.length - (KEEP_LOCAL_RUNS - 1)))) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, old), { recursive: true, force: true });
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, `${stamp}-${process.pid}`);
    const note = running === undefined
        ? undefined
        : `a \`run\` (process ${running}) is still in progress in ${latest}: this stage starts its own run` +
            ` directory, ${dir}`;
    return note ? { dir, note } : { dir };
}
/** The marker a `run` leaves in its directory while it runs: its process id. */
const RUN_MARKER = 'run-in-progress';
/** Marks `dir` as the directory of a `run` going on; the returned function removes the mark. */
function markRunInProgress(dir) {
    const marker = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RUN_MARKER);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(marker, String(process.pid));
    }
    catch {
        return () => undefined; // an unwritable run directory is reported where its results are written
    }
    return () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(marker, { force: true });
}
/** The `run` still going in `dir`: its marker names a live process (a killed run leaves a dead one). */
function runningIn(dir) {
    let pid;
    try {
        pid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RUN_MARKER), 'utf8').trim());
    }
    catch {
        return undefined;
    }
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid)
        return undefined;
    try {
        process.kill(pid, 0);
        return pid;
    }
    catch (error) {
        // EPERM: it lives, under another user.
        return error.code === 'EPERM' ? pid : undefined;
    }
}
/** The project's local runs, oldest first (their names start with an ISO time). */
function localRuns(projectDir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(projectDir, { withFileTypes: true })
            .filter((e) => e.isDirectory() && /^\d{4}-\d\d-\d\dT/.test(e.name))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   ll: () => (/* binding */ RunState)
/* harmony export */ });
/* unused harmony exports RUN_FORMAT, stageFileProblem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1001);
// The run directory: each stage's result, so the next step of the composite action (a separate
// process) and the report step see everything that ran before them.




/**
 * The format of a stage file. Each step of the composite action may be a different gate bundle
 * (a job that pins `@v1` while the run directory survives): a gate that changes what a stage
 * records incompatibly raises this, and refuses files of another format instead of misreading them.
 */
const RUN_FORMAT = 1;
class RunState {
    dir;
    redactor;
    /** `redactor`: results written by another step (or an older gate) are redacted as they are read. */
    constructor(dir, redactor) {
        this.dir = dir;
        this.redactor = redactor;
    }
    fileOf(stage) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'stages', `${stage}.json`);
    }
    /**
     * Results recorded so far, in pipeline order; a half-written leftover is ignored, a file of
     * another gate version is a StageError saying so.
     */
    load() {
        let files;
        try {
            files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'stages'));
        }
        catch {
            return [];
        }
        const results = [];
        for (const stage of _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_NAMES */ .y1) {
            if (!files.includes(`${stage}.json`))
                continue;
            let value;
            try {
                value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(this.fileOf(stage), 'utf8'));
            }
            catch {
                continue; // A half-written file from a killed step: that stage did not finish.
            }
            const problem = stageFileProblem(value, stage);
            if (problem !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StageError */ .Zu(incompatible(stage, this.fileOf(stage), problem));
            if (isStageResult(value, stage))
                results.push(this.redactor ? this.redactor.deep(value) : value);
        }
        return results;
    }
    /**
     * Redacts, in place, the files tools wrote in the run directory (a test runner's results, which
     * hold its output): the stage files are written redacted, these come from the project's commands.
     */
    redactToolFiles() {
        if (!this.redactor?.active)
            return;
        for (const file of filesUnder(this.dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, 'stages'))) {
            let text;
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > MAX_REDACTED_FILE)
                    continue;
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            }
            catch {
                continue; // gone meanwhile, or not a file
            }
            const redacted = this.redactor.text(text);
            if (redacted !== text)
                writeFileAtomic(file, redacted);
        }
    }
    /**
     * Records a stage's result. Results of the stages after it are dropped: they belong to an
     * earlier run of the pipeline.
     */
    save(result) {
        const later = _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_NAMES */ .y1.slice(_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_NAMES */ .y1.indexOf(result.name) + 1);
        for (const stage of later)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.fileOf(stage), { force: true });
        writeFileAtomic(this.fileOf(result.name), JSON.stringify({ format: RUN_FORMAT, ...result }));
    }
}
/** Larger files are not read back (a results file is far smaller); tools write none so big. */
const MAX_REDACTED_FILE = 64 * 1024 * 1024;
/** Every file under `dir`, except those under `skip`. */
function filesUnder(dir, skip) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries.flatMap((entry) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
        if (file === skip)
            return [];
        if (entry.isDirectory())
            return filesUnder(file, skip);
        return entry.isFile() ? [file] : [];
    });
}
const STATUSES = ['passed', 'failed', 'skipped', 'error'];
/** What makes `value` not a stage file this gate can read, or undefined when it is one. */
function stageFileProblem(value, stage) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return 'it is not a JSON object';
    const file = value;
    if (file.format !== RUN_FORMAT) {
        const format = file.format === undefined ? 'no format' : `format ${JSON.stringify(file.format)}`;
        return `it was written by another version of the gate (${format}; this gate reads format ${RUN_FORMAT})`;
    }
    if (file.name !== stage)
        return `it records the stage ${JSON.stringify(file.name)}, not ${stage}`;
    if (!STATUSES.includes(file.status))
        return `its status ${JSON.stringify(file.status)} is not one of ${STATUSES.join(', ')}`;
    if (typeof file.durationMs !== 'number')
        return 'it has no durationMs';
    if (!Array.isArray(file.findings) || !file.findings.every(isFindingLike))
        return 'its findings are not findings';
    if (file.note !== undefined && typeof file.note !== 'string')
        return 'its note is not text';
    if (file.data !== undefined && (file.data === null || typeof file.data !== 'object'))
        return 'its data is not an object';
    return undefined;
}
function isFindingLike(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const f = value;
    return ['stage', 'layer', 'code', 'severity', 'message'].every((key) => typeof f[key] === 'string');
}
/** The checked file as what it is (the check above is the proof). */
function isStageResult(value, stage) {
    return stageFileProblem(value, stage) === undefined;
}
function incompatible(stage, file, problem) {
    return {
        stage,
        layer: 'config',
        code: 'run_state_incompatible',
        category: 'client',
        severity: 'error',
        message: `cannot read the ${stage} step's result ${file}: ${problem}`,
        fix: 'Run every step of the gate with one version of it (the same `uses:` ref, one bundle), ' +
            'or start again with an empty run directory (`--run-dir`, or the `run` command).',
    };
}
function writeFileAtomic(file, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}


/***/ }),

/***/ 1086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeCommand),
/* harmony export */   e: () => (/* binding */ addMask)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// The GitHub runner's workflow commands the gate writes before and while a stage runs: secret
// masks and (in main.ts) log groups. What a step reports once done is in report/runner-output.ts.

/** A workflow command's value: `%`, CR and LF would end or corrupt the command. */
function escapeCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/**
 * The runner masks `secret` in every log line from here on: the add-mask command, written as
 * @actions/core's setSecret writes it, so a step need not load that module before it starts.
 */
function addMask(secret) {
    process.stdout.write(`::add-mask::${escapeCommand(secret)}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
}


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ statusFromFindings),
/* harmony export */   I$: () => (/* binding */ exitCode),
/* harmony export */   xp: () => (/* binding */ gateResult)
/* harmony export */ });
function statusFromFindings(findings) {
    return findings.some((f) => f.severity === 'error') ? 'failed' : 'passed';
}
function gateResult(results) {
    if (results.some((r) => r.status === 'error'))
        return 'error';
    if (results.some((r) => r.status === 'failed' || r.findings.some((f) => f.severity === 'error')))
        return 'failed';
    return 'passed';
}
/** The contract's exit status: 0 passed, 1 failed, 2 could not run. */
function exitCode(result) {
    if (result === 'error')
        return 2;
    if (result === 'failed')
        return 1;
    return 0;
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ REPORT_STAGE),
/* harmony export */   L2: () => (/* binding */ PIPELINE_STAGES)
/* harmony export */ });
/* unused harmony exports COMMON_INPUTS, OUTPUTS */
/**
 * Every step writes the cumulative report and says where it is; with a github-token, steps leave
 * their annotations to the report step's check run. The working directory, wrangler config and
 * environment name the gateway: its run directory, check run and summary heading (matrix jobs).
 * Every step redacts every secret from what it writes (a test that prints one, an upstream that
 * echoes one): so each gets the tokens and the `secrets` names, whose values stay in its own
 * environment and never pass through the run directory.
 */
const COMMON_INPUTS = [
    'working-directory',
    'wrangler-config',
    'environment',
    'report',
    'github-token',
    'auth-token',
    'secrets',
];
/**
 * The canary (issue 23): deploy checks them before uploading; smoke runs the steps once the version
 * passed at 0%. `deploy` rides along: a canary only splits a gradual deploy.
 */
const CANARY_INPUTS = [
    'canary-steps',
    'canary-interval',
    'canary-min-requests',
    'canary-latency',
];
/** A stage's `run` and `load`: its module is imported once, on the first of them. */
function lazy(load) {
    let loaded;
    const module = () => (loaded ??= load());
    return {
        load: module,
        run: async (config, log, context) => (await module())(config, log, context),
    };
}
// Each stage's code is loaded when it runs: `validate` alone need not compile wrangler, undici,
// a JavaScript parser and the smoke's HTTP client at every start.
const PIPELINE_STAGES = [
    {
        name: 'validate',
        summary: 'the gateway config: JSON syntax, the schema, and cross-references, routes and URLs',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'base-ref', 'api-changes'],
        ...lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(671), __webpack_require__.e(273), __webpack_require__.e(875)]).then(__webpack_require__.bind(__webpack_require__, 2875))).loadValidate()),
    },
    {
        name: 'preflight',
        summary: 'the Worker before it deploys: its wrangler config for the environment, and every binding, secret and ' +
            'config source the gateway needs (in the account, when CLOUDFLARE_API_TOKEN is set)',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'config-drift'],
        ...lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(671), __webpack_require__.e(273), __webpack_require__.e(176), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 5580))).runPreflight),
    },
    {
        name: 'test',
        summary: "the project's unit tests, then its local E2E tests (RUN_LOCAL_WORKER_E2E=true, the Worker in workerd)",
        inputs: [...COMMON_INPUTS, 'test-command', 'e2e-command', 'test-timeout'],
        ...lazy(async () => (await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 496))).runTests),
    },
    {
        name: 'deploy',
        summary: "the Worker, with the project's wrangler: direct (wrangler deploy), gradual (a version at 0%, promoted " +
            'by smoke) or preview (a version at its preview alias, never deployed); the `secrets` ride with the ' +
            'upload (--secrets-file: a file only the runner user can read, removed when the command ends; wrangler ' +
            'before 4.74: versions secret bulk on stdin, first)',
        // A direct deploy first sends the smoke test's probes to the live version: the plan's inputs too.
        inputs: [...COMMON_INPUTS, 'deploy', 'preview-alias', 'config', 'url', 'resolve', 'smoke', ...CANARY_INPUTS],
        ...lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(457), __webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(671), __webpack_require__.e(273), __webpack_require__.e(176), __webpack_require__.e(419), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 438))).runDeploy),
    },
    {
        name: 'smoke',
        summary: 'the live gateway: every route probed concurrently, the deploy marker checked, each failure told apart ' +
            "by layer (edge, routing, auth, upstream, gateway) with the Worker's logs",
        inputs: [...COMMON_INPUTS, 'config', 'url', 'resolve', 'baseline-url', 'fail-on', 'smoke', ...CANARY_INPUTS],
        ...lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(457), __webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(671), __webpack_require__.e(273), __webpack_require__.e(176), __webpack_require__.e(419), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 8288))).runSmoke),
    },
    {
        name: 'rollback',
        summary: 'after a failed smoke test: the previous version restored (direct), or the untested version taken out of ' +
            'the deployment (gradual)',
        inputs: [...COMMON_INPUTS, 'rollback'],
        ...lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(176), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 2911))).runRollback),
        afterFailure: true,
    },
];
const REPORT_STAGE = {
    name: 'report',
    summary: 'the verdict of every stage that ran: job summary, outputs, JSON report (and a check run / PR comment with ' +
        'github-token)',
    inputs: [...COMMON_INPUTS, 'pr-comment'],
};
/** Every step writes these outputs; action.yml exposes the report step's. */
const OUTPUTS = {
    result: 'passed, failed or error: the gate verdict over the stages that ran',
    'report-path': 'absolute path of the JSON report',
    'deployment-url': "the URL the deploy serves (direct: wrangler's first target; gradual: the Worker's workers.dev URL), else " +
        'the URL smoke probed; empty when neither ran',
    'version-id': 'the Worker version the deploy uploaded (empty without a deploy)',
    'preview-url': 'deploy: preview: the URL of the preview alias, https://<alias>-<worker>.<subdomain>.workers.dev (else empty)',
};


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   hS: () => (/* binding */ counted),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   xj: () => (/* binding */ roundDuration)
/* harmony export */ });
/* unused harmony export editDistance */
// Small wording helpers shared by messages.
/** The closest candidate within a typo's distance, for "did you mean" hints. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = word.length < 6 ? 1 : Math.floor(word.length / 3);
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance && d <= limit) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * The candidate a mistyped or shortened name most likely means: the only one it begins (an
 * abbreviation such as "working-dir"), else the closest within a typo's distance.
 */
function nearest(word, candidates) {
    const lower = word.toLowerCase();
    const extending = candidates.filter((c) => c.toLowerCase().startsWith(lower) && c.length > word.length);
    if (lower.length >= 3 && extending.length === 1)
        return extending[0];
    return closest(word, candidates);
}
/** Edit distance where swapping two neighbours counts as one edit ("GTE" is one from "GET"). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
function quote(value) {
    const s = JSON.stringify(value);
    if (s === undefined)
        return String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function listOf(values) {
    return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
// eslint-disable-next-line no-control-regex -- ANSI escapes are exactly what is stripped
const ANSI = /\u001b\[[0-9;]*m/g;
/** Tool output carries colour codes even without a TTY (wrangler, vitest); read it without them. */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** `1 route`, `3 routes`: a count with its noun (regular plurals only). */
function counted(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** "90s", "10m", "1h", "1m30s" or plain seconds; undefined when it is not a duration. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
        total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2]];
        consumed = re.lastIndex;
    }
    return consumed === t.length && consumed > 0 ? total : undefined;
}
/** "850 ms", "4.3 s". */
/** To a tenth of a millisecond, as the JSON report keeps durations; formatDuration rounds from there. */
function roundDuration(ms) {
    return Math.round(ms * 10) / 10;
}
/**
 * "8 ms" or "2.8 s". It rounds the report's value (roundDuration), so a duration read from the
 * report and the same one read from the stage's result never print differently (8.46 and 8.5).
 */
function formatDuration(ms) {
    const rounded = roundDuration(ms);
    return rounded < 999.5 ? `${Math.round(rounded)} ms` : `${(Math.round(rounded / 100) / 10).toFixed(1)} s`;
}


/***/ })

};
