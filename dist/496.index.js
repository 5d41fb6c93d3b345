export const id = 496;
export const ids = [496];
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

/***/ 5783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ mayHoldHarness),
/* harmony export */   U3: () => (/* binding */ VITEST_WORKERS_PACKAGES),
/* harmony export */   om: () => (/* binding */ declaredInPackageJson)
/* harmony export */ });
// What a harness use is, and what can be told about one without parsing: the packages it comes
// from, the Workers Vitest integration declared in package.json, and which files cannot hold one
// (the parser, @babel/parser, is loaded only for the files that can).
/** The Workers Vitest integration, under its old and its current (late 2026) name. */
const VITEST_WORKERS_PACKAGES = ['@cloudflare/vitest-pool-workers', '@cloudflare/vitest-plugin'];
/** The module names every harness use loads by a string literal: 'wrangler' or an integration package. */
const MODULE_NAMES = /wrangler|@cloudflare\/vitest-(?:pool-workers|plugin)/;
/** Escapes that write a character by its code (\x77, \u0077, \u{77}, octal \167): not read here. */
const CODE_ESCAPE = /\\[xu0-7]/;
/** A line continuation, then any other escaped character, which stands for itself ('wr\angler'). */
const OTHER_ESCAPE = /\\(?:\r\n|[\n\r\u2028\u2029])|\\([^])/g;
/**
 * Whether a file can hold a harness use at all: every use names its module in a string literal, so
 * a file whose text cannot spell one (even through escapes) has none, and is not parsed.
 */
function mayHoldHarness(text) {
    if (MODULE_NAMES.test(text))
        return true;
    if (!text.includes('\\'))
        return false;
    return CODE_ESCAPE.test(text) || MODULE_NAMES.test(text.replace(OTHER_ESCAPE, (_, c) => c ?? ''));
}
/** The Workers Vitest integration declared in package.json (when no config names it). */
function declaredInPackageJson(text, file = 'package.json') {
    const lines = text.split('\n');
    for (const pkg of VITEST_WORKERS_PACKAGES) {
        const at = lines.findIndex((l) => l.includes(`"${pkg}"`));
        if (at !== -1)
            return { kind: 'vitest-workers', file, line: at + 1, column: lines[at].indexOf('"') + 1, pkg };
    }
    return undefined;
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

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ checkWranglerForE2e),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   FY: () => (/* binding */ missingPackageAdvice),
/* harmony export */   LY: () => (/* binding */ readPackage)
/* harmony export */ });
/* unused harmony exports TEST_HARNESS_SINCE, findWranglerPackage, declaringField, satisfiesMinimum, firstOnPath */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _package_manager_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9043);
// Before local E2E tests: is the harness the suite starts its Worker with installed, new enough,
// and run by a Node it supports? One clear finding on the line that asks for it, instead of a
// wall of test output.




/** The first release of wrangler with createTestHarness. */
const TEST_HARNESS_SINCE = '4.99.0';
/** The package Node would load from `fromDir`: the nearest node_modules/<name> up the tree. */
function findPackage(fromDir, name) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(fromDir);; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'node_modules', name, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(candidate))
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(candidate);
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            return undefined;
    }
}
/** The wrangler package Node would load from the project: the nearest node_modules/wrangler up the tree. */
function findWranglerPackage(projectDir) {
    return findPackage(projectDir, 'wrangler');
}
const DEPENDENCY_FIELDS = ['devDependencies', 'dependencies', 'optionalDependencies'];
/** Which field of package.json's text declares `name`, if any. */
function declaringField(packageJsonText, name) {
    if (packageJsonText === undefined)
        return undefined;
    try {
        const pkg = JSON.parse(packageJsonText);
        return DEPENDENCY_FIELDS.find((f) => Object.hasOwn(pkg[f] ?? {}, name));
    }
    catch {
        return undefined;
    }
}
const readText = (file) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
};
/**
 * A package the project needs and Node cannot find: declared but not installed (the install did not
 * run, or ran elsewhere) is told apart from never declared, with the project's own package manager.
 */
function missingPackageAdvice(projectDir, name, pm = { name: 'npm', source: 'default', root: projectDir }) {
    const pkgText = readText(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, 'package.json'));
    const field = declaringField(pkgText, name);
    const lockText = pm.name === 'npm' && pm.lockfile ? readText(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(pm.root, pm.lockfile)) : undefined;
    const inLock = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(pm.root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(projectDir)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    if (field && pkgText && lockText && (0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .npmLockDrift */ .AR)(pkgText, lockText, inLock).includes(name)) {
        return {
            state: `it is declared in package.json (${field}) but ${pm.lockfile} does not record it, so \`npm ci\` ` +
                'refuses to install: the lockfile is out of sync with package.json',
            fix: `Run npm install, commit the updated ${pm.lockfile}, and run npm ci before the gate.`,
        };
    }
    if (field) {
        return {
            state: `it is declared in package.json (${field}) but not installed (no node_modules/${name})`,
            fix: `Run ${(0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .installHint */ .J8)(pm, projectDir)} before the gate runs.`,
        };
    }
    return {
        state: 'it is not a dependency of the project',
        fix: `Add it as a devDependency (${(0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .addDevCommand */ .wJ)(pm.name, name)}), commit the lockfile, ` +
            'and install dependencies before the gate runs.',
    };
}
function readPackage(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return {};
    }
}
/** Does `actual` (v22.1.0) satisfy a ">=X.Y.Z" engines range? Other range forms are not judged. */
function satisfiesMinimum(actual, range) {
    const min = />=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
    const have = /v?(\d+)\.(\d+)\.(\d+)/.exec(actual);
    if (!min || !have)
        return true;
    const a = have.slice(1, 4).map(Number);
    const b = [min[1], min[2] ?? '0', min[3] ?? '0'].map(Number);
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] > b[i];
    return true;
}
const WHY = {
    unstable_dev: 'unstable_dev starts the Worker in workerd',
    unstable_startWorker: 'unstable_startWorker starts the Worker in workerd',
    createTestHarness: 'createTestHarness starts the Worker in workerd',
    unknown: 'wrangler runs Workers locally in workerd',
};
/** wrangler's exports, read from its declared entry points (types first). */
function exportsName(dir, pkg, name) {
    return [pkg.types, pkg.main]
        .filter((f) => typeof f === 'string')
        .map((f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, f))
        .some((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').includes(name));
}
/**
 * The wrangler the suite's harness comes from: installed, exporting that harness (`unknown`: just
 * installed), and run by a Node its engines allow.
 */
function checkWranglerForE2e(projectDir, env, harness = 'unstable_dev', pm) {
    const dir = findWranglerPackage(projectDir);
    if (!dir) {
        const advice = missingPackageAdvice(projectDir, 'wrangler', pm);
        return {
            ok: false,
            code: 'e2e_wrangler_missing',
            message: `the local E2E tests need wrangler (${WHY[harness]}), but it is not installed: ${advice.state}`,
            fix: advice.fix,
        };
    }
    const pkg = readPackage(dir);
    const version = pkg.version ?? 'unknown';
    if (harness !== 'unknown' && !exportsName(dir, pkg, harness))
        return missingApi(harness, version, pm);
    if (harness === 'unknown')
        return { ok: true, version, nodeVersion: 'unknown' };
    const nodeVersion = projectNode(projectDir, dir, env);
    const range = pkg.engines?.node;
    if (range && !satisfiesMinimum(nodeVersion, range)) {
        return {
            ok: false,
            code: 'e2e_node_too_old',
            message: `wrangler ${version} needs Node ${range}, but the tests would run on Node ${nodeVersion}`,
            fix: `Set up a newer Node before the gate (actions/setup-node with node-version: 22 or 24).`,
        };
    }
    return { ok: true, version, nodeVersion };
}
const STARTS = 'which the local E2E tests start the Worker with';
function missingApi(harness, version, pm) {
    if (harness === 'unstable_dev') {
        return {
            ok: false,
            code: 'e2e_unstable_dev_missing',
            message: `wrangler ${version} in the project does not export unstable_dev, ${STARTS}`,
            fix: 'Pin a wrangler that has unstable_dev (wrangler 3 and 4 do), ' +
                'or move the tests to createTestHarness (wrangler >= 4.99).',
        };
    }
    const since = harness === 'createTestHarness' ? ` (it came in wrangler ${TEST_HARNESS_SINCE})` : '';
    return {
        ok: false,
        code: 'e2e_harness_missing',
        message: `wrangler ${version} in the project does not export ${harness}${since}, ${STARTS}`,
        fix: harness === 'createTestHarness'
            ? `${(0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .addDevCommand */ .wJ)(pm?.name ?? 'npm', `wrangler@^${TEST_HARNESS_SINCE}`)} (or later), and commit the lockfile.`
            : 'Pin a wrangler 3.x or 4.x, which export unstable_startWorker, or move the tests to createTestHarness.',
    };
}
// npm scripts run with the project's node_modules/.bin first on PATH: ask that node.
function projectNode(projectDir, wranglerDir, env) {
    const PATH = [node_path__WEBPACK_IMPORTED_MODULE_2___default().join(projectDir, 'node_modules', '.bin'), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(wranglerDir, '..', '.bin'), env.PATH ?? ''];
    // The gate's own Node, most often: its version is known without starting a process.
    if (isOwnNode(firstOnPath('node', PATH.join((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)))))
        return process.version;
    const node = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('node', ['--version'], {
        env: { ...env, PATH: PATH.join((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)) },
        encoding: 'utf8',
        timeout: 10_000,
    });
    return (node.stdout ?? '').trim() || 'unknown';
}
/**
 * The file a process started as `name` with this PATH runs: the first executable regular file of
 * that name. Undefined when a relative or empty entry comes first (it would depend on the cwd).
 */
function firstOnPath(name, PATH) {
    for (const dir of PATH.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
        if (!node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(dir))
            return undefined;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return file;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** The same binary as the one running the gate (links followed). */
function isOwnNode(file) {
    if (!file)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(file) === (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(process.execPath);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTests: () => (/* binding */ runTests),
  suiteHarnesses: () => (/* binding */ suiteHarnesses)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/project-tests/package-manager.ts
var package_manager = __webpack_require__(9043);
;// CONCATENATED MODULE: ./src/project-tests/project.ts
// What a project declares about its tests: the commands to run, and which runner they use, so
// the gate can ask that runner for machine-readable results.



/** npm init's placeholder: "no test specified" is no test. */
const PLACEHOLDER = /no test specified/;
const E2E_SCRIPTS = ['test:e2e', 'e2e', 'test:e2e:local'];
function readScripts(projectDir) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(projectDir, 'package.json'), 'utf8'));
        return Object.fromEntries(Object.entries(pkg.scripts ?? {}).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        return {};
    }
}
function detectRunner(text) {
    if (/\bvitest\b/.test(text))
        return 'vitest';
    if (/\bjest\b/.test(text))
        return 'jest';
    return 'unknown';
}
function describeCommand(command, scripts) {
    const named = (0,package_manager/* scriptOfCommand */.SY)(command);
    const body = named ? (scripts[named.script] ?? '') : command;
    return { command, runner: detectRunner(body), ...(named ? { script: named.script, pm: named.pm } : {}) };
}
function defaultUnitCommand(scripts, pm = 'npm') {
    return scripts.test && !PLACEHOLDER.test(scripts.test) ? (0,package_manager/* runScriptCommand */.ce)(pm, 'test') : undefined;
}
function defaultE2eCommand(scripts, pm = 'npm') {
    const name = E2E_SCRIPTS.find((s) => scripts[s]);
    return name ? (0,package_manager/* runScriptCommand */.ce)(pm, name) : undefined;
}
/**
 * The runner is the script's last command: flags appended to the script reach it, and no other
 * program (`jest && tsc` would hand tsc the flags and fail a run that passes bare).
 */
function runnerIsLast(body, runner) {
    if (runner === 'unknown')
        return false;
    // Quoted arguments and redirections (`2>&1`) are not command separators.
    const bare = body.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, "''").replace(/\d*>&\d*/g, ' ');
    const segments = bare.split(/&&|\|\||[;|&]/);
    return new RegExp(`\\b${runner}\\b`).test(segments[segments.length - 1] ?? '');
}
/**
 * The command with the runner's JSON reporter added, unless the user's script already picks a
 * reporter, and only when the runner is the command's last program. For vitest, `errorsReporter`
 * (a reporter module's path) is added too: vitest's JSON leaves out the errors of hooks and
 * failed imports.
 */
function withJsonReporter(cmd, scripts, outputFile, errorsReporter) {
    const body = cmd.script ? (scripts[cmd.script] ?? '') : cmd.command;
    if (!runnerIsLast(body, cmd.runner) || /--json\b|--reporter\b|--outputFile\b/.test(body)) {
        return { command: cmd.command };
    }
    const quoted = JSON.stringify(outputFile);
    const extra = errorsReporter ? ` --reporter=${JSON.stringify(errorsReporter)}` : '';
    const flags = cmd.runner === 'jest'
        ? `--json --outputFile=${quoted} --testLocationInResults`
        : `--reporter=default --reporter=json${extra} --outputFile.json=${quoted}`;
    // npm hands a script the arguments after `--`; pnpm, yarn and bun those after the script's name.
    const separator = cmd.script && (cmd.pm ?? 'npm') === 'npm' ? ' --' : '';
    return { command: `${forwardingForm(cmd)}${separator} ${flags}`, resultsFile: outputFile };
}
/**
 * pnpm 8 reads options after its `test` shorthand as its own ("Unknown options: 'json'") and runs
 * nothing; after `pnpm run <script>` every version hands them to the script.
 */
function forwardingForm(cmd) {
    if (cmd.pm !== 'pnpm' || !cmd.script)
        return cmd.command;
    return cmd.command.replace(/^(\s*pnpm)\s+(?:test|t)(?=\s|$)/, `$1 run ${cmd.script}`);
}

// EXTERNAL MODULE: ./src/processes.ts
var processes = __webpack_require__(7454);
;// CONCATENATED MODULE: ./src/project-tests/run-command.ts
// Runs a user's command through the shell, streaming its output as it comes, and stops it (its
// whole process group) at a deadline.

const TAIL_CHARS = 8000;
function runCommand(command, opts) {
    const started = performance.now();
    return new Promise((resolve) => {
        // Its own process group, so a timeout (or a cancelled run) also stops the test runner's workers.
        const child = (0,processes/* spawnGroup */.j8)('/bin/bash', ['-c', command], {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        let timedOut = false;
        const onData = (data) => {
            const text = data.toString('utf8');
            tail = (tail + text).slice(-TAIL_CHARS);
            opts.onOutput(text);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const killGroup = (signal) => (0,processes/* signalGroup */.i8)(child, signal);
        let killer;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup('SIGTERM');
            killer = setTimeout(() => killGroup('SIGKILL'), opts.graceMs ?? 5000);
        }, opts.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({
                exitCode: 127,
                signal: null,
                timedOut: false,
                durationMs: performance.now() - started,
                tail: `${tail}\n${error.message}`,
            });
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            // Leftovers of the group (a worker that ignored SIGTERM) must not outlive the stage.
            if (timedOut)
                killGroup('SIGKILL');
            resolve({ exitCode, signal, timedOut, durationMs: performance.now() - started, tail });
        });
    });
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/project-tests/stack-location.ts
// Where a failing test should be annotated: the line of the test file that failed, read from the
// failure's stack; for a failure with no frame in the test file, the deepest frame in the project.



// "    at fn (/abs/file.ts:12:5)", "    at /abs/file.ts:12:5", "    at file:///abs/file.ts:12:5"; with a
// base directory also jest's "at Object.require (test/a.test.js:1:11)", relative to its rootDir.
const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+|\.{0,2}[\w@.-][^():]*):(\d+):(\d+)\)?\s*$/;
function stackFrames(text, baseDir) {
    const frames = [];
    for (const raw of text.split('\n')) {
        const m = FRAME.exec((0,src_text/* stripAnsi */.aJ)(raw));
        if (!m)
            continue;
        let file = m[1].startsWith('file://') ? (0,external_node_url_.fileURLToPath)(m[1]) : m[1];
        if (!external_node_path_default().isAbsolute(file) && !/^[A-Za-z]:\\/.test(file)) {
            if (!baseDir)
                continue;
            file = external_node_path_default().resolve(baseDir, file);
        }
        frames.push({ file, line: Number(m[2]), column: Number(m[3]) });
    }
    return frames;
}
const inProject = (file, projectDir) => {
    const rel = external_node_path_default().relative(projectDir, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !rel.split((external_node_path_default()).sep).includes('node_modules');
};
/** The frame in the test file, else the deepest frame inside the project (outside node_modules). */
function failurePoint(stack, projectDir, testFile, baseDir) {
    const frames = stackFrames(stack, baseDir);
    const inTest = testFile ? frames.find((f) => external_node_path_default().resolve(f.file) === external_node_path_default().resolve(testFile)) : undefined;
    return inTest ?? frames.find((f) => inProject(f.file, projectDir));
}
/**
 * Where the test named `title` is declared (`it('title'`, `test("title"`, `it.only(\`title\``):
 * the line to annotate when the failure's stack never passes through the test file (a timeout
 * raised inside a library). Undefined when the title is not written literally, or twice.
 */
function declarationPoint(text, title) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = [
        ...text.matchAll(new RegExp(`\\b(?:it|test)(?:\\.(?:only|concurrent|skip|fails))?\\(\\s*(['"\`])${escaped}\\1`, 'g')),
    ];
    if (found.length !== 1)
        return undefined;
    const before = text.slice(0, found[0].index);
    return { line: before.split('\n').length, column: found[0].index - before.lastIndexOf('\n') };
}
const HOOK_CALL = /\b(beforeAll|beforeEach|afterAll|afterEach)\s*\(/;
const TEST_CALL = /\b(?:it|test|describe)(?:\.\w+)*\s*\(/;
/**
 * The hook whose body holds `line` of a test file: the nearest hook call above it, unless a
 * test or describe starts in between. Undefined when the line is not inside a hook.
 */
function enclosingHook(text, line) {
    const lines = text.split('\n');
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
        const hook = HOOK_CALL.exec(lines[i]);
        if (hook)
            return { hook: hook[1], line: i + 1 };
        if (TEST_CALL.test(lines[i]))
            return undefined;
    }
    return undefined;
}
/** Babel's (jest's) "SyntaxError: /abs/file.js: Unexpected token (4:0)": where the parser stopped. */
function syntaxErrorPoint(message) {
    const m = /SyntaxError: ((?:\/|[A-Za-z]:\\)[^:\n]+): [^\n]*\((\d+):(\d+)\)/.exec((0,src_text/* stripAnsi */.aJ)(message));
    return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]) + 1 } : undefined;
}

;// CONCATENATED MODULE: ./src/project-tests/test-results.ts
// The machine-readable results of jest (--json) and vitest (--reporter=json): the same shape,
// one entry per test file with its assertions.


const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);
// The runners' own hook callers: jest-circus's, vitest's. An error thrown through them is a hook's.
const HOOK_FRAME = /^\s*at (?:async )?(?:_callCircusHook|callSuiteHook|runHook) \(.*node_modules/m;
function parseTestResults(json, projectDir) {
    const all = json?.testResults ?? [];
    const files = all.filter((f) => typeof f?.name === 'string');
    const suites = [];
    const failures = [];
    for (const file of files) {
        const assertions = file.assertionResults ?? [];
        const suite = suiteOf(file, assertions);
        const failed = assertions.filter((x) => x.status === 'failed');
        failures.push(...failed.map((a) => assertionFailure(file.name, a, projectDir)));
        const fileFailure = fileLevelFailure(file, assertions, projectDir);
        if (fileFailure) {
            if (assertions.length === 0)
                suite.failed = 1;
            failures.push(fileFailure);
        }
        suites.push(suite);
    }
    const totals = suites.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
    return { suites, failures, totals };
}
function suiteOf(file, assertions) {
    const duration = assertions.reduce((t, a) => t + (a.duration ?? 0), 0);
    return {
        file: file.name,
        passed: assertions.filter((a) => a.status === 'passed').length,
        failed: assertions.filter((a) => a.status === 'failed').length,
        skipped: assertions.filter((a) => SKIPPED.has(a.status ?? '')).length,
        durationMs: file.endTime && file.startTime ? Math.max(0, file.endTime - file.startTime) : duration,
    };
}
function assertionFailure(file, a, projectDir) {
    const stack = (a.failureMessages ?? []).join('\n');
    const located = a.location?.line ? { file, line: a.location.line, column: a.location.column ?? 1 } : undefined;
    const title = a.fullName ?? [...(a.ancestorTitles ?? []), a.title ?? ''].join(' > ');
    return {
        file,
        title,
        name: a.title || undefined,
        message: assertionMessage(stack),
        // The assertion's own line (from the stack) beats the line where the test starts.
        point: failurePoint(stack, projectDir, file) ?? located,
        setup: HOOK_FRAME.test(stack) ? { kind: 'hook', tests: [title] } : undefined,
    };
}
/**
 * Test failures that are a hook's: the runner's hook caller is on the stack, or the failing line of
 * the test file is inside a beforeAll/beforeEach (an async hook's stack has no runner frame).
 * jest fails every test of such a hook with its error: one failure for them all.
 */
function withHookFailures(failures, textOf) {
    const marked = failures.map((f) => {
        if (f.setup || !f.point || f.point.file !== f.file)
            return f;
        const text = textOf(f.file);
        const inHook = text !== undefined && enclosingHook(text, f.point.line) !== undefined;
        return inHook ? { ...f, setup: { kind: 'hook', tests: [f.title] } } : f;
    });
    return groupHookFailures(marked);
}
function groupHookFailures(failures) {
    const out = [];
    const byHook = new Map();
    for (const f of failures) {
        const key = f.setup ? `${f.message}\n${f.point?.file}:${f.point?.line}:${f.point?.column}` : undefined;
        const same = key === undefined ? undefined : byHook.get(key);
        if (same?.setup)
            same.setup.tests.push(...(f.setup?.tests ?? []));
        else
            out.push(f);
        if (key !== undefined && !same)
            byHook.set(key, f);
    }
    return out;
}
/**
 * An error outside any test: a file that failed to load (a syntax error, a failing import) has
 * only a message; jest reports a failing afterAll as "Test suite failed to run" next to passing tests.
 */
function fileLevelFailure(file, assertions, projectDir) {
    if (file.status !== 'failed' || !file.message)
        return undefined;
    const message = file.message;
    if (assertions.length === 0) {
        const point = syntaxErrorPoint(message) ?? failurePoint(message, projectDir, file.name, projectDir);
        const title = 'test file failed to run';
        return { file: file.name, title, message: loadMessage(message), point, setup: { kind: 'load' } };
    }
    if (assertions.some((a) => a.status === 'failed') || !/Test suite failed to run/.test(message))
        return undefined;
    const point = failurePoint(message, projectDir, file.name, projectDir);
    const title = 'a hook of the test file';
    return { file: file.name, title, message: loadMessage(message), point, setup: { kind: 'hook' } };
}
/** jest's file-level message: "● Test suite failed to run", the error, a code frame, frames. */
function loadMessage(text) {
    const lines = assertionMessage(text).split('\n');
    const body = lines.filter((l) => !/^\s*●/.test(l));
    const frame = body.findIndex((l) => /^\s*>?\s*\d+ \|/.test(l));
    return (frame === -1 ? body : body.slice(0, frame)).join('\n').trim() || 'the test file failed to run';
}
/** The message part of a failure: everything before the first stack frame, without colours. */
function assertionMessage(text) {
    const plain = (0,src_text/* stripAnsi */.aJ)(text);
    const lines = plain.split('\n');
    const firstFrame = lines.findIndex((l) => /^\s*at /.test(l));
    const head = (firstFrame === -1 ? lines : lines.slice(0, firstFrame)).join('\n').trim();
    return head.length > 2000 ? `${head.slice(0, 2000)}…` : head || 'the test failed';
}

;// CONCATENATED MODULE: ./src/project-tests/vitest-errors.ts
// vitest's JSON reporter drops the errors that happen outside a test: a beforeAll/afterAll that
// throws (the file is "failed" with an empty message) and, without a stack, a file that fails to
// load. The gate adds this small reporter (vitest >= 3's reporter API), which writes them out, and
// the test that is running, so a run stopped at its deadline can name it.
//
// The reporter runs inside the user's vitest, so it must never change that run's outcome: the
// files it writes are baked into its source (a config may replace process.env), and every hook
// catches everything. What went wrong is written for the gate, which says the detail is missing.


/** The reporter module's source, writing to `files`. */
function vitestErrorsReporter(files) {
    return `// Written by gateway-deploy-gate: errors outside tests, for the gate's findings.
import { writeFileSync } from 'node:fs';
const ERRORS = ${JSON.stringify(files.errors)};
const PROGRESS = ${JSON.stringify(files.progress)};
const frame = (f) => '    at ' + f.file + ':' + f.line + ':' + f.column;
const stackOf = (e) => [...(e.stacks ?? []).map(frame), e.stack ?? ''].join('\\n');
const entry = (file, e, extra) => ({ file, message: String(e.message ?? e), stack: stackOf(e), ...extra });
const skippedOf = (tests) => tests.filter((t) => t.result().state === 'skipped').map((t) => t.fullName);
// Nothing here may fail the user's run: a failure is recorded for the gate, then dropped.
const safely = (what, fn) => {
  try {
    fn();
  } catch (error) {
    try {
      writeFileSync(ERRORS, JSON.stringify({ reporterError: what + ': ' + String(error?.message ?? error) }));
    } catch {}
  }
};
function errorsOf(modules) {
  const out = [];
  for (const m of modules) {
    // A file's own errors: a load failure when it has no tests, else a top-level hook's.
    const tests = [...m.children.allTests()];
    const scope = tests.length === 0 ? 'module' : 'suite';
    for (const e of m.errors()) out.push(entry(m.moduleId, e, { scope, skipped: skippedOf(tests) }));
    for (const s of m.children.allSuites()) {
      const extra = { scope: 'suite', suite: s.fullName, skipped: skippedOf([...s.children.allTests()]) };
      for (const e of s.errors()) out.push(entry(m.moduleId, e, extra));
    }
  }
  return out;
}
export default class GateErrorsReporter {
  onTestCaseReady(test) {
    safely('onTestCaseReady', () =>
      writeFileSync(PROGRESS, JSON.stringify({ file: test.module.moduleId, test: test.fullName, name: test.name })),
    );
  }
  onTestRunEnd(modules) {
    safely('onTestRunEnd', () => writeFileSync(ERRORS, JSON.stringify(errorsOf(modules))));
  }
}
`;
}
function readVitestErrorsJson(json, projectDir) {
    const error = json?.reporterError;
    if (typeof error === 'string')
        return { failures: [], reporterError: error };
    return { failures: parseVitestErrors(json, projectDir) };
}
/** The reporter's output as failures: 'module' errors are load failures, 'suite' errors a hook's. */
function parseVitestErrors(json, projectDir) {
    if (!Array.isArray(json))
        return [];
    return json.flatMap((e) => {
        if (typeof e?.file !== 'string' || typeof e.message !== 'string')
            return [];
        const stack = typeof e.stack === 'string' ? e.stack : '';
        const point = failurePoint(stack, projectDir, e.file);
        const message = assertionMessage(e.message);
        if (e.scope === 'module') {
            return [{ file: e.file, title: 'test file failed to run', message, point, setup: { kind: 'load' } }];
        }
        const suite = typeof e.suite === 'string' ? e.suite : undefined;
        const tests = Array.isArray(e.skipped) ? e.skipped.filter((t) => typeof t === 'string') : [];
        const title = `a hook of "${suite ?? e.file}"`;
        return [{ file: e.file, title, message, point, setup: { kind: 'hook', suite, tests } }];
    });
}

;// CONCATENATED MODULE: ./src/project-tests/run-output.ts
// What a test command's output says when it ends without results: the last progress line the
// runner printed (for a run stopped at its deadline), the program the shell could not find (exit
// 127), a lockfile the package manager refused. Pure: text in, facts out.

const TEST_PATH = String.raw `(\S+\.[cm]?[jt]sx?)`;
// vitest: " ✓ test/a.test.js > suite > test 3ms" (verbose) or " ✓ test/a.test.js (2 tests) 5ms".
const DURATION = String.raw `(?:\s+\d+(?:\.\d+)?\s*m?s)?`;
const VITEST_TEST = new RegExp(String.raw `^\s*([✓✔×✗↓❯])\s+${TEST_PATH}\s+>\s+(.+?)${DURATION}$`);
const VITEST_FILE = new RegExp(String.raw `^\s*([✓✔×✗❯])\s+${TEST_PATH}\s+\(\d+ tests?`);
// jest: "PASS test/a.test.js", "FAIL test/b.test.js (5 s)", "RUNS test/c.test.js" (interactive only).
const JEST_FILE = new RegExp(String.raw `^\s*(PASS|FAIL|RUNS)\s+${TEST_PATH}`);
/** The last line of the output that reports a test file or a test. */
function lastProgress(output) {
    const lines = (0,src_text/* stripAnsi */.aJ)(output).split(/\r?\n|\r/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i].trim();
        const test = VITEST_TEST.exec(line);
        if (test)
            return { line, file: test[2], test: test[3], finished: test[1] !== '❯' };
        const file = VITEST_FILE.exec(line) ?? JEST_FILE.exec(line);
        if (file)
            return { line, file: file[2], finished: file[1] !== 'RUNS' };
    }
    return undefined;
}
/** The program the shell could not find: "sh: 1: vitest: not found", "bash: line 1: jest: command not found". */
function commandNotFound(output) {
    const text = (0,src_text/* stripAnsi */.aJ)(output);
    const m = /(?:^|\n)\S*(?:sh|bash)(?::\s*line\s*\d+)?(?::\s*\d+)?:\s*([^\s:]+):\s*(?:command\s+)?not found/.exec(text);
    return m?.[1];
}
/** The package manager refusing a lockfile that does not match package.json. */
function lockfileRefusal(output) {
    const text = (0,src_text/* stripAnsi */.aJ)(output);
    const patterns = [
        [
            'npm',
            /npm (?:ERR!|error) `?npm ci`? can only install packages when your package\.json and package-lock\.json[^\n]*/,
        ],
        ['pnpm', /ERR_PNPM_OUTDATED_LOCKFILE[^\n]*/],
        ['yarn', /(?:Your lockfile needs to be updated|The lockfile would have been modified by this install)[^\n]*/],
        ['bun', /lockfile had changes, but lockfile is frozen[^\n]*/],
    ];
    for (const [pm, pattern] of patterns) {
        const m = pattern.exec(text);
        if (m)
            return { pm, line: m[0].trim() };
    }
    return undefined;
}
// The package manager's own lines about the script's exit say nothing about why the runner failed.
const PACKAGE_MANAGER_LINE = /^(?:npm (?:ERR!|error)|ELIFECYCLE|ERR_PNPM|error Command failed|error: script ".*" exited|Test failed\. See above)/;
const RUNNER_ERROR = [
    ['log-after-tests', /Cannot log after tests are done/],
    // jest: 'Jest: "global" coverage threshold for lines (80%) not met: 50%';
    // vitest: 'Coverage for lines (50%) does not meet'.
    ['coverage', /coverage threshold for .* not met|Coverage for \w+ \([\d.]+%\) does not meet/i],
    ['other', /^(?:✘ \[ERROR\]\s*)?(?:Uncaught )?(?:[A-Z]\w*)?Error(?: \[[\w-]+\])?:\s|no such service is defined/],
];
/**
 * The runner's last error line in its output, for a run whose tests all passed but that exited
 * non-zero (jest's "Cannot log after tests are done", a coverage threshold, an unhandled error).
 */
function afterTestsError(output) {
    const lines = (0,src_text/* stripAnsi */.aJ)(output)
        .split(/\r?\n|\r/)
        .map((l) => l.replace(/^[\s●]+/, '').trimEnd());
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (line === '' || PACKAGE_MANAGER_LINE.test(line))
            continue;
        const kind = RUNNER_ERROR.find(([, pattern]) => pattern.test(line))?.[0];
        if (!kind)
            continue;
        // jest names what was logged on the next line: 'Attempted to log "upstream retry scheduled".'
        const next = lines[i + 1]?.trim() ?? '';
        const detail = kind === 'log-after-tests' && next.startsWith('Attempted to log') ? ` ${next}` : '';
        return { line: `${line}${detail}`.slice(0, 300), kind };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/project-tests/wrangler-check.ts
var wrangler_check = __webpack_require__(5158);
// EXTERNAL MODULE: ./src/project-tests/harness-use.ts
var harness_use = __webpack_require__(5783);
;// CONCATENATED MODULE: ./src/project-tests/suite-files.ts
// The files that tell which harness an E2E suite uses: its test files (narrowed to the paths the
// E2E command names, when it names any) and the vitest config every vitest run loads.



const TEST_FILE = /\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;
const CONFIG_FILE = /^(?:vitest|vite)\.(?:config|workspace)(?:\.[\w-]+)?\.[cm]?[jt]s$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage']);
const MAX_FILES = 2000;
const MAX_DEPTH = 8;
const MAX_BYTES = 1024 * 1024;
/** Paths the command names as positional arguments (`vitest run test/e2e`, `jest test/e2e`). */
function namedPaths(commandBody) {
    const words = commandBody.split(/\s+/).filter(Boolean);
    const runner = words.findIndex((w) => /(?:^|\/)(?:vitest|jest)$/.test(w));
    if (runner === -1)
        return [];
    const out = [];
    for (let i = runner + 1; i < words.length; i++) {
        const word = words[i].replace(/^['"]|['"]$/g, '');
        if (/^[;&|]/.test(word))
            break;
        // A flag's value ("--exclude x") is not a path of the suite.
        if (word.startsWith('-') || (words[i - 1].startsWith('--') && !words[i - 1].includes('=')))
            continue;
        if (['run', 'watch', 'related', 'bench', 'dev'].includes(word) && i === runner + 1)
            continue;
        out.push(word.replace(/^\.\//, ''));
    }
    return out;
}
/** Test files under the project (relative paths), then the vitest/vite configs at its top. */
function suiteFiles(projectDir, commandBody) {
    const all = listFiles(projectDir);
    const tests = all.filter((f) => TEST_FILE.test(f));
    const named = namedPaths(commandBody);
    const scoped = named.length ? tests.filter((f) => named.some((p) => f.includes(p))) : [];
    const configs = all.filter((f) => !f.includes('/') && CONFIG_FILE.test(f));
    return [...(scoped.length ? scoped : tests), ...configs].flatMap((file) => {
        const read = (0,files/* readTextFile */.Gu)(external_node_path_default().join(projectDir, file), MAX_BYTES);
        return read.ok ? [{ file, text: read.text }] : [];
    });
}
function listFiles(root) {
    const out = [];
    const visit = (rel, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (out.length >= MAX_FILES)
                return;
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isFile())
                out.push(child);
            else if (entry.isDirectory() && depth < MAX_DEPTH && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name))
                visit(child, depth + 1);
        }
    };
    visit('', 0);
    return out.sort();
}

;// CONCATENATED MODULE: ./src/stages/test.ts
// Stage: the project's own unit tests, then its local E2E tests, with each failing test turned
// into a finding on the line that failed.


















const finding = (0,findings/* findingFactory */._2)('test', 'test');
async function runTests(config, log) {
    const dir = config.workingDirectory;
    const scripts = readScripts(dir);
    const pm = (0,package_manager/* detectPackageManager */.Lv)(dir, readIfPresent, await yamlParserFor(dir), isFile);
    const plan = [];
    const unit = config.testCommand ?? defaultUnitCommand(scripts, pm.name);
    const e2e = config.e2eCommand ?? defaultE2eCommand(scripts, pm.name);
    if (unit)
        plan.push({ kind: 'unit', command: unit });
    if (e2e)
        plan.push({ kind: 'e2e', command: e2e });
    if (plan.length === 0) {
        return {
            status: 'skipped',
            note: 'no test command',
            findings: [
                finding('no_tests', 'warning', 'the project declares no tests: package.json has no test or test:e2e script, and no test-command was given', 'Add a "test" script to package.json, or set the test-command input.'),
            ],
        };
    }
    const project = { config, log, dir, scripts, pm };
    if (e2e) {
        // Reading the suite's files (a parser for those that can hold a harness) and the installed
        // packages depends on nothing the unit tests do: it overlaps with them instead of following.
        let checking;
        const described = describeCommand(e2e, scripts);
        project.e2eCheck = () => (checking ??= suiteHarnesses(dir, described, scripts).then(async (uses) => ({
            uses,
            ...(await checkE2eHarnesses(project, described, uses)),
        })));
    }
    const findings = [];
    const runs = [];
    const record = (done) => {
        findings.push(...done.findings);
        if (done.run)
            runs.push(done.run);
    };
    // One command after the other; each one's results are read while the next one runs.
    let previous;
    for (const step of plan) {
        const ran = await previous?.command?.running;
        const started = await startStep(step, project);
        if (previous)
            record(await finishStep(previous, ran, project));
        previous = started;
    }
    if (previous)
        record(await finishStep(previous, await previous.command?.running, project));
    const total = runs.reduce((t, r) => t + (r.totals ? r.totals.passed + r.totals.failed : 0), 0);
    return { findings, data: { runs }, note: `${runs.length} command${runs.length === 1 ? '' : 's'}, ${total} tests` };
}
/** One command: its harness checked (E2E), then started with the runner's reporters. */
async function startStep(step, project) {
    const { config, log, dir, scripts } = project;
    const described = describeCommand(step.command, scripts);
    const findings = [];
    let uses;
    const label = step.kind === 'unit' ? 'unit tests' : 'local E2E tests';
    if (step.kind === 'e2e' && project.e2eCheck) {
        const checked = await project.e2eCheck();
        uses = checked.uses;
        findings.push(...checked.findings);
        if (checked.blocked)
            return { step, described, findings, uses, label };
        for (const line of checked.harnesses)
            log.write(`local E2E harness: ${line}\n`);
    }
    const files = stepFiles(config.runDir, step.kind, dir);
    const reporter = described.runner === 'vitest' ? writeVitestReporter(files) : undefined;
    const { command, resultsFile: expected } = withJsonReporter(described, scripts, files.results, reporter);
    const env = {
        ...(0,inputs/* withoutInputVariables */.Kr)(config.env),
        CI: 'true',
        // a spread: an undefined value would unset the variable a unit run inherits
        ...(step.kind === 'e2e' ? { RUN_LOCAL_WORKER_E2E: 'true' } : {}),
    };
    const running = log.group(`${label}: ${step.command}`, () => runCommand(command, { cwd: dir, env, timeoutMs: config.testTimeoutMs, onOutput: (chunk) => log.write(chunk) }));
    // The unit tests are running: the E2E check starts now (awaited, with any error, at its step).
    if (step.kind === 'unit')
        project.e2eCheck?.().catch(() => undefined);
    return { step, described, findings, uses, label, command: { files, reporter, expected, running } };
}
/** A command that ended (or never started): its outcome as findings. */
async function finishStep(started, run, project) {
    const { config, dir, scripts } = project;
    const { step, described, findings, label } = started;
    if (!started.command || !run)
        return { findings };
    const { files, reporter, expected } = started.command;
    if (reporter)
        removeVitestReporter(reporter, config.runDir);
    const results = expected && (0,external_node_fs_.existsSync)(expected) ? readResults(expected, dir) : undefined;
    const own = reporter && expected ? readVitestErrors(files.errors, dir) : { failures: [] };
    const found = withHookFailures(withVitestErrors(results?.failures ?? [], own.failures), textOf);
    const inWorkerd = found.length > 0 &&
        described.runner === 'vitest' &&
        (started.uses ?? (await suiteHarnesses(dir, described, scripts))).some(isWorkersVitest);
    const failures = inWorkerd ? found.map(atDeclaration) : found;
    const data = {
        kind: step.kind,
        command: step.command,
        exitCode: run.exitCode,
        timedOut: run.timedOut,
        durationMs: run.durationMs,
        totals: results?.totals,
        suites: results?.suites.map((s) => ({ ...s, file: (0,inputs/* displayPath */.Gt)(s.file, dir) })),
    };
    if (own.reporterError || (reporter && results && own.missing && vitestReportsErrors(dir))) {
        findings.push(detailMissing(step, own.reporterError));
    }
    if (run.timedOut) {
        findings.push(timeoutFinding(step, label, run.tail, files.progress, project));
        return { findings, run: data };
    }
    for (const failure of failures)
        findings.push(failureFinding(failure, step, dir));
    if (run.exitCode !== 0 && failures.length === 0) {
        findings.push(await exitFinding(step, label, run, results?.totals, described, project));
    }
    return { findings, run: data };
}
/**
 * The step's files in the run directory, fresh: nothing left from an earlier run may count. The
 * vitest reporter goes inside the project (node_modules/.cache, ignored by every tool), since vite
 * refuses to load a module from outside the project's root on some versions (vitest 3.1 with vite 6).
 */
function stepFiles(runDir, kind, projectDir) {
    const cache = external_node_path_default().join(projectDir, 'node_modules', '.cache', 'gateway-deploy-gate');
    const reporterDir = (0,external_node_fs_.existsSync)(external_node_path_default().join(projectDir, 'node_modules')) ? cache : runDir;
    const files = {
        results: external_node_path_default().join(runDir, `test-${kind}-results.json`),
        errors: external_node_path_default().join(runDir, `test-${kind}-errors.json`),
        progress: external_node_path_default().join(runDir, `test-${kind}-progress.json`),
        reporter: external_node_path_default().join(reporterDir, `test-${kind}-vitest-reporter-${process.pid}.mjs`),
    };
    (0,external_node_fs_.mkdirSync)(runDir, { recursive: true }); // jest does not create the results' directory
    for (const file of [files.results, files.errors, files.progress])
        (0,external_node_fs_.rmSync)(file, { force: true });
    return files;
}
const readIfPresent = (file) => {
    const read = (0,files/* readTextFile */.Gu)(file);
    return read.ok ? read.text : undefined;
};
const textOf = readIfPresent;
/** A lockfile is there or not: a monorepo's runs to megabytes, and is not read to tell. */
const isFile = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
};
/** The gate's vitest reporter failed or wrote nothing: the findings lack what it adds, nothing else. */
function detailMissing(step, reason) {
    const why = reason ? ` (${reason})` : ' (it wrote nothing)';
    return finding('test_detail_missing', 'notice', `the gate's vitest reporter failed${why}; the ${step.kind} run's outcome is vitest's own, but a failing ` +
        'hook or a test file that does not load is reported with less detail', "Nothing to do for the run; tell the gate's maintainers if it persists.", { evidence: { command: step.command } });
}
/** vitest >= 3 calls the gate's reporter; an older one never does, and that is no fault. */
function vitestReportsErrors(dir) {
    const pkg = (0,wrangler_check/* findPackage */.CV)(dir, 'vitest');
    const version = pkg ? readIfPresent(external_node_path_default().join(pkg, 'package.json')) : undefined;
    const major = Number(/"version"\s*:\s*"(\d+)/.exec(version ?? '')?.[1]);
    return Number.isInteger(major) && major >= 3;
}
/** A run stopped at its deadline: which test was running, as the gate's reporter or the runner's output tells. */
function timeoutFinding(step, label, tail, progressFile, project) {
    const { config, dir } = project;
    const running = runningTest(progressFile, dir);
    const printed = running ? undefined : lastProgress(tail);
    const where = running
        ? `; the test running when it stopped: "${running.test}" in ${(0,inputs/* displayPath */.Gt)(running.file, dir)}`
        : printed
            ? `; the runner's last progress line: "${printed.line}"${printed.finished ? ' (the next test was running)' : ''}`
            : '; the runner printed no progress line, so the gate cannot tell which test was running';
    const fix = running
        ? 'This test hangs (an unclosed server or worker, a missing await, a promise that never settles); ' +
            'fix it, or raise test-timeout.'
        : 'A test is hanging (an unclosed server or worker, a missing await): find it in the test output' +
            " (the gate step's log in Actions, the terminal locally), or raise test-timeout.";
    const at = running?.point ?? (printed?.file ? { file: printed.file, line: 1, column: 1 } : undefined);
    return finding('test_timeout', 'error', `the ${label} (${step.command}) did not finish within ${(0,src_text/* formatDuration */.a3)(config.testTimeoutMs)}; ` +
        `the gate stopped them${where}`, fix, {
        evidence: { command: step.command, test: running?.test ?? printed?.test, outputTail: tail.slice(-2000) },
        ...(at ? { location: { ...at, file: (0,inputs/* displayPath */.Gt)(at.file, dir) } } : {}),
    });
}
/** The test the gate's vitest reporter saw start last, and the line of its `it(…)`. */
function runningTest(file, dir) {
    const text = readIfPresent(file);
    if (text === undefined)
        return undefined;
    try {
        const progress = JSON.parse(text);
        if (typeof progress.file !== 'string' || typeof progress.test !== 'string')
            return undefined;
        const testFile = external_node_path_default().resolve(dir, progress.file);
        const source = typeof progress.name === 'string' ? readIfPresent(testFile) : undefined;
        const at = source !== undefined ? declarationPoint(source, progress.name) : undefined;
        return { file: testFile, test: progress.test, point: at ? { file: testFile, ...at } : undefined };
    }
    catch {
        return undefined;
    }
}
/** The project's package manager itself is not on the runner. */
function managerMissing(step, label, evidence, pm) {
    const told = pm.source === 'packageManager' ? "package.json's packageManager field" : (pm.lockfile ?? 'its workspace');
    return finding('test_command_not_found', 'error', `the ${label} (${step.command}) exited with status 127: the project uses ${pm.name} (${told}), ` +
        `but ${pm.name} is not installed on the runner`, `Set up ${pm.name} before the gate (corepack enable, or the ${pm.name} setup action), then ${(0,package_manager/* installCommand */.Je)(pm)}.`, { evidence });
}
/** A command that failed with no test to blame: not found (127), a refused lockfile, or its status. */
async function exitFinding(step, label, run, totals, described, project) {
    const { dir, pm } = project;
    const evidence = { command: step.command, exitCode: run.exitCode, outputTail: run.tail.slice(-2000) };
    const where = await scriptLocation(dir, described.script);
    const refused = lockfileRefusal(run.tail);
    if (refused) {
        const lockfile = pm.lockfile ?? 'the lockfile';
        return finding('test_lockfile_out_of_sync', 'error', `the ${label} (${step.command}) stopped because ${refused.pm} refused ${lockfile}: it is out of sync with ` +
            `package.json ("${refused.line}")`, `Update the lockfile (${refused.pm} install), commit it, and install with ${(0,package_manager/* installHint */.J8)(pm, dir)}.`, { evidence, ...where });
    }
    if (run.exitCode === 127) {
        const missing = commandNotFound(run.tail);
        if (missing === pm.name)
            return managerMissing(step, label, evidence, pm);
        const what = missing ? `\`${missing}\` was not found` : 'a command it runs was not found';
        return finding('test_command_not_found', 'error', `the ${label} (${step.command}) exited with status 127: ${what}; the project's dependencies are probably ` +
            'not installed', `Install dependencies before the gate runs (${(0,package_manager/* installHint */.J8)(pm, dir)})` +
            `${missing ? `, or add ${missing} as a devDependency (${(0,package_manager/* addDevCommand */.wJ)(pm.name, missing)})` : ''}.`, { evidence, ...where });
    }
    if (totals && totals.failed === 0 && totals.passed > 0) {
        const { message, fix } = passedButFailed(step, label, run, totals.passed);
        return finding('test_command_failed', 'error', message, fix, { evidence, ...where });
    }
    const noResults = totals ? '' : ' and left no machine-readable results';
    return finding('test_command_failed', 'error', `the ${label} (${step.command}) exited with status ${run.exitCode ?? run.signal}${noResults}`, "Read the command's output (the gate step's log in Actions, the terminal locally); run the same command locally.", { evidence, ...where });
}
const AFTER_TESTS_FIX = {
    'log-after-tests': 'Something a test starts (a timer, a promise not awaited) logs after the tests end: await it, or clear it ' +
        'in afterEach/afterAll.',
    coverage: "Raise the coverage to the threshold, or lower the threshold in the runner's config.",
    other: 'Fix what the runner names (an error outside any test, an open handle, a setup that fails at exit).',
};
/** Every test passed and the runner still exited non-zero: say so, with the runner's own reason. */
function passedButFailed(step, label, run, passed) {
    const error = afterTestsError(run.tail);
    const status = run.exitCode ?? run.signal;
    const reason = error
        ? `: the runner's last error: "${error.line}"`
        : '; the runner printed no error line the gate recognises';
    const all = passed === 1 ? 'the one test' : `all ${passed} tests`;
    const message = `${all} passed, but the ${label} (${step.command}) exited with status ${status} after them${reason}`;
    const where = "The whole output is in the gate step's log in Actions (the terminal locally).";
    return { message, fix: `${AFTER_TESTS_FIX[error?.kind ?? 'other']} ${where}` };
}
function failureFinding(failure, step, dir) {
    const point = failure.point ?? (failure.setup ? syntaxCheckPoint(failure) : declaredAt(failure));
    const location = point
        ? { file: (0,inputs/* displayPath */.Gt)(point.file, dir), line: point.line, column: point.column }
        : { file: (0,inputs/* displayPath */.Gt)(failure.file, dir), line: 1 };
    const evidence = { kind: step.kind, command: step.command, test: failure.title };
    if (failure.setup)
        return setupFinding(failure, failure.setup, step, dir, { location, evidence });
    const what = step.kind === 'e2e' ? 'E2E test' : 'test';
    const fix = `Fix the code under test or the test at this line (${step.command}).`;
    const message = `${what} "${failure.title}" failed: ${failure.message}`;
    return finding('test_failed', 'error', message, fix, { location, evidence });
}
/** A hook that threw or a file that did not load: one finding, whatever number of tests it stopped. */
function setupFinding(failure, setup, step, dir, extra) {
    const file = (0,inputs/* displayPath */.Gt)(failure.file, dir);
    const message = failure.message.split(`${dir}${(external_node_path_default()).sep}`).join('');
    if (setup.kind === 'load') {
        const what = SYNTAX_ERROR.test(message)
            ? 'the syntax error'
            : 'the import at this line, or the module it loads, which throws';
        const fix = `Fix ${what} (${step.command}); none of the file's tests ran.`;
        return finding('test_file_failed', 'error', `test file ${file} failed to load: ${message}`, fix, extra);
    }
    const read = failure.point && (0,files/* readTextFile */.Gu)(failure.point.file);
    const hook = read && read.ok ? enclosingHook(read.text, failure.point.line)?.hook : undefined;
    const where = `${hook ? `the ${hook} hook` : 'a hook'}${setup.suite ? ` of "${setup.suite}"` : ''} in ${file}`;
    const before = hook === 'beforeAll' || hook === 'beforeEach';
    const tests = setup.tests?.length ?? 0;
    const stopped = tests ? `; ${(0,src_text/* counted */.hS)(tests, 'test')} ${before ? 'did not run' : 'affected'}` : '';
    const skipped = before ? '; the tests it sets up did not run' : '';
    const fix = `Fix ${hook ? `the ${hook} hook` : 'the hook'} at this line (${step.command})${skipped}.`;
    return finding('test_hook_failed', 'error', `${where} failed: ${message}${stopped}`, fix, {
        ...extra,
        evidence: { ...extra.evidence, tests: setup.tests?.length ? setup.tests : undefined },
    });
}
/**
 * Before the E2E run: each harness the suite uses, checked where the suite asks for it. A suite
 * whose harness the gate cannot see gets only the wrangler check and a notice.
 */
async function checkE2eHarnesses({ dir, config, pm }, described, uses) {
    const env = config.env;
    const fail = (check, where) => check.ok ? undefined : finding(check.code, 'error', check.message, check.fix, where);
    if (uses.length === 0) {
        const where = await scriptLocation(dir, described.script);
        const problem = fail((0,wrangler_check/* checkWranglerForE2e */.A)(dir, env, 'unknown', pm), where);
        if (problem)
            return { findings: [problem], blocked: true, harnesses: [] };
        const note = finding('e2e_harness_unknown', 'notice', 'the gate could not tell how the local E2E tests start the Worker (no unstable_dev, unstable_startWorker or ' +
            'createTestHarness import from wrangler, no Workers Vitest integration in their files), so it checked only ' +
            'that wrangler is installed', 'Nothing to do if the tests do not run a Worker locally.', where);
        return { findings: [note], blocked: false, harnesses: [] };
    }
    const first = new Map();
    for (const use of uses)
        if (!first.has(use.kind))
            first.set(use.kind, use);
    const findings = [];
    const harnesses = [];
    for (const use of first.values()) {
        // semver (for the integration's peer ranges) loads only for a suite that runs in workerd.
        const check = use.kind === 'vitest-workers'
            ? (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 3871))).checkVitestWorkers(dir, use, pm)
            : (0,wrangler_check/* checkWranglerForE2e */.A)(dir, env, use.kind, pm);
        const problem = fail(check, { location: { file: use.file, line: use.line, column: use.column } });
        if (problem)
            findings.push(problem);
        else if (check.ok)
            harnesses.push(`${harnessName(use, check.version)}, ${use.file}:${use.line}`);
    }
    return { findings, blocked: findings.length > 0, harnesses };
}
function harnessName(use, version) {
    return use.kind === 'vitest-workers'
        ? `${use.pkg ?? 'the Workers Vitest integration'} ${version} (tests run inside workerd)`
        : `${use.kind} (wrangler ${version})`;
}
/** The YAML parser, loaded only when a pnpm-workspace.yaml above the project needs reading. */
async function yamlParserFor(dir) {
    for (let up = external_node_path_default().dirname(external_node_path_default().resolve(dir));; up = external_node_path_default().dirname(up)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(up, package_manager/* PNPM_WORKSPACE */.cI)))
            return (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19))).parse;
        if (external_node_path_default().dirname(up) === up)
            return undefined;
    }
}
/**
 * The harnesses in the suite's files; when they name none, a Workers integration package.json
 * declares. The parser is loaded only when a file can hold a harness (most unit suites have none).
 */
async function suiteHarnesses(dir, described, scripts) {
    const body = described.script ? (scripts[described.script] ?? '') : described.command;
    const candidates = suiteFiles(dir, body).filter((source) => (0,harness_use/* mayHoldHarness */.J0)(source.text));
    const uses = candidates.length ? (await Promise.all(/* import() */[__webpack_require__.e(429), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 801))).detectHarnesses(candidates) : [];
    if (described.runner !== 'vitest' || uses.length > 0)
        return uses;
    const read = (0,files/* readTextFile */.Gu)(external_node_path_default().join(dir, 'package.json'));
    const declared = read.ok ? (0,harness_use/* declaredInPackageJson */.om)(read.text) : undefined;
    return declared ? [...uses, declared] : uses;
}
const isWorkersVitest = (use) => use.kind === 'vitest-workers';
/**
 * Tests run inside workerd by the Workers Vitest integration report frames in the transformed
 * module's lines (measured: one or two lines late, the column of the rewritten code), so a test's
 * failure goes on the line of its `it(…)`, and a hook's on the line of the hook, which are certain.
 * Load errors keep their frame (a file that does not parse fails in Node, before workerd).
 */
function atDeclaration(failure) {
    if (failure.setup?.kind === 'load')
        return failure;
    const fallback = { file: failure.file, line: 1, column: 1 };
    if (!failure.setup)
        return { ...failure, point: declaredAt(failure) ?? fallback };
    if (failure.point?.file !== failure.file)
        return failure;
    const read = (0,files/* readTextFile */.Gu)(failure.file);
    // Two lines up (the measured shift) is inside the hook or is its first line: the hook's own line.
    const hook = read.ok ? enclosingHook(read.text, Math.max(1, failure.point.line - 2)) : undefined;
    const column = read.ok && hook ? read.text.split('\n')[hook.line - 1].indexOf(hook.hook) + 1 : 1;
    return { ...failure, point: hook ? { file: failure.file, line: hook.line, column } : fallback };
}
/** vitest's own errors replace what its JSON says of the same files (a bare message, no stack). */
function withVitestErrors(failures, errors) {
    const covered = new Set(errors.map((e) => e.file));
    return [...failures.filter((f) => !(f.setup && covered.has(f.file))), ...errors];
}
/** The gate's vitest reporter, with the files it writes in its source (no environment needed). */
function writeVitestReporter(files) {
    // Made only for vitest, and removed after it when empty: the project keeps no trace of the gate.
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(files.reporter), { recursive: true });
    (0,external_node_fs_.writeFileSync)(files.reporter, vitestErrorsReporter({ errors: files.errors, progress: files.progress }));
    return files.reporter;
}
/** The reporter file, then its directory and node_modules/.cache when that left them empty. */
function removeVitestReporter(file, runDir) {
    (0,external_node_fs_.rmSync)(file, { force: true });
    const dir = external_node_path_default().dirname(file);
    if (dir === runDir)
        return;
    for (const empty of [dir, external_node_path_default().dirname(dir)]) {
        try {
            (0,external_node_fs_.rmdirSync)(empty); // only an empty directory goes (another run's reporter keeps it)
        }
        catch {
            return;
        }
    }
}
function readVitestErrors(file, dir) {
    const text = readIfPresent(file);
    // vitest < 3 does not call the reporter; its JSON still counts.
    if (text === undefined)
        return { failures: [], missing: true };
    try {
        return readVitestErrorsJson(JSON.parse(text), dir);
    }
    catch {
        return { failures: [], reporterError: `${external_node_path_default().basename(file)} is not JSON` };
    }
}
// jest's (Babel's) and vitest's (Vite's) words for a file that does not parse.
const SYNTAX_ERROR = /SyntaxError|invalid JS syntax|Failed to parse/i;
/** A JavaScript test file that does not parse: where Node's parser stops (`node --check`). */
function syntaxCheckPoint(failure) {
    if (failure.setup?.kind !== 'load' || !/\.[cm]?js$/.test(failure.file))
        return undefined;
    if (!SYNTAX_ERROR.test(failure.message))
        return undefined;
    const check = (0,external_node_child_process_.spawnSync)(process.execPath, ['--check', failure.file], { encoding: 'utf8', timeout: 10_000 });
    // Node prints "<file>:<line>", the source line, then a caret under the column.
    const lines = (check.stderr ?? '').split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${failure.file}:`));
    const line = at === -1 ? NaN : Number(lines[at].slice(failure.file.length + 1));
    const caret = lines[at + 2]?.indexOf('^') ?? -1;
    return Number.isInteger(line) && line > 0 ? { file: failure.file, line, column: caret + 1 || 1 } : undefined;
}
function readResults(file, dir) {
    try {
        return parseTestResults(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')), dir);
    }
    catch {
        return undefined;
    }
}
/** The script's line in package.json, where a person changes the command (its JSON reader loaded only then). */
async function scriptLocation(dir, script) {
    const file = external_node_path_default().join(dir, 'package.json');
    if (!script || !(0,external_node_fs_.existsSync)(file))
        return {};
    const { locatePointers, toPointer } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(279)]).then(__webpack_require__.bind(__webpack_require__, 1279));
    const pointer = toPointer(['scripts', script]);
    const range = locatePointers((0,external_node_fs_.readFileSync)(file, 'utf8'), [{ pointer, target: 'key' }]).get(`key:${pointer}`);
    return range ? { location: { file: 'package.json', line: range.line, column: range.column } } : {};
}
/** A failure whose stack never passes through the test file: the line of its `it(…)`. */
function declaredAt(failure) {
    if (!failure.name)
        return undefined;
    const read = (0,files/* readTextFile */.Gu)(failure.file);
    const at = read.ok ? declarationPoint(read.text, failure.name) : undefined;
    return at ? { file: failure.file, ...at } : undefined;
}


/***/ })

};
