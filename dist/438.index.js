export const id = 438;
export const ids = [438];
export const modules = {

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploymentUrl: () => (/* binding */ deploymentUrl),
  runDeploy: () => (/* binding */ runDeploy),
  versionWarning: () => (/* binding */ versionWarning)
});

// EXTERNAL MODULE: ./src/cloudflare/api.ts
var cloudflare_api = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cloudflare/account.ts
var cloudflare_account = __webpack_require__(248);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/project-tests/package-manager.ts
var package_manager = __webpack_require__(9043);
// EXTERNAL MODULE: ./src/wrangler/capabilities.ts
var capabilities = __webpack_require__(6570);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/wrangler/preview-alias.ts
// `deploy: preview`: which alias the version is uploaded under, and whether a preview URL can exist
// at all. Pure: the environment, the pull request's event and the wrangler config come in as data.

/** Cloudflare's rules: a DNS label, and `<alias>-<worker>` must fit in one label (wrangler's own check). */
const ALIAS_PATTERN = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_LABEL = 63;
const HASH_LENGTH = 4;
function chooseAlias(facts) {
    const room = MAX_LABEL - facts.worker.length - 1;
    if (facts.input !== undefined) {
        const problem = aliasProblem(facts.input, facts.worker);
        if (!problem)
            return { ok: true, alias: facts.input, source: 'input' };
        const fix = `Set \`preview-alias\` to lowercase letters, digits and hyphens, starting with a letter, at most` +
            ` ${Math.max(room, 0)} characters (e.g. pr-123).`;
        return { ok: false, message: `preview-alias "${facts.input}" ${problem}`, fix };
    }
    const derived = facts.pullRequest !== undefined
        ? { label: `pr-${facts.pullRequest}`, source: 'pull request' }
        : facts.branch
            ? { label: branchLabel(facts.branch, room), source: 'branch' }
            : undefined;
    if (!derived) {
        const message = 'deploy: preview needs an alias: this run is neither a pull request nor on a branch';
        return { ok: false, message, fix: 'Set the `preview-alias` input (e.g. pr-123 or staging).' };
    }
    const problem = aliasProblem(derived.label, facts.worker);
    if (problem) {
        const message = `the preview alias "${derived.label}" derived from the ${derived.source} ${problem}`;
        return { ok: false, message, fix: 'Set the `preview-alias` input, or give the Worker a shorter name.' };
    }
    return { ok: true, alias: derived.label, source: derived.source };
}
/** Why Cloudflare would refuse `alias` for `worker` (a phrase), or undefined. */
function aliasProblem(alias, worker) {
    if (!ALIAS_PATTERN.test(alias))
        return ('is not a valid DNS label (lowercase letters, digits and hyphens, starting with a letter, not ending with ' +
            'a hyphen)');
    if (alias.length + 1 + worker.length > MAX_LABEL)
        return (`is too long: "${alias}-${worker}" has ${alias.length + 1 + worker.length} characters, and a DNS label at` +
            ` most ${MAX_LABEL}`);
    return undefined;
}
/** A branch name as a DNS label of at most `room` characters (a hash of the name keeps long ones apart). */
function branchLabel(branch, room) {
    let label = branch
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!/^[a-z]/.test(label))
        label = `b-${label}`.replace(/-+$/, '');
    if (label.length <= room)
        return label;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(branch).digest('hex').slice(0, HASH_LENGTH);
    const head = label.slice(0, Math.max(room - HASH_LENGTH - 1, 0)).replace(/-+$/, '');
    return head ? `${head}-${hash}` : label;
}
/** The pull request's number: the event's `pull_request.number`, else `refs/pull/<N>/merge`. */
function pullRequestNumber(env, event) {
    const fromEvent = event?.pull_request?.number;
    if (typeof fromEvent === 'number' && Number.isInteger(fromEvent) && fromEvent > 0)
        return fromEvent;
    const ref = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(env.GITHUB_REF ?? '');
    return ref ? Number(ref[1]) : undefined;
}
/** The branch a run builds: a pull request's head branch, else the pushed branch. */
function branchName(env) {
    if (env.GITHUB_HEAD_REF)
        return env.GITHUB_HEAD_REF;
    const ref = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? '');
    return ref?.[1] ?? (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined);
}
/** The value at `path` in the raw wrangler config. */
function valueAt(raw, path) {
    let node = raw;
    for (const key of path)
        node = node?.[key];
    return node;
}
/**
 * Cloudflare makes no preview URL when workers.dev is off, when `preview_urls` is false, or for
 * a Worker that implements a Durable Object (its own class bound, or migrations).
 */
function previewBlocker(raw, worker) {
    const name = worker.name ?? 'the Worker';
    for (const key of ['workers_dev', 'preview_urls']) {
        const path = worker.pathOf(key);
        if (valueAt(raw, path) !== false)
            continue;
        const what = key === 'workers_dev' ? 'its workers.dev subdomain is off' : 'preview URLs are off';
        const message = `deploy: preview cannot give ${name} a preview URL: ${what} (\`${key} = false\`)`;
        const fix = `Set \`${key} = true\` (preview URLs live on workers.dev), or use \`deploy: gradual\` to test a version at` +
            ` 0%.`;
        return { code: 'preview_urls_unavailable', message, fix, path, target: 'value' };
    }
    const own = worker.durableObjects.find((d) => d.script === undefined);
    const migrations = worker.pathOf('migrations');
    if (!own && valueAt(raw, migrations) === undefined)
        return undefined;
    const message = `deploy: preview cannot give ${name} a preview URL: Cloudflare makes none for a Worker that implements ` +
        `a Durable Object${own ? ` (${own.resource ?? own.binding})` : ' (it has migrations)'}`;
    const fix = 'Use `deploy: gradual` (the version is tested at 0% through a version override), or move the Durable Object ' +
        'into a Worker of its own and bind it with `script_name`.';
    return { code: 'preview_urls_unavailable', message, fix, path: own ? own.path : migrations, target: 'key' };
}

;// CONCATENATED MODULE: ./src/wrangler/preview-plan.ts
// `deploy: preview`, decided before anything is uploaded: the alias (input, pull request or
// branch), whether the wrangler config lets a preview URL exist, whether the wrangler can do it.
// The deploy stage runs the upload; this module only reads the run's facts and judges them.





const deployFinding = (0,findings/* findingFactory */._2)('deploy', 'deploy', { owned: true });
/** The alias and the go-ahead for a preview of `worker`, or the one finding that stops it. */
function planPreview(config, target, worker) {
    const blocker = previewBlocker(target.source.raw, target.worker);
    if (blocker) {
        const location = target.source.locate(blocker.path, blocker.target);
        const finding = deployFinding(blocker.code, 'error', blocker.message, blocker.fix);
        return { ok: false, finding: { ...finding, layer: 'config', location } };
    }
    const choice = chooseAlias({
        input: config.previewAlias,
        pullRequest: pullRequestNumber(config.env, readEvent(config.env.GITHUB_EVENT_PATH)),
        branch: branchName(config.env),
        worker,
    });
    if (!choice.ok) {
        const finding = deployFinding('preview_alias_invalid', 'error', choice.message, choice.fix);
        return { ok: false, finding: { ...finding, layer: 'config' } };
    }
    return { ok: true, alias: choice.alias, note: `alias ${choice.alias} (from the ${choice.source})` };
}
/** A wrangler without `--preview-alias`: one finding with the version to upgrade to. */
function previewWranglerProblem(version, pm) {
    if ((0,capabilities/* capabilitiesOf */.SF)(version).previewAlias)
        return undefined;
    const since = capabilities/* PREVIEW_ALIAS_SINCE */.RK.join('.');
    const flag = `\`--preview-alias\` came in ${since}`;
    const message = `wrangler ${version} cannot upload a version under a preview alias (${flag})`;
    const fix = `Upgrade the project's wrangler to ${since} or newer: \`${(0,package_manager/* addDevCommand */.wJ)(pm, 'wrangler@4')}\`.`;
    return deployFinding('wrangler_too_old_for_preview', 'error', message, fix);
}
/** The webhook event the run was triggered by (GITHUB_EVENT_PATH); undefined when unreadable. */
function readEvent(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/project-tests/project-package-manager.ts
var project_package_manager = __webpack_require__(1643);
// EXTERNAL MODULE: ./src/wrangler/deploy-failure.ts
var deploy_failure = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/wrangler/deploy-steps.ts
// Which wrangler commands one deploy runs, decided from what is known before anything changes.
// The rule: one new version holding the code and the secrets, and the deployment changes once,
// at the last step, so a failure at any earlier step leaves the previous version serving.
function deploySteps(facts) {
    const withFile = facts.hasSecrets && facts.secretsFile;
    // Older wranglers: the secrets go into an undeployed version first, which the upload inherits
    // (uploads keep the latest version's secrets): `versions secret bulk` works whatever is deployed.
    const before = facts.hasSecrets && !withFile && facts.exists ? [{ kind: 'versions-secret-bulk' }] : [];
    if (facts.mode === 'gradual')
        return [...before, { kind: 'upload', secretsFile: withFile }, { kind: 'split' }];
    if (facts.mode === 'preview')
        return previewSteps(facts, withFile, before);
    const deploy = { kind: 'deploy', secretsFile: withFile };
    // A Worker that does not exist yet has no version to hold secrets before its first deploy.
    if (facts.hasSecrets && !withFile && !facts.exists)
        return [deploy, { kind: 'secret-bulk' }];
    return [...before, deploy];
}
/**
 * A preview never deploys: the version is uploaded under its alias. An older wrangler's secrets go
 * into an undeployed version first, which the upload inherits. (A preview needs an existing Worker.)
 */
function previewSteps(facts, withFile, before) {
    return [...before, { kind: 'upload', secretsFile: withFile, alias: facts.alias }];
}

;// CONCATENATED MODULE: ./src/wrangler/restore.ts
/** The same versions at the same percentages, in any order. */
function sameSplit(a, b) {
    const key = (split) => [...(split ?? [])]
        .map((v) => `${v.version_id}@${v.percentage}`)
        .sort()
        .join(' ');
    return key(a) === key(b);
}
/** `versions deploy` arguments that bring back `split` exactly (`<id>@<percent>%` each). */
function restoreArgs(split) {
    return ['versions', 'deploy', ...split.map((v) => `${v.version_id}@${v.percentage}%`), '-y'];
}
/** The sentence the failure's finding ends with: which version serves, and whether production changed. */
function servingSentence(workerName, state) {
    if (!state.serving) {
        const why = state.problem ? ` (${state.problem})` : '';
        return `. Which version of ${workerName} serves could not be read${why}: check \`wrangler deployments status\``;
    }
    const shows = `. Cloudflare shows version ${state.serving} of ${workerName} serving`;
    if (!state.previous)
        return `${shows}: the Worker had no version serving before this deploy`;
    if (state.serving !== state.previous) {
        const could = state.problem ? `; putting back ${state.previous} failed: ${state.problem}` : '';
        return `${shows}, not the one that served before${could}`;
    }
    if (state.restored)
        return `${shows}: the deploy had changed the deployment, and the gate restored it`;
    return `${shows}, the version that served before: production is unchanged`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/wrangler/secrets-file.ts
// The secrets of one deploy as the file `--secrets-file` reads: JSON (no dotenv expansion of `$`),
// in a directory of its own under RUNNER_TEMP, readable by the user only, and gone as soon as the
// one command that reads it ends, or the gate exits (a cancelled run) before that.



const pending = new Set();
// A cancelled run may exit before the command's own cleanup runs.
process.once('exit', () => {
    for (const dir of pending)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
});
/** The payload: each name in `names` with its value from `env` (missing: empty, as `secret bulk` got it). */
function secretsJson(names, env) {
    return JSON.stringify(Object.fromEntries(names.map((name) => [name, env[name] ?? ''])));
}
function writeSecretsFile(names, env) {
    // mkdtemp makes the directory 0700; the file is 0600 and created, never reused (`wx`).
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'gate-secrets-'));
    pending.add(dir);
    const file = external_node_path_default().join(dir, 'secrets.json');
    const remove = () => {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        pending.delete(dir);
    };
    try {
        (0,external_node_fs_.writeFileSync)(file, secretsJson(names, env), { mode: 0o600, flag: 'wx' });
    }
    catch (error) {
        remove();
        throw error;
    }
    return { path: file, remove };
}
/** Runs `use` with the file, removing it however `use` ends. */
async function withSecretsFile(names, env, use) {
    const secrets = writeSecretsFile(names, env);
    try {
        return await use(secrets.path);
    }
    finally {
        secrets.remove();
    }
}

// EXTERNAL MODULE: ./src/wrangler/output-file.ts
var output_file = __webpack_require__(8088);
// EXTERNAL MODULE: ./src/wrangler/wrangler-cli.ts
var wrangler_cli = __webpack_require__(1189);
// EXTERNAL MODULE: ./src/wrangler/wrangler-step.ts
var wrangler_step = __webpack_require__(7529);
// EXTERNAL MODULE: ./src/wrangler/worker-target.ts
var worker_target = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/smoke/live-baseline.ts
var live_baseline = __webpack_require__(1639);
;// CONCATENATED MODULE: ./src/stages/deploy.ts
// Stage 4: the deploy, through the project's own wrangler. `direct` is `wrangler deploy`;
// `gradual` uploads a version and deploys it at 0% next to the live one, so smoke can reach it
// with a version override while users never do; smoke then promotes it to 100%.
















const finding = (0,findings/* findingFactory */._2)('deploy', 'deploy', { owned: true });
async function runDeploy(config, log, context) {
    if (config.deploy === 'none')
        return { findings: [], status: 'skipped', note: 'deploy: none' };
    const target = (0,worker_target/* readWorkerTarget */.c)(config, 'deploy');
    const preflight = context.previous('preflight')?.data;
    const name = preflight?.workerName ?? target.worker.name;
    if (!name)
        return { findings: [workerNameMissing(config, target)] };
    // A preview that cannot work is said before anything is uploaded.
    const preview = config.deploy === 'preview' ? planPreview(config, target, name) : undefined;
    if (preview && !preview.ok)
        return { findings: [preview.finding] };
    const located = (0,wrangler_cli/* locateWrangler */.HT)(config.workingDirectory, config.env);
    if (!located.ok)
        return { findings: [finding('wrangler_unavailable', 'error', located.reason, located.fix)] };
    const pm = (0,project_package_manager/* projectPackageManager */.L)(config.workingDirectory).name;
    const tooOld = preview ? previewWranglerProblem(located.program.version, pm) : undefined;
    if (tooOld)
        return { findings: [tooOld] };
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
    if (!api)
        return { findings: [apiTokenMissing()] };
    // The account wrangler deploys to; preflight said so already when the variable names another.
    const choice = (0,cloudflare_account/* chooseAccount */.HA)(target.source, config.environment, config.env);
    const conflict = preflight ? undefined : (0,cloudflare_account/* accountConflict */.C5)(choice, 'deploy', (p) => target.source.locate(p, 'value'));
    const account = await deployAccount(api, choice);
    if (!account.ok)
        return { findings: [account.finding] };
    const accountId = account.account.id;
    log.write(`Cloudflare account ${accountId} (${(0,cloudflare_account/* accountOrigin */.kK)(account.account.origin)})\n`);
    const before = await (0,cloudflare_api/* activeDeployment */.q0)(api, accountId, name);
    if (!before.ok)
        return { findings: [await activeDeploymentUnread(before.answer, name, api, target)] };
    const data = {
        mode: config.deploy,
        workerName: name,
        environment: config.environment ?? null,
        accountId,
        wrangler: located.program.version,
        secretsUploaded: [],
        previousDeployment: before.deployment?.versions,
    };
    const previous = (0,cloudflare_api/* mainVersion */.Qt)(before.deployment);
    if (previous)
        data.previousVersionId = previous;
    context.checkpoint?.(data);
    if (config.deploy === 'direct')
        data.liveSmoke = await smokeLiveVersion(config, log, api, data);
    const deployer = new Deployer(config, log, located.program, target);
    const alias = preview?.ok ? preview.alias : undefined;
    const findings = await deployWith(deployer, config, data, { exists: before.exists, alias }, target, api);
    const untested = (0,capabilities/* untestedReason */.zE)(located.program.version);
    const warnings = [...(untested ? [versionWarning(untested, pm)] : []), ...(conflict ? [conflict] : [])];
    const note = findings.length > 0 ? `${config.deploy} deploy of ${name} failed` : successNote(data, previous);
    return { findings: [...findings, ...warnings], data, note };
}
function workerNameMissing(config, target) {
    const forEnvironment = config.environment ? ` for environment ${config.environment}` : '';
    return {
        ...finding('worker_name_missing', 'error', `the wrangler config ${target.source.display} has no name${forEnvironment}`, 'Set `name` in the wrangler config.'),
        layer: 'config',
        location: target.source.locate(['name']),
    };
}
function apiTokenMissing() {
    return finding('api_token_missing', 'error', 'no CLOUDFLARE_API_TOKEN: nothing can be deployed (a pull request from a fork gets no secrets)', 'Pass CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID to the step,' +
        ' or set `deploy: none` for runs that must not deploy.');
}
/** The account to deploy to, or why it cannot be told (the API unreachable, or several accounts). */
async function deployAccount(api, choice) {
    const account = await (0,cloudflare_account/* resolveAccount */.u1)(api, choice);
    if (account.ok)
        return account;
    const unanswered = account.answer && !account.answer.ok ? account.answer : undefined;
    if (unanswered?.kind === 'unavailable') {
        return { ok: false, finding: apiTrouble("listing the token's accounts", unanswered, api) };
    }
    const why = account.answer && !account.answer.ok ? `: ${account.answer.message}` : `: the token sees ${account.count} accounts`;
    return {
        ok: false,
        finding: finding('cloudflare_account_unknown', 'error', `could not tell which Cloudflare account to deploy to${why}`, cloudflare_account/* ACCOUNT_FIX */.Qh),
    };
}
/** The active deployment could not be read: the API was unreachable, or refused (checking the token then). */
async function activeDeploymentUnread(answer, name, api, target) {
    if (!answer.ok && answer.kind === 'unavailable') {
        return apiTrouble(`reading the active deployment of ${name}`, answer, api);
    }
    let failure = answer.ok
        ? { message: 'unexpected answer' }
        : { code: answer.code || undefined, message: answer.message };
    if (!answer.ok && answer.kind === 'auth' && !(await (0,cloudflare_api/* tokenIsValid */.AD)(api)))
        failure = { code: 1000, message: `${answer.message}; /user/tokens/verify rejects the token too` };
    return (0,deploy_failure/* deployFailureFinding */.X)(failure, { command: `reading the active deployment of ${name}`, ...target });
}
function successNote(data, previous) {
    const where = data.url ? ` at ${data.url}` : '';
    const version = `${data.workerName} version ${data.versionId ?? '?'}`;
    if (data.mode === 'direct')
        return `${version} deployed${where}${previous ? ` (was ${previous})` : ' (first deploy)'}`;
    if (data.mode === 'gradual')
        return `${version} uploaded and deployed at 0% next to ${previous}${where}; smoke promotes it`;
    const live = previous ? `${previous} still serves production` : 'the Worker has no deployment';
    return `${version} uploaded as preview ${data.preview?.alias ?? '?'}${where}; ${live}`;
}
/**
 * Before a direct deploy replaces it, the live version answers the smoke test's probes (issue 20,
 * point 7), so the smoke stage can tell what this deploy broke from what already failed.
 */
async function smokeLiveVersion(config, log, api, data) {
    const live = data.previousVersionId;
    if (!live)
        return { skipped: `${data.workerName} has no live version: this is its first deploy` };
    const url = config.url ?? (await workersDevUrl(api, data));
    if (!url)
        return { skipped: 'the live version has no known URL: no `url` input, and workers.dev is off for it' };
    const prepared = (0,live_baseline/* livePlan */.iq)(config);
    if (!prepared.ok)
        return { skipped: prepared.reason };
    const title = `live version ${live}: ${prepared.plan.probes.length} probes to ${url} before the deploy`;
    return log.group(title, () => (0,live_baseline/* probeLive */.p3)(config, prepared.spec, prepared.plan, { url, versionId: live }));
}
/** The Worker's workers.dev URL, when it serves there. */
async function workersDevUrl(api, data) {
    const [subdomain, state] = await Promise.all([
        (0,cloudflare_api/* workersSubdomain */.Wj)(api, data.accountId),
        (0,cloudflare_api/* workerSubdomainState */.ot)(api, data.accountId, data.workerName),
    ]);
    return subdomain && state?.enabled ? `https://${data.workerName}.${subdomain}.workers.dev` : undefined;
}
/** The API did not answer a read the deploy needs: the platform's trouble, not the deployer's. */
function apiTrouble(what, answer, api) {
    const code = answer.status === 429 ? 'cloudflare_rate_limited' : 'cloudflare_api_unavailable';
    return finding(code, 'error', `${what}: ${(0,cloudflare_api/* describeUnavailable */.uJ)(answer, api.budgetMs)}`, cloudflare_api/* API_TROUBLE_FIX */.lr);
}
async function deployWith(deployer, config, data, facts, target, api) {
    const { exists } = facts;
    if (config.deploy === 'preview')
        return deployPreview(deployer, { config, data, target, api }, facts);
    const mode = config.deploy === 'gradual' ? 'gradual' : 'direct';
    if (mode === 'gradual' && (!exists || !data.previousVersionId)) {
        const message = `${data.workerName} has no active deployment to split traffic with: a gradual deploy needs one`;
        const fix = 'Deploy the Worker once with `deploy: direct`, then use gradual.';
        const location = target.source.locate(target.worker.pathOf('name'), 'value');
        return [finding('worker_not_found', 'error', message, fix, { location })];
    }
    const secretsFile = (0,capabilities/* capabilitiesOf */.SF)(data.wrangler).secretsFile;
    const steps = deploySteps({ mode, exists, hasSecrets: config.secrets.length > 0, secretsFile });
    const subdomain = mode === 'gradual' ? await (0,cloudflare_api/* workersSubdomain */.Wj)(api, data.accountId) : undefined;
    return deployer.deploy(data, steps, subdomain);
}
/** The version under its alias; production (`liveUrl`, the baseline) is where the Worker's deployment answers. */
async function deployPreview(deployer, run, facts) {
    const { config, data, target, api } = run;
    const [subdomain, state] = await Promise.all([
        (0,cloudflare_api/* workersSubdomain */.Wj)(api, data.accountId),
        facts.exists ? (0,cloudflare_api/* workerSubdomainState */.ot)(api, data.accountId, data.workerName) : undefined,
    ]);
    const refused = previewRefusal(data.workerName, facts.exists, state);
    if (refused)
        return [{ ...refused, location: target.source.locate(target.worker.pathOf('name'), 'value') }];
    const secretsFile = (0,capabilities/* capabilitiesOf */.SF)(data.wrangler).secretsFile;
    const hasSecrets = config.secrets.length > 0;
    const steps = deploySteps({ mode: 'preview', exists: facts.exists, hasSecrets, secretsFile, alias: facts.alias });
    const findings = await deployer.deploy(data, steps);
    if (findings.length > 0 || !data.previousVersionId)
        return findings;
    const workersDev = subdomain && state?.enabled ? `https://${data.workerName}.${subdomain}.workers.dev` : undefined;
    data.liveUrl = config.url ?? workersDev;
    return findings;
}
/** What the API says makes a preview impossible, before any upload. */
function previewRefusal(worker, exists, state) {
    if (!exists) {
        // wrangler 4.164 refuses it itself ("Please run the `deploy` command first"); older ones get the API's 10007.
        const message = `${worker} does not exist yet: a preview is a version of an existing Worker`;
        const fix = 'Deploy the Worker once (`deploy: direct`, e.g. from the default branch), then preview pull requests.';
        return finding('worker_not_found', 'error', message, fix, { layer: 'config' });
    }
    if (state?.previewsEnabled !== false)
        return undefined;
    const message = `Cloudflare serves no preview URLs for ${worker}: they are off for the Worker (its last deploy)`;
    const fix = 'Set `preview_urls = true` (and `workers_dev = true`) in the wrangler config and deploy once (`wrangler deploy` ' +
        'applies them), then push again.';
    return finding('preview_urls_unavailable', 'error', message, fix, { layer: 'config' });
}
/** Not an error: an older wrangler may well work, but the gate cannot vouch for it. */
function versionWarning(reason, pm) {
    const fix = `Upgrade the project's wrangler to ${capabilities/* TESTED_RANGE */.gc.oldest} or newer (tested: 4.20.5, 4.73.0, 4.164.0): ` +
        `\`${(0,package_manager/* addDevCommand */.wJ)(pm, 'wrangler@4')}\`.`;
    const message = `${reason}; a failure of this deploy may be wrangler's`;
    return finding('wrangler_version_untested', 'warning', message, fix);
}
class Deployer {
    config;
    log;
    program;
    target;
    envArgs;
    message;
    constructor(config, log, program, target) {
        this.config = config;
        this.log = log;
        this.program = program;
        this.target = target;
        this.envArgs = config.environment ? ['--env', config.environment] : [];
        const sha = config.env.GITHUB_SHA?.slice(0, 7);
        this.message = `gateway-deploy-gate${sha ? ` ${sha}` : ''}`;
    }
    run(args, input) {
        // Secret values travel on stdin or in a private file; the log shows the command, never them.
        return (0,wrangler_step/* runWranglerStep */.Mo)(this.log, this.program, args, this.config, input);
    }
    failed(step) {
        return (0,wrangler_step/* stepFailure */.nK)(step, 'deploy', { ...this.target, workingDirectory: this.config.workingDirectory });
    }
    /** Runs the steps in order; the first failure stops them, and says which version serves then. */
    async deploy(data, steps, subdomain) {
        for (const step of steps) {
            const problem = await this.step(step, data, subdomain);
            if (!problem)
                continue;
            const state = await this.afterFailure(data);
            return [{ ...problem, message: problem.message + servingSentence(data.workerName, state) }];
        }
        return [];
    }
    step(step, data, subdomain) {
        switch (step.kind) {
            case 'versions-secret-bulk':
                return this.uploadSecrets(['versions', 'secret', 'bulk', ...this.envArgs, '--message', this.message], data);
            case 'secret-bulk':
                return this.secretsAfterFirstDeploy(data);
            case 'deploy':
                return this.withSecrets(step.secretsFile, data, (file) => this.directDeploy(data, file));
            case 'upload':
                return this.withSecrets(step.secretsFile, data, (file) => this.upload(data, file, step.alias));
            case 'split':
                return this.split(data, subdomain);
        }
    }
    /** With `secretsFile`, the secrets go in a private file for this one command; uploaded once it passes. */
    async withSecrets(secretsFile, data, command) {
        if (!secretsFile)
            return command([]);
        const { secrets, env } = this.config;
        const problem = await withSecretsFile(secrets, env, (file) => command(['--secrets-file', file]));
        if (!problem)
            data.secretsUploaded = [...this.config.secrets];
        return problem;
    }
    async directDeploy(data, extra) {
        const message = (0,capabilities/* capabilitiesOf */.SF)(this.program.version).deployMessage ? ['--message', this.message] : [];
        const args = ['deploy', ...this.envArgs, ...message, ...extra];
        const step = await this.run(args);
        const problem = this.failed(step);
        if (problem)
            return problem;
        const entry = (0,output_file/* lastEntry */.vi)(step.run.entries, 'deploy');
        if (typeof entry?.version_id === 'string')
            data.versionId = entry.version_id;
        const url = deploymentUrl(entry?.targets);
        if (url)
            data.url = url;
        return undefined;
    }
    /** A new Worker cannot hold secrets before its first deploy: `secret bulk` deploys one more version. */
    async secretsAfterFirstDeploy(data) {
        const problem = await this.uploadSecrets(['secret', 'bulk', ...this.envArgs], data);
        if (problem)
            return problem;
        const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(this.config.env);
        const now = api ? await (0,cloudflare_api/* activeDeployment */.q0)(api, data.accountId, data.workerName) : undefined;
        const serving = now?.ok ? (0,cloudflare_api/* mainVersion */.Qt)(now.deployment) : undefined;
        if (serving)
            data.versionId = serving;
        return undefined;
    }
    async upload(data, extra, alias) {
        const aliasArgs = alias ? ['--preview-alias', alias] : [];
        const args = ['versions', 'upload', ...this.envArgs, '--message', this.message, ...aliasArgs];
        const uploaded = await this.run([...args, ...extra]);
        const problem = this.failed(uploaded);
        if (problem)
            return problem;
        const entry = (0,output_file/* lastEntry */.vi)(uploaded.run.entries, 'version-upload');
        if (typeof entry?.version_id !== 'string') {
            const fix = "Check that the project's wrangler is 3.60 or newer (it writes WRANGLER_OUTPUT_FILE_PATH).";
            const message = 'wrangler versions upload succeeded but its output file names no version';
            return finding('wrangler_output_missing', 'error', message, fix);
        }
        data.versionId = entry.version_id;
        if (typeof entry.preview_url === 'string')
            data.previewUrl = entry.preview_url;
        return alias ? this.aliasUrl(data, alias, entry.preview_alias_url) : undefined;
    }
    /** wrangler prints the alias's URL only when Cloudflare serves previews of this Worker. */
    aliasUrl(data, alias, url) {
        if (typeof url === 'string' && url !== '') {
            data.preview = { alias, url: url.replace(/\/+$/, '') };
            data.url = data.preview.url;
            return undefined;
        }
        const message = `version ${data.versionId} of ${data.workerName} was uploaded under alias ${alias}, but Cloudflare gave it ` +
            'no preview URL: preview URLs are off for this Worker';
        const fix = 'Set `preview_urls = true` (and `workers_dev = true`) in the wrangler config ' +
            'and deploy once (`wrangler deploy` applies them), then push again.';
        const location = this.target.source.locate(this.target.worker.pathOf('name'), 'value');
        return finding('preview_url_missing', 'error', message, fix, { layer: 'config', location });
    }
    /** 0% for the new version: in the deployment (so a version override reaches it), serving no one. */
    async split(data, subdomain) {
        const note = `${this.message}: smoke test at 0%`;
        const versions = [`${data.versionId}@0%`, `${data.previousVersionId}@100%`];
        const args = ['versions', 'deploy', ...versions, '-y', ...this.envArgs, '--message', note];
        const problem = this.failed(await this.run(args));
        if (problem)
            return problem;
        if (subdomain)
            data.url = `https://${data.workerName}.${subdomain}.workers.dev`;
        return undefined;
    }
    /**
     * A command failed: the API says what serves. When the deployment is no longer the one read
     * before (wrangler deploy failed after changing it), the previous one is put back.
     */
    async afterFailure(data) {
        const previous = data.previousVersionId;
        const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(this.config.env);
        const read = async () => (api ? (0,cloudflare_api/* activeDeployment */.q0)(api, data.accountId, data.workerName) : undefined);
        const now = await read();
        if (!now?.ok) {
            const problem = now?.answer.ok === false ? now.answer.message : 'no CLOUDFLARE_API_TOKEN';
            return { previous, restored: false, problem };
        }
        const before = data.previousDeployment;
        if (!before || sameSplit(now.deployment?.versions, before)) {
            return this.serving(data, { serving: (0,cloudflare_api/* mainVersion */.Qt)(now.deployment), previous, restored: false });
        }
        const args = [...restoreArgs(before), ...this.envArgs, '--message', `${this.message}: failed deploy undone`];
        const problem = this.failed(await this.run(args));
        const after = await read();
        const serving = after?.ok ? (0,cloudflare_api/* mainVersion */.Qt)(after.deployment) : undefined;
        const restored = !problem && after?.ok === true && sameSplit(after.deployment?.versions, before);
        return this.serving(data, { serving, previous, restored, problem: problem?.message });
    }
    serving(data, state) {
        if (state.serving)
            data.servingVersionId = state.serving;
        return state;
    }
    async uploadSecrets(args, data) {
        const problem = this.failed(await this.run(args, secretsJson(this.config.secrets, this.config.env)));
        if (problem) {
            const code = problem.code === 'wrangler_failed' ? 'secret_upload_failed' : problem.code;
            return { ...problem, code, layer: 'binding' };
        }
        data.secretsUploaded = [...this.config.secrets];
        return undefined;
    }
}
/** Wrangler's targets are URLs (workers.dev) or route patterns (`api.example.com/v1/*`). */
function deploymentUrl(targets) {
    if (!Array.isArray(targets))
        return undefined;
    const texts = targets.filter((t) => typeof t === 'string');
    const url = texts.find((t) => /^https?:\/\//.test(t)) ?? texts[0];
    if (!url)
        return undefined;
    const withScheme = /^https?:\/\//.test(url) ? url : `https://${url}`;
    return withScheme.replace(/\/?\*$/, '').replace(/\/+$/, '');
}


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ PREVIEW_ALIAS_SINCE),
/* harmony export */   SF: () => (/* binding */ capabilitiesOf),
/* harmony export */   eD: () => (/* binding */ DEPLOY_OUTFILE_SINCE),
/* harmony export */   gc: () => (/* binding */ TESTED_RANGE),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   zE: () => (/* binding */ untestedReason)
/* harmony export */ });
// What the project's wrangler can be asked to do, by its version: the gate supports wrangler 4
// from the oldest release still common, and older releases lack flags newer ones have.
/** The first wrangler with `deploy --message`; older ones deploy without the annotation. */
const DEPLOY_MESSAGE_SINCE = [4, 66, 0];
/** The first wrangler that uploads secrets with the version; older ones use `versions secret bulk`. */
const SECRETS_FILE_SINCE = [4, 74, 0];
/** The first wrangler that uploads a version under a preview alias. */
const PREVIEW_ALIAS_SINCE = [4, 18, 0];
/** The first wrangler that writes the upload itself (`deploy --outfile`) and profiles startup. */
const DEPLOY_OUTFILE_SINCE = [3, 109, 0];
function capabilitiesOf(version) {
    return {
        deployMessage: atLeast(version, DEPLOY_MESSAGE_SINCE),
        secretsFile: atLeast(version, SECRETS_FILE_SINCE),
        previewAlias: atLeast(version, PREVIEW_ALIAS_SINCE),
        deployOutfile: atLeast(version, DEPLOY_OUTFILE_SINCE),
    };
}
/** An unreadable version ("unknown") counts as new: the gate then asks for everything. */
function atLeast(version, minimum) {
    const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
    if (!parts)
        return true;
    for (let i = 0; i < minimum.length; i++) {
        const have = Number(parts[i + 1]);
        if (have !== minimum[i])
            return have > minimum[i];
    }
    return true;
}
/** The oldest and newest wrangler the gate is tested with (test/wrangler-matrix.json). */
const TESTED_RANGE = { oldest: '4.20.5', newest: '4.164.0' };
/** Why this wrangler is outside the tested range, or undefined when it is inside (or unreadable). */
function untestedReason(version) {
    const oldest = TESTED_RANGE.oldest.split('.').map(Number);
    if (atLeast(version, oldest) || !/^\d+\.\d+\.\d+/.test(version))
        return undefined;
    return `wrangler ${version} is older than the oldest wrangler the gate is tested with (${TESTED_RANGE.oldest})`;
}


/***/ })

};
