export const id = 875;
export const ids = [875,437];
export const modules = {

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   j4: () => (/* binding */ pathShape),
/* harmony export */   mx: () => (/* binding */ apiSurface)
/* harmony export */ });
/* harmony import */ var _route_matching_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1427);
// The gateway's API as a client sees it: each route's method and path, whether it needs a token,
// where it goes (the integration's resolved target), its static answer and its mappings. Read
// from a config after the gateway's own substitution, so a URL held in a var counts as the URL.

const record = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const text = (value) => (typeof value === 'string' ? value : undefined);
const list = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/** JSON with object keys sorted, so two equal values written in another order compare equal. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const obj = record(value);
    if (obj) {
        const keys = Object.keys(obj).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function pathShape(path) {
    return path
        .split('/')
        .map((segment) => ((0,_route_matching_js__WEBPACK_IMPORTED_MODULE_0__/* .isParam */ .Um)(segment) && segment !== _route_matching_js__WEBPACK_IMPORTED_MODULE_0__/* .WILDCARD */ .bs ? '{}' : segment))
        .join('/');
}
/** Alias → what it stands for, for `servers` (the URL) and `services` / `serviceBindings` (the binding). */
function aliases(config) {
    const out = new Map();
    const add = (key, describe) => {
        const entries = config[key];
        if (!Array.isArray(entries))
            return;
        for (const entry of entries) {
            const e = record(entry);
            const alias = text(e?.alias);
            const what = e ? describe(e) : undefined;
            if (alias && what && !out.has(`${key}:${alias}`))
                out.set(`${key}:${alias}`, what);
        }
    };
    add('servers', (e) => (e.url === undefined ? undefined : String(e.url)));
    add('services', (e) => text(e.entrypoint));
    add('serviceBindings', (e) => text(e.binding));
    add('servicesBindings', (e) => text(e.binding));
    return out;
}
function targetOf(route, known) {
    const integration = record(route.integration);
    if (!integration)
        return route.response !== undefined ? 'a static response' : 'nothing';
    const type = text(integration.type) ?? '?';
    const server = text(integration.server);
    const binding = text(integration.binding);
    const fn = text(integration.function);
    if (server !== undefined)
        return `${type} → ${known.get(`servers:${server}`) ?? `server "${server}"`}`;
    if (binding !== undefined) {
        const resolved = known.get(`services:${binding}`) ??
            known.get(`serviceBindings:${binding}`) ??
            known.get(`servicesBindings:${binding}`) ??
            binding;
        return `${type} → ${resolved}${fn ? `.${fn}` : ''}`;
    }
    return type;
}
function corsOf(value) {
    const cors = record(value);
    if (!cors)
        return undefined;
    return {
        origins: list(cors.allow_origins),
        methods: list(cors.allow_methods).map((m) => m.toUpperCase()),
        headers: list(cors.allow_headers).map((h) => h.toLowerCase()),
        credentials: cors.allow_credentials === true,
    };
}
/** The API of a (substituted) gateway config; what is not a route object is skipped. */
function apiSurface(config) {
    const root = record(config) ?? {};
    const known = aliases(root);
    const routes = [];
    const paths = Array.isArray(root.paths) ? root.paths : [];
    paths.forEach((item, index) => {
        const route = record(item);
        const path = text(route?.path);
        if (!route || path === undefined)
            return;
        const method = (text(route.method) ?? 'ANY').toUpperCase();
        routes.push({
            name: `${method} ${path}`,
            method,
            path,
            shape: pathShape(path),
            pointer: `/paths/${index}`,
            auth: route.auth === true,
            authWritten: Object.hasOwn(route, 'auth'),
            target: targetOf(route, known),
            response: route.response === undefined ? undefined : canonicalJson(route.response),
            mapping: route.mapping === undefined ? undefined : canonicalJson(route.mapping),
        });
    });
    const authorizer = root.authorizer === undefined ? undefined : canonicalJson(root.authorizer);
    return { routes, authorizer, cors: corsOf(root.cors) };
}


/***/ }),

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ varsIn),
/* harmony export */   q: () => (/* binding */ projectVars)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9148);
/* harmony import */ var _wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(630);
/* harmony import */ var _wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);



/** The vars in a wrangler config's text for `environment`; undefined when unknown. */
function varsIn(file, text, environment) {
    const parsed = (0,_wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWranglerConfig */ .is)(file, text);
    if (!parsed.ok)
        return undefined;
    if (environment !== undefined && !(0,_wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .definedEnvironments */ .WI)(parsed.raw).includes(environment))
        return undefined;
    return (0,_wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEnvironment */ .g9)(parsed.raw, environment).vars;
}
/** The project's wrangler config and its vars for the chosen environment (both absent when unknown). */
function projectVars(config) {
    const file = (0,_wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWranglerConfig */ .Xe)(config);
    if (!file)
        return {};
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(file, 1024 * 1024);
    return { file, vars: read.ok ? varsIn(file, read.text, config.environment) : undefined };
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   TM: () => (/* binding */ pathPrefixOf),
/* harmony export */   lW: () => (/* binding */ annotationOf),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
/* unused harmony export ANNOTATION_LIMITS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; the gate picks
// the most important ones and says what it left out, instead of letting GitHub drop them silently.


const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
function planAnnotations(findings, limits = ANNOTATION_LIMITS) {
    const used = { error: 0, warning: 0, notice: 0 };
    const annotated = [];
    const overflow = [];
    for (const finding of (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings)) {
        if (used[finding.severity] < limits[finding.severity]) {
            used[finding.severity]++;
            annotated.push(finding);
        }
        else
            overflow.push(finding);
    }
    return { annotated, overflow };
}
function annotationOf(finding) {
    const loc = finding.location;
    const properties = { title: `${finding.stage}: ${finding.code} (${finding.layer})` };
    if (loc) {
        properties.file = loc.file;
        properties.startLine = loc.line;
        properties.endLine = loc.endLine ?? loc.line;
        // GitHub only honours columns on single-line annotations.
        if (loc.column && properties.endLine === loc.line) {
            properties.startColumn = loc.column;
            if (loc.endColumn)
                properties.endColumn = loc.endColumn;
        }
    }
    return { message: finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message, properties };
}
/**
 * GitHub places an annotation by its path from the repository root, while a finding's file is
 * relative to the working directory: `pathPrefix` (see pathPrefixOf) joins the two.
 */
function emitAnnotations(sink, findings, pathPrefix = '') {
    for (const finding of findings) {
        const { message, properties } = annotationOf(finding);
        if (properties.file !== undefined)
            properties.file = repoPath(properties.file, pathPrefix);
        sink[finding.severity](message, properties);
    }
}
/** A working-directory path as a repository path: `api/gateway.json` under prefix `services`. */
function repoPath(file, pathPrefix) {
    const prefix = pathPrefix.replace(/\\/g, '/');
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(prefix === '' ? '.' : prefix, file.replace(/\\/g, '/')));
    return joined.replace(/^(\.\/)+/, '');
}
/** The prefix for repoPath: the working directory relative to GITHUB_WORKSPACE; '' outside it. */
function pathPrefixOf(workspace, workingDirectory) {
    if (!workspace)
        return '';
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, workingDirectory))
        .split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep))
        .join('/');
    return relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative) ? '' : relative;
}


/***/ }),

/***/ 4437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   BN: () => (/* binding */ MAX_MARKDOWN),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   kq: () => (/* binding */ headShaOf),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown),
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, MAX_CHECK_ANNOTATIONS, checkAnnotations, batches */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
// The gate's findings as a check run through the Checks API: unlike workflow-command annotations
// (10 per severity per step) a check run takes them all, 50 per request. A token that may not
// write checks (pull requests from forks get a read-only one) is an answer, not an error: the
// caller falls back to workflow-command annotations. Also the GitHub plumbing pr-comment.ts shares.



/** The Checks API rejects more annotations in one request with 422. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run summary and for a comment body. */
const MAX_MARKDOWN = 65_535;
/** Bounds the requests to 21; the summary and the JSON report carry every finding anyway. */
const MAX_CHECK_ANNOTATIONS = 1_000;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_API_URL = 'https://api.github.com';
/** Events whose check run belongs on the pull request's head, not on GITHUB_SHA (a merge commit). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
async function publishCheckRun(options) {
    const token = options.token.trim();
    if (!token)
        return { published: false, reason: 'no GitHub token to create a check run with' };
    const repository = repositoryOf(options.env);
    if (!repository)
        return { published: false, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
    const headSha = headShaOf(options.env.GITHUB_EVENT_NAME, await readEventPayload(options.env), options.env.GITHUB_SHA);
    if (!headSha)
        return {
            published: false,
            reason: 'no commit to attach the check run to: neither pull_request.head.sha in the event payload nor GITHUB_SHA',
        };
    const all = checkAnnotations(options.findings, options.pathPrefix ?? '');
    const sent = all.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = all.length - sent.length;
    const summary = truncateMarkdown(left > 0
        ? `${options.summary}\n\n${left} more finding${left === 1 ? '' : 's'} with a location not annotated here` +
            ` (at most ${MAX_CHECK_ANNOTATIONS} per check run); the JSON report has them all.`
        : options.summary);
    const output = { title: options.title, summary };
    const completion = () => ({
        status: 'completed',
        conclusion: options.conclusion,
        completed_at: new Date().toISOString(),
    });
    let octokit;
    let id;
    try {
        octokit = await githubClient(token, options.env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        const created = await octokit.rest.checks.create({
            ...repository,
            name: options.name,
            head_sha: headSha,
            status: 'in_progress',
            output,
        });
        id = created.data.id;
        const url = created.data.html_url ??
            `${(options.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}` +
                `/${repository.owner}/${repository.repo}/runs/${id}`;
        const groups = batches(sent, ANNOTATIONS_PER_REQUEST);
        if (groups.length === 0)
            groups.push([]);
        for (const [i, annotations] of groups.entries()) {
            await octokit.rest.checks.update({
                ...repository,
                check_run_id: id,
                output: annotations.length > 0 ? { ...output, annotations } : output,
                ...(i === groups.length - 1 ? completion() : {}),
            });
        }
        return { published: true, url, id, annotations: sent.length };
    }
    catch (error) {
        const failure = describeFailure(error, token, {
            doing: id === undefined ? 'publish the check run' : `finish check run ${id}`,
            permission: 'checks: write',
        });
        if (id === undefined || !octokit)
            return { published: false, ...failure };
        // One attempt to finish the run, so it does not spin "in progress" on the commit for hours.
        const note = `\n\nSome annotations could not be sent (${failure.reason}); see the job's log and summary.`;
        try {
            await octokit.rest.checks.update({
                ...repository,
                check_run_id: id,
                output: { ...output, summary: truncateMarkdown(`${options.summary}${note}`) },
                ...completion(),
            });
        }
        catch {
            // The run stays in progress; the reason below already says why.
        }
        return { published: false, ...failure };
    }
}
/** Only findings with a location can be annotations; most important first, on repository paths. */
function checkAnnotations(findings, pathPrefix) {
    const annotations = [];
    for (const finding of (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings)) {
        if (!finding.location)
            continue;
        const { message, properties } = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(finding);
        const annotation = {
            path: (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPath */ .qN)(finding.location.file, pathPrefix),
            start_line: properties.startLine ?? finding.location.line,
            end_line: properties.endLine ?? finding.location.line,
            annotation_level: LEVEL[finding.severity],
            // GitHub's limits for these fields.
            title: cut(properties.title ?? finding.code, 255),
            message: cut(message, 64 * 1024),
        };
        if (properties.startColumn !== undefined)
            annotation.start_column = properties.startColumn;
        if (properties.endColumn !== undefined)
            annotation.end_column = properties.endColumn;
        annotations.push(annotation);
    }
    return annotations;
}
function batches(items, size) {
    const groups = [];
    for (let i = 0; i < items.length; i += size)
        groups.push(items.slice(i, i + size));
    return groups;
}
/** Cuts markdown to GitHub's limit and says so, rather than having the whole request rejected. */
function truncateMarkdown(text, max = MAX_MARKDOWN) {
    if (text.length <= max)
        return text;
    const note = '\n\n…cut to fit GitHub’s limit; the JSON report has everything.';
    return cut(text, max - note.length, '') + note;
}
function cut(text, max, ellipsis = '…') {
    if (text.length <= max)
        return text;
    let end = max - ellipsis.length;
    // Never split a surrogate pair: GitHub rejects the lone half.
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return text.slice(0, end) + ellipsis;
}
function headShaOf(eventName, payload, sha) {
    const head = field(payload, 'pull_request', 'head', 'sha');
    if (typeof head === 'string' && head)
        return head;
    return eventName && PULL_REQUEST_EVENTS.has(eventName) ? undefined : sha || undefined;
}
function repositoryOf(env) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY?.trim() ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The webhook payload that triggered the run; undefined when there is none or it is unreadable. */
async function readEventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function field(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
/** Octokit on GITHUB_API_URL (GHES) with a deadline per request; @actions/github has no retry plugin. */
async function githubClient(token, env, timeoutMs) {
    // Loaded on use, like @actions/core: a laptop run never talks to GitHub.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, {
        baseUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ''),
        userAgent: 'gateway-deploy-gate',
    });
    // Per request rather than in the constructor (a constructor `request` would replace the proxy-aware
    // fetch), and by assignment: hooks all share these options, what a wrap hook passes on is dropped.
    octokit.hook.before('request', (options) => {
        options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
    });
    return octokit;
}
/** One line a person can act on, for any failure; never a stack, never the token. */
function describeFailure(error, token, context) {
    const status = responseStatus(error);
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
    let reason;
    if (isTimeout(error))
        reason = `could not ${context.doing}: GitHub did not answer in time`;
    else if (status === 403)
        reason =
            `the token may not ${context.doing} (GitHub answered 403: ${message}); pull requests from forks get a` +
                ` read-only token, otherwise grant \`${context.permission}\` in the workflow's permissions`;
    else if (status === 404)
        reason =
            `could not ${context.doing}: GitHub answered 404 (${message}); the token cannot see the repository, or` +
                ` GITHUB_API_URL is wrong`;
    else if (status === 401)
        reason = `could not ${context.doing}: GitHub rejected the token (401: ${message})`;
    else
        reason = `could not ${context.doing}: ${status ? `GitHub answered ${status}: ` : ''}${message}`;
    return { reason: redact(reason, token), status: status || undefined };
}
function responseStatus(error) {
    // Octokit gives network failures status 500 too; only an answer from GitHub has a response.
    const status = field(error, 'response', 'status');
    return typeof status === 'number' ? status : undefined;
}
function isTimeout(error) {
    for (let e = error, depth = 0; e && depth < 5; e = field(e, 'cause'), depth++) {
        const name = field(e, 'name');
        if (name === 'TimeoutError' || name === 'AbortError')
            return true;
    }
    return false;
}
function redact(text, token) {
    return token ? text.split(token).join('***') : text;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadValidate: () => (/* binding */ loadValidate),
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/report/github-checks.ts
var github_checks = __webpack_require__(4437);
// EXTERNAL MODULE: ./src/processes.ts
var processes = __webpack_require__(7454);
;// CONCATENATED MODULE: ./src/git/base-revision.ts
// The files of the commit a pull request is compared with. The base is the event's
// (`pull_request.base.sha`, a merge queue's `merge_group.base_sha`), else the `base-ref` input (a
// commit, branch or tag). A shallow checkout (actions/checkout's default depth 1) lacks it, so
// the gate fetches just that commit once. Every git call is bounded; a failure is a reason, never a throw.

const GIT_TIMEOUT_MS = 30_000;
/** The base to compare with: the event's base commit, else the input; undefined when neither. */
function chooseBase(eventName, payload, input) {
    const event = (payload ?? {});
    if (input)
        return { ref: input, origin: 'base-ref' };
    const prBase = event.pull_request?.base?.sha;
    if (/^pull_request/.test(eventName ?? '') && typeof prBase === 'string') {
        return { ref: prBase, origin: "the pull request's base commit" };
    }
    const queueBase = event.merge_group?.base_sha;
    if (eventName === 'merge_group' && typeof queueBase === 'string') {
        return { ref: queueBase, origin: "the merge group's base commit" };
    }
    return undefined;
}
function git(cwd, args) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,processes/* spawnGroup */.j8)('git', args, {
                cwd,
                stdio: ['ignore', 'pipe', 'pipe'],
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            });
        }
        catch (error) {
            return resolve({ code: null, stdout: '', stderr: String(error) });
        }
        const out = [];
        const err = [];
        child.stdout?.on('data', (c) => out.push(c));
        child.stderr?.on('data', (c) => err.push(c));
        const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
        const done = (code, extra = '') => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8') + extra,
            });
        };
        child.once('error', (e) => done(null, e.message));
        child.once('close', (code) => done(code));
    });
}
const firstLine = (text) => text.trim().split('\n')[0] ?? '';
/** Resolves `ref` to a commit in the repository around `cwd`, fetching it once when it is missing. */
async function resolveBase(cwd, ref) {
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0) {
        const why = top.code === null ? 'git is not installed' : `${cwd} is not in a git repository`;
        return { ok: false, reason: why };
    }
    const root = top.stdout.trim();
    const verify = (r) => git(root, ['rev-parse', '--verify', '--quiet', `${r}^{commit}`]);
    for (const candidate of [ref, `origin/${ref}`]) {
        const hit = await verify(candidate);
        if (hit.code === 0)
            return { ok: true, commit: hit.stdout.trim(), top: root, fetched: false };
    }
    // A shallow clone: fetch just that commit (or branch/tag) from the remote, once.
    const fetch = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    if (fetch.code !== 0) {
        return {
            ok: false,
            reason: `${ref} is not in this checkout and \`git fetch origin ${ref}\` failed (${firstLine(fetch.stderr)})`,
        };
    }
    const fetched = await verify('FETCH_HEAD');
    if (fetched.code !== 0)
        return { ok: false, reason: `fetched ${ref}, but it is not a commit` };
    return { ok: true, commit: fetched.stdout.trim(), top: root, fetched: true };
}
/** `path` (relative to the repository root, forward slashes) as it was in `commit`. */
async function readAtRevision(top, commit, path) {
    const shown = await git(top, ['show', `${commit}:${path}`]);
    if (shown.code === 0)
        return { ok: true, text: shown.stdout };
    const missing = /does not exist|exists on disk, but not in/.test(shown.stderr);
    return { ok: false, missing, reason: firstLine(shown.stderr) || 'git show failed' };
}

// EXTERNAL MODULE: ./src/gateway/api-surface.ts
var api_surface = __webpack_require__(7616);
;// CONCATENATED MODULE: ./src/gateway/api-accepted.ts

/** Beside the gateway config. */
const ACCEPTED_FILE = 'api-changes-accepted.txt';
const routeKey = (method, path) => `${method.toUpperCase()} ${(0,api_surface/* pathShape */.j4)(path)}`;
function parseAcceptedList(text) {
    const entries = [];
    const malformed = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        const m = /^([a-z_]+)(?:\s+([A-Za-z]+)\s+(\/\S*))?(?:\s+(.*))?$/.exec(line);
        if (!m)
            return void malformed.push(i + 1);
        const [, code, method, path, reason] = m;
        entries.push({
            line: i + 1,
            code: code,
            route: method && path ? routeKey(method, path) : undefined,
            reason: reason ?? '',
        });
    });
    return { entries, malformed };
}
/** The entry that accepts this change, if any. */
function acceptedBy(change, list) {
    const [method, ...rest] = (change.route ?? '').split(' ');
    const route = change.route ? routeKey(method, rest.join(' ')) : undefined;
    return list.entries.find((e) => e.code === change.code && e.route === route);
}

;// CONCATENATED MODULE: ./src/gateway/api-diff.ts
/** Breaking for clients: removed routes and methods; errors only when the repository asks for strict. */
const BREAKING = new Set(['route_removed', 'method_changed']);
const SEVERITY = {
    auth_removed: 'error',
    route_removed: 'warning',
    method_changed: 'warning',
    auth_added: 'warning',
    authorizer_changed: 'warning',
    target_changed: 'warning',
    cors_changed: 'notice',
    route_added: 'notice',
    response_changed: 'notice',
    mapping_changed: 'notice',
};
const key = (r) => `${r.method} ${r.shape}`;
function severityOf(code, level) {
    return level === 'strict' && BREAKING.has(code) ? 'error' : SEVERITY[code];
}
/** The changes of a route both sides have. */
function routeChanges(before, after) {
    const at = (field, target = 'value') => ({
        side: 'head',
        pointer: `${after.pointer}/${field}`,
        target,
    });
    const route = after.name;
    const out = [];
    if (before.auth && !after.auth) {
        out.push({
            code: 'auth_removed',
            route,
            message: `${route} no longer requires a token ("auth": true was removed): anyone can call it once this deploys`,
            fix: 'Put "auth": true back on the route, or, if it is meant to be public, acknowledge the change in the ' +
                'accepted list.',
            // Where the head says so; a deleted "auth" is shown on the route's method, which names it.
            ...at(after.authWritten ? 'auth' : 'method'),
            before: 'auth: true',
            after: 'auth: false',
        });
    }
    if (!before.auth && after.auth) {
        out.push({
            code: 'auth_added',
            route,
            message: `${route} now requires a token: clients that call it without one get 401`,
            fix: 'Make sure every client of this route sends a token before this deploys.',
            ...at('auth'),
            before: 'auth: false',
            after: 'auth: true',
        });
    }
    if (before.target !== after.target) {
        out.push({
            code: 'target_changed',
            route,
            message: `${route} now goes to ${after.target} (was ${before.target})`,
            fix: 'Check that the new target serves this route the way clients expect.',
            ...at(after.target === 'a static response' ? 'response' : 'integration'),
            before: before.target,
            after: after.target,
        });
    }
    if (before.response !== undefined && after.response !== undefined && before.response !== after.response) {
        out.push({
            code: 'response_changed',
            route,
            message: `${route} answers a different static response`,
            fix: 'Intended? Clients reading the old value see the new one.',
            ...at('response'),
            before: before.response,
            after: after.response,
        });
    }
    if (before.mapping !== after.mapping) {
        out.push({
            code: 'mapping_changed',
            route,
            message: `${route} maps headers or query values differently for its upstream`,
            fix: 'Check that the upstream still gets what it reads.',
            ...(after.mapping === undefined
                ? { side: 'head', pointer: after.pointer, target: 'value' }
                : at('mapping')),
            before: before.mapping ?? 'none',
            after: after.mapping ?? 'none',
        });
    }
    return out;
}
/** Routes the head no longer has, with a new method on the same path paired as a method change. */
function removedAndAdded(base, head) {
    const headKeys = new Set(head.map(key));
    const baseKeys = new Set(base.map(key));
    const added = head.filter((r) => !baseKeys.has(key(r)));
    const removed = base.filter((r) => !headKeys.has(key(r)));
    const paired = new Set();
    const out = [];
    for (const gone of removed) {
        const replacement = added.find((r) => r.shape === gone.shape && !paired.has(r));
        if (replacement) {
            paired.add(replacement);
            out.push({
                code: 'method_changed',
                route: gone.name,
                message: `${gone.name} is now ${replacement.name}: clients calling it with ${gone.method} get 404`,
                fix: `Keep a ${gone.method} route for existing clients, or acknowledge the change in the accepted list.`,
                side: 'head',
                pointer: `${replacement.pointer}/method`,
                target: 'value',
                before: gone.name,
                after: replacement.name,
            });
            continue;
        }
        out.push({
            code: 'route_removed',
            route: gone.name,
            message: `${gone.name} was removed: clients calling it get 404 once this deploys`,
            fix: 'Keep the route (or an alias of it) until clients have moved, or acknowledge the removal in the accepted ' +
                'list.',
            side: 'base',
            pointer: gone.pointer,
            target: 'value',
            before: gone.name,
        });
    }
    for (const fresh of added.filter((r) => !paired.has(r))) {
        out.push({
            code: 'route_added',
            route: fresh.name,
            message: `${fresh.name} is new${fresh.auth ? ' (requires a token)' : ' and public (no "auth": true)'}`,
            fix: fresh.auth ? '' : 'Public by intent? If not, add "auth": true.',
            side: 'head',
            pointer: fresh.pointer,
            target: 'value',
            after: fresh.name,
        });
    }
    return out;
}
function corsNarrowed(before, after) {
    const lost = (a, b) => a.filter((x) => !b.includes(x) && !b.includes('*'));
    return [
        ...lost(before.origins, after.origins).map((o) => `origin ${o}`),
        ...lost(before.methods, after.methods).map((m) => `method ${m}`),
        ...lost(before.headers, after.headers).map((h) => `header ${h}`),
        ...(before.credentials && !after.credentials ? ['credentials'] : []),
    ];
}
function apiWideChanges(base, head, both) {
    const out = [];
    const guarded = both.filter(([b, h]) => b.auth && h.auth).map(([, h]) => h.name);
    if (base.authorizer !== head.authorizer && guarded.length > 0) {
        out.push({
            code: 'authorizer_changed',
            message: `the authorizer changed for the ${guarded.length} routes that require a token` +
                ` (${guarded.slice(0, 5).join(', ')}${guarded.length > 5 ? ', …' : ''}): tokens minted for the old one` +
                ` may be refused`,
            fix: 'Check that clients get tokens the new authorizer accepts before this deploys.',
            side: head.authorizer ? 'head' : 'base',
            pointer: '/authorizer',
            target: 'key',
        });
    }
    const none = { origins: [], methods: [], headers: [], credentials: false };
    if (JSON.stringify(base.cors) !== JSON.stringify(head.cors)) {
        const lost = corsNarrowed(base.cors ?? none, head.cors ?? none);
        out.push({
            code: 'cors_changed',
            message: lost.length
                ? `CORS no longer allows ${lost.join(', ')}: browsers refuse those cross-origin calls`
                : 'CORS allows more than before',
            fix: lost.length ? 'Check that no browser client uses what CORS stopped allowing.' : '',
            side: head.cors ? 'head' : 'base',
            pointer: '/cors',
            target: 'key',
        });
    }
    return out;
}
/**
 * Every change from `base` to `head`, most severe first. A CORS change that takes something away
 * is a warning (browsers stop), one that only adds is a notice.
 */
function diffApi(base, head, level = 'standard') {
    const baseByKey = new Map(base.routes.map((r) => [key(r), r]));
    const both = [];
    for (const route of head.routes) {
        const before = baseByKey.get(key(route));
        if (before)
            both.push([before, route]);
    }
    const drafts = [
        ...both.flatMap(([before, after]) => routeChanges(before, after)),
        ...removedAndAdded(base.routes, head.routes),
        ...apiWideChanges(base, head, both),
    ];
    const rank = { error: 0, warning: 1, notice: 2 };
    return drafts
        .map((d) => {
        const narrowing = d.code === 'cors_changed' && d.fix !== '';
        return { ...d, severity: narrowing ? 'warning' : severityOf(d.code, level) };
    })
        .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

// EXTERNAL MODULE: ./src/gateway/environment-vars.ts
var environment_vars = __webpack_require__(4490);
// EXTERNAL MODULE: ./src/gateway/substitution.ts
var substitution = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/gateway/api-review.ts
// The API changes of a pull request, on the lines to review: the config at the base commit and at
// the head, each as the gateway sees it in the chosen environment (its vars substituted), diffed
// route by route; a change the repository accepted in its reviewed list is a notice. I/O lives
// here (git, files); the decisions are api-surface, api-diff and api-accepted.












const LAYER = {
    auth_removed: 'auth',
    auth_added: 'auth',
    authorizer_changed: 'auth',
    route_removed: 'routing',
    method_changed: 'routing',
    route_added: 'routing',
    target_changed: 'upstream',
    cors_changed: 'config',
    response_changed: 'config',
    mapping_changed: 'config',
};
const notice = (0,findings/* findingFactory */._2)('validate', 'config');
const unchecked = (message, fix) => ({
    findings: [notice('api_changes_unchecked', 'notice', message, fix)],
});
/** Compares the head's config with the base's; silent outside a pull request without `base-ref`. */
async function reviewApiChanges(config, head) {
    const base = chooseBase(config.env.GITHUB_EVENT_NAME, await (0,github_checks/* readEventPayload */.N5)(config.env), config.baseRef);
    if (!base)
        return { findings: [] };
    const fetchFix = 'Check out with enough history (actions/checkout `fetch-depth: 0`), or set `base-ref` to a commit the ' +
        'runner can fetch.';
    const resolved = await resolveBase(config.workingDirectory, base.ref);
    if (!resolved.ok)
        return unchecked(`the API changes were not checked against ${base.ref} (${base.origin}): ${resolved.reason}`, fetchFix);
    const short = resolved.commit.slice(0, 7);
    const inRepo = (file) => external_node_path_default().relative(resolved.top, file).split((external_node_path_default()).sep).join('/');
    const before = await readAtRevision(resolved.top, resolved.commit, inRepo(head.file));
    if (!before.ok) {
        const why = before.missing ? `${head.display} did not exist at ${short}: every route is new` : before.reason;
        return before.missing
            ? { findings: [notice('api_changes_unchecked', 'notice', `the API changes were not checked: ${why}`, '')] }
            : unchecked(`the API changes were not checked against ${short}: ${why}`, fetchFix);
    }
    const parsed = (0,json_source/* parseJson */.qF)(before.text);
    if (!parsed.ok)
        return unchecked(`the API changes were not checked: ${head.display} at ${short} is not valid JSON`, '');
    const { file: wranglerFile, vars: headVars } = (0,environment_vars/* projectVars */.q)(config);
    const baseWrangler = wranglerFile
        ? await readAtRevision(resolved.top, resolved.commit, inRepo(wranglerFile))
        : undefined;
    const baseVars = baseWrangler?.ok ? (0,environment_vars/* varsIn */.c)(wranglerFile, baseWrangler.text, config.environment) : headVars;
    const changes = diffApi((0,api_surface/* apiSurface */.mx)((0,substitution/* substitute */.V2)(parsed.value, baseVars).value), (0,api_surface/* apiSurface */.mx)((0,substitution/* substitute */.V2)(head.value, headVars).value), config.apiChanges);
    const acceptedFile = external_node_path_default().join(external_node_path_default().dirname(head.file), ACCEPTED_FILE);
    const accepted = (0,files/* readTextFile */.Gu)(acceptedFile, 256 * 1024);
    const list = accepted.ok ? parseAcceptedList(accepted.text) : { entries: [], malformed: [] };
    const records = locateChanges(changes, head, before.text, short, list, (0,inputs/* displayPath */.Gt)(acceptedFile, config.workingDirectory));
    return {
        findings: [
            ...records.map(findingOf),
            ...listFindings(list, records, (0,inputs/* displayPath */.Gt)(acceptedFile, config.workingDirectory)),
        ],
        changes: records,
        base: { ref: base.ref, commit: resolved.commit },
    };
}
function locateChanges(changes, head, baseText, short, list, listFile) {
    const side = (s) => changes.filter((c) => c.side === s).map((c) => ({ pointer: c.pointer, target: c.target }));
    const inHead = (0,json_source.locatePointers)(head.text, side('head'));
    const inBase = (0,json_source.locatePointers)(baseText, side('base'));
    return changes.map((change) => {
        const range = (change.side === 'head' ? inHead : inBase).get(`${change.target}:${change.pointer}`);
        const location = range && { file: head.display, ...range };
        const entry = acceptedBy(change, list);
        const where = change.side === 'base' && range ? ` (line ${range.line} at ${short})` : '';
        return {
            code: change.code,
            severity: entry ? 'notice' : change.severity,
            route: change.route,
            message: `${change.message}${where}${entry ? `; accepted in ${listFile}:${entry.line}` : ''}`,
            location,
            before: change.before,
            after: change.after,
            accepted: entry ? `${listFile}:${entry.line}` : undefined,
            fix: entry ? undefined : change.fix || undefined,
        };
    });
}
function findingOf(record) {
    return (0,findings/* findingFactory */._2)('validate', LAYER[record.code])(record.code, record.severity, record.message, record.fix ?? '', {
        location: record.location,
        evidence: { before: record.before, after: record.after },
    });
}
/** A line of the accepted list that is not an entry, or that accepts nothing this change makes. */
function listFindings(list, records, file) {
    const used = new Set(records.map((r) => r.accepted));
    return [
        ...list.malformed.map((line) => notice('api_accepted_malformed', 'warning', `${file}:${line} is not "<code> <METHOD> <path> <reason>"`, 'Write one accepted change a line, e.g. `route_removed GET /users/me clients moved to /me`.', {
            location: { file, line },
        })),
        ...list.entries
            .filter((e) => !used.has(`${file}:${e.line}`))
            .map((e) => notice('api_accepted_unused', 'notice', `${file}:${e.line} accepts a change this pull request does not make` +
            ` (${e.code}${e.route ? ` ${e.route}` : ''})`, 'Remove the line once the change it accepted has shipped.', {
            location: { file, line: e.line },
        })),
    ];
}

// EXTERNAL MODULE: ./src/gateway/config-analysis.ts + 4 modules
var config_analysis = __webpack_require__(2273);
// EXTERNAL MODULE: ./src/gateway/schema-source.ts + 1 modules
var schema_source = __webpack_require__(9738);
;// CONCATENATED MODULE: ./src/stages/validate.ts
// Stage 1: the gateway's JSON config against its schema, plus what a schema cannot express.






/**
 * The stage's code: this module and the bundled schema's validator (generated at build time, in a
 * chunk of its own), both imported before the stage's clock starts, like the rest of its code.
 */
async function loadValidate() {
    await (0,schema_source/* bundledValidator */.xD)();
    return runValidate;
}
async function runValidate(config) {
    const file = (0,config_analysis/* locateConfig */.p0)(config);
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const whole = (line = 1) => ({ file: display, line });
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok) {
        if (read.reason === 'missing' || read.reason === 'directory' || read.reason === 'unreadable') {
            const kind = { missing: 'not_found', directory: 'is_directory', unreadable: 'unreadable' }[read.reason];
            const code = `config_${kind}`;
            const fix = 'Set the `config` input to the gateway config file (a JSON file), relative to `working-directory`.';
            const where = read.reason === 'unreadable' ? whole() : undefined;
            throw new errors/* StageError */.Zu((0,config_analysis/* finding */.gk)(code, 'error', `config ${display} ${read.detail}`, fix, { location: where }));
        }
        const fixes = {
            too_large: 'A gateway config is kilobytes; split generated routes or check that the right file is named.',
            binary: 'Point the `config` input at the JSON config, saved as UTF-8.',
            empty: 'Write the gateway config (at least {"paths": []}) or point `config` at the right file.',
        };
        return {
            findings: [
                (0,config_analysis/* finding */.gk)(`config_${read.reason === 'too_large' ? 'too_large' : read.reason === 'binary' ? 'not_text' : 'empty'}`, 'error', `config ${display} ${read.detail}`, fixes[read.reason], { location: whole(read.line) }),
            ],
        };
    }
    const analysis = await (0,config_analysis/* validateConfigText */.Ik)(config, file, display, read.text);
    const { findings, routeCount, value } = analysis;
    // What preflight needs of this analysis, so that it does not repeat it on the same text.
    const data = analysis.data && {
        ...analysis.data,
        serviceBindings: analysis.serviceBindings,
        configSha256: (0,config_analysis/* textSha256 */.XN)(read.text),
    };
    const api = data ? await reviewApiChanges(config, { file, display, text: read.text, value }) : undefined;
    return {
        findings: api ? [...findings, ...api.findings] : findings,
        data: data && api?.changes ? { ...data, apiChanges: api.changes, apiBase: api.base } : data,
        note: data ? `${(0,files/* formatBytes */.z3)(read.bytes)}, ${routeCount} routes` : undefined,
    };
}


/***/ })

};
