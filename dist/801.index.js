export const id = 801;
export const ids = [801];
export const modules = {

/***/ 801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VITEST_WORKERS_PACKAGES: () => (/* reexport safe */ _harness_use_js__WEBPACK_IMPORTED_MODULE_1__.U3),
/* harmony export */   declaredInPackageJson: () => (/* reexport safe */ _harness_use_js__WEBPACK_IMPORTED_MODULE_1__.om),
/* harmony export */   detectHarnesses: () => (/* binding */ detectHarnesses)
/* harmony export */ });
/* harmony import */ var _babel_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5429);
/* harmony import */ var _harness_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5783);
// Which harness a project's E2E suite starts its Worker with: wrangler's unstable_dev,
// unstable_startWorker or createTestHarness, or the Workers Vitest integration (tests inside
// workerd). Read from the suite's files with a real parser, so comments and strings never count.



const WRANGLER_APIS = ['unstable_dev', 'unstable_startWorker', 'createTestHarness'];
const VITEST_WORKERS_APIS = ['defineWorkersConfig', 'defineWorkersProject', 'cloudflareTest', 'cloudflarePool'];
/** The integration's package a module specifier names (`@cloudflare/vitest-pool-workers/config` too). */
const workersPackage = (source) => typeof source === 'string'
    ? _harness_use_js__WEBPACK_IMPORTED_MODULE_1__/* .VITEST_WORKERS_PACKAGES */ .U3.find((p) => source === p || source.startsWith(`${p}/`))
    : undefined;
/** Every harness use in the files, in file order; a file that does not parse has none. */
function detectHarnesses(sources) {
    return sources.flatMap((source) => {
        if (!(0,_harness_use_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHoldHarness */ .J0)(source.text))
            return [];
        const ast = parseModule(source.text, source.file);
        if (!ast)
            return [];
        const uses = [];
        const scope = { file: source.file, namespaces: wranglerNamespaces(ast) };
        walk(ast, (node) => uses.push(...usesIn(node, scope)));
        return uses;
    });
}
/**
 * The TypeScript syntax only for TypeScript files (a JavaScript file with it does not run either),
 * and no comments attached: a third less parsing, in the run's critical few milliseconds of CPU.
 */
function parseModule(text, file) {
    const plugins = /\.[cm]?tsx?$/.test(file) ? ['typescript', 'jsx'] : ['jsx'];
    if (/\.[cm]?ts$/.test(file))
        plugins.pop(); // `<T>x` is a type assertion in a .ts file, not JSX
    try {
        const options = { sourceType: 'unambiguous', errorRecovery: true, attachComment: false };
        return (0,_babel_parser__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { ...options, plugins });
    }
    catch {
        return undefined;
    }
}
function walk(node, visit) {
    if (Array.isArray(node))
        return node.forEach((n) => walk(n, visit));
    if (!node || typeof node !== 'object' || typeof node.type !== 'string')
        return;
    visit(node);
    for (const [key, value] of Object.entries(node)) {
        if (key !== 'loc' && key !== 'comments' && value && typeof value === 'object')
            walk(value, visit);
    }
}
function usesIn(node, scope) {
    if (node.type === 'ImportDeclaration')
        return fromImport(node, scope.file);
    if (node.type === 'VariableDeclarator')
        return fromRequire(node, scope.file);
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression')
        return fromMember(node, scope);
    return [];
}
function wranglerNamespaces(ast) {
    const names = new Set();
    walk(ast, (node) => {
        if (node.type === 'ImportDeclaration' && sourceOf(node) === 'wrangler') {
            for (const s of node.specifiers ?? []) {
                if (s.type !== 'ImportSpecifier' && typeof nameOf(s.local) === 'string')
                    names.add(nameOf(s.local));
            }
        }
        const init = node.type === 'VariableDeclarator' ? unwrapAwait(node.init) : undefined;
        const id = node.id;
        if (init && id?.type === 'Identifier' && loadedModule(init) === 'wrangler')
            names.add(nameOf(id));
    });
    return names;
}
const sourceOf = (node) => node.source?.value;
const nameOf = (node) => {
    const n = node;
    return typeof n?.name === 'string' ? n.name : typeof n?.value === 'string' ? n.value : undefined;
};
function at(kind, file, node, pkg) {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    return { kind, file, line: start.line, column: start.column + 1, pkg };
}
/** `import { createTestHarness } from 'wrangler'`, `import { cloudflareTest } from '@cloudflare/vitest-plugin'`. */
function fromImport(node, file) {
    if (node.importKind === 'type')
        return [];
    const source = sourceOf(node);
    const specifiers = node.specifiers ?? [];
    const workers = workersPackage(source);
    if (workers)
        return [at('vitest-workers', file, node, workers)];
    if (source !== 'wrangler')
        return [];
    return specifiers.flatMap((s) => {
        const name = nameOf(s.imported);
        return s.importKind !== 'type' && WRANGLER_APIS.includes(name)
            ? [at(name, file, s)]
            : [];
    });
}
/** `const { unstable_dev } = require('wrangler')` or `= await import('wrangler')`. */
function fromRequire(node, file) {
    const init = unwrapAwait(node.init);
    const id = node.id;
    if (!init || id?.type !== 'ObjectPattern')
        return [];
    const source = loadedModule(init);
    if (source === undefined)
        return [];
    const keys = (id.properties ?? []).map((p) => ({ node: p, name: nameOf(p.key) }));
    const workers = workersPackage(source);
    if (workers)
        return keys.length ? [at('vitest-workers', file, node, workers)] : [];
    if (source !== 'wrangler')
        return [];
    return keys.flatMap((k) => WRANGLER_APIS.includes(k.name) ? [at(k.name, file, k.node)] : []);
}
/** `wrangler.createTestHarness(…)` on a namespace import, `(await import('wrangler')).unstable_dev`. */
function fromMember(node, { file, namespaces }) {
    const name = nameOf(node.property);
    if (!WRANGLER_APIS.includes(name) && !VITEST_WORKERS_APIS.includes(name ?? ''))
        return [];
    const object = unwrapAwait(node.object);
    const namespace = object?.type === 'Identifier' && namespaces.has(nameOf(object));
    const source = namespace ? 'wrangler' : object ? loadedModule(object) : undefined;
    if (source === 'wrangler' && WRANGLER_APIS.includes(name)) {
        return [at(name, file, node.property)];
    }
    const workers = workersPackage(source);
    if (workers)
        return [at('vitest-workers', file, node, workers)];
    return [];
}
function unwrapAwait(node) {
    let n = node;
    while (n && (n.type === 'AwaitExpression' || n.type === 'ParenthesizedExpression')) {
        n = (n.argument ?? n.expression);
    }
    return n;
}
/** The module named by `require('x')` or `import('x')`. */
function loadedModule(node) {
    if (node.type !== 'CallExpression' && node.type !== 'ImportExpression')
        return undefined;
    const callee = node.callee;
    const isLoad = node.type === 'ImportExpression' || callee?.type === 'Import' || nameOf(callee) === 'require';
    const arg = node.type === 'ImportExpression' ? node.source : node.arguments?.[0];
    return isLoad && arg?.type === 'StringLiteral' && typeof arg.value === 'string' ? arg.value : undefined;
}


/***/ })

};
