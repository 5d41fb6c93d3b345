export const id = 698;
export const ids = [698];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export MAX_TEXT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Reading the user's text files with the guards a gate needs: no directory, no binary, no
// file too large to be a config, and an answer instead of an exception.

/** KV's value limit: a gateway config larger than this cannot be served from KV or a bundle. */
const MAX_TEXT_BYTES = 25 * 1024 * 1024;
function readTextFile(file, maxBytes = MAX_TEXT_BYTES) {
    let size;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (stat.isDirectory())
            return { ok: false, reason: 'directory', detail: 'is a directory, not a file' };
        // Opening a FIFO blocks until a writer comes, and a device never ends: neither is a config.
        if (!stat.isFile()) {
            return { ok: false, reason: 'unreadable', detail: `is ${specialKind(stat)}, not a regular file` };
        }
        size = stat.size;
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, reason: 'missing', detail: 'does not exist' };
        return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? 'unknown error'})` };
    }
    if (size > maxBytes) {
        return { ok: false, reason: 'too_large', detail: `is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` };
    }
    let buffer;
    try {
        buffer = Buffer.alloc(size);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        try {
            let read = 0;
            while (read < size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            buffer = buffer.subarray(0, read);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch (error) {
        return {
            ok: false,
            reason: 'unreadable',
            detail: `cannot be read (${error.code ?? 'unknown error'})`,
        };
    }
    const nul = buffer.subarray(0, 8192).indexOf(0);
    if (nul !== -1) {
        const line = lineOfByte(buffer, nul);
        const detail = `is a binary file (a NUL byte on line ${line}), not UTF-8 text`;
        return { ok: false, reason: 'binary', detail, line };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    }
    catch {
        return { ok: false, reason: 'binary', detail: 'is not valid UTF-8 text' };
    }
    // TextDecoder already dropped a UTF-8 byte order mark.
    if (/^\s*$/.test(text))
        return { ok: false, reason: 'empty', detail: 'is empty' };
    return { ok: true, text, bytes: buffer.length };
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} B`;
}
function specialKind(stat) {
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'a special file';
}
/** 1-based line of a byte offset: newlines before it, plus one. */
function lineOfByte(buffer, offset) {
    let line = 1;
    for (let i = buffer.indexOf(0x0a); i !== -1 && i < offset; i = buffer.indexOf(0x0a, i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 2911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRollback: () => (/* binding */ runRollback)
/* harmony export */ });
/* harmony import */ var _cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9251);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _wrangler_wrangler_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1189);
/* harmony import */ var _wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7529);
// Stage 6, only after a failed smoke test: put the version that served before back in front of
// users. A direct deploy is undone with `wrangler rollback`; a gradual one never gave the new
// version traffic, and is cleaned out of the deployment. Verified against the API afterwards.




const finding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingFactory */ ._2)('rollback', 'deploy', { owned: true });
async function runRollback(config, log, context) {
    const smoke = context.previous('smoke');
    const deploy = context.previous('deploy');
    const data = deploy?.status === 'passed' ? deploy.data : undefined;
    if (!smoke || smoke.status === 'passed' || smoke.status === 'skipped')
        return { findings: [], status: 'skipped', note: 'the smoke test did not fail' };
    if (!data?.versionId)
        return { findings: [], status: 'skipped', note: 'this run deployed nothing' };
    if (data.mode === 'preview')
        return { findings: [], status: 'skipped', note: 'a preview changed no deployment: nothing to roll back' };
    if (!config.rollback && data.mode === 'direct')
        return { findings: [], status: 'skipped', note: `rollback: false, so version ${data.versionId} stays live` };
    if (!data.previousVersionId) {
        const message = `${data.workerName} had no version before this deploy, so ${data.versionId} stays live`;
        const fix = 'Fix the failure and deploy again (or delete the Worker if it must not serve).';
        const note = 'first deploy: nothing to restore';
        return { findings: [finding('nothing_to_roll_back_to', 'warning', message, fix)], note };
    }
    const program = (0,_wrangler_wrangler_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .locateWrangler */ .HT)(config.workingDirectory, config.env);
    if (!program.ok)
        return { findings: [finding('wrangler_unavailable', 'error', program.reason, program.fix)] };
    const envArgs = config.environment ? ['--env', config.environment] : [];
    const message = `gateway-deploy-gate: smoke test failed for ${data.versionId}`;
    const args = data.mode === 'direct'
        ? ['rollback', data.previousVersionId, '-y', '--message', message, ...envArgs]
        : ['versions', 'deploy', `${data.previousVersionId}@100%`, '-y', '--message', message, ...envArgs];
    const step = await (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .runWranglerStep */ .Mo)(log, program.program, args, config);
    const failed = (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepFailure */ .nK)(step, 'rollback');
    if (failed) {
        const why = (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepReason */ .jm)(step);
        const message = `the rollback to ${data.previousVersionId} failed, so ${data.versionId} is still live: ${why}`;
        return { findings: [{ ...failed, message }] };
    }
    // `wrangler rollback` writes nothing to its output file: the API says what serves now.
    const result = { rolledBack: true, removedVersionId: data.versionId };
    const api = (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiSettingsFromEnv */ .Bu)(config.env);
    if (api) {
        const active = await (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .activeDeployment */ .q0)(api, data.accountId, data.workerName);
        const serving = active.ok ? (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .mainVersion */ .Qt)(active.deployment) : undefined;
        if (serving)
            result.activeVersionId = serving;
        if (serving !== data.previousVersionId) {
            return {
                findings: [
                    finding('rollback_not_effective', 'error', `wrangler reported the rollback done, but ${data.workerName} serves` +
                        ` ${serving ?? 'an unknown version'}, not ${data.previousVersionId}`, 'Check `wrangler deployments list` and roll back by hand.'),
                ],
                data: { ...result, rolledBack: false },
            };
        }
    }
    const note = data.mode === 'direct'
        ? `rolled back ${data.workerName} to ${data.previousVersionId}`
        : `${data.versionId} never got traffic; the deployment is ${data.previousVersionId} at 100% again`;
    return { findings: [], data: result, note };
}


/***/ }),

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ deployFailureFinding)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1001);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3383);
/* harmony import */ var _failure_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4918);
// A failed wrangler command as one finding: the Cloudflare API code it carried, what it means,
// the fix, and the line of the wrangler config to change when there is one.





function deployFailureFinding(failure, ctx) {
    const diagnosis = diagnoseFailure(failure, ctx);
    return {
        stage: 'deploy',
        layer: 'deploy',
        code: diagnosis.code,
        category: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .ownerOf */ .bf)(diagnosis.code, failure.code),
        severity: 'error',
        message: [
            `${ctx.command} failed${failure.code !== undefined ? ` [code: ${failure.code}]` : ''}: ${failure.message}`,
            diagnosis.note ? ` (${diagnosis.note})` : '',
        ].join(''),
        fix: diagnosis.fix,
        location: diagnosis.location,
        evidence: { apiCode: failure.code, wrangler: failure.message, ...diagnosis.evidence },
    };
}
function diagnoseFailure(failure, ctx) {
    const at = (path) => ctx.source && path ? ctx.source.locate(path, 'value') : undefined;
    const lines = {
        name: ctx.worker ? at(ctx.worker.pathOf('name')) : undefined,
        main: ctx.worker ? at(ctx.worker.pathOf('main')) : undefined,
    };
    return diagnoseApiCode(failure, ctx, lines) ?? diagnoseMessage(failure.message, ctx, lines);
}
/** The API codes whose cause is known, whatever wrangler printed around them. */
function diagnoseApiCode(failure, ctx, lines) {
    const text = failure.message;
    const { name: nameLine, main: mainLine } = lines;
    switch (failure.code) {
        case 10000:
            return {
                code: 'api_token_permission',
                fix: 'The API token lacks a permission this command needs: give it "Workers Scripts: Edit" (and "Account' +
                    ' Settings: Read"), on the account the deploy targets (`account_id` in the wrangler config, else' +
                    ' CLOUDFLARE_ACCOUNT_ID).',
            };
        case 9109:
        case 1000:
        case 10001:
            return {
                code: 'api_token_invalid',
                fix: 'CLOUDFLARE_API_TOKEN is not a valid token (revoked, expired or mistyped): create a new API token and' +
                    ' update the repository secret.',
            };
        case 10007:
        case 10090:
            return {
                code: 'worker_not_found',
                fix: 'The Worker does not exist yet: deploy it once with `deploy: direct` (a gradual deploy needs a version' +
                    ' to split with).',
                location: nameLine,
            };
        case 10013:
        case 10041:
        case 10042:
            return {
                code: 'kv_namespace_not_found',
                fix: 'A KV namespace id in the wrangler config does not exist in this account: create it (`wrangler kv' +
                    ' namespace create`) or fix the id.',
                ...locateResource(text, ctx, 'kv'),
            };
        case 10021:
            return startupDiagnosis(text, ctx, mainLine);
        case 10215:
            return {
                code: 'latest_version_not_deployed',
                fix: 'The latest version is not the deployed one (a gradual deployment is in progress): finish or roll back' +
                    ' that deployment first.',
            };
        case 10220:
            return {
                code: 'rollback_secrets_changed',
                fix: 'Secrets changed since the target version: roll back with --force or redeploy.',
            };
        case 971:
        case 10429:
            return {
                code: 'cloudflare_rate_limited',
                fix: 'The Cloudflare API rate-limited the deploy: retry the job in a minute.',
            };
        default:
            return undefined;
    }
}
/** Wrangler's message, for failures without a known API code. */
function diagnoseMessage(text, ctx, lines) {
    const { name: nameLine, main: mainLine } = lines;
    if (/Could not resolve|Build failed|No loader is configured|Unexpected token|esbuild/i.test(text)) {
        const position = ctx.source ? (0,_failure_text_js__WEBPACK_IMPORTED_MODULE_4__/* .buildErrorPosition */ .y)(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(ctx.source.file)) : undefined;
        const location = projectLocation(position, ctx) ?? mainLine;
        const fix = 'Wrangler could not bundle the Worker: fix the import or syntax error it names ' +
            '(the local E2E tests would fail too).';
        return { code: 'build_failed', fix, location };
    }
    // Wranglers that print only their own summary of a 10021 (no code in the output file, e.g. 4.20).
    if ((0,_failure_text_js__WEBPACK_IMPORTED_MODULE_4__/* .startupFailure */ .e)(text)?.kind === 'unknown')
        return startupDiagnosis(text, ctx, mainLine);
    // Wrangler 4.1xx checks this itself and says so without an API code.
    if (/latest version of your Worker isn't currently deployed/i.test(text)) {
        const fix = 'The latest version is not the deployed one (after a rollback or during a gradual deployment): ' +
            'finish or roll back that deployment first.';
        return { code: 'latest_version_not_deployed', fix };
    }
    if (/does not yet exist/i.test(text)) {
        return {
            code: 'worker_not_found',
            fix: 'The Worker does not exist yet: deploy it once with `deploy: direct`.',
            location: nameLine,
        };
    }
    if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|socket hang up/i.test(text)) {
        return {
            code: 'cloudflare_api_unreachable',
            fix: 'The runner could not reach the Cloudflare API: check the network and CLOUDFLARE_API_BASE_URL, then retry.',
        };
    }
    return {
        code: 'wrangler_failed',
        fix: "Read wrangler's message above; run the same command locally with the same environment to reproduce it.",
    };
}
/** The binding whose id the API message names, else the first of that kind. */
function locateResource(text, ctx, kind) {
    if (!ctx.worker || !ctx.source)
        return {};
    const bindings = ctx.worker[kind];
    const named = bindings.find((b) => b.resource && text.includes(b.resource)) ?? bindings[0];
    return named ? { location: ctx.source.locate(named.path, 'value') } : {};
}
/**
 * 10021: Cloudflare ran the Worker's global scope and refused it. Its own text says why; wrangler's
 * summary "exceeded startup limits" is printed for any note that mentions "startup", so it proves nothing.
 */
function startupDiagnosis(text, ctx, mainLine) {
    const failure = (0,_failure_text_js__WEBPACK_IMPORTED_MODULE_4__/* .startupFailure */ .e)(text);
    if (failure?.kind === 'cpu_limit') {
        const fix = 'The Worker exceeds the startup CPU limit while its global scope runs: move heavy work ' +
            '(parsing a large config, building tables) into the fetch handler or cache it lazily ' +
            '(`wrangler check startup` profiles it).';
        return { code: 'startup_cpu_limit', fix, location: mainLine };
    }
    if (failure?.kind === 'exception') {
        const thrown = projectLocation(failure.source, ctx);
        const bundle = failure.bundle;
        // A bundle position is wrangler's output, not the source: named, never pinned on a source line.
        const at = bundle ? `${bundle.module}:${bundle.line}:${bundle.column}` : undefined;
        const where = thrown || !bundle
            ? undefined
            : `thrown at line ${bundle.line}:${bundle.column} of the uploaded bundle module ${bundle.module}, ` +
                'which wrangler did not map to a source file';
        // Wrangler maps call sites with the bundle's source map; a build without one leaves bundle positions.
        const hint = thrown ? '' : ' (wrangler had no source map to name the source line)';
        return {
            code: 'worker_startup_error',
            fix: `The Worker's global scope throws \`${failure.exception}\` when Cloudflare starts it${hint}: ` +
                'fix the module; ' +
                '`wrangler dev` or the local E2E tests show the same exception.',
            location: thrown ?? mainLine,
            note: where,
            evidence: { exception: failure.exception, bundlePosition: at },
        };
    }
    if (failure?.kind === 'unknown') {
        return {
            code: 'worker_startup_failed',
            fix: 'Cloudflare refused the Worker while its global scope ran, and this wrangler printed only its own summary, ' +
                "not Cloudflare's reason (an uncaught exception or the startup CPU limit): run the local E2E tests or " +
                '`wrangler check startup`, or upgrade wrangler (4.73 and newer print the reason).',
            location: mainLine,
            note: 'wrangler did not say whether the global scope threw or ran out of startup CPU',
        };
    }
    const fix = 'Cloudflare refused the Worker when it validated it: fix what the message names ' +
        '(run `wrangler dev` or the local E2E tests to see it locally).';
    return { code: 'worker_startup_error', fix, location: mainLine };
}
/** A position in a file of the project that exists, relative to the working directory; none when uncertain. */
function projectLocation(position, ctx) {
    if (!position || !ctx.source || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(position.file))
        return undefined;
    const base = ctx.workingDirectory ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(ctx.source.file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, position.file);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return undefined;
    return { file: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(position.file, base), line: position.line, column: position.column };
}


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ runWranglerStep),
/* harmony export */   jm: () => (/* binding */ stepReason),
/* harmony export */   nK: () => (/* binding */ stepFailure)
/* harmony export */ });
/* unused harmony export wranglerTimeoutMs */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _shortened_limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4654);
/* harmony import */ var _deploy_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6952);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8088);
/* harmony import */ var _wrangler_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1189);
// One wrangler command as a step of a stage (deploy, smoke's promotion, rollback): run in a log
// group of its own with its output streamed there, and a failure turned into one finding.





async function runWranglerStep(log, program, args, config, input) {
    const command = `wrangler ${args.join(' ')}`;
    const timeoutMs = wranglerTimeoutMs(config.env);
    // Secret values only ever travel on stdin; the log shows the command, never the input.
    const options = { cwd: config.workingDirectory, env: config.env, timeoutMs, input };
    const run = await log.group(command, () => (0,_wrangler_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .runWrangler */ .IZ)(program, args, { ...options, onOutput: (t) => log.write(t) }));
    return { command, run, timeoutMs };
}
/** The step as `stage`'s finding when it failed or hung; undefined when it succeeded. */
function stepFailure(step, stage, context = {}) {
    if (step.run.timedOut)
        return timeoutFinding(step, stage);
    if (step.run.exitCode === 0)
        return undefined;
    const failure = (0,_output_file_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFailure */ ._I)(step.run.entries, step.run.stderr, step.run.stdout);
    return { ...(0,_deploy_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .deployFailureFinding */ .X)(failure, { command: step.command, ...context }), stage };
}
/** Why the step failed, in a few words: what wrangler said, or that it hung. */
function stepReason(step) {
    return step.run.timedOut
        ? stoppedAfter(step)
        : (0,_output_file_js__WEBPACK_IMPORTED_MODULE_3__/* .commandFailure */ ._I)(step.run.entries, step.run.stderr, step.run.stdout).message;
}
function timeoutFinding(step, stage) {
    const fix = "Check the Cloudflare status page and the runner's network, then rerun the job.";
    const evidence = { stderr: step.run.stderr.slice(-2000) };
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingFactory */ ._2)(stage, 'deploy', { owned: true })('wrangler_timeout', 'error', stoppedAfter(step), fix, {
        evidence,
    });
}
function stoppedAfter(step) {
    const minutes = `${Math.round((step.timeoutMs / 60_000) * 100) / 100} minutes`;
    return `${step.command} did not finish in ${minutes} and was stopped`;
}
/** `GATE_WRANGLER_TIMEOUT_MS` shortens the per-command limit (tests of a hung API); at most the default. */
function wranglerTimeoutMs(env) {
    return (0,_shortened_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .shortenedLimit */ .U)(env, 'GATE_WRANGLER_TIMEOUT_MS', _wrangler_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .WRANGLER_TIMEOUT_MS */ .m6);
}


/***/ })

};
