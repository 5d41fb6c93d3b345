export const id = 726;
export const ids = [726,437];
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

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishGitHubDeployment: () => (/* binding */ finishGitHubDeployment),
  postCanaryStepStatus: () => (/* binding */ postCanaryStepStatus),
  recordGitHubDeployment: () => (/* binding */ recordGitHubDeployment)
});

// EXTERNAL MODULE: ./src/runner-protocol.ts
var runner_protocol = __webpack_require__(1086);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
;// CONCATENATED MODULE: ./src/report/deployment-plan.ts
// What the gate tells GitHub Deployments about a deploy, decided from the stage results alone:
// the deployment to create when the deploy step ends, and the statuses the report step posts
// once smoke (and rollback) have run. No I/O here; github-deployments.ts sends what this decides.

/** GitHub refuses a deployment or status description longer than this. */
const MAX_DESCRIPTION = 140;
/** A preview is `preview/<alias>`, transient; a deploy is its wrangler environment (top level: `production`). */
function deploymentTarget(data) {
    if (data.mode === 'preview') {
        const environment = data.preview ? `preview/${data.preview.alias}` : 'preview';
        return { environment, transient: true, production: false, url: data.preview?.url ?? data.previewUrl };
    }
    const environment = data.environment ?? 'production';
    // GitHub's own rule for its default: the environment named production is the one end users use.
    return { environment, transient: false, production: environment === 'production', url: data.url };
}
/** After the deploy step: the deployment to create and its first status, or nothing when nothing was deployed. */
function startPlan(deploy, run) {
    const data = deploy.data;
    if (!data || deploy.status === 'skipped')
        return undefined;
    const target = deploymentTarget(data);
    const payload = { gate: 'gateway-deploy-gate', worker: data.workerName, mode: data.mode };
    if (data.versionId)
        payload.versionId = data.versionId;
    if (data.previousVersionId)
        payload.previousVersionId = data.previousVersionId;
    const create = {
        ref: run.ref,
        environment: target.environment,
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
        transient_environment: target.transient,
        production_environment: target.production,
        payload,
        description: describe(`${data.workerName} ${data.mode} deploy${data.versionId ? ` of ${data.versionId}` : ''}`),
    };
    const passed = deploy.status === 'passed';
    const description = passed
        ? `smoke-testing version ${data.versionId ?? '?'}`
        : `deploy failed: ${firstError(deploy.findings) ?? deploy.note ?? deploy.status}`;
    return { create, status: withLog({ state: passed ? 'in_progress' : 'failure', description }, run) };
}
/** After smoke and rollback: the final status of this run's deployment, and of the one it replaced or restored. */
function finishPlan(results, run) {
    const deploy = (0,contract/* resultOf */.B)(results, 'deploy');
    const data = deploy?.data;
    const github = data?.github;
    if (!deploy || deploy.status !== 'passed' || !data || !github || !('id' in github))
        return undefined;
    const target = deploymentTarget(data);
    const smoke = (0,contract/* resultOf */.B)(results, 'smoke');
    const version = data.versionId ?? '?';
    if (smoke?.status === 'passed') {
        const own = withLog({ state: 'success', description: `version ${version} passed the smoke test` }, run, target.url);
        return { id: github.id, own, related: replacedStatus(data, target, run) };
    }
    if (!smoke || smoke.status === 'skipped')
        return { id: github.id, own: unsmoked(data, run, target.url) };
    const why = firstError(smoke.findings) ?? smoke.note ?? smoke.status;
    const own = withLog({ state: 'failure', description: `smoke test failed: ${why}` }, run);
    const restored = data.mode === 'preview' ? undefined : restoredVersion(results, data);
    if (!restored)
        return { id: github.id, own };
    const description = `serving again: ${version} failed the smoke test`;
    const status = withLog({ state: 'success', description }, run, data.url);
    return { id: github.id, own, related: { environment: target.environment, match: { versionId: restored }, status } };
}
/** The id of the deployment a RelatedStatus means, among the environment's deployments (newest first). */
function pickRelated(deployments, related, own) {
    const ours = deployments.filter((d) => d.id !== own.id && payloadOf(d.payload)?.worker === own.worker);
    if (related.match === 'newest-other')
        return ours.find((d) => d.id < own.id)?.id;
    const { versionId } = related.match;
    return ours.find((d) => payloadOf(d.payload)?.versionId === versionId)?.id;
}
/** A passing deploy replaces the version that served (a preview, its pull request's previous push): now inactive. */
function replacedStatus(data, target, run) {
    const environment = target.environment;
    if (target.transient) {
        const status = withLog({ state: 'inactive', description: 'replaced by a later push' }, run);
        return { environment, match: 'newest-other', status };
    }
    if (!data.previousVersionId)
        return undefined;
    const status = withLog({ state: 'inactive', description: `replaced by ${data.versionId ?? '?'}` }, run);
    return { environment, match: { versionId: data.previousVersionId }, status };
}
/** Smoke did not run: a direct deploy or a preview is out there untested; a gradual one never got traffic. */
function unsmoked(data, run, url) {
    if (data.mode === 'gradual')
        return withLog({ state: 'inactive', description: 'uploaded at 0%, not smoke-tested, not promoted' }, run);
    return withLog({ state: 'success', description: `version ${data.versionId ?? '?'} deployed, not smoke-tested` }, run, url);
}
/** The version a rollback put back in front of users, when it did. */
function restoredVersion(results, data) {
    const rollback = (0,contract/* resultOf */.B)(results, 'rollback')?.data;
    if (!rollback?.rolledBack)
        return undefined;
    return rollback.activeVersionId ?? data.previousVersionId;
}
/** A payload this gate wrote (GitHub returns it as sent; an older API as a JSON string). */
function payloadOf(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const p = value;
    return p.gate === 'gateway-deploy-gate' ? p : undefined;
}
/** A canary step while the deploy is still under way (the report step posts the final state). */
function canaryStepStatus(description, run) {
    return withLog({ state: 'in_progress', description }, run);
}
function withLog(status, run, environmentUrl) {
    const full = { ...status, description: describe(status.description) };
    if (run.logUrl)
        full.log_url = run.logUrl;
    if (environmentUrl)
        full.environment_url = environmentUrl;
    return full;
}
function firstError(findings) {
    const error = findings.find((f) => f.severity === 'error');
    return error && `${error.layer}/${error.code}: ${error.message}`;
}
function describe(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= MAX_DESCRIPTION ? line : `${line.slice(0, MAX_DESCRIPTION - 1)}…`;
}

// EXTERNAL MODULE: ./src/report/github-checks.ts
var github_checks = __webpack_require__(4437);
;// CONCATENATED MODULE: ./src/report/github-deployments.ts



const FAILURE = { doing: 'create a GitHub deployment', permission: 'deployments: write' };
const TITLE = 'gateway-deploy-gate';
/** The deploy step's result with the GitHub deployment it created (or why none), for the report step. */
async function recordGitHubDeployment(gate, result, say) {
    if (result.name !== 'deploy' || !result.data || !gate.githubToken)
        return result;
    const github = await startDeployment(gate, result, say);
    return github ? { ...result, data: { ...result.data, github } } : result;
}
async function startDeployment(gate, deploy, say) {
    const facts = await runFacts(gate.env);
    if ('skipped' in facts)
        return skip(facts.skipped, say);
    const plan = startPlan(deploy, facts.run);
    if (!plan)
        return undefined;
    const token = gate.githubToken;
    let id;
    try {
        const octokit = await (0,github_checks/* githubClient */.$f)(token, gate.env, github_checks/* DEFAULT_TIMEOUT_MS */.t1);
        const created = await octokit.rest.repos.createDeployment({ ...facts.repository, ...plan.create });
        const answer = (0,github_checks/* field */.ZZ)(created.data, 'id');
        // 202 is GitHub merging the default branch in first, which auto_merge: false never asks for.
        if (typeof answer !== 'number')
            return warn(`GitHub created no deployment: ${String((0,github_checks/* field */.ZZ)(created.data, 'message'))}`, say);
        id = answer;
        await postStatus(octokit, facts.repository, id, plan.status);
        say(`GitHub deployment ${id} (${plan.create.environment}): ${plan.status.state}`);
        return { id, environment: plan.create.environment };
    }
    catch (error) {
        const doing = id === undefined ? FAILURE.doing : `set the status of GitHub deployment ${id}`;
        const failure = (0,github_checks/* describeFailure */.Ic)(error, token, { ...FAILURE, doing });
        const record = failure.status === 403 ? skip(failure.reason, say) : warn(failure.reason, say);
        // A deployment that exists still gets its final status from the report step.
        return id === undefined ? record : { id, environment: plan.create.environment };
    }
}
/** The report step: the deployment's final status, and the one it replaced (inactive) or restored (success). */
async function finishGitHubDeployment(gate, results, say) {
    const facts = await runFacts(gate.env);
    if ('skipped' in facts)
        return undefined; // said once already, by the deploy step
    const plan = finishPlan(results, facts.run);
    const deploy = results.find((r) => r.name === 'deploy');
    if (!plan || deploy?.name !== 'deploy' || !deploy.data)
        return undefined;
    const token = gate.githubToken;
    const doing = `update GitHub deployment ${plan.id}`;
    try {
        const octokit = await (0,github_checks/* githubClient */.$f)(token, gate.env, github_checks/* DEFAULT_TIMEOUT_MS */.t1);
        await postStatus(octokit, facts.repository, plan.id, plan.own);
        const notes = [`GitHub deployment ${plan.id}: ${plan.own.state}`];
        if (plan.related) {
            const { data } = await octokit.rest.repos.listDeployments({
                ...facts.repository,
                environment: plan.related.environment,
                per_page: 100,
            });
            const own = { id: plan.id, worker: deploy.data.workerName };
            const other = pickRelated(data, plan.related, own);
            if (other !== undefined) {
                await postStatus(octokit, facts.repository, other, plan.related.status);
                notes.push(`GitHub deployment ${other}: ${plan.related.status.state}`);
            }
        }
        return notes.join('; ');
    }
    catch (error) {
        warn((0,github_checks/* describeFailure */.Ic)(error, token, { ...FAILURE, doing }).reason, say);
        return undefined;
    }
}
async function postStatus(octokit, repository, id, status) {
    await octokit.rest.repos.createDeploymentStatus({ ...repository, ...status, deployment_id: id });
}
/** The repository, the commit and the run's page; or why deployments are skipped (no repository, a fork). */
async function runFacts(env) {
    const repository = (0,github_checks/* repositoryOf */._M)(env);
    if (!repository)
        return { skipped: 'GITHUB_REPOSITORY is not set as owner/name' };
    const payload = await (0,github_checks/* readEventPayload */.N5)(env);
    const headRepo = (0,github_checks/* field */.ZZ)(payload, 'pull_request', 'head', 'repo', 'full_name');
    const fork = (0,github_checks/* field */.ZZ)(payload, 'pull_request', 'head', 'repo', 'fork') === true;
    if (fork || (typeof headRepo === 'string' && headRepo !== `${repository.owner}/${repository.repo}`))
        return { skipped: 'a pull request from a fork gets a read-only token' };
    const ref = (0,github_checks/* headShaOf */.kq)(env.GITHUB_EVENT_NAME, payload, env.GITHUB_SHA);
    if (!ref)
        return { skipped: 'no commit to deploy: neither pull_request.head.sha nor GITHUB_SHA' };
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const run = { ref };
    if (env.GITHUB_RUN_ID)
        run.logUrl = `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
    return { repository, run };
}
function skip(reason, say) {
    say(`::notice title=${TITLE}::${(0,runner_protocol/* escapeCommand */.N)(`GitHub Deployments skipped: ${reason}`)}`);
    return { skipped: reason };
}
function warn(reason, say) {
    say(`::warning title=${TITLE}::${(0,runner_protocol/* escapeCommand */.N)(`GitHub Deployments: ${reason}; the gate goes on without them`)}`);
    return { skipped: reason };
}
/** A canary step's status is informative only: a slow API must not hold the canary's clock. */
const STEP_TIMEOUT_MS = 5_000;
/**
 * One canary step as an `in_progress` status of this run's deployment ("50 % · 0.2 % errors vs
 * 0.1 % · 1,204 requests"). Best effort: any failure is one line in the log, never a finding.
 */
async function postCanaryStepStatus(gate, deploymentId, description, say) {
    if (!gate.githubToken)
        return;
    try {
        const facts = await runFacts(gate.env);
        if ('skipped' in facts)
            return;
        const status = canaryStepStatus(description, facts.run);
        const octokit = await (0,github_checks/* githubClient */.$f)(gate.githubToken, gate.env, STEP_TIMEOUT_MS);
        await postStatus(octokit, facts.repository, deploymentId, status);
    }
    catch (error) {
        const doing = `set the canary step on GitHub deployment ${deploymentId}`;
        say(`GitHub Deployments: ${(0,github_checks/* describeFailure */.Ic)(error, gate.githubToken, { ...FAILURE, doing }).reason}`);
    }
}


/***/ })

};
