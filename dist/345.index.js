export const id = 345;
export const ids = [345];
export const modules = {

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishGitHubDeployment: () => (/* binding */ finishGitHubDeployment),
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

// EXTERNAL MODULE: ./src/report/github-checks.ts + 1 modules
var github_checks = __webpack_require__(8245);
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
    say(`::notice title=${TITLE}::${(0,runner_protocol/* escapeCommand */.Nf)(`GitHub Deployments skipped: ${reason}`)}`);
    return { skipped: reason };
}
function warn(reason, say) {
    say(`::warning title=${TITLE}::${(0,runner_protocol/* escapeCommand */.Nf)(`GitHub Deployments: ${reason}; the gate goes on without them`)}`);
    return { skipped: reason };
}


/***/ })

};
