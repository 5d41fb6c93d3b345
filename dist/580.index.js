export const id = 580;
export const ids = [580];
export const modules = {

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

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cloudflare/api.ts
var cloudflare_api = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/cloudflare/account.ts
var cloudflare_account = __webpack_require__(248);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/wrangler/environments.ts
var wrangler_environments = __webpack_require__(630);
;// CONCATENATED MODULE: ./src/preflight/local-checks.ts
// Preflight checks that need no account: the Worker's config for the chosen environment, and
// whether everything the gateway config names exists in it. Pure: inputs in, findings out.


/** Preflight's findings, by the layer they are on: the Worker's config or its bindings. */
const configFinding = (0,findings/* findingFactory */._2)('preflight', 'config', { owned: true });
const bindingFinding = (0,findings/* findingFactory */._2)('preflight', 'binding', { owned: true });
function checkEnvironmentChoice(source, environment, environments) {
    if (environment && !environments.includes(environment)) {
        const { message, fix } = (0,wrangler_environments/* unknownEnvironment */.Iu)(source.display, environment, environments);
        return [configFinding('environment_not_found', 'error', message, fix, { location: source.locate(['env']) })];
    }
    if (!environment && environments.length > 1) {
        return [
            configFinding('environment_not_chosen', 'warning', `${source.display} defines ${environments.length} environments (${environments.join(', ')}) ` +
                'and no `environment` was given, so the top level is checked and would be deployed', `Set the \`environment\` input (${environments.map((e) => `\`${e}\``).join(' or ')}); ` +
                'an empty value is not needed to mean the top level.', { location: source.locate(['env', environments[0]]) }),
        ];
    }
    return [];
}
/** Every check that needs no account, in the order the report lists them. */
function checkLocal(input) {
    return [
        ...checkEntryModule(input),
        ...checkCompatibilityDate(input),
        ...checkDurableObjectExports(input),
        ...checkEnvironmentInheritance(input),
        ...checkServiceBindings(input),
        // References ($env/$secret) are judged with the account's answer: see secret-checks.ts.
        ...checkStrictConfig(input),
    ];
}
/** Where a finding about the chosen environment points the reader. */
const environmentLabel = (worker) => worker.environment ? `[env.${worker.environment}]` : 'the top level';
/** The Worker has an entry module, and it exists. */
function checkEntryModule({ source, worker, mainExists }) {
    if (!worker.main) {
        return [
            configFinding('worker_main_missing', 'error', `${source.display} has no \`main\`: wrangler does not know the Worker's entry module`, 'Add `main = "src/index.js"` (the entry module, relative to the config).', { location: source.locate(['name']) }),
        ];
    }
    if (!mainExists) {
        return [
            configFinding('worker_main_not_found', 'error', `\`main\` names ${worker.main}, which does not exist`, 'Point `main` at the entry module, relative to the wrangler config.', { location: source.locate(worker.pathOf('main'), 'value') }),
        ];
    }
    return [];
}
/** A real calendar date (YYYY-MM-DD): 2025-02-30 parses in JavaScript, but is not one. */
function isCalendarDate(date) {
    return (typeof date === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(date) &&
        !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
        new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date);
}
/** `compatibility_date` is set, is a date, and is not after today (Cloudflare refuses a future one). */
function checkCompatibilityDate({ source, worker, today }) {
    const date = worker.compatibilityDate;
    if (date === undefined) {
        return [
            configFinding('compatibility_date_missing', 'error', `${source.display} has no \`compatibility_date\``, `Add \`compatibility_date = "${today}"\` (or the date the Worker was last tested against).`, { location: source.locate(['name']) }),
        ];
    }
    const at = () => ({ location: source.locate(worker.pathOf('compatibility_date'), 'value') });
    if (!isCalendarDate(date)) {
        return [
            configFinding('compatibility_date_invalid', 'error', `compatibility_date ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`, 'Write the date as YYYY-MM-DD, for example "2025-11-01".', at()),
        ];
    }
    if (date > today) {
        return [
            configFinding('compatibility_date_future', 'error', `compatibility_date ${date} is in the future (today is ${today}); Cloudflare refuses it at deploy`, `Use today's date (${today}) or an earlier one.`, at()),
        ];
    }
    return [];
}
/** Each Durable Object class bound from this Worker is exported by its entry module (when it could be read). */
function checkDurableObjectExports({ source, worker, mainExports }) {
    if (!mainExports)
        return [];
    return worker.durableObjects
        .filter((d) => !d.script && d.resource && !mainExports.has(d.resource))
        .map((d) => bindingFinding('durable_object_not_exported', 'error', `Durable Object binding ${d.binding} names class ${d.resource}, which ${worker.main} does not export`, `Export the class from the entry module (\`export class ${d.resource} …\`), ` +
        'or set `script_name` to the Worker that does.', { location: source.locate(d.path, 'value') }));
}
/** What is defined at the top level but not in the chosen environment, where wrangler does not inherit it. */
function checkEnvironmentInheritance({ source, worker }) {
    const env = worker.environment;
    if (!env)
        return [];
    return (0,wrangler_environments/* environmentTraps */.sG)(source.raw, env).map((trap) => bindingFinding('binding_not_in_environment', 'error', `${trap.what} is defined at the top level but not in [env.${env}]; ` +
        `wrangler does not inherit \`${trap.key}\`, so the ${env} Worker will not have it`, `Repeat it under [env.${env}${trap.key === 'vars' ? '.vars' : ''}] ` +
        '(or remove it from the top level if it is not needed).', { location: source.locate(trap.path) }));
}
/** Every service binding the gateway config uses is declared on the Worker. */
function checkServiceBindings({ source, worker, serviceBindings }) {
    const declared = new Set(worker.services.map((s) => s.binding));
    const table = `${worker.base.length ? `env.${worker.environment}.` : ''}services`;
    return serviceBindings
        .filter((b) => !declared.has(b.binding))
        .map((b) => bindingFinding('service_binding_missing', 'error', `serviceBindings "${b.alias}" uses binding ${b.binding}, ` +
        `which ${environmentLabel(worker)} of ${source.display} does not declare`, `Add [[${table}]] binding = "${b.binding}", service = "<worker>" to ${source.display}.`, { location: b.location }));
}
/** SAG_STRICT_CONFIG is not deployed: on Workers it makes the gateway answer every request with 500. */
function checkStrictConfig({ source, worker }) {
    const strict = worker.vars.SAG_STRICT_CONFIG;
    if (strict !== true && strict !== 'true')
        return [];
    return [
        configFinding('strict_config_enabled', 'error', `SAG_STRICT_CONFIG is "true" in ${environmentLabel(worker)}: ` +
            'on Workers the gateway then answers every request with 500', 'Remove SAG_STRICT_CONFIG from the deployed vars (use it only in local development).', { location: source.locate([...worker.base, 'vars', 'SAG_STRICT_CONFIG']) }),
    ];
}
/** Class names exported by a module's text (`export class X`, `export { X }`, `export { Y as X }`). */
function exportedNames(moduleText) {
    const names = new Set();
    for (const m of moduleText.matchAll(/export\s+(?:default\s+)?class\s+([A-Za-z_$][\w$]*)/g))
        names.add(m[1]);
    for (const m of moduleText.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of m[1].split(',')) {
            const name = part
                .trim()
                .split(/\s+as\s+/)
                .pop()
                ?.trim();
            if (name)
                names.add(name);
        }
    }
    return names;
}
/** Names defined in a dotenv file (`.dev.vars`): `NAME=value` lines. */
function dotenvNames(text) {
    return text
        .split('\n')
        .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
        .filter((name) => name !== undefined);
}

// EXTERNAL MODULE: ./src/wrangler/wrangler-cli.ts
var wrangler_cli = __webpack_require__(1189);
;// CONCATENATED MODULE: ./src/preflight/generated-types.ts
// Generated types: a committed `wrangler types` output (worker-configuration.d.ts) that no longer
// matches the wrangler config fails `wrangler types --check`, which Cloudflare's builds now run.
// Checked by the project's wrangler only when the file exists (the check costs a wrangler start).




/** Where `wrangler types` writes by default, next to the wrangler config it is run with. */
const TYPES_FILE = 'worker-configuration.d.ts';
const CHECK_TIMEOUT_MS = 30_000;
const HEADER = /^\/\/ Generated by Wrangler by running `(.*)`/;
async function checkGeneratedTypes(input) {
    const dir = external_node_path_default().dirname(input.configFile);
    const file = external_node_path_default().join(dir, TYPES_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    const located = (0,wrangler_cli/* locateWrangler */.HT)(input.workingDirectory, input.env);
    if (!located.ok)
        return []; // the deploy reports a missing wrangler
    const before = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const args = ['types', TYPES_FILE, '--check', '--config', external_node_path_default().basename(input.configFile)];
    const run = await (0,wrangler_cli/* runWrangler */.IZ)(located.program, args, { cwd: dir, env: input.env, timeoutMs: CHECK_TIMEOUT_MS });
    // A wrangler that took `--check` for something else must not leave the user's file changed.
    if ((0,external_node_fs_.readFileSync)(file, 'utf8') !== before)
        (0,external_node_fs_.writeFileSync)(file, before);
    const output = `${run.stderr}\n${run.stdout}`;
    const outcome = { version: located.program.version, exitCode: run.exitCode, timedOut: run.timedOut, output };
    return typesVerdict(outcome, input.display(file), before);
}
/** The check's outcome as findings: stale types are a warning on the file; a check that could not run, a notice. */
function typesVerdict(run, display, text) {
    if (run.exitCode === 0 && !run.timedOut)
        return [];
    const lines = text.split(/\r?\n/);
    const headerIndex = lines.findIndex((l) => HEADER.test(l));
    const location = { file: display, line: headerIndex + 1 || 1 };
    const command = headerIndex >= 0 ? HEADER.exec(lines[headerIndex])[1] : 'wrangler types';
    if (/out of date/i.test(run.output)) {
        const message = `${display} is out of date with the wrangler config: \`wrangler types --check\`` +
            ` (wrangler ${run.version}) fails, and Cloudflare's builds that run it fail too`;
        const fix = `Regenerate it with \`npx ${command}\` and commit it.`;
        return [configFinding('generated_types_stale', 'warning', message, fix, { location })];
    }
    const why = run.timedOut
        ? `\`wrangler types --check\` did not finish in ${CHECK_TIMEOUT_MS / 1000} s`
        : /Unknown argument:?\s*check/i.test(run.output)
            ? `wrangler ${run.version} has no \`types --check\``
            : `\`wrangler types --check\` failed: ${firstError(run.output)}`;
    const fix = uncheckedFix(run, display, headerIndex >= 0);
    const message = `${display} was not checked against the wrangler config: ${why}`;
    return [configFinding('generated_types_unchecked', 'notice', message, fix, { location })];
}
/** The fix for the reason the check did not run: only a wrangler without `--check` needs another wrangler. */
function uncheckedFix(run, display, generated) {
    if (run.timedOut)
        return 'Run `npx wrangler types --check` locally to see whether the types are current.';
    if (/Unknown argument:?\s*check/i.test(run.output))
        return "Upgrade the project's wrangler to one with `types --check` (4.73.0 has it) to have them checked.";
    if (!generated || /non-Wrangler/i.test(run.output))
        return (`${display} has no "Generated by Wrangler" header, so wrangler ${run.version} will not check it: ` +
            'regenerate it with `npx wrangler types` and commit it, or give a hand-written file another name.');
    const check = `\`npx wrangler types --check\` (wrangler ${run.version})`;
    return `Run ${check} to see the whole message, and fix what it names.`;
}
function firstError(output) {
    const line = output.split('\n').find((l) => /✘|\[ERROR\]|Error/.test(l)) ?? output.trim().split('\n')[0] ?? '';
    return (line
        .replace(/^.*\[ERROR\]\s*/, '')
        .trim()
        .slice(0, 300) || 'no message');
}

// EXTERNAL MODULE: ./src/project-tests/package-manager.ts
var package_manager = __webpack_require__(9043);
// EXTERNAL MODULE: ./src/wrangler/capabilities.ts
var capabilities = __webpack_require__(6570);
;// CONCATENATED MODULE: ./src/preflight/provisioning.ts



/** The first wrangler that provisions bindings at deploy (Cloudflare changelog, 2025-10-24). */
const PROVISION_SINCE = [4, 45, 0];
const KINDS = [
    { what: 'KV namespace', key: 'kv_namespaces', field: 'id', create: 'wrangler kv namespace create', of: (w) => w.kv },
    { what: 'R2 bucket', key: 'r2_buckets', field: 'bucket_name', create: 'wrangler r2 bucket create', of: (w) => w.r2 },
    { what: 'D1 database', key: 'd1_databases', field: 'database_id', create: 'wrangler d1 create', of: (w) => w.d1 },
];
function checkProvisioning(input) {
    const findings = [];
    for (const kind of KINDS) {
        for (const binding of kind.of(input.worker)) {
            if (binding.resource !== undefined || !binding.binding)
                continue;
            if (lacksResource(input.reading, kind, binding.binding))
                findings.push(provisioningFinding(input, kind, binding));
        }
    }
    return findings;
}
/** Wrangler's own reading decides; without one, the gate's (which found no resource) stands. */
function lacksResource(reading, kind, name) {
    const entries = reading?.[kind.key];
    if (!Array.isArray(entries))
        return true;
    const entry = entries.find((e) => e.binding === name);
    return entry !== undefined && typeof entry[kind.field] !== 'string';
}
function provisioningFinding(input, kind, binding) {
    const location = input.source.locate([...binding.path.slice(0, -1), 'binding'], 'value');
    const subject = `${kind.what} binding ${binding.binding} has no \`${kind.field}\``;
    const create = `Create it (\`${kind.create} <name>\`) and set its \`${kind.field}\``;
    const { version, disabledBy } = input;
    if (version !== undefined && !(0,capabilities/* atLeast */.jZ)(version, PROVISION_SINCE)) {
        const message = `${subject}, and the project's wrangler ${version} cannot create it:` +
            ' automatic provisioning needs wrangler 4.45 or newer';
        const fix = `${create}, or upgrade wrangler (\`${(0,package_manager/* addDevCommand */.wJ)(input.packageManager, 'wrangler@4')}\`).`;
        return bindingFinding('binding_not_provisioned', 'error', message, fix, { location });
    }
    if (disabledBy !== undefined) {
        const message = `${subject}, and the deploy runs with provisioning off (${disabledBy}): it will not be created`;
        const fix = `${create}, or drop the flag so wrangler creates it.`;
        return bindingFinding('binding_not_provisioned', 'error', message, fix, { location });
    }
    const who = version !== undefined ? `wrangler ${version}` : 'wrangler (4.45 or newer)';
    const message = `${subject}: ${who} will create it at deploy, or reuse the one already linked to the Worker`;
    const fix = `Nothing to do; to pin the resource, set \`${kind.field}\` once it exists (wrangler writes it back).`;
    return bindingFinding('binding_will_be_created', 'notice', message, fix, { location });
}
const PROVISION_OFF = /(--no-x-provision|--no-experimental-provision|--(x|experimental)-provision[= ]false)\b/;
const DEPLOY_COMMAND = /\bwrangler\b[^&|;]*\b(deploy|versions\s+upload)\b/;
/**
 * Whether the deploy turns provisioning off. The gate's own deploy never does; with `deploy: none`
 * the project deploys itself, through a package.json script when it has one.
 */
function provisioningDisabledBy(deployMode, packageJson) {
    if (deployMode !== 'none' || packageJson === undefined)
        return undefined;
    let scripts;
    try {
        scripts = JSON.parse(packageJson).scripts;
    }
    catch {
        return undefined;
    }
    if (scripts === null || typeof scripts !== 'object')
        return undefined;
    for (const [name, command] of Object.entries(scripts)) {
        if (typeof command !== 'string' || !DEPLOY_COMMAND.test(command))
            continue;
        const flag = PROVISION_OFF.exec(command);
        if (flag)
            return `${flag[1]} in package.json script "${name}"`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/wrangler/output-file.ts
var output_file = __webpack_require__(8088);
// EXTERNAL MODULE: ./src/wrangler/failure-text.ts
var failure_text = __webpack_require__(4918);
;// CONCATENATED MODULE: ./src/preflight/build-failure.ts



const ESBUILD = /Build failed|Could not resolve|No loader is configured|Unexpected token|Expected .* but found/;
const GENERIC_FIX = 'Fix what esbuild names: wrangler could not bundle the Worker, so the deploy would fail the same way ' +
    '(reproduce with `npx wrangler deploy --dry-run`).';
function buildFailureFinding(build) {
    const failed = (0,output_file/* lastEntry */.vi)(build.entries, 'command-failed');
    const said = typeof failed?.message === 'string' ? failed.message : (0,output_file/* commandFailure */._I)(build.entries, build.stderr).message;
    const text = `${said}\n${build.stderr}`;
    if (!ESBUILD.test(text)) {
        // Not esbuild's: wrangler stopped before bundling (its reading of the config says why, as a finding of its own).
        const message = `\`wrangler deploy --dry-run\` failed before building the Worker: ${oneLine(said)}`;
        const fix = 'Run `npx wrangler deploy --dry-run` in the project to see the whole message.';
        return configFinding('build_not_run', 'warning', message, fix, { location: build.fallback });
    }
    const position = (0,failure_text/* buildErrorPosition */.y)(said, build.root) ?? (0,failure_text/* buildErrorPosition */.y)(build.stderr, build.root);
    const location = position
        ? { file: build.display(position.file), line: position.line, column: position.column }
        : build.fallback;
    const error = esbuildError(said) ?? esbuildError(build.stderr) ?? oneLine(said);
    const message = `the Worker does not build: ${error}${position ? '' : ' (esbuild named no position)'}`;
    return configFinding('build_failed', 'error', message, esbuildHint(build.stderr) ?? GENERIC_FIX, { location });
}
/** Why the build could not run at all (no wrangler, no Node new enough): the runner's set-up, not the code. */
/** Findings that already say why the build fails (wrangler's reading of the config, a missing entry module). */
const BUILD_FAILURE_CAUSES = new Set([
    'wrangler_config_invalid',
    'worker_main_missing',
    'worker_main_not_found',
    'worker_main_is_directory',
]);
function buildNotRunFinding(reason, fix, at) {
    const message = `the Worker's build was not checked: ${reason}`;
    return configFinding('build_not_run', 'warning', message, fix, { location: at });
}
/** "Could not resolve "fs"" from "src/index.js:1:29: ERROR: Could not resolve "fs"" or stderr's "✘ [ERROR] …". */
function esbuildError(text) {
    const fromFile = /:\d+:\d+: ERROR: ([^\n]+)/.exec(text);
    if (fromFile)
        return fromFile[1].trim();
    const fromStderr = /^\s+✘ \[ERROR\] ([^\n]+)/m.exec(text);
    return fromStderr ? fromStderr[1].trim() : undefined;
}
/**
 * Wrangler's own hint below esbuild's code frame ("The package "fs" wasn't found on the file system
 * but is built into node. - Add the "nodejs_compat" compatibility flag to your project."), on one line.
 */
function esbuildHint(stderr) {
    const lines = stderr.split('\n');
    // The frame ends with the marker line: "╵ ~~~~" (or "^"), esbuild's underline of the position.
    const marker = lines.findIndex((l) => /^\s*╵\s*[~^]+\s*$/.test(l));
    if (marker === -1)
        return undefined;
    const hint = [];
    for (const line of lines.slice(marker + 1)) {
        if (/^\s*✘ \[ERROR\]|Logs were written|^\s*🪵/.test(line))
            break;
        if (line.trim() === '') {
            if (hint.length > 0)
                break;
            continue;
        }
        hint.push(line.trim());
    }
    return hint.length > 0 ? hint.join(' ') : undefined;
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 500);

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/preflight/startup-limits.ts
// Startup limits: Cloudflare refuses an upload whose modules are over the size limit (10027) or
// whose global scope takes too long to start (10021). Measured here on the bundle wrangler builds
// (`deploy --dry-run`), so the refusal shows in preflight instead of after the tests. Pure: the
// measurements in, findings out.


const MIB = 1024 * 1024;
/**
 * Cloudflare's documented limits (developers.cloudflare.com/workers/platform/limits): Worker size
 * 3 MiB compressed on Workers Free, 10 MiB on Workers Paid, 64 MiB uncompressed on both; startup
 * (parsing and running the global scope) 400 ms on both.
 */
const LIMITS = { freeGzipBytes: 3 * MIB, paidGzipBytes: 10 * MIB, rawBytes: 64 * MIB, startupMs: 400 };
/** The size Cloudflare limits: the modules of the upload (not its source maps), gzip-compressed together. */
function bundleSize(parts) {
    const modules = parts.filter((p) => p.name !== 'metadata' && !p.type.startsWith('application/source-map'));
    const joined = Buffer.concat(modules.map((p) => p.bytes));
    const largest = [...modules].sort((a, b) => b.bytes.length - a.bytes.length)[0];
    return {
        rawBytes: joined.length,
        gzipBytes: (0,external_node_zlib_.gzipSync)(joined).length,
        largest: largest && modules.length > 1 ? { name: largest.name, bytes: largest.bytes.length } : undefined,
    };
}
/**
 * The size wrangler's own dry run reported in its output file (its `deploy` entry's `bundle_size`,
 * gzip of the modules as it prints them), when it did: a dry run that passed.
 */
function wranglerBundleSize(entries) {
    for (const entry of entries) {
        const size = entry.type === 'deploy' ? entry.bundle_size : undefined;
        if (size && typeof size.raw_bytes === 'number' && typeof size.gzip_bytes === 'number')
            return { rawBytes: size.raw_bytes, gzipBytes: size.gzip_bytes };
    }
    return undefined;
}
/**
 * Well under every size limit by wrangler's count: nothing to report, whatever the gate's own count
 * would say. Near one, the gate counts the upload itself (and names its largest module).
 */
const clearOfSizeLimits = (size) => size.gzipBytes < 0.9 * LIMITS.freeGzipBytes && size.rawBytes < 0.9 * LIMITS.rawBytes;
const mib = (bytes) => `${(bytes / MIB).toFixed(2)} MiB`;
/**
 * The plan is not visible to the gate: over the Paid limit (or 64 MiB uncompressed) every account
 * refuses the upload, so that is an error; between the Free and Paid limits only Free accounts do.
 */
function sizeVerdict(size, at) {
    const what = `the Worker's upload is ${mib(size.gzipBytes)} gzip-compressed (${mib(size.rawBytes)} uncompressed)`;
    const biggest = size.largest ? `; its largest module is ${size.largest.name} (${mib(size.largest.bytes)})` : '';
    const fix = 'Make the bundle smaller: drop or lazy-load large dependencies and data (fetch them from KV or R2 instead),' +
        ' and check what `wrangler deploy --dry-run --outdir dist` bundles.';
    if (size.rawBytes > LIMITS.rawBytes || size.gzipBytes > LIMITS.paidGzipBytes) {
        const limit = size.gzipBytes > LIMITS.paidGzipBytes
            ? `over Cloudflare's 10 MiB limit for Workers Paid (3 MiB on Free)`
            : `over Cloudflare's 64 MiB uncompressed limit`;
        const message = `${what}, ${limit}: every account refuses it at upload (code 10027)${biggest}`;
        return [configFinding('worker_too_large', 'error', message, fix, { location: at })];
    }
    if (size.gzipBytes > LIMITS.freeGzipBytes) {
        const message = `${what}, over Cloudflare's 3 MiB limit for Workers Free (10 MiB on Paid): an account on the Free plan` +
            ` refuses it at upload (code 10027); the gate cannot see the account's plan${biggest}`;
        return [
            configFinding('worker_size_over_free_limit', 'warning', message, `On Workers Paid, nothing to do. ${fix}`, {
                location: at,
            }),
        ];
    }
    return [];
}
/** One profile over the limit may be the machine's load, not the Worker: it needs a second one. */
const needsSecondProfile = (m) => m.kind === 'measured' && m.activeMs > LIMITS.startupMs;
/** The lower of two profiles counts (load only adds time); a second that failed leaves the first. */
function lowerOf(first, second) {
    if (first.kind !== 'measured' || second.kind !== 'measured')
        return first;
    return {
        kind: 'measured',
        activeMs: Math.min(first.activeMs, second.activeMs),
        samplesMs: [first.activeMs, second.activeMs],
    };
}
/**
 * A local profile is not Cloudflare's measurement (another CPU, another load), so even a startup
 * well over the limit is a warning; one under it passes; one not measured is a notice saying so.
 */
function startupVerdict(measure, version, at) {
    if (measure.kind === 'measured') {
        if (measure.activeMs <= LIMITS.startupMs)
            return [];
        const samples = measure.samplesMs?.map((ms) => `${Math.round(ms)} ms`);
        const profiles = samples
            ? `the lower of ${samples.length} local profiles (${samples.join(', ')})`
            : 'a local profile';
        const message = `the Worker's global scope took ${Math.round(measure.activeMs)} ms of CPU to start in ${profiles}` +
            ` (\`wrangler check startup\`, wrangler ${version}), over Cloudflare's ${LIMITS.startupMs} ms startup limit:` +
            ' the upload is likely refused (code 10021, "Script startup exceeded CPU time limit")';
        const fix = 'Move the work out of the top level (module scope) into the handler, or compute it lazily on first use;' +
            ' `npx wrangler check startup` writes a .cpuprofile that shows where the time goes.';
        return [configFinding('worker_startup_slow', 'warning', message, fix, { location: at })];
    }
    const why = measure.kind === 'unsupported' ? `wrangler ${version} has no \`check startup\`` : measure.why;
    const limit = `Cloudflare's ${LIMITS.startupMs} ms limit`;
    const message = `the Worker's startup CPU time was not measured against ${limit}: ${why}`;
    const fix = 'Run `npx wrangler check startup` (wrangler 4.20 or newer) to profile the startup yourself.';
    return [configFinding('worker_startup_unchecked', 'notice', message, fix, { location: at })];
}
/** Limits not measured (a build that did not finish in time, a wrangler without `--outfile`): said, never guessed. */
function unmeasuredVerdict(why, at) {
    const message = `the Worker's size and startup were not checked against Cloudflare's limits: ${why}`;
    const fix = 'Run `npx wrangler deploy --dry-run --outdir dist` to see the bundle, and `npx wrangler check startup`.';
    return configFinding('worker_limits_unchecked', 'notice', message, fix, { location: at });
}
/** The profile's busy time in ms: every sample but the idle ones (what wrangler 4.164 prints as "Active"). */
function activeMs(profile) {
    if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas))
        return undefined;
    const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame?.functionName]));
    let busy = 0;
    profile.timeDeltas.forEach((delta, i) => {
        if (names.get(profile.samples[i] ?? 0) !== '(idle)')
            busy += delta;
    });
    return busy / 1000;
}

;// CONCATENATED MODULE: ./src/preflight/startup-build.ts
// The I/O behind the startup-limit checks. Usually one wrangler run: `wrangler check startup`
// building the Worker itself (its own `deploy --dry-run`, whose output-file entry gives the bundle's
// size) and profiling its startup in workerd, offline. Only when that cannot say enough (an older
// wrangler, a build that fails, a bundle near a size limit, a config name `--args` cannot carry)
// does `wrangler deploy --dry-run` build into a private temporary directory, its upload measured
// by the gate and profiled from there. Each wrangler run is time-boxed and killed on timeout.








/** A 14 MiB bundle builds in about 5 s on an idle 2-core machine, and took 56 s at load average 22. */
const BUILD_TIMEOUT_MS = 120_000;
/** Wrangler gives up profiling after 10 s itself; this bounds a wrangler that hangs before that. */
const PROFILE_TIMEOUT_MS = 60_000;
async function checkStartupLimits(input) {
    const located = (0,wrangler_cli/* locateWrangler */.HT)(input.workingDirectory, input.env);
    if (!located.ok) {
        return { findings: [buildNotRunFinding(located.reason, located.fix, input.location)], skipped: located.reason };
    }
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(input.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'gate-limits-'));
    const program = located.program;
    const config = ['--config', external_node_path_default().basename(input.configFile), ...envArgs(input.environment)];
    const profile = external_node_path_default().join(dir, 'startup.cpuprofile');
    const args = selfBuildArgs(input);
    try {
        const first = args ? await profileStartup(program, { args }, profile, config, input) : undefined;
        // The build passed and is well under the size limits: the profile is all that is left to judge.
        if (first?.size && clearOfSizeLimits(first.size)) {
            const again = async () => (await profileStartup(program, { args: args }, profile, config, input)).measure;
            const measure = needsSecondProfile(first.measure) ? lowerOf(first.measure, await again()) : first.measure;
            return { findings: startupVerdict(measure, program.version, input.location) };
        }
        return await buildThenProfile(program, dir, profile, config, input, first?.measure);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * `wrangler deploy --dry-run` into `dir`: a build failure said as the deploy would say it, the upload
 * counted by the gate, and the startup profiled from that bundle unless `known` already measured it.
 */
async function buildThenProfile(program, dir, profile, config, input, known) {
    const bundle = external_node_path_default().join(dir, 'worker.bundle');
    // Wrangler before 3.109 has no `--outfile`: its `--outdir` build still shows whether the Worker builds.
    const outfile = (0,capabilities/* capabilitiesOf */.SF)(program.version).deployOutfile;
    const build = await (0,wrangler_cli/* runWrangler */.IZ)(program, ['deploy', '--dry-run', '--outdir', external_node_path_default().join(dir, 'out'), ...(outfile ? ['--outfile', bundle] : []), ...config], { cwd: external_node_path_default().dirname(input.configFile), env: input.env, timeoutMs: BUILD_TIMEOUT_MS });
    if (build.timedOut) {
        const why = `\`wrangler deploy --dry-run\` did not finish in ${BUILD_TIMEOUT_MS / 1000} s`;
        return { findings: [unmeasuredVerdict(why, input.location)] };
    }
    // A build that fails fails the deploy the same way: said now, whatever `deploy` is.
    if (build.exitCode !== 0 || (outfile && !(0,external_node_fs_.existsSync)(bundle))) {
        const failed = buildFailureFinding({
            entries: build.entries,
            stderr: build.stderr,
            root: external_node_path_default().dirname(input.configFile),
            display: input.display,
            fallback: input.location,
        });
        return { findings: [failed], skipped: '`wrangler deploy --dry-run` failed' };
    }
    if (!outfile) {
        const since = capabilities/* DEPLOY_OUTFILE_SINCE */.eD.join('.');
        const missing = `wrangler ${program.version} has no \`deploy --outfile\``;
        const why = `${missing} (${since} and newer have it); the build passed`;
        return { findings: [unmeasuredVerdict(why, input.location)] };
    }
    const size = bundleSize(await uploadParts((0,external_node_fs_.readFileSync)(bundle)));
    const again = async () => (await profileStartup(program, { bundle }, profile, config, input)).measure;
    const first = known ?? (await again());
    const measure = needsSecondProfile(first) ? lowerOf(first, await again()) : first;
    return {
        findings: [...sizeVerdict(size, input.location), ...startupVerdict(measure, program.version, input.location)],
    };
}
/**
 * `check startup --args` splits its value on spaces and refuses one that names an output: the
 * config's name and the environment are passed that way only when they survive it.
 */
function selfBuildArgs(input) {
    const parts = ['--config', external_node_path_default().basename(input.configFile), ...envArgs(input.environment)];
    const safe = parts.every((p) => p.length > 0 && !/\s/.test(p) && !/outdir|outfile/.test(p));
    return safe ? `--args=${parts.join(' ')}` : undefined;
}
const envArgs = (environment) => (environment ? ['--env', environment] : []);
/** The parts of the multipart upload `deploy --outfile` wrote (its first line is the boundary). */
async function uploadParts(bytes) {
    const boundary = bytes.subarray(2, bytes.indexOf(10)).toString('utf8').trim();
    const form = await new Response(new Uint8Array(bytes), {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    }).formData();
    const parts = [];
    for (const [name, value] of form.entries()) {
        if (typeof value === 'string')
            continue;
        parts.push({ name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    return parts;
}
/** `wrangler check startup` on the dry run's bundle, or on its own build of it (`args`: the deploy's arguments). */
async function profileStartup(program, what, profile, config, input) {
    (0,external_node_fs_.rmSync)(profile, { force: true }); // a second profile must not read the first one's file
    const worker = 'bundle' in what ? ['--worker', what.bundle] : [what.args];
    const args = ['check', 'startup', ...worker, '--outfile', profile, ...config];
    const cwd = external_node_path_default().dirname(input.configFile);
    // Building its own bundle, it has the build's time on top of its own.
    const timeoutMs = 'bundle' in what ? PROFILE_TIMEOUT_MS : BUILD_TIMEOUT_MS + PROFILE_TIMEOUT_MS;
    const run = await (0,wrangler_cli/* runWrangler */.IZ)(program, args, { cwd, env: input.env, timeoutMs });
    // Its own build wrote a `deploy` entry with the bundle's size, also when the profile then failed.
    const size = run.timedOut ? undefined : wranglerBundleSize(run.entries);
    return { measure: measureOf(run, profile, timeoutMs), size };
}
function measureOf(run, profile, timeoutMs) {
    const output = `${run.stderr}\n${run.stdout}`;
    if (run.timedOut)
        return { kind: 'failed', why: `\`wrangler check startup\` did not finish in ${timeoutMs / 1000} s` };
    if (run.exitCode !== 0 && /Unknown (argument|command)|Unknown arguments?: .*startup/i.test(output))
        return { kind: 'unsupported' };
    if (run.exitCode !== 0 || !(0,external_node_fs_.existsSync)(profile)) {
        const why = (0,output_file/* errorBlock */.QK)(run.stderr) ?? (output.trim().split('\n').at(-1) || 'no message');
        return { kind: 'failed', why: `\`wrangler check startup\` failed: ${why.slice(0, 300)}` };
    }
    try {
        const ms = activeMs(JSON.parse((0,external_node_fs_.readFileSync)(profile, 'utf8')));
        return ms === undefined
            ? { kind: 'failed', why: 'the startup profile has no samples' }
            : { kind: 'measured', activeMs: ms };
    }
    catch {
        return { kind: 'failed', why: 'the startup profile could not be read' };
    }
}

;// CONCATENATED MODULE: ./src/gateway/route-diff.ts
// What differs between two gateway configs, route by route ("METHOD /path"), for config drift.
function routes(config) {
    const out = new Map();
    const paths = config?.paths;
    if (!Array.isArray(paths))
        return out;
    for (const route of paths) {
        if (!route || typeof route !== 'object')
            continue;
        const key = `${String(route.method ?? 'ANY').toUpperCase()} ${String(route.path ?? '?')}`;
        if (!out.has(key))
            out.set(key, JSON.stringify(route));
    }
    return out;
}
/** Routes of `served` relative to `repo`: added (only served), removed (only in the repo), changed. */
function diffRoutes(repo, served) {
    const a = routes(repo);
    const b = routes(served);
    return {
        added: [...b.keys()].filter((k) => !a.has(k)),
        removed: [...a.keys()].filter((k) => !b.has(k)),
        changed: [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k)),
    };
}
function describeDiff(diff, limit = 5) {
    const part = (sign, list) => {
        const more = list.length > limit ? ', …' : '';
        return list.length ? `${sign}${list.length} (${list.slice(0, limit).join(', ')}${more})` : '';
    };
    const parts = [part('+', diff.added), part('-', diff.removed), part('~', diff.changed)].filter(Boolean);
    return parts.length ? `routes ${parts.join('; ')}` : 'same routes; other settings differ';
}

;// CONCATENATED MODULE: ./src/preflight/remote-checks.ts
// Preflight checks against the account: every binding's resource exists, every required secret
// is set (or will be uploaded), and the config production serves from KV is the repo's.



/** The KV binding and key the gateway reads its config from before falling back to the bundled file. */
const CONFIG_KV_BINDING = 'CONFIG';
const CONFIG_KV_KEY = 'api-config.json';
/** Reads the account (all at once but the KV config) and judges the answers together. */
async function checkRemote(input) {
    const { api, worker } = input;
    const account = `/accounts/${encodeURIComponent(input.accountId)}`;
    const lookups = resourceLookups(account, worker);
    const secretsPath = `${account}/workers/scripts/${encodeURIComponent(worker.name ?? '')}/secrets`;
    const [lookupAnswers, secretsAnswer] = await Promise.all([
        Promise.all(lookups.map((l) => (0,cloudflare_api/* apiGet */.Vg)(api, l.path))),
        worker.name ? (0,cloudflare_api/* apiGet */.Vg)(api, secretsPath) : Promise.resolve(undefined),
    ]);
    const resources = judgeResources(lookups, lookupAnswers, input);
    const secrets = judgeSecrets(secretsAnswer, secretsPath, worker.name);
    // Drift waits for the lookups: a missing CONFIG namespace is already an error, and has no value to read.
    const kvRead = configKvRead(account, input, resources.missing);
    const drift = kvRead
        ? judgeDrift(await (0,cloudflare_api/* apiGet */.Vg)(api, kvRead.path, { raw: true }), kvRead, input)
        : { findings: [], failed: [] };
    const failed = [...resources.failed, ...secrets.failed, ...drift.failed];
    const denied = deniedPermissions(failed);
    const invalidToken = denied.size > 0 && (await tokenInvalid(api));
    const unavailable = failed.filter((f) => f.answer.kind === 'unavailable');
    return {
        findings: [
            ...resources.findings,
            ...drift.findings,
            ...tokenFindings(denied, invalidToken, input.accountId),
            ...apiTroubleFindings(unavailable, api.budgetMs),
        ],
        checked: lookups.length + (secretsAnswer ? 1 : 0) + (kvRead ? 1 : 0),
        secrets: secrets.secrets,
    };
}
/** The read behind each binding that names a resource. */
function resourceLookups(account, worker) {
    const by = (what, bindings, collection) => bindings.map((b) => ({
        what,
        binding: b,
        path: `${account}/${collection}/${encodeURIComponent(b.resource ?? '')}`,
    }));
    return [
        ...by('KV namespace', worker.kv, 'storage/kv/namespaces'),
        ...by('D1 database', worker.d1, 'd1/database'),
        ...by('R2 bucket', worker.r2, 'r2/buckets'),
        ...by('Hyperdrive config', worker.hyperdrive, 'hyperdrive/configs'),
        ...by('Worker', worker.services, 'workers/services'),
        ...worker.queues.map((b) => ({
            what: 'Queue',
            binding: b,
            path: `${account}/queues?per_page=1000`,
            find: (result) => Array.isArray(result) && result.some((q) => q.queue_name === b.resource),
        })),
    ].filter((l) => l.binding.resource);
}
/** A failed read that is not simply "it does not exist" (that one is the answer, not trouble). */
function failure(answer, path, location) {
    return !answer.ok && answer.kind !== 'not_found' ? [{ path, answer, location }] : [];
}
/** Which resources the account does not have: an error each, since the deploy would fail or run without them. */
function judgeResources(lookups, answers, input) {
    const findings = [];
    const missing = new Set();
    const failed = [];
    lookups.forEach(({ what, binding, path, find }, i) => {
        const answer = answers[i];
        const location = input.source.locate(binding.path, 'value');
        const absent = answer.ok ? (find ? !find(answer.result) : false) : answer.kind === 'not_found';
        if (!absent) {
            failed.push(...failure(answer, path, location));
            return;
        }
        missing.add(binding.binding);
        findings.push(bindingFinding('binding_resource_missing', 'error', `${what} "${binding.resource}" (binding ${binding.binding}) does not exist in account ${input.accountId}`, `${resourceFix(what, binding.resource)}: the deploy would fail, or the Worker would run without it.`, { location }));
    });
    return { findings, missing, failed };
}
/** Which secrets are set on the Worker of this environment (secret-checks.ts judges them). */
function judgeSecrets(answer, path, workerName) {
    if (!answer)
        return { secrets: { seen: false, why: 'the Worker has no name' }, failed: [] };
    if (answer.ok) {
        const names = new Set(answer.result.map((s) => s.name));
        return { secrets: { seen: true, exists: true, names }, failed: [] };
    }
    if (answer.kind === 'not_found')
        return { secrets: { seen: true, exists: false, names: new Set() }, failed: [] };
    const why = `the account did not list Worker ${workerName}'s secrets (${answer.message})`;
    return { secrets: { seen: false, why }, failed: failure(answer, path) };
}
/** The KV value production reads its config from, when the Worker binds a namespace that exists. */
function configKvRead(account, input, missing) {
    const configKv = input.worker.kv.find((b) => b.binding === CONFIG_KV_BINDING && b.resource);
    if (!configKv || !input.gatewayConfig || missing.has(CONFIG_KV_BINDING))
        return undefined;
    const namespace = `${account}/storage/kv/namespaces/${encodeURIComponent(configKv.resource)}`;
    return { path: `${namespace}/values/${CONFIG_KV_KEY}`, location: input.source.locate(configKv.path, 'value') };
}
/** The served config against the repo's; no value in KV means the bundled file serves, so no drift. */
function judgeDrift(answer, read, input) {
    if (answer.ok) {
        const findings = answer.raw ? driftFindings(new TextDecoder().decode(answer.raw), input, read.location) : [];
        return { findings, failed: [] };
    }
    return { findings: [], failed: failure(answer, read.path, read.location) };
}
/** The permissions the token was refused, each with where the first refused read points (if anywhere). */
function deniedPermissions(failed) {
    const denied = new Map();
    for (const { path, answer, location } of failed) {
        if (answer.kind !== 'auth')
            continue;
        const permission = (0,cloudflare_api/* permissionFor */.Tj)(path);
        if (!denied.has(permission))
            denied.set(permission, location);
    }
    return denied;
}
/** Refused reads as one finding: a token Cloudflare does not know at all, or the permissions it lacks. */
function tokenFindings(denied, invalidToken, accountId) {
    if (denied.size === 0)
        return [];
    if (invalidToken) {
        return [
            bindingFinding('api_token_invalid', 'error', 'Cloudflare does not accept CLOUDFLARE_API_TOKEN (Invalid API Token): nothing in the account could be checked', 'Create a new API token (Workers Scripts, KV, D1, R2, Queues, Hyperdrive: Read) ' +
                'and store it as the CLOUDFLARE_API_TOKEN secret.'),
        ];
    }
    const permissions = [...denied.keys()];
    return [
        bindingFinding('api_token_permission', 'error', 'the Cloudflare API token was refused (authentication error) for what preflight reads; ' +
            `it lacks ${permissions.map((p) => `"${p}"`).join(', ')} on account ${accountId}`, `Give the token ${permissions.join(', ')} (account-level) in the Cloudflare dashboard, ` +
            'or use a token that has them.', { location: [...denied.values()].find((l) => l !== undefined) }),
    ];
}
const attempts = (n) => `${n} attempt${n === 1 ? '' : 's'}`;
const checks = (n) => `${n} check${n === 1 ? '' : 's'}`;
/**
 * The platform's trouble, as at most two findings: the reads Cloudflare rate-limited with a
 * Retry-After longer than the budget left (the gate did not wait that long), and the rest.
 */
function apiTroubleFindings(troubles, budgetMs) {
    const budget = `${Math.round(budgetMs / 1000)} s`;
    // A 503 may carry Retry-After too: that is the API down, not a rate limit (its wait is in the detail).
    const isLimited = (t) => t.answer.retryAfterS !== undefined && t.answer.status === 429;
    const limited = troubles.filter(isLimited);
    const rest = troubles.filter((t) => !isLimited(t));
    const findings = [];
    if (limited.length > 0) {
        const wait = Math.max(...limited.map((t) => t.answer.retryAfterS));
        const made = Math.max(...limited.map((t) => t.answer.attempts));
        findings.push(bindingFinding('cloudflare_rate_limited', 'error', `Cloudflare rate-limited ${checks(limited.length)} and asked to wait ${wait} s` +
            ` (Retry-After), longer than the gate's ${budget} budget: the gate stopped after ${attempts(made)}` +
            ` (${limited
                .slice(0, 3)
                .map((t) => t.path)
                .join('; ')})`, `Re-run the job after ${wait} s; if it keeps happening, other jobs share this token's rate limit.`));
    }
    if (rest.length > 0) {
        const wait = (s) => (s === undefined ? '' : `, asked to wait ${s} s`);
        const said = ({ answer: a }) => `${a.message} after ${attempts(a.attempts)}${wait(a.retryAfterS)}`;
        const detail = rest.slice(0, 3).map((t) => `${t.path}: ${said(t)}`);
        const retried = rest.some((t) => t.answer.attempts > 1) ? `within ${budget} of retries` : `within ${budget}`;
        const message = `the Cloudflare API did not answer ${checks(rest.length)} ${retried} (${detail.join('; ')})`;
        findings.push(bindingFinding('cloudflare_api_unavailable', 'error', message, cloudflare_api/* API_TROUBLE_FIX */.lr));
    }
    return findings;
}
/** How to fix a missing resource depends on how wrangler names it: by id, or by name. */
function resourceFix(what, resource) {
    const fixes = {
        'KV namespace': 'Create it (`wrangler kv namespace create <name>`) and use its id, or that of one in this account',
        'D1 database': 'Create it (`wrangler d1 create <name>`) and use its database_id, or that of one in this account',
        'R2 bucket': `Create it (\`wrangler r2 bucket create ${resource}\`), or name a bucket that exists in this account`,
        Queue: `Create it (\`wrangler queues create ${resource}\`), or name a queue that exists in this account`,
        'Hyperdrive config': 'Create it (`wrangler hyperdrive create <name>`) and use its id, or that of one here',
        // A service binding names a Worker; it has no id to look up.
        Worker: `Deploy Worker "${resource}" to this account first, or set \`service\` to the name of one deployed here`,
    };
    return fixes[what] ?? 'Create it in this account';
}
/** A token that Cloudflare does not know at all, as opposed to one that lacks a permission. */
async function tokenInvalid(api) {
    const answer = await (0,cloudflare_api/* apiGet */.Vg)(api, '/user/tokens/verify');
    return !answer.ok && answer.kind === 'auth' && answer.code === 1000;
}
function driftFindings(servedText, input, location) {
    const repo = input.gatewayConfig;
    const kv = `${CONFIG_KV_BINDING}/${CONFIG_KV_KEY}`;
    const upload = `wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote`;
    let served;
    try {
        served = JSON.parse(servedText);
    }
    catch {
        return [
            bindingFinding('config_drift', input.driftSeverity, `KV ${kv} holds text that is not JSON; ` +
                `production serves it instead of ${repo.display}, and the gateway fails to load it`, `Upload the repo's config: \`${upload}\`.`, { location }),
        ];
    }
    if (JSON.stringify(served) === JSON.stringify(repo.value))
        return [];
    const diff = diffRoutes(repo.value, served);
    return [
        bindingFinding('config_drift', input.driftSeverity, `production serves the config in KV ${kv}, which differs from ${repo.display}: ` +
            `${describeDiff(diff)} (KV relative to the repo)`, `Upload the repo's config to KV (\`${upload}\`), or bring ${repo.display} in line with it.`, { location }),
    ];
}

;// CONCATENATED MODULE: ./src/preflight/secret-checks.ts

function checkSecrets(input) {
    const findings = [];
    const missingOnWorker = new Set();
    const seenReference = new Set();
    const satisfied = (name) => input.uploaded.has(name) || missingOnWorker.has(name) || (input.account.seen && input.account.names.has(name));
    const answeredByVar = new Set();
    for (const ref of input.references) {
        if (Object.hasOwn(input.vars, ref.name)) {
            if (ref.kind === 'secret' && !answeredByVar.has(ref.name))
                findings.push(secretInVars(input, ref));
            answeredByVar.add(ref.name);
            continue;
        }
        if (satisfied(ref.name))
            continue;
        if (input.account.seen) {
            missingOnWorker.add(ref.name);
            findings.push(notOnWorker(input, ref.name, ref.location, input.declared.has(ref.name) ? undefined : ref));
        }
        else if (!input.declared.has(ref.name)) {
            const key = `${ref.kind}:${ref.name}:${ref.location?.line}`;
            if (seenReference.has(key))
                continue;
            seenReference.add(key);
            findings.push(unseen(input, ref, input.account.why));
        }
        // Declared and not checkable: the skipped-account notice says so once.
    }
    if (!input.account.seen)
        return findings;
    for (const secret of input.requiredSecrets) {
        if (satisfied(secret.name))
            continue;
        missingOnWorker.add(secret.name);
        findings.push(notOnWorker(input, secret.name, secret.location));
    }
    return findings;
}
const envFlag = (input) => (input.environment ? ` --env ${input.environment}` : '');
const codeOf = (ref) => (ref.kind === 'env' ? 'env_reference_unresolved' : 'secret_not_declared');
const tableOf = (input) => (input.environment ? `[env.${input.environment}]` : 'the top level');
const requiredSyntax = (input, name) => input.wranglerDisplay.endsWith('.toml')
    ? `\`secrets = { required = ["${name}"] }\``
    : `\`"secrets": { "required": ["${name}"] }\``;
/** The account answered, and the Worker lacks the secret: certain, so an error. */
function notOnWorker(input, name, location, undeclared) {
    const worker = input.workerName ?? 'the Worker';
    const exists = input.account.seen && input.account.exists;
    let message;
    if (undeclared) {
        const state = exists ? `is not set on Worker ${worker}` : `has no value: Worker ${worker} does not exist yet`;
        const notVar = undeclared.kind === 'env' ? 'not a var and ' : '';
        message = `${undeclared.raw} is ${notVar}declared nowhere, and ${name} ${state}; at runtime it silently becomes ""`;
    }
    else if (exists) {
        message =
            `secret ${name} is not set on Worker ${worker} and the action does not upload it;` +
                ' the gateway would read "" for it';
    }
    else {
        message = `Worker ${worker} does not exist yet, so secret ${name} is not set, and the action does not upload it`;
    }
    const fix = `Run \`wrangler secret put ${name}${envFlag(input)}\`, or add ${name} to the action's \`secrets\` input` +
        ' (its value from an environment variable of that name).';
    return bindingFinding(undeclared ? codeOf(undeclared) : 'secret_not_set', 'error', message, fix, { location });
}
/** Declared nowhere the gate can read, and the account was not asked: say what could not be seen. */
function unseen(input, ref, why) {
    const worker = input.workerName ? `Worker ${input.workerName}` : 'the Worker';
    const table = tableOf(input);
    const file = input.wranglerDisplay;
    const what = ref.kind === 'env' ? `neither a var in ${table} of ${file} nor a declared secret` : 'a secret declared nowhere';
    const required = `list ${ref.name} in \`secrets.required\` under ${table} of ${file}` +
        ` (${requiredSyntax(input, ref.name)}): wrangler then refuses to deploy without it.`;
    const fix = ref.kind === 'env'
        ? `If ${ref.name} is a plain value, add it to the vars of ${table}; if it is a secret, ${required}`
        : `Declare it: ${required}`;
    const message = `${ref.raw} is ${what}, and the secrets set on ${worker} could not be seen (${why}):` +
        ` if ${ref.name} is not set there, it silently becomes "" at runtime`;
    return bindingFinding(codeOf(ref), 'warning', message, fix, { location: ref.location });
}
/**
 * `$secret(s).X` answered by the var X: it works (one `env`), but the value sits in the repository.
 * The fix names a new secret: Cloudflare refuses a secret named like a var the Worker has (10053).
 */
function secretInVars(input, ref) {
    const vars = `${input.environment ? `[env.${input.environment}.vars]` : '[vars]'} of ${input.wranglerDisplay}`;
    const taken = new Set([
        ...Object.keys(input.vars),
        ...input.declared.keys(),
        ...input.uploaded,
        ...(input.account.seen ? input.account.names : []),
    ]);
    const name = freeName(`${ref.name}_SECRET`, taken);
    const message = `${ref.raw} is answered by the var ${ref.name} in ${vars}: the gateway reads vars and secrets from one env,` +
        " so this works, but a var's value is committed with the config and shown in the dashboard";
    const fix = `If ${ref.name} is a credential, make it a secret under a name no var uses (Cloudflare refuses a secret named` +
        ` like a var): \`wrangler secret put ${name}${envFlag(input)}\` (or the action's \`secrets\` input),` +
        ` write "$secrets.${name}" here, then remove the var.`;
    return bindingFinding('secret_in_vars', 'notice', message, fix, { location: ref.location });
}
/** `base`, or `base_2`, `base_3`… : the first that is not taken. */
function freeName(base, taken) {
    if (!taken.has(base))
        return base;
    for (let i = 2;; i++)
        if (!taken.has(`${base}_${i}`))
            return `${base}_${i}`;
}

;// CONCATENATED MODULE: ./src/preflight/reference-forms.ts
// Which reference forms the project's own gateway code replaces. The gateway's releases differ:
// before v2.1.0 ValueMapper replaced none; v2.1.0–v2.4.x replaced `$env.X` and `$secrets.X` but
// left `$secret.X` as literal text; since v2.5.0 all three. The gateway is forked or vendored, not
// installed from a registry, so its source is the only witness: read it, and say when it is absent.



const ALL_FORMS = ['$env.', '$secrets.', '$secret.'];
/** ValueMapper's replaceEnvAndSecrets defined (not called) here: the real gateway, v2.1.0 or later. */
const DEFINES_REPLACE = /(?:static\s+(?:async\s+)?|function\s+|async\s+)replaceEnvAndSecrets\s*\(/;
/** The `$secret.` prefix as a string literal: v2.5.0 added it beside `'$secrets.'`. */
const SINGULAR_LITERAL = /\$secret\.['"`]/;
/** A whole-value regex over all three prefixes (`\$(env|secrets?)\.`), as this repository's example writes it. */
const ALL_FORMS_REGEX = /\\\$\(env\|secrets\?\)\\\./;
const VALUE_MAPPER = /\bclass\s+ValueMapper\b/;
/** The substitution the project's gateway code performs, judged from its source text. */
function substitutionIn(files, looked) {
    const defining = files.find((f) => DEFINES_REPLACE.test(f.text));
    if (defining) {
        const singular = SINGULAR_LITERAL.test(defining.text);
        const forms = new Set(singular ? ALL_FORMS : ['$env.', '$secrets.']);
        return { known: true, file: defining.display, forms, release: singular ? 'v2.5.0 or later' : 'before v2.5.0' };
    }
    const regex = files.find((f) => ALL_FORMS_REGEX.test(f.text));
    if (regex)
        return { known: true, file: regex.display, forms: new Set(ALL_FORMS), release: 'its own code' };
    const mapper = files.find((f) => VALUE_MAPPER.test(f.text));
    if (mapper)
        return { known: true, file: mapper.display, forms: new Set(), release: 'before v2.1.0' };
    return { known: false, looked };
}
function formOf(raw) {
    return ALL_FORMS.find((form) => raw.startsWith(form));
}
/**
 * A reference the project's code leaves alone is literal text at runtime: a warning on its line (the
 * release is read from source text, not known for certain), and no secret check for it (nothing reads
 * its name). Unknown code and a `$secret.X`: one notice.
 */
function checkReferenceForms(references, substitution) {
    const literal = new Set();
    if (!substitution.known) {
        const first = references.find((r) => formOf(r.raw) === '$secret.');
        return { findings: first ? [unknownCode(first, substitution.looked)] : [], literal };
    }
    const findings = [];
    for (const ref of references) {
        const form = formOf(ref.raw);
        if (!form || substitution.forms.has(form))
            continue;
        literal.add(ref);
        findings.push(staysLiteral(ref, form, substitution));
    }
    return { findings, literal };
}
function staysLiteral(ref, form, code) {
    const replaced = [...code.forms].map((f) => `${f}X`);
    const what = replaced.length > 0 ? `replaces only ${replaced.join(' and ')}` : 'replaces no reference at all';
    const message = `${JSON.stringify(ref.raw)} stays the literal text ${JSON.stringify(ref.raw)} at runtime:` +
        ` the project's gateway code (${code.file}, a release ${code.release}) ${what}`;
    const plural = `$secrets.${ref.name}`;
    const fix = form === '$secret.'
        ? `Write "${plural}" (replaced by every release since v2.1.0), or update the gateway code to v2.5.0 or later.`
        : `Update the gateway code (${code.file}) to v2.5.0 or later, which replaces ${form}X.`;
    return configFinding('reference_stays_literal', 'warning', message, fix, { location: ref.location });
}
function unknownCode(ref, looked) {
    const message = `found no gateway code that replaces references under ${looked} (ValueMapper.replaceEnvAndSecrets),` +
        ` so the gate cannot tell what ${ref.raw} will be: the gateway replaces $secret.X since v2.5.0,` +
        ` older releases leave it as the literal text ${JSON.stringify(ref.raw)}`;
    const fix = `Write "$secrets.${ref.name}": every release since v2.1.0 replaces it.`;
    return configFinding('reference_form_unchecked', 'notice', message, fix, { location: ref.location });
}
const SOURCE = /\.(?:[cm]?js|[cm]?ts)$/;
const SKIP = new Set(['node_modules', 'dist', 'build', 'coverage', 'test', 'tests', '__tests__', 'out']);
/**
 * The project's source files that may hold the gateway's substitution (bounded: 2,000 entries,
 * 8 levels, 1 MiB a file). Tests and build output are skipped: they are not the code that runs.
 */
function readGatewaySources(root, workingDirectory) {
    const out = [];
    let budget = 2000;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (--budget < 0)
                return;
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth < 8 && !entry.name.startsWith('.') && !SKIP.has(entry.name))
                    walk(full, depth + 1);
            }
            else if (entry.isFile() && SOURCE.test(entry.name) && !/\.(?:test|spec|d)\.[cm]?[jt]s$/.test(entry.name)) {
                try {
                    if ((0,external_node_fs_.statSync)(full).size > 1024 * 1024)
                        continue;
                    const text = (0,external_node_fs_.readFileSync)(full, 'utf8');
                    if (/replaceEnvAndSecrets|ValueMapper|secrets\?/.test(text)) {
                        out.push({ display: external_node_path_default().relative(workingDirectory, full).split((external_node_path_default()).sep).join('/'), text });
                    }
                }
                catch {
                    // An unreadable file is not the gateway's code as far as the gate can tell.
                }
            }
        }
    };
    walk(root, 0);
    return out.sort((a, b) => a.display.localeCompare(b.display));
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/wrangler/project-wrangler.ts
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
// The project's own wrangler reads the config the way the deploy will: `unstable_readConfig`
// validates it and resolves the environment. Loaded from the project's node_modules, never bundled.



/**
 * Wrangler's entry is CommonJS: required, it is compiled once (from Node's compile cache after the
 * first step), where an import would also scan its 10 MB for named exports. An ES module entry is imported.
 */
async function loadEntry(require, entry) {
    try {
        return require(entry);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE')
            throw error;
        return (await import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(entry).href)));
    }
}
/** Why the project's wrangler was not read when the project has none. */
const NOT_INSTALLED = 'wrangler is not installed in the project';
async function readWithProjectWrangler(workingDirectory, configFile, environment) {
    let entry;
    let version;
    const require = (0,external_node_module_.createRequire)(external_node_path_default().join(workingDirectory, 'package.json'));
    try {
        entry = require.resolve('wrangler');
        version = String(require('wrangler/package.json').version ?? 'unknown');
    }
    catch {
        return { kind: 'unavailable', reason: NOT_INSTALLED };
    }
    let wrangler;
    try {
        wrangler = await loadEntry(require, entry);
    }
    catch (error) {
        return {
            kind: 'unavailable',
            reason: `the project's wrangler could not be loaded (${error.message.split('\n')[0]})`,
        };
    }
    if (typeof wrangler.unstable_readConfig !== 'function')
        return { kind: 'unavailable', reason: `wrangler ${version} has no unstable_readConfig` };
    try {
        const config = wrangler.unstable_readConfig(
        // wrangler's own arguments: a spread, so that no `env` key is present without an environment
        { config: configFile, ...(environment ? { env: environment } : {}) }, { hideWarnings: true });
        return { kind: 'read', config, version };
    }
    catch (error) {
        const e = error;
        return {
            kind: 'rejected',
            message: (e.text ?? e.message).trim(),
            line: e.location?.line || undefined,
            column: e.location?.column === undefined ? undefined : e.location.column + 1,
            version,
        };
    }
}

;// CONCATENATED MODULE: ./src/preflight/wrangler-missing.ts
/** The `build_not_run` finding of a project without wrangler, saying everything that was skipped. */
function withWranglerMissing(build, input) {
    const also = [
        "wrangler's own reading of the config (what it rejects, the Worker name it deploys)",
        'the size and startup limits',
        ...(input.hasGeneratedTypes ? ['the generated types (`wrangler types --check`)'] : []),
    ];
    const last = also.pop();
    const message = `${build.message}; so preflight also skipped ${also.join(', ')} and ${last}.` +
        ' The checks that ran passed on their own, and a deploy needs wrangler too';
    const fix = input.declared
        ? `package.json lists wrangler, but it is not installed: run \`${input.install}\` before the gate.`
        : `Add wrangler to the project (\`${input.add}\`), and run \`${input.install}\` before the gate.`;
    return { ...build, message, fix };
}
/** Whether a package.json text lists wrangler among its dependencies. */
function declaresWrangler(packageJson) {
    if (!packageJson)
        return false;
    try {
        const manifest = JSON.parse(packageJson);
        return ['dependencies', 'devDependencies', 'optionalDependencies'].some((k) => manifest[k]?.wrangler !== undefined);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/project-tests/project-package-manager.ts
var project_package_manager = __webpack_require__(1643);
// EXTERNAL MODULE: ./src/wrangler/wrangler-file.ts
var wrangler_file = __webpack_require__(1581);
;// CONCATENATED MODULE: ./src/wrangler/rejection-location.ts
const NAMED_FIELD = /(?:Expected|field|property) "([A-Za-z_][\w.-]*)"/;
/** Where the field wrangler's message names is written, or undefined when it names none the file has. */
function rejectionLocation(message, source, environment) {
    const field = NAMED_FIELD.exec(message)?.[1];
    if (!field)
        return undefined;
    const keys = field.split('.');
    const candidates = [...(environment ? [['env', environment, ...keys]] : []), keys];
    const found = candidates.find((path) => source.has(path));
    return found ? source.locate(found, 'value') : undefined;
}

// EXTERNAL MODULE: ./src/wrangler/wrangler-source.ts + 1 modules
var wrangler_source = __webpack_require__(9061);
// EXTERNAL MODULE: ./src/gateway/config-analysis.ts + 4 modules
var config_analysis = __webpack_require__(2273);
;// CONCATENATED MODULE: ./src/stages/preflight.ts
// Stage 2: the Worker before it deploys. Its wrangler config for the chosen environment, read
// with positions (and by the project's own wrangler, as the deploy will read it), and every
// binding, secret and config source the gateway needs: declared locally, and present in the
// account when a Cloudflare API token is available.


























async function runPreflight(config, _log, context) {
    const loaded = loadWranglerConfig(config);
    if ('finding' in loaded)
        return { findings: [loaded.finding] };
    const { file, display, source } = loaded;
    const findings = checkEnvironmentChoice(source, config.environment, (0,wrangler_environments/* definedEnvironments */.WI)(source.raw));
    if (!config.wranglerConfig)
        findings.push(...ignoredWranglerConfigs(config.workingDirectory, file));
    if (findings.some((f) => f.code === 'environment_not_found'))
        return { findings };
    const worker = (0,wrangler_environments/* resolveEnvironment */.g9)(source.raw, config.environment);
    // The project's wrangler, `wrangler types --check` and the deploy's own build run in the background.
    const background = startBackgroundChecks(config, file, source, worker);
    const validated = context?.previous('validate')?.data;
    const gateway = await analyzeGateway(config, source, worker.vars, findings, validated);
    const requiredSecrets = worker.requiredSecrets.map((s) => s.name);
    const declaredSecrets = declaredSecretNames(config, external_node_path_default().dirname(file), requiredSecrets);
    findings.push(...localFindings(config, file, source, worker, gateway), ...secretValueFindings(config));
    const wrangler = await background.reading;
    const reader = readerOf(wrangler, config, source, findings);
    // Wrangler is the authority on the deployed name (environment naming rules included).
    if (wrangler.kind === 'read' && wrangler.config.name)
        worker.name = wrangler.config.name;
    findings.push(...checkProvisioning({
        source,
        worker,
        reading: wrangler.kind === 'read' ? wrangler.config : undefined,
        version: wrangler.kind === 'unavailable' ? undefined : wrangler.version,
        packageManager: (0,project_package_manager/* projectPackageManager */.L)(config.workingDirectory).name,
        disabledBy: provisioningDisabledBy(config.deploy, readOptional(config.workingDirectory, 'package.json')),
    }));
    const bindings = bindingCount(worker);
    const data = {
        wranglerConfig: display,
        environment: config.environment ?? null,
        workerName: worker.name ?? null,
        bindings,
        reader,
        remote: { skipped: '' },
    };
    const secrets = await checkAccount(config, source, worker, gateway, data, findings);
    const forms = referenceForms(config, file, gateway);
    findings.push(...forms.findings, ...checkSecrets({
        wranglerDisplay: display,
        workerName: worker.name,
        environment: config.environment,
        vars: worker.vars,
        references: (gateway?.data?.references ?? []).filter((r) => !forms.literal.has(r)),
        requiredSecrets: worker.requiredSecrets.map((s) => ({ name: s.name, location: source.locate(s.path, 'value') })),
        declared: declaredSecrets,
        uploaded: new Set(config.secrets),
        account: secrets,
    }));
    findings.push(...(await background.typesCheck));
    const limits = await background.limitsCheck;
    // A build that fails for a reason already reported (wrangler refused the config, no entry module) is said once.
    const explained = findings.some((f) => f.severity === 'error' && BUILD_FAILURE_CAUSES.has(f.code));
    const missing = wrangler.kind === 'unavailable' && wrangler.reason === NOT_INSTALLED;
    findings.push(...limits.findings
        .filter((f) => !explained || !['build_failed', 'build_not_run'].includes(f.code))
        .map((f) => (missing && f.code === 'build_not_run' ? wranglerMissing(f, config, file) : f)));
    const remoteNote = 'skipped' in data.remote ? 'account not checked' : (0,src_text/* counted */.hS)(data.remote.checks, 'account check');
    const limitsNote = limits.skipped ? `, size and startup limits not checked (${limits.skipped})` : '';
    const env = config.environment ? ` (env ${config.environment})` : '';
    return {
        findings,
        data,
        note: `${worker.name ?? 'unnamed Worker'}${env}, ${(0,src_text/* counted */.hS)(bindings, 'binding')}, ${remoteNote}${limitsNote}`,
    };
}
/** The wrangler config, read with positions: or the one finding that says why it cannot be (none at all throws). */
function loadWranglerConfig(config) {
    const file = (0,wrangler_file/* resolveWranglerConfig */.Xe)(config);
    if (!file || !(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* StageError */.Zu(configFinding('wrangler_config_not_found', 'error', config.wranglerConfig
            ? `wrangler config ${(0,inputs/* displayPath */.Gt)(config.wranglerConfig, config.workingDirectory)} does not exist`
            : `no wrangler config in ${config.workingDirectory} (looked for wrangler.json, wrangler.jsonc,` +
                ` wrangler.toml)`, "Set the `wrangler-config` input to the Worker's wrangler.toml / wrangler.jsonc, relative to" +
            ' `working-directory`.'));
    }
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const read = (0,files/* readTextFile */.Gu)(file, 1024 * 1024);
    if (!read.ok) {
        const message = `wrangler config ${display} ${read.detail}`;
        const fix = "Point `wrangler-config` at the Worker's wrangler config, saved as UTF-8 text.";
        const location = { file: display, line: 1 };
        return { finding: configFinding('wrangler_config_unreadable', 'error', message, fix, { location }) };
    }
    const loaded = (0,wrangler_source/* loadWranglerSource */.Y)(file, display, read.text);
    if (!loaded.ok) {
        const message = `${display} cannot be parsed: ${loaded.message}`;
        const fix = 'Fix the syntax at this position (wrangler would refuse the file too).';
        return { finding: configFinding('wrangler_config_syntax', 'error', message, fix, { location: loaded.location }) };
    }
    return { file, display, source: loaded.source };
}
/**
 * The slow checks, started at once so they run while the local ones do (a failure of theirs is no
 * finding). The wrangler processes are spawned first: loading the project's wrangler in this
 * process holds its thread for about a second, and they should be running by then.
 */
function startBackgroundChecks(config, file, source, worker) {
    // The deploy's own build (`deploy --dry-run`), measured against the size and startup limits.
    const limitsCheck = checkStartupLimits({
        workingDirectory: config.workingDirectory,
        configFile: file,
        environment: config.environment,
        env: config.env,
        location: worker.main ? source.locate(worker.pathOf('main'), 'value') : { file: source.display, line: 1 },
        display: (f) => (0,inputs/* displayPath */.Gt)(f, config.workingDirectory),
    }).catch((error) => ({ findings: [], skipped: error.message }));
    // `wrangler types --check`, when the project commits generated types (a file it cannot read is left alone).
    const typesCheck = checkGeneratedTypes({
        workingDirectory: config.workingDirectory,
        configFile: file,
        env: config.env,
        display: (f) => (0,inputs/* displayPath */.Gt)(f, config.workingDirectory),
    }).catch(() => []);
    // The project's wrangler loads in about a second.
    const reading = readWithProjectWrangler(config.workingDirectory, file, config.environment);
    return { reading, typesCheck, limitsCheck };
}
/** What the config alone says about the Worker: its entry module, bindings and dates. */
function localFindings(config, file, source, worker, gateway) {
    const main = worker.main ? external_node_path_default().resolve(external_node_path_default().dirname(file), worker.main) : undefined;
    const mainExists = main !== undefined && (0,external_node_fs_.existsSync)(main);
    const mainIsDirectory = mainExists && (0,external_node_fs_.statSync)(main).isDirectory();
    const mainIsFile = mainExists && !mainIsDirectory;
    const findings = checkLocal({
        source,
        worker,
        environment: config.environment,
        today: new Date().toISOString().slice(0, 10),
        mainExists,
        mainExports: mainIsFile && worker.durableObjects.length > 0 ? exportedNames((0,external_node_fs_.readFileSync)(main, 'utf8')) : undefined,
        serviceBindings: gateway?.serviceBindings ?? [],
    });
    if (mainIsDirectory) {
        const message = `\`main\` names ${worker.main}, a directory: wrangler needs the entry module file`;
        const fix = 'Point `main` at the entry module file inside it (such as src/index.js), relative to the config.';
        const at = source.locate(worker.pathOf('main'), 'value');
        findings.push(configFinding('worker_main_is_directory', 'error', message, fix, { location: at }));
    }
    return findings;
}
/** What the project's own gateway code makes of each reference (releases differ); no references, no reading. */
function referenceForms(config, file, gateway) {
    const references = gateway?.data?.references ?? [];
    if (references.length === 0)
        return { findings: [], literal: new Set() };
    const root = external_node_path_default().dirname(file);
    const rel = external_node_path_default().relative(config.workingDirectory, root).split((external_node_path_default()).sep).join('/');
    const looked = rel ? `${rel}/` : 'the project';
    return checkReferenceForms(references, substitutionIn(readGatewaySources(root, config.workingDirectory), looked));
}
/** A secret the `secrets` input names but whose environment variable is empty: nothing to upload. */
function secretValueFindings(config) {
    return config.secrets
        .filter((name) => !config.env[name])
        .map((name) => bindingFinding('secret_value_missing', 'error', `the \`secrets\` input names ${name}, but the environment variable ${name} is empty or unset, so there` +
        ` is nothing to upload`, `Pass it to the step: \`env: { ${name}: \${{ secrets.${name} }} }\`.`));
}
/** Who read the config (the project's wrangler, or the gate's own rules and why); a rejection is a finding. */
function readerOf(wrangler, config, source, findings) {
    const own = "the gate's own reading of wrangler's rules";
    if (wrangler.kind === 'read')
        return `the project's wrangler ${wrangler.version}`;
    if (wrangler.kind !== 'rejected')
        return `${own} (${wrangler.reason})`;
    const named = wrangler.line ? undefined : rejectionLocation(wrangler.message, source, config.environment);
    const at = named ?? { file: source.display, line: wrangler.line ?? 1, column: wrangler.column };
    const env = config.environment ? ` for environment ${config.environment}` : '';
    const message = `wrangler ${wrangler.version} rejects ${source.display}${env}: ${wrangler.message}`;
    const fix = 'Fix what wrangler names; the deploy would fail the same way.';
    findings.push(configFinding('wrangler_config_invalid', 'error', message, fix, { location: at }));
    return own;
}
function bindingCount(worker) {
    const { kv, d1, r2, queues, hyperdrive, services, durableObjects } = worker;
    return [kv, d1, r2, queues, hyperdrive, services, durableObjects].reduce((sum, list) => sum + list.length, 0);
}
/** The account's side, with a token: bindings, secrets and drift; what it saw of the Worker's secrets. */
async function checkAccount(config, source, worker, gateway, data, findings) {
    // The account wrangler deploys to: the config's account_id before CLOUDFLARE_ACCOUNT_ID.
    const choice = (0,cloudflare_account/* chooseAccount */.HA)(source, config.environment, config.env);
    const conflict = (0,cloudflare_account/* accountConflict */.C5)(choice, 'preflight', (p) => source.locate(p, 'value'));
    if (conflict)
        findings.push(conflict);
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
    if (!api) {
        data.remote = { skipped: 'no CLOUDFLARE_API_TOKEN' };
        findings.push(bindingFinding('remote_checks_skipped', 'notice', 'no CLOUDFLARE_API_TOKEN (a pull request from a fork gets none): the account was not checked for' +
            ' bindings, secrets and config drift; the local checks still gate', 'Provide CLOUDFLARE_API_TOKEN to the step to check the account too.'));
        return { seen: false, why: 'no CLOUDFLARE_API_TOKEN' };
    }
    const account = await (0,cloudflare_account/* resolveAccount */.u1)(api, choice);
    if (!account.ok) {
        data.remote = { skipped: 'no account' };
        findings.push(...accountFindings(account.answer, account.count, api.budgetMs));
        return { seen: false, why: 'the Cloudflare account could not be determined' };
    }
    const remote = await checkRemote({
        api,
        accountId: account.account.id,
        source,
        worker,
        gatewayConfig: gateway?.value !== undefined ? { value: gateway.value, display: gateway.display } : undefined,
        driftSeverity: config.configDrift,
    });
    findings.push(...remote.findings);
    const workerExists = remote.secrets.seen ? remote.secrets.exists : null;
    data.remote = { account: account.account.id, checks: remote.checked, workerExists };
    return remote.secrets;
}
/** Why no account could be chosen: the platform's trouble, or the token's. */
function accountFindings(answer, count, budget) {
    const down = answer && !answer.ok && answer.kind === 'unavailable';
    if (down)
        return apiTroubleFindings([{ path: '/accounts', answer }], budget);
    const code = answer && !answer.ok && answer.code ? ` [code: ${answer.code}]` : '';
    const why = answer && !answer.ok ? `${answer.message}${code}` : `the token sees ${count} accounts`;
    const kind = answer && !answer.ok && answer.kind === 'auth' ? 'api_token_permission' : 'cloudflare_account_unknown';
    return [bindingFinding(kind, 'error', `could not tell which Cloudflare account to check: ${why}`, cloudflare_account/* ACCOUNT_FIX */.Qh)];
}
/**
 * The gateway config's references and service bindings, through validate's code. A config held
 * in the SAG_API_CONFIG_JSON var replaces the file at runtime, so it is validated and used instead.
 */
async function analyzeGateway(config, source, vars, findings, validated) {
    const inline = vars.SAG_API_CONFIG_JSON;
    if (typeof inline === 'string') {
        const varPath = source.locate([
            ...(config.environment ? ['env', config.environment] : []),
            'vars',
            'SAG_API_CONFIG_JSON',
        ]);
        const analysis = await (0,config_analysis/* validateConfigText */.Ik)(config, source.file, `${source.display} (SAG_API_CONFIG_JSON)`, inline);
        findings.push(bindingFinding('config_overridden_by_var', 'warning', `SAG_API_CONFIG_JSON in ${source.display} replaces the gateway config file at runtime: production` +
            ` serves this var, not the file`, 'Remove the var to serve the config file, or keep the two in step.', { location: varPath }), ...analysis.findings.map((f) => ({
            ...f,
            stage: 'preflight',
            message: `SAG_API_CONFIG_JSON: ${f.message}${f.location ? ` (line ${f.location.line} of the var's JSON)` : ''}`,
            location: varPath,
        })));
        return { ...analysis, display: `${source.display} (SAG_API_CONFIG_JSON)` };
    }
    let file;
    try {
        file = (0,config_analysis/* locateConfig */.p0)(config);
    }
    catch {
        findings.push(bindingFinding('gateway_config_not_found', 'notice', 'no gateway config found, so its references were not checked against the Worker', 'Set the `config` input (validate reports this too).'));
        return undefined;
    }
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok)
        return undefined; // validate reports it
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const reused = validated && reuseValidated(validated, display, read.text, (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env) !== undefined);
    return reused ?? { ...(await (0,config_analysis/* validateConfigText */.Ik)(config, file, display, read.text)), display };
}
/**
 * Validate's analysis of this same text, from the run directory: the references and service
 * bindings preflight needs, without a second parse, schema and semantic pass. Undefined when
 * validate judged another file or other text (edited since), or recorded too little.
 */
function reuseValidated(data, display, text, needValue) {
    if (data.configFile !== display || !data.serviceBindings || data.configSha256 !== (0,config_analysis/* textSha256 */.XN)(text))
        return undefined;
    let value;
    try {
        // Only the account checks read the config's value (drift against what is deployed).
        value = needValue ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
    const { serviceBindings, routeCount } = data;
    return { findings: [], data, value, routeCount, serviceBindings, display };
}
/** No wrangler in the project: the build check names all it skipped, and the install for its package manager. */
function wranglerMissing(build, config, file) {
    const pm = (0,project_package_manager/* projectPackageManager */.L)(config.workingDirectory);
    return withWranglerMissing(build, {
        declared: declaresWrangler(readOptional(config.workingDirectory, 'package.json')),
        hasGeneratedTypes: (0,external_node_fs_.existsSync)(external_node_path_default().join(external_node_path_default().dirname(file), TYPES_FILE)),
        add: (0,package_manager/* addDevCommand */.wJ)(pm.name, 'wrangler'),
        install: (0,package_manager/* installHint */.J8)(pm, config.workingDirectory),
    });
}
function readOptional(dir, name) {
    const file = external_node_path_default().join(dir, name);
    const read = (0,external_node_fs_.existsSync)(file) ? (0,files/* readTextFile */.Gu)(file, 1024 * 1024) : undefined;
    return read?.ok ? read.text : undefined;
}
function declaredSecretNames(config, configDir, required) {
    const declared = new Map();
    for (const name of required)
        declared.set(name, 'secrets.required');
    for (const file of ['.dev.vars.example', '.dev.vars']) {
        const full = external_node_path_default().join(configDir, file);
        if (!(0,external_node_fs_.existsSync)(full))
            continue;
        for (const name of dotenvNames((0,external_node_fs_.readFileSync)(full, 'utf8')))
            if (!declared.has(name))
                declared.set(name, file);
    }
    for (const name of config.secrets)
        if (!declared.has(name))
            declared.set(name, 'the secrets input');
    return declared;
}
/** Several wrangler configs side by side: wrangler reads the first of its order, and the others are dead. */
function ignoredWranglerConfigs(dir, used) {
    const others = wrangler_file/* WRANGLER_CONFIG_NAMES */.zV.filter((n) => external_node_path_default().join(dir, n) !== used && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, n)));
    const usedName = external_node_path_default().basename(used);
    return others.map((name) => {
        const message = `both ${usedName} and ${name} exist: wrangler uses ${usedName}, and ${name} is ignored`;
        const fix = `Delete ${name} (or move what it holds into ${usedName}); set \`wrangler-config\` to be explicit.`;
        return configFinding('wrangler_config_ignored', 'warning', message, fix, { location: { file: name, line: 1 } });
    });
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
