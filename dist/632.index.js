export const id = 632;
export const ids = [632];
export const modules = {

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHANGES_PRODUCTION: () => (/* binding */ CHANGES_PRODUCTION),
/* harmony export */   cancelledFinding: () => (/* binding */ cancelledFinding),
/* harmony export */   servingVersion: () => (/* binding */ servingVersion)
/* harmony export */ });
/* harmony import */ var _cloudflare_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9251);
/* harmony import */ var _wrangler_worker_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1946);
/* harmony import */ var _cloudflare_account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(248);
// A cancelled run (the watch is in cancel-watch.ts): every process the gate started was stopped;
// still record what is known, above all which version serves when a deploy was in flight.
// Everything here is bounded so the report is written in time.



/** How long the look at the API after a cancelled deploy may take. */
const SERVING_LOOKUP_MS = 2_500;
const LAYER_OF = {
    validate: 'config',
    preflight: 'binding',
    test: 'test',
    deploy: 'deploy',
    smoke: 'probe',
    rollback: 'deploy',
    report: 'config',
};
/** Stages during which production may have changed: the report must say what serves now. */
const CHANGES_PRODUCTION = new Set(['deploy', 'smoke', 'rollback']);
/** The one finding of a cancelled stage: what was stopped and, for a deploy, which version serves. */
function cancelledFinding(stage, signal, checkpoint, serving) {
    const base = `the run was cancelled (${signal}) during the ${stage} stage;` + ' every process the gate had started was stopped';
    let state = '';
    if (serving?.versionId) {
        const which = serving.versionId === checkpoint?.previousVersionId
            ? 'the version that served before this run: production is unchanged'
            : serving.versionId === checkpoint?.versionId
                ? 'the version this run deployed'
                : 'not the one that served before this run: the interrupted deploy went through';
        state =
            `. Cloudflare shows version ${serving.versionId} of ${checkpoint?.workerName ?? 'the Worker'} serving,` +
                ` ${which}`;
    }
    else if (serving?.unknown) {
        state = `. Which version serves could not be read (${serving.unknown}): check \`wrangler deployments status\``;
    }
    return {
        stage,
        layer: LAYER_OF[stage],
        code: 'cancelled',
        category: 'client',
        severity: 'error',
        message: base + state,
        fix: CHANGES_PRODUCTION.has(stage)
            ? 'Rerun the workflow: the next deploy starts from whatever version serves now.'
            : 'Rerun the workflow when ready.',
        evidence: { signal, servingVersionId: serving?.versionId || undefined, ...checkpoint },
    };
}
/** The version the API shows serving the Worker, read once, within a bound. */
async function servingVersion(config, checkpoint) {
    const api = (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiSettingsFromEnv */ .Bu)(config.env);
    if (!api)
        return { unknown: 'no CLOUDFLARE_API_TOKEN' };
    if (!checkpoint?.workerName)
        return { unknown: 'the Worker name was not known yet' };
    const name = checkpoint.workerName;
    const lookup = (async () => {
        const accountId = checkpoint.accountId ?? (await deployAccount(config, api));
        if (!accountId)
            return { unknown: 'the account could not be resolved' };
        const active = await (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_1__/* .activeDeployment */ .q0)(api, accountId, name);
        if (!active.ok)
            return { unknown: active.answer.ok ? 'unexpected answer' : active.answer.message };
        const versionId = (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_1__/* .mainVersion */ .Qt)(active.deployment);
        return versionId ? { versionId } : { unknown: 'the Worker has no deployment' };
    })();
    const timeout = new Promise((r) => setTimeout(() => r({ unknown: 'the API did not answer in time' }), SERVING_LOOKUP_MS).unref());
    return Promise.race([lookup, timeout]);
}
/** The account the deploy acts on, when the checkpoint was written before it was known. */
async function deployAccount(config, api) {
    let target;
    try {
        target = (0,_wrangler_worker_target_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkerTarget */ .c)(config, 'deploy');
    }
    catch {
        target = undefined; // wrangler would not deploy either; the variable or the token still name one
    }
    const resolved = await (0,_cloudflare_account_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAccount */ .u1)(api, (0,_cloudflare_account_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseAccount */ .HA)(target?.source, config.environment, config.env));
    return resolved.ok ? resolved.account.id : undefined;
}


/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ accountConflict),
/* harmony export */   HA: () => (/* binding */ chooseAccount),
/* harmony export */   Qh: () => (/* binding */ ACCOUNT_FIX),
/* harmony export */   kK: () => (/* binding */ accountOrigin),
/* harmony export */   u1: () => (/* binding */ resolveAccount)
/* harmony export */ });
/* unused harmony exports configuredAccount, accountVariable */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9251);

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** The config's `account_id` for `environment`, where it is written (wrangler's `inheritable`). */
function configuredAccount(raw, environment) {
    const env = environment && isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : undefined;
    const own = nonEmpty(env?.account_id);
    if (own)
        return { id: own, path: ['env', environment, 'account_id'] };
    const top = nonEmpty(raw.account_id);
    return top ? { id: top, path: ['account_id'] } : undefined;
}
/** CLOUDFLARE_ACCOUNT_ID, else (only when that is unset) the deprecated CF_ACCOUNT_ID, as wrangler reads them. */
function accountVariable(env) {
    const name = 'CLOUDFLARE_ACCOUNT_ID' in env ? 'CLOUDFLARE_ACCOUNT_ID' : 'CF_ACCOUNT_ID';
    const id = nonEmpty(env[name]);
    return id ? { name, id } : undefined;
}
/** Which account wrangler will use, before asking the API anything. */
function chooseAccount(source, environment, env) {
    const configured = source ? configuredAccount(source.raw, environment) : undefined;
    const variable = accountVariable(env);
    if (configured) {
        const account = {
            id: configured.id,
            origin: { kind: 'config', path: configured.path, file: source.display },
        };
        return variable && variable.id !== configured.id ? { account, overridden: variable } : { account };
    }
    return variable ? { account: { id: variable.id, origin: { kind: 'variable', name: variable.name } } } : {};
}
/** Where the account comes from, in words: "`account_id` of env.production in wrangler.jsonc". */
function accountOrigin(origin) {
    if (origin.kind === 'variable')
        return origin.name;
    if (origin.kind === 'token')
        return "the token's only account";
    const env = origin.path.length > 1 ? ` of env.${String(origin.path[1])}` : '';
    return `\`account_id\`${env} in ${origin.file}`;
}
/** The one notice for a variable the config overrides: both accounts, and which one deploys. */
function accountConflict(choice, stage, locate) {
    const { account, overridden } = choice;
    if (!account || !overridden || account.origin.kind !== 'config')
        return undefined;
    const where = accountOrigin(account.origin);
    const location = locate?.(account.origin.path);
    return {
        stage,
        layer: 'binding',
        code: 'account_id_overrides_variable',
        category: 'client',
        severity: 'notice',
        message: `${overridden.name} names account ${overridden.id}, but ${where} names ${account.id}: wrangler deploys to ` +
            `${account.id} (the config wins), so the gate checks, deploys and rolls back on ${account.id}`,
        fix: `Remove ${overridden.name} from the step, or set it to ${account.id}, so both say the same account.`,
        ...(location ? { location } : {}),
    };
}
/** The chosen account, else the token's only one (GET /accounts, as wrangler asks when nothing names one). */
async function resolveAccount(api, choice) {
    if (choice.account)
        return { ok: true, account: choice.account };
    const answer = await (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiGet */ .Vg)(api, '/accounts?per_page=50');
    if (!answer.ok)
        return { ok: false, answer };
    const only = answer.result.length === 1 ? answer.result[0].id : undefined;
    if (only)
        return { ok: true, account: { id: only, origin: { kind: 'token' } } };
    return { ok: false, answer: undefined, count: answer.result.length };
}
/** What to do when no account could be chosen. */
const ACCOUNT_FIX = 'Set `account_id` in the wrangler config (or CLOUDFLARE_ACCOUNT_ID for the step), and check that' +
    ' CLOUDFLARE_API_TOKEN is valid.';


/***/ }),

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ tokenIsValid),
/* harmony export */   AT: () => (/* binding */ apiRequest),
/* harmony export */   Bu: () => (/* binding */ apiSettingsFromEnv),
/* harmony export */   Qt: () => (/* binding */ mainVersion),
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   Vg: () => (/* binding */ apiGet),
/* harmony export */   Wj: () => (/* binding */ workersSubdomain),
/* harmony export */   lr: () => (/* binding */ API_TROUBLE_FIX),
/* harmony export */   ot: () => (/* binding */ workerSubdomainState),
/* harmony export */   q0: () => (/* binding */ activeDeployment),
/* harmony export */   uJ: () => (/* binding */ describeUnavailable)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_BASE, API_TIMEOUT_MS, API_BUDGET_MS, retryAfterDelay */
/* harmony import */ var _shortened_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4654);
// The few Cloudflare API calls the gate makes itself (the preflight's reads, the smoke test's tail
// session), over the same endpoints wrangler uses and honouring CLOUDFLARE_API_BASE_URL. Rate limits, 5xx and timeouts are retried with backoff
// inside one time budget; everything else is answered as it is.

const DEFAULT_API_BASE = 'https://api.cloudflare.com/client/v4';
/** Per attempt and per call; `GATE_API_TIMEOUT_MS` / `GATE_API_BUDGET_MS` shorten them (tests of a hung API). */
const API_TIMEOUT_MS = 10_000;
const API_BUDGET_MS = 30_000;
function apiSettingsFromEnv(env) {
    const token = env.CLOUDFLARE_API_TOKEN?.trim();
    if (!token)
        return undefined;
    return {
        baseUrl: (env.CLOUDFLARE_API_BASE_URL || env.CF_API_BASE_URL || DEFAULT_API_BASE).replace(/\/+$/, ''),
        token,
        timeoutMs: (0,_shortened_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .shortenedLimit */ .U)(env, 'GATE_API_TIMEOUT_MS', API_TIMEOUT_MS),
        budgetMs: (0,_shortened_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .shortenedLimit */ .U)(env, 'GATE_API_BUDGET_MS', API_BUDGET_MS),
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** GETs `path` (below the base URL); `raw` returns the body bytes (KV values are not enveloped). */
function apiGet(api, path, options = {}) {
    return apiRequest(api, path, options);
}
/** One call to `path` (below the base URL), retried on 429, 5xx and timeouts within the budget. */
async function apiRequest(api, path, options = {}) {
    const json = options.body === undefined ? {} : { 'content-type': 'application/json' };
    const deadline = Date.now() + api.budgetMs;
    let last = { ok: false, kind: 'unavailable', message: 'no attempt made', attempts: 0 };
    for (let attempt = 1;; attempt++) {
        let retryAfterMs;
        try {
            const response = await fetch(`${api.baseUrl}${path}`, {
                method: options.method ?? 'GET',
                headers: { authorization: `Bearer ${api.token}`, accept: 'application/json', ...json },
                body: options.body === undefined ? undefined : JSON.stringify(options.body),
                signal: AbortSignal.timeout(Math.max(1, Math.min(api.timeoutMs, deadline - Date.now()))),
            });
            const bytes = new Uint8Array(await response.arrayBuffer());
            if (options.raw && response.ok)
                return { ok: true, result: undefined, raw: bytes };
            let body;
            try {
                body = JSON.parse(new TextDecoder().decode(bytes));
            }
            catch {
                body = undefined;
            }
            if (response.ok && body?.success !== false)
                return { ok: true, result: body?.result };
            const error = body?.errors?.[0];
            const code = error?.code;
            const message = error?.message ?? `HTTP ${response.status}`;
            if (response.status === 429 || response.status >= 500) {
                retryAfterMs = retryAfterDelay(response.headers.get('retry-after'), Date.now());
                last = { ok: false, kind: 'unavailable', status: response.status, code, message, attempts: attempt };
            }
            else {
                const kind = code === 10000 || code === 9109 || code === 1000 || response.status === 401 || response.status === 403
                    ? 'auth'
                    : response.status === 404
                        ? 'not_found'
                        : 'error';
                return { ok: false, kind, status: response.status, code: code || undefined, message, attempts: attempt };
            }
        }
        catch (error) {
            const cause = error.cause;
            const reason = error.name === 'TimeoutError'
                ? `no answer within ${api.timeoutMs} ms`
                : (cause?.code ?? cause?.message ?? error.message);
            last = { ok: false, kind: 'unavailable', message: reason, attempts: attempt };
        }
        const backoff = retryAfterMs ?? Math.min(8_000, 500 * 2 ** (attempt - 1));
        // Never sleep past the budget: a wait it cannot afford ends the call, and says so.
        if (Date.now() + backoff >= deadline) {
            return retryAfterMs === undefined || last.ok ? last : { ...last, retryAfterS: Math.ceil(retryAfterMs / 1000) };
        }
        await sleep(backoff);
    }
}
/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or past. */
function retryAfterDelay(header, now) {
    if (header === null || header.trim() === '')
        return undefined;
    const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
/** A call the platform did not answer in time, in words: what it said, how often the gate asked, why it stopped. */
function describeUnavailable(answer, budgetMs) {
    const tries = `${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}`;
    const budget = `${Math.round(budgetMs / 1000)} s`;
    if (answer.retryAfterS === undefined)
        return `${answer.message} after ${tries} within ${budget}`;
    const wait = `Cloudflare asked to wait ${answer.retryAfterS} s (Retry-After)`;
    return `${answer.message}: ${wait}, longer than the gate's ${budget} budget; it stopped after ${tries}`;
}
/** What to do about the platform's trouble. */
const API_TROUBLE_FIX = 'Re-run the job; if it persists, check https://www.cloudflarestatus.com and the CLOUDFLARE_API_BASE_URL setting.';
/** The permission group an endpoint needs, named as in the dashboard's token editor. */
function permissionFor(path) {
    if (path.includes('/storage/kv/'))
        return 'Workers KV Storage: Read';
    if (path.includes('/d1/'))
        return 'D1: Read';
    if (path.includes('/r2/'))
        return 'Workers R2 Storage: Read';
    if (path.includes('/queues'))
        return 'Queues: Read';
    if (path.includes('/hyperdrive/'))
        return 'Hyperdrive: Read';
    if (path.includes('/tails'))
        return 'Workers Tail: Read';
    if (path.includes('/workers/'))
        return 'Workers Scripts: Read';
    return 'Account Settings: Read';
}
/**
 * The Worker's active deployment (newest first, as wrangler reads them); `exists: false` for a Worker not created
 * yet.
 */
async function activeDeployment(api, accountId, script) {
    const answer = await apiGet(api, `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/deployments`);
    if (!answer.ok)
        return answer.kind === 'not_found' ? { ok: true, exists: false } : { ok: false, answer };
    const deployment = answer.result?.deployments?.[0];
    return { ok: true, exists: true, deployment };
}
/** The version that carries most of a deployment's traffic. */
function mainVersion(deployment) {
    return [...(deployment?.versions ?? [])].sort((a, b) => b.percentage - a.percentage)[0]?.version_id;
}
/** The account's workers.dev subdomain, for a Worker's URL when wrangler does not print one. */
async function workersSubdomain(api, accountId) {
    const answer = await apiGet(api, `/accounts/${accountId}/workers/subdomain`);
    return answer.ok ? answer.result?.subdomain : undefined;
}
/** Whether a Worker answers on workers.dev and at preview URLs (undefined when the API did not say). */
async function workerSubdomainState(api, accountId, script) {
    const path = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/subdomain`;
    const answer = await apiGet(api, path);
    if (!answer.ok || typeof answer.result?.enabled !== 'boolean')
        return undefined;
    return { enabled: answer.result.enabled, previewsEnabled: answer.result.previews_enabled === true };
}
/** Cloudflare answers 10000 both to a bad token and to a missing permission; the verify endpoint tells which. */
async function tokenIsValid(api) {
    const answer = await apiGet(api, '/user/tokens/verify');
    return answer.ok && (answer.result?.status ?? 'active') === 'active';
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ shortenedLimit)
/* harmony export */ });
// The gate's own time limits, shortened from the environment for tests that wait out a hang
// (GATE_WRANGLER_TIMEOUT_MS, GATE_API_TIMEOUT_MS, GATE_API_BUDGET_MS). A value can only shorten the
// limit: a user's environment can never make the gate wait longer than its defaults.
/** `env[name]` in milliseconds when it is a positive number below `limitMs`; otherwise `limitMs`. */
function shortenedLimit(env, name, limitMs) {
    const asked = Number(env[name]);
    return Number.isFinite(asked) && asked > 0 ? Math.min(asked, limitMs) : limitMs;
}


/***/ }),

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readWorkerTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3383);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(630);
/* harmony import */ var _wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1581);
/* harmony import */ var _wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9061);
// The Worker a stage acts on: the wrangler config with positions, resolved for the environment.
// Deploy, smoke and rollback each run as their own step, so each reads it again (milliseconds).







function readWorkerTarget(config, stage) {
    const file = (0,_wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWranglerConfig */ .Xe)(config);
    const fail = (message, line) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu({
            stage,
            layer: 'config',
            code: 'wrangler_config_unusable',
            severity: 'error',
            message,
            fix: "Point `wrangler-config` at the Worker's wrangler config (preflight reports what is wrong with it).",
            location: file && line ? { file: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory), line } : undefined,
        });
    };
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return fail(`no wrangler config in ${config.workingDirectory}: the ${stage} stage needs the Worker's name and environment`);
    const display = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory);
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file, 1024 * 1024);
    if (!read.ok)
        return fail(`wrangler config ${display} ${read.detail}`);
    const loaded = (0,_wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadWranglerSource */ .Y)(file, display, read.text);
    if (!loaded.ok)
        return fail(`${display} cannot be parsed: ${loaded.message}`, loaded.location.line);
    return { source: loaded.source, worker: (0,_environments_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveEnvironment */ .g9)(loaded.source.raw, config.environment) };
}


/***/ })

};
