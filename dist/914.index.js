export const id = 914;
export const ids = [914,437];
export const modules = {

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

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_PAGES, commentMarker, stickyBody, isStickyComment, pullRequestNumberOf */
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4437);

/** Bounds the search to 1000 comments; a longer thread gets a new sticky comment, not a long wait. */
const MAX_COMMENT_PAGES = 10;
const FAILURE = { doing: 'comment on the pull request', permission: 'pull-requests: write' };
async function upsertPullRequestComment(options) {
    const number = pullRequestNumberOf(options.env.GITHUB_EVENT_NAME, await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayload */ .N5)(options.env));
    if (number === undefined)
        return { done: false, reason: 'not a pull request event' };
    const token = options.token.trim();
    if (!token)
        return { done: false, reason: 'no GitHub token to comment with' };
    const repository = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(options.env);
    if (!repository)
        return { done: false, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
    const marker = commentMarker(options.key);
    const body = stickyBody(marker, options.body);
    try {
        const octokit = await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .githubClient */ .$f)(token, options.env, options.timeoutMs ?? _github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_MS */ .t1);
        let existing;
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repository,
            issue_number: number,
            per_page: 100,
        })) {
            existing = page.data.find((comment) => isStickyComment(comment.body, marker))?.id;
            if (existing !== undefined || ++pages >= MAX_COMMENT_PAGES)
                break;
        }
        if (existing !== undefined) {
            const updated = await octokit.rest.issues.updateComment({ ...repository, comment_id: existing, body });
            return { done: true, url: updated.data.html_url, action: 'updated' };
        }
        const created = await octokit.rest.issues.createComment({ ...repository, issue_number: number, body });
        return { done: true, url: created.data.html_url, action: 'created' };
    }
    catch (error) {
        return { done: false, ...(0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(error, token, FAILURE) };
    }
}
/** An HTML comment, invisible in the rendered comment; the key keeps only characters safe inside one. */
function commentMarker(key) {
    const safe = (key ?? '')
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '');
    return `<!-- gateway-deploy-gate${safe ? `:${safe}` : ''} -->`;
}
function stickyBody(marker, body) {
    return `${marker}\n${(0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateMarkdown */ .o4)(body, _github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MARKDOWN */ .BN - marker.length - 1)}`;
}
/** The marker must open the comment: a person quoting it ("> <!-- …") does not take it over. */
function isStickyComment(body, marker) {
    return !!body && body.split('\n', 1)[0].trim() === marker;
}
/** The pull request of pull_request* events, or of a comment on one (issue_comment). */
function pullRequestNumberOf(eventName, payload) {
    const pr = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'pull_request', 'number');
    if (typeof pr === 'number')
        return pr;
    const issue = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'issue', 'number');
    return eventName === 'issue_comment' &&
        typeof issue === 'number' &&
        (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'issue', 'pull_request') !== undefined
        ? issue
        : undefined;
}


/***/ })

};
