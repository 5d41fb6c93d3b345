export const id = 724;
export const ids = [724];
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

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  printOpenApi: () => (/* binding */ printOpenApi)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/gateway/config-analysis.ts + 4 modules
var config_analysis = __webpack_require__(2273);
// EXTERNAL MODULE: ./src/gateway/environment-vars.ts
var environment_vars = __webpack_require__(4490);
// EXTERNAL MODULE: ./src/gateway/api-surface.ts
var api_surface = __webpack_require__(7616);
// EXTERNAL MODULE: ./src/gateway/route-matching.ts
var route_matching = __webpack_require__(1427);
;// CONCATENATED MODULE: ./src/gateway/openapi.ts
// The gateway's routes as an OpenAPI 3.1 document, for docs, client generators and contract
// testers. The gateway's own forms become OpenAPI's where one exists; where none does, a
// documented `x-gateway-*` extension keeps the meaning:
// - `ANY` is every method (`x-gateway-method: ANY` on each operation it stands for);
// - the `{.+}` wildcard (one or more segments) is a path parameter `rest` marked
//   `x-gateway-wildcard: true`, and the path item keeps the gateway's path in `x-gateway-path`.


const METHODS = ['get', 'put', 'post', 'delete', 'options', 'patch'];
const WILDCARD_NAME = 'rest';
const record = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const openapi_text = (value) => (typeof value === 'string' ? value : undefined);
/** The OpenAPI path template and its parameters for a gateway path. */
function template(path) {
    const params = [];
    const segments = path.split('/').map((segment) => {
        if (segment === route_matching/* WILDCARD */.bs) {
            params.push({
                name: WILDCARD_NAME,
                in: 'path',
                required: true,
                description: "The rest of the path: one or more segments (the gateway's `{.+}` wildcard).",
                schema: { type: 'string' },
                'x-gateway-wildcard': true,
            });
            return `{${WILDCARD_NAME}}`;
        }
        if ((0,route_matching/* isParam */.Um)(segment)) {
            const name = segment.slice(1, -1);
            params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
        }
        return segment;
    });
    return { path: segments.join('/'), params };
}
/** The security scheme the authorizer stands for; undefined without one. */
function securityScheme(authorizer) {
    const type = openapi_text(authorizer?.type);
    if (type === 'auth0' && openapi_text(authorizer?.domain)) {
        const domain = openapi_text(authorizer.domain)
            .replace(/^https?:\/\//, '')
            .replace(/\/$/, '');
        return { type: 'openIdConnect', openIdConnectUrl: `https://${domain}/.well-known/openid-configuration` };
    }
    if (type === 'jwt' || type === 'supabase' || type === 'auth0') {
        return { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `The gateway's ${type} authorizer.` };
    }
    return undefined;
}
function operationId(method, path, taken) {
    const base = `${method}_${path
        .replace(/\{\.\+\}/g, 'rest')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_|_$/g, '') || 'root'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++)
        id = `${base}_${n}`;
    taken.add(id);
    return id;
}
function operation(route, secured, id) {
    const responses = {};
    if (route.response !== undefined) {
        responses['200'] = {
            description: 'The static response the gateway answers.',
            content: { 'application/json': { example: route.response } },
        };
    }
    else {
        const type = openapi_text(record(route.integration)?.type) ?? 'integration';
        responses.default = { description: `The ${type} integration's response.` };
    }
    if (secured)
        responses['401'] = { description: 'No token, or a token the authorizer refuses.' };
    const op = { operationId: id, responses };
    if (secured)
        op.security = [{ gateway: [] }];
    if (openapi_text(route.method)?.toUpperCase() === 'ANY')
        op['x-gateway-method'] = 'ANY';
    return op;
}
/** An OpenAPI 3.1 document of a (substituted) gateway config's routes. */
function openApiDocument(config) {
    const root = record(config) ?? {};
    const scheme = securityScheme(record(root.authorizer));
    const paths = {};
    const taken = new Set();
    const seen = new Set();
    const routes = Array.isArray(root.paths) ? root.paths : [];
    for (const item of routes) {
        const route = record(item);
        const gatewayPath = openapi_text(route?.path);
        if (!route || !gatewayPath?.startsWith('/'))
            continue;
        const { path, params } = template(gatewayPath);
        const declared = (openapi_text(route.method) ?? 'ANY').toLowerCase();
        const methods = declared === 'any' ? METHODS : METHODS.filter((m) => m === declared);
        // The same path under other parameter names is the same OpenAPI path: the first route keeps it.
        const shape = path.replace(/\{[^}]*\}/g, '{}');
        const key = Object.keys(paths).find((p) => p.replace(/\{[^}]*\}/g, '{}') === shape) ?? path;
        const pathItem = (paths[key] ??= {
            ...(gatewayPath.includes(route_matching/* WILDCARD */.bs) ? { 'x-gateway-path': gatewayPath } : {}),
            ...(params.length ? { parameters: params } : {}),
        });
        for (const method of methods) {
            if (seen.has(`${method} ${shape}`))
                continue;
            seen.add(`${method} ${shape}`);
            const secured = route.auth === true && scheme !== undefined;
            pathItem[method] = operation(route, secured, operationId(method, gatewayPath, taken));
        }
    }
    const info = { title: openapi_text(root.title) ?? 'API gateway', version: canonicalVersion(root) };
    if (openapi_text(root.description))
        info.description = root.description;
    const doc = { openapi: '3.1.0', info, paths };
    if (scheme)
        doc.components = { securitySchemes: { gateway: scheme } };
    return doc;
}
/** OpenAPI needs a version; the config has none, so a short digest of the routes stands in. */
function canonicalVersion(root) {
    let hash = 0;
    for (const ch of (0,api_surface/* canonicalJson */.dj)(root.paths ?? []))
        hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
    return `routes-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

// EXTERNAL MODULE: ./src/gateway/substitution.ts
var substitution = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/gateway/openapi-command.ts
// `openapi`: the gateway's routes as an OpenAPI 3.1 document on stdout, and nothing else there:
// what the gate has to say (a config it cannot read, an error in it) goes to stderr.







const said = (f) => `${f.location ? `${f.location.file}:${f.location.line}: ` : ''}${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`;
/** Prints the document; 0 when printed, 1 when the config has an error (said on stderr). */
async function printOpenApi(config, io) {
    let file;
    try {
        file = (0,config_analysis/* locateConfig */.p0)(config);
    }
    catch (error) {
        if (!(error instanceof src_errors/* StageError */.Zu))
            throw error;
        for (const f of error.findings)
            io.stderr(`gateway-deploy-gate: ${said(f)}`);
        return 1;
    }
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok) {
        io.stderr(`gateway-deploy-gate: config ${display} ${read.detail}`);
        return 1;
    }
    const analysis = await (0,config_analysis/* validateConfigText */.Ik)(config, file, display, read.text);
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0 || analysis.value === undefined) {
        for (const f of errors)
            io.stderr(`gateway-deploy-gate: ${said(f)}`);
        io.stderr(`gateway-deploy-gate: no OpenAPI document: fix the config first (\`validate\` says the same)`);
        return 1;
    }
    const seen = (0,substitution/* substitute */.V2)(analysis.value, (0,environment_vars/* projectVars */.q)(config).vars).value;
    io.stdout(JSON.stringify(openApiDocument(seen), null, 2));
    return 0;
}


/***/ })

};
