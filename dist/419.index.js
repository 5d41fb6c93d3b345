export const id = 419;
export const ids = [419,463];
export const modules = {

/***/ 2463:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __webpack_require__(3893);
const draft7_1 = __webpack_require__(9941);
const discriminator_1 = __webpack_require__(8886);
const draft7MetaSchema = __webpack_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __webpack_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __webpack_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __webpack_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __webpack_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(7397);
const validation_1 = __webpack_require__(5481);
const applicator_1 = __webpack_require__(8775);
const format_1 = __webpack_require__(2601);
const metadata_1 = __webpack_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

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

/***/ 1837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readGateway)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3383);
/* harmony import */ var _json_json_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1279);
/* harmony import */ var _gateway_config_analysis_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2273);
/* harmony import */ var _wrangler_worker_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1946);
// What the smoke test reads from the gateway config and the wrangler config: the line of every
// route, each server's URL as the deployed Worker sees it (an `$env` var of the environment) and
// where it is set, the deployed vars, and how the authorizer checks tokens and which identity
// provider its integrations call.







const SECRET_REFERENCE = /^\$secrets?\.([A-Za-z_][A-Za-z0-9_]*)$/;
/** The gateway config with the line of every route, and what its servers and authorizer reference. */
function readGateway(config) {
    const file = (0,_gateway_config_analysis_js__WEBPACK_IMPORTED_MODULE_5__/* .locateConfig */ .p0)(config);
    const display = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory);
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file);
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu({
            stage: 'smoke',
            layer: 'config',
            code: 'smoke_config_unreadable',
            category: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerOf */ .bf)('smoke_config_unreadable'),
            severity: 'error',
            message: `the gateway config ${display} ${why}: there is no probe plan without it`,
            fix: 'Validate reports what is wrong with it; fix that first.',
            location: { file: display, line: 1 },
        });
    };
    if (!read.ok)
        return fail(read.detail);
    const parsed = (0,_json_json_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(read.text);
    if (!parsed.ok)
        return fail('is not valid JSON');
    const value = parsed.value;
    const paths = Array.isArray(value?.paths) ? value.paths : [];
    const servers = Array.isArray(value?.servers) ? value.servers : [];
    const secretRefs = secretReferences(value);
    const located = (0,_json_json_source_js__WEBPACK_IMPORTED_MODULE_4__.locatePointers)(read.text, [
        ...paths.map((_, i) => ({ pointer: `/paths/${i}/path`, target: 'value' })),
        ...servers.map((_, i) => ({ pointer: `/servers/${i}/url`, target: 'value' })),
        { pointer: '/authorizer/domain', target: 'value' },
        ...secretRefs.map((r) => ({ pointer: r.pointer, target: 'value' })),
    ]);
    const at = (key) => {
        const range = located.get(`value:${key}`);
        return range ? { file: display, line: range.line, column: range.column } : undefined;
    };
    const routeLocations = new Map();
    paths.forEach((_, i) => {
        const location = at(`/paths/${i}/path`);
        if (location)
            routeLocations.set(i, location);
    });
    const target = workerTarget(config);
    const resolve = resolver(target);
    const serverInfo = new Map();
    servers.forEach((s, i) => {
        if (typeof s?.alias === 'string' && typeof s.url === 'string') {
            serverInfo.set(s.alias, { written: s.url, ...resolve(s.url, at(`/servers/${i}/url`)) });
        }
    });
    const secrets = secretRefs.map(({ pointer, ...r }) => ({ ...r, location: at(pointer) }));
    const facts = {
        value,
        routeLocations,
        servers: serverInfo,
        vars: target?.worker.vars,
        secretRefs: secrets,
    };
    Object.assign(facts, authorizerFacts(value?.authorizer, resolve, at('/authorizer/domain')));
    const authorizerRefs = [value?.authorizer?.secret, value?.authorizer?.jwt_secret];
    const secretRef = authorizerRefs.find((v) => typeof v === 'string' && /^\$secrets?\./.test(v));
    if (secretRef)
        facts.authorizerSecret = secretRef.replace(/^\$secrets?\./, '');
    return facts;
}
/** Every `$secret.X` string of the config with its JSON pointer and what reads it. */
function secretReferences(value) {
    const out = [];
    const servers = Array.isArray(value?.servers) ? value.servers : [];
    const walk = (node, segments) => {
        if (typeof node === 'string') {
            const m = SECRET_REFERENCE.exec(node);
            if (m)
                out.push({ name: m[1], raw: node, pointer: `/${segments.join('/')}`, scope: scopeOf(segments) });
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        for (const [key, child] of Object.entries(node))
            walk(child, [...segments, key.replace(/~/g, '~0').replace(/\//g, '~1')]);
    };
    const scopeOf = (segments) => {
        const [top, index] = segments;
        if (top === 'authorizer')
            return { kind: 'authorizer', field: index ?? '' };
        if (top === 'paths' && index !== undefined)
            return { kind: 'route', index: Number(index) };
        const alias = top === 'servers' && index !== undefined ? servers[Number(index)]?.alias : undefined;
        return typeof alias === 'string' ? { kind: 'server', alias } : { kind: 'other' };
    };
    if (value && typeof value === 'object')
        walk(value, []);
    return out;
}
function workerTarget(config) {
    try {
        return (0,_wrangler_worker_target_js__WEBPACK_IMPORTED_MODULE_6__/* .readWorkerTarget */ .c)(config, 'smoke');
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu))
            throw error;
        return undefined;
    }
}
/** A config value as the deployed Worker sees it, and the line to change it on. */
function resolver(target) {
    const vars = target?.worker.vars ?? {};
    return (written, location) => {
        const reference = /^\$env\.(.+)$/.exec(written);
        if (!reference)
            return { resolved: written, location };
        const name = reference[1];
        if (typeof vars[name] !== 'string')
            return { location };
        // The value lives in the wrangler config: that is the line to change.
        const varAt = target ? target.source.locate([...target.worker.base, 'vars', name], 'value') : location;
        return { resolved: vars[name], location: varAt };
    };
}
/** How the authorizer checks tokens, and which identity provider its integrations call. */
function authorizerFacts(authorizer, resolve, domainAt) {
    const str = (key) => (typeof authorizer?.[key] === 'string' ? authorizer[key] : undefined);
    const type = str('type');
    if (!type)
        return {};
    if (type === 'supabase') {
        // The supabase integrations call env.SUPABASE_URL, a var or a secret of the Worker.
        const url = resolve('$env.SUPABASE_URL', undefined);
        const written = '$env.SUPABASE_URL';
        const provider = { name: 'Supabase', written, domain: url.resolved, location: url.location };
        return { authorizer: { type, issuer: str('issuer') }, provider };
    }
    if (type !== 'auth0')
        return { authorizer: { type, issuer: str('issuer') } };
    const written = str('domain');
    const domain = written ? resolve(written, domainAt) : {};
    const jwksUri = str('jwks_uri');
    const keys = str('jwks') !== undefined ? 'jwks' : jwksUri !== undefined ? 'jwks_uri' : undefined;
    const issuer = domain.resolved ? `https://${domain.resolved}/` : undefined;
    return {
        authorizer: { type, keys, jwksUri: jwksUri && (resolve(jwksUri, undefined).resolved ?? jwksUri), issuer },
        provider: { name: 'Auth0', written, domain: domain.resolved, location: domain.location ?? domainAt },
    };
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ sendProbe),
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/* harmony import */ var _proxy_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4780);
// One HTTP request of the smoke test, bounded in time, with everything it showed: the response
// (status, headers, the start of the body) or the error with its cause chain.

/** Enough of a body to read a JSON error and compare a static response; the rest is drained. */
const BODY_LIMIT = 64 * 1024;
async function sendProbe(request) {
    const started = performance.now();
    const signal = AbortSignal.timeout(request.timeoutMs);
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    let response;
    try {
        response = await fetch(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            redirect: 'manual',
            signal,
        });
    }
    catch (error) {
        return { error: describe(error, 'headers', signal), durationMs: elapsed() };
    }
    const headers = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    const result = { status: response.status, headers, durationMs: 0 };
    try {
        result.body = await readBody(response);
    }
    catch (error) {
        result.error = describe(error, 'body', signal);
    }
    if (result.body !== undefined && /json/i.test(headers['content-type'] ?? '')) {
        try {
            result.json = JSON.parse(result.body);
        }
        catch {
            // A truncated or non-JSON body stays text.
        }
    }
    result.durationMs = elapsed();
    return result;
}
async function readBody(response) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (size < BODY_LIMIT)
            chunks.push(value.subarray(0, BODY_LIMIT - size));
        size += value.byteLength;
    }
    return Buffer.concat(chunks).toString('utf8');
}
function describe(error, phase, signal) {
    const chain = (0,_proxy_status_js__WEBPACK_IMPORTED_MODULE_0__/* .errorChain */ .eB)(error);
    const timedOut = signal.aborted || chain.some((l) => l.name === 'TimeoutError');
    const network = (0,_proxy_status_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseNetworkError */ .B)(chain, { connected: phase === 'body' });
    return { phase, timedOut, chain, network };
}
/** Runs `task` over `items` with at most `limit` in flight, keeping the input order in the result. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 1639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ planProbes),
/* harmony export */   UD: () => (/* binding */ answersForPlan),
/* harmony export */   iq: () => (/* binding */ livePlan),
/* harmony export */   p3: () => (/* binding */ probeLive)
/* harmony export */ });
/* unused harmony export storedResult */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3383);
/* harmony import */ var _gateway_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1837);
/* harmony import */ var _http_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9998);
/* harmony import */ var _probe_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8559);
/* harmony import */ var _probe_requests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7326);
/* harmony import */ var _smoke_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7658);
// What the live version answered before a direct deploy replaced it (issue 20, point 7): the
// deploy stage sends the smoke test's probe plan to the version that serves, before it changes
// anything, and keeps the answers in its record; the smoke stage then judges the new version
// against them with the differential smoke's verdicts. A failure the live version had too is
// preexisting (a warning), one it did not have is a regression. The plan is read and sent here; the rest is pure.







/** The headers a verdict reads (the gateway's marker, Cloudflare's error, Proxy-Status, the body's type). */
const KEPT_HEADERS = ['x-powered-by', 'proxy-status', 'cf-error-type', 'content-type', 'server', 'cf-ray'];
/** Every probe of `plan` sent to the live deployment at `url`, `concurrency` at a time. */
async function probeLive(config, spec, plan, target) {
    const results = await (0,_http_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .mapBounded */ .y)(plan.probes, spec.concurrency, (probe) => (0,_http_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .sendProbe */ .N)((0,_probe_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .liveRequest */ .E)({ config, spec }, target.url, probe)));
    const probes = plan.probes.map((p, i) => ({ id: p.id, name: p.name, result: storedResult(results[i]) }));
    return { url: target.url, versionId: target.versionId, probes };
}
/** What a verdict needs of an answer, small enough for the run directory (the JSON is parsed again). */
function storedResult(result) {
    const { status, body, error, durationMs, headers } = result;
    const rest = { status, body, error, durationMs };
    if (!headers)
        return rest;
    const kept = Object.fromEntries(KEPT_HEADERS.filter((h) => headers[h] !== undefined).map((h) => [h, headers[h]]));
    return { ...rest, headers: kept };
}
/**
 * The live answers in the plan's order, or why they cannot be compared: the smoke stage's plan must
 * be the one the deploy stage sent (the same config, spec and token), probe for probe.
 */
function answersForPlan(answers, plan) {
    const byId = new Map(answers.probes.map((p) => [p.id, p]));
    const results = [];
    for (const probe of plan.probes) {
        const stored = byId.get(probe.id);
        if (!stored || stored.name !== probe.name)
            return { ok: false, reason: `the live version was probed with another plan (${probe.name} is new)` };
        results.push(withJson(stored.result));
    }
    return { ok: true, results };
}
function withJson(result) {
    if (result.body === undefined || !/json/i.test(result.headers?.['content-type'] ?? ''))
        return result;
    try {
        return { ...result, json: JSON.parse(result.body) };
    }
    catch {
        return result;
    }
}
/** The smoke test's plan, as the smoke stage will build it, or why there is none (never the deploy's failure). */
function livePlan(config) {
    let spec = _smoke_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_SPEC */ .u8;
    if (config.smoke) {
        const loaded = (0,_smoke_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSmokeSpec */ .N)(config.smoke, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(config.smoke, config.workingDirectory));
        if (!loaded.ok)
            return { ok: false, reason: `the smoke spec does not load (${loaded.findings[0]?.message ?? ''})` };
        spec = loaded.spec;
    }
    try {
        return { ok: true, spec, plan: planProbes(config, spec, (0,_gateway_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .readGateway */ .H)(config)) };
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu))
            throw error;
        return { ok: false, reason: error.message };
    }
}
/** The probe plan of a run: every route of the gateway config, with the spec's probes and the token's. */
function planProbes(config, spec, gateway) {
    return (0,_probe_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildProbePlan */ .Sw)(gateway.value, gateway.routeLocations, spec, {
        hasToken: Boolean(config.authToken),
        vars: gateway.vars,
    });
}


/***/ }),

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ buildProbePlan),
/* harmony export */   WW: () => (/* binding */ planRoutes)
/* harmony export */ });
/* unused harmony exports routeKind, routeKey, reachingRequest, concretePath */
/* harmony import */ var _gateway_route_matching_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1427);
/* harmony import */ var _static_response_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7967);


const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Safe values for a parameter segment, tried in order until one reaches the intended route. */
const SAMPLE_VALUES = ['1', 'gate-smoke', 'gate-smoke-1', 'x-gate-probe'];
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function routeKind(route) {
    const integration = isObj(route.integration) ? route.integration : undefined;
    const type = typeof integration?.type === 'string' ? integration.type : undefined;
    if (!type)
        return { kind: 'static' };
    if (type === 'http_proxy' || type === 'http')
        return { kind: 'proxy', server: typeof integration?.server === 'string' ? integration.server : undefined };
    if (type === 'service' || type === 'service_binding')
        return { kind: 'service' };
    return { kind: 'flow', integration: type };
}
function planRoutes(config, locations) {
    const paths = isObj(config) && Array.isArray(config.paths) ? config.paths : [];
    const routes = [];
    paths.forEach((entry, index) => {
        if (!isObj(entry) || typeof entry.method !== 'string' || typeof entry.path !== 'string')
            return;
        const { method, path } = entry;
        const location = locations.get(index);
        routes.push({ index, method, path, ...routeKind(entry), auth: entry.auth === true, location });
    });
    return routes;
}
const routeKey = (r) => `${r.method} ${r.path}`;
function buildProbePlan(config, locations, spec, options) {
    const routes = planRoutes(config, locations);
    const table = new _gateway_route_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .RouteTable */ .gW(routes.map((r) => ({ index: r.index, method: r.method, path: r.path })));
    const byIndex = new Map(routes.map((r) => [r.index, r]));
    const overrides = new Map();
    for (const p of spec.probes)
        if (p.route)
            overrides.set(p.route, [...(overrides.get(p.route) ?? []), p]);
    const plan = { probes: [], skipped: [] };
    let n = 0;
    const context = {
        table,
        entries: isObj(config) && Array.isArray(config.paths) ? config.paths : [],
        spec,
        options,
        overrides,
        add: (probe) => plan.probes.push({ ...probe, id: `p${++n}`, headers: { ...spec.headers, ...probe.headers } }),
        skipNote: (route, reason) => plan.skipped.push({ route: routeKey(route), reason, location: route.location }),
    };
    for (const route of routes)
        planRoute(route, context);
    for (const p of spec.probes) {
        if (p.route) {
            const known = routes.some((r) => routeKey(r) === p.route);
            const reason = 'the smoke spec names a route the gateway config does not have';
            if (!known)
                plan.skipped.push({ route: p.route, reason, location: p.location });
            continue;
        }
        const method = p.method ?? 'GET';
        const hit = table.choose(method, pathname(p.path));
        context.add(fromSpec(p, hit ? byIndex.get(hit.route.index) : undefined, method, p.path, options.hasToken));
    }
    // Which route each request reaches by the gateway's matching, for checking the Worker's own log.
    for (const probe of plan.probes) {
        const hit = table.choose(probe.method, pathname(probe.path));
        const route = hit ? byIndex.get(hit.route.index) : undefined;
        if (route)
            probe.reaches = { method: route.method, path: route.path };
    }
    return plan;
}
/** The probes of one route, or why it has none. */
function planRoute(route, context) {
    const { spec, options, add } = context;
    const key = routeKey(route);
    const skipNote = (reason) => context.skipNote(route, reason);
    if (spec.skip.includes(key))
        return skipNote('skipped by the smoke spec');
    const reached = reachingRequest(route, context.table, spec.params);
    if (!reached)
        return skipNote('no request reaches it (another route wins every sample path, for every method)');
    const { method, path } = reached;
    const custom = context.overrides.get(key);
    if (custom)
        return custom.forEach((p) => add(fromSpec(p, route, method, path, options.hasToken)));
    const base = { route, method, path, name: key, control: false };
    const noToken = () => add({ ...base, name: `${key} · no token`, withToken: false, expect: NO_TOKEN });
    const tokenless = '"auth": true and no auth-token input: probed without a token only';
    if (route.kind === 'static') {
        const entry = context.entries[route.index];
        const json = entry.response !== undefined ? (0,_static_response_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvedResponse */ .Ye)(entry.response, options.vars) : undefined;
        // Without a token an "auth": true route can only show its 401: it is no control then.
        if (!route.auth)
            add({ ...base, withToken: false, expect: { status: [200], json }, control: true });
        else if (options.hasToken)
            add({ ...base, withToken: true, expect: { status: [200], json } });
        if (route.auth)
            noToken();
        if (route.auth && !options.hasToken)
            skipNote(tokenless);
        return;
    }
    if (route.integration === 'auth0_callback') {
        return skipNote(NEEDS_CODE);
    }
    const writes = WRITE_METHODS.has(method) && !spec.write;
    if (route.auth) {
        // Without a token the gateway answers before the upstream: safe for any method.
        noToken();
        if (!options.hasToken)
            return skipNote(tokenless);
        if (writes)
            return skipNote(`${method} changes data: probed without a token only ${WRITE_WITH_TOKEN}`);
        return add({ ...base, withToken: true, expect: { healthy: true }, ...bodyFor(method) });
    }
    if (writes) {
        const only = route.method === 'ANY' ? `only ${method} reaches it (another route wins GET), and it ` : `${method} `;
        return skipNote(`${only}changes data and has no auth to probe safely ${WRITE_OR_PROBE}`);
    }
    add({ ...base, withToken: false, expect: { healthy: true }, ...bodyFor(method) });
}
const NO_TOKEN = { status: [401], authChallenge: true };
const NEEDS_CODE = "the OAuth callback needs a `code` from the identity provider's login: " + 'add a probe with one in the smoke spec';
const WRITE_WITH_TOKEN = '(set write: true in the smoke spec to send it with the token)';
const WRITE_OR_PROBE = '(set write: true in the smoke spec, or add a probe for it)';
const pathname = (path) => path.split(/[?#]/)[0] || '/';
/** Methods tried, in order, for an ANY route: a read first, then the ones that change data. */
const ANY_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** The first request (method and concrete path) that the gateway routes to `route`. */
function reachingRequest(route, table, params) {
    for (const method of route.method === 'ANY' ? ANY_METHODS : [route.method]) {
        const path = concretePath(route, table, params, method);
        if (path)
            return { method, path };
    }
    return undefined;
}
function fromSpec(p, route, method, path, hasToken) {
    const withToken = (p.auth ?? route?.auth ?? false) && hasToken;
    const body = p.body === undefined ? undefined : typeof p.body === 'string' ? p.body : JSON.stringify(p.body);
    const headers = {
        // spread: fetch would send an undefined header as "undefined"
        ...(body !== undefined && typeof p.body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...(p.headers ?? {}),
    };
    const { status, ...rest } = p.expect ?? {};
    const expect = p.expect
        ? { ...rest, status: status === undefined ? undefined : [status].flat() }
        : route?.kind === 'static'
            ? { status: [200] }
            : { healthy: true };
    return {
        name: p.name ?? p.route ?? `${p.method ?? method} ${p.path ?? path}`,
        route,
        method: p.method ?? method,
        path: p.path ?? path,
        headers,
        body,
        withToken,
        expect,
        control: false,
    };
}
function bodyFor(method) {
    return WRITE_METHODS.has(method) && method !== 'DELETE'
        ? { headers: { 'content-type': 'application/json' }, body: '{}' }
        : {};
}
/** A path that the gateway routes to `route` for `method`: parameters and the wildcard filled with safe samples. */
function concretePath(route, table, params, method = route.method === 'ANY' ? 'GET' : route.method) {
    const segments = route.path.split('/');
    const rest = params['.+'] ?? params.proxy;
    // A wildcard also takes two segments, past a `{param}` sibling that wins one.
    const tails = rest !== undefined ? [rest] : ['gate-smoke', 'gate-smoke/1'];
    for (const [sample, tail] of SAMPLE_VALUES.flatMap((v) => tails.map((t) => [v, t]))) {
        const fill = (s) => ((0,_gateway_route_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .isParam */ .Um)(s) ? encodeURIComponent(params[s.slice(1, -1)] ?? sample) : s);
        const filled = segments.map((s) => ((0,_gateway_route_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .isWildcard */ .z2)(s) ? tail : fill(s)));
        const path = filled.join('/') || '/';
        if (table.choose(method, path)?.route.index === route.index)
            return path;
    }
    return undefined;
}


/***/ }),

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ liveRequest),
/* harmony export */   O: () => (/* binding */ probeRequest)
/* harmony export */ });
/* harmony import */ var _tail_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6690);

const USER_AGENT = 'gateway-deploy-gate (smoke test)';
const VERSION_OVERRIDE = 'cloudflare-workers-version-overrides';
/** The request for `probe` at `url`; `probeId` tags it for the Worker's trace event (none: untagged). */
function probeRequest(settings, url, probe, probeId) {
    const { config, spec, runId, versionOverride } = settings;
    // Spread, not set to undefined: fetch would send an undefined header value as "undefined".
    const headers = {
        'user-agent': USER_AGENT,
        accept: 'application/json',
        ...(runId ? { [_tail_session_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_HEADER */ .en]: runId } : {}),
        ...(versionOverride ? { [VERSION_OVERRIDE]: versionOverride } : {}),
        ...probe.headers,
        ...(probeId !== undefined ? { [_tail_session_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_HEADER */ .Py]: probeId } : {}),
        ...(probe.withToken && config.authToken ? { authorization: `Bearer ${config.authToken}` } : {}),
    };
    return { url: url + probe.path, method: probe.method, headers, body: probe.body, timeoutMs: spec.timeoutMs };
}
/** The same probe sent to the live version: no run, probe or version-override header. */
function liveRequest(settings, url, probe) {
    return probeRequest({ config: settings.config, spec: settings.spec }, url, probe);
}


/***/ }),

/***/ 4780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ diagnoseNetworkError),
/* harmony export */   C5: () => (/* binding */ parseProxyStatus),
/* harmony export */   I9: () => (/* binding */ looksLikeNetworkFailure),
/* harmony export */   Qd: () => (/* binding */ categoryOf),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   hT: () => (/* binding */ typeOfWorkerException),
/* harmony export */   jo: () => (/* binding */ typeOfEdgeStatus)
/* harmony export */ });
/* unused harmony export PROXY_ERROR_TYPES */
const PROXY_ERROR_TYPES = [
    'dns_timeout',
    'dns_error',
    'destination_not_found',
    'destination_unavailable',
    'destination_ip_prohibited',
    'destination_ip_unroutable',
    'connection_refused',
    'connection_terminated',
    'connection_timeout',
    'connection_read_timeout',
    'connection_write_timeout',
    'connection_limit_reached',
    'tls_protocol_error',
    'tls_certificate_error',
    'tls_alert_received',
    'http_request_error',
    'http_request_denied',
    'http_response_incomplete',
    'http_response_header_section_size',
    'http_response_header_size',
    'http_response_body_size',
    'http_response_trailer_section_size',
    'http_response_trailer_size',
    'http_response_transfer_coding',
    'http_response_content_coding',
    'http_response_timeout',
    'http_upgrade_failed',
    'http_protocol_error',
    'proxy_internal_response',
    'proxy_internal_error',
    'proxy_configuration_error',
    'proxy_loop_detected',
    'rate_limited',
];
const CLIENT = new Set([
    'connection_read_timeout',
    'connection_write_timeout',
    'rate_limited',
    'proxy_configuration_error',
    'proxy_loop_detected',
]);
const INTERNAL = new Set(['proxy_internal_error', 'proxy_internal_response']);
/**
 * Who must act, as Workers VPC sorts the types: the deployer (client), the platform (internal),
 * else the backend or its network. A DNS error is the deployer's when the name does not exist.
 */
function categoryOf(type, detail) {
    if (type === 'dns_error' && detail?.nxdomain)
        return 'client';
    if (CLIENT.has(type))
        return 'client';
    if (INTERNAL.has(type))
        return 'internal';
    return 'bad_upstream';
}
/** Node's fetch rejects with `TypeError('fetch failed')`; the real error is down the `cause` chain. */
function errorChain(error, depth = 0) {
    if (depth > 8 || error === null || error === undefined)
        return [];
    if (typeof error !== 'object')
        return [{ name: 'Error', message: String(error) }];
    const e = error;
    const link = {
        name: String(e.name ?? 'Error'),
        message: String(e.message ?? ''),
        code: typeof e.code === 'string' ? e.code : undefined,
    };
    const nested = Array.isArray(e.errors) ? e.errors.flatMap((inner) => errorChain(inner, depth + 1)) : [];
    return [link, ...nested, ...errorChain(e.cause, depth + 1)];
}
const TLS_CERT_CODES = [
    'CERT_',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'HOSTNAME_MISMATCH',
];
const TLS_CERT = new RegExp(`^(${TLS_CERT_CODES.join('|')})`);
/** The RFC 9209 type of a client-side network failure, from its cause chain. */
function diagnoseNetworkError(chain, options = {}) {
    for (const link of chain) {
        const code = link.code ?? '';
        if (code === 'ENOTFOUND')
            return { type: 'dns_error', code, nxdomain: true };
        if (code === 'EAI_AGAIN')
            return { type: 'dns_timeout', code };
        if (code === 'ECONNREFUSED')
            return { type: 'connection_refused', code };
        if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
            return { type: 'destination_ip_unroutable', code };
        if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
            return { type: 'connection_timeout', code };
        if (code === 'UND_ERR_HEADERS_TIMEOUT')
            return { type: 'connection_read_timeout', code, afterConnect: true };
        if (code === 'UND_ERR_BODY_TIMEOUT')
            return { type: 'http_response_incomplete', code, afterConnect: true };
        if (TLS_CERT.test(code))
            return { type: 'tls_certificate_error', code };
        if (code === 'EPROTO' || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS'))
            return { type: 'tls_protocol_error', code };
        if (code.startsWith('HPE_'))
            return { type: 'http_protocol_error', code };
        if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
            return options.connected
                ? { type: 'http_response_incomplete', code, afterConnect: true }
                : { type: 'connection_terminated', code };
        }
    }
    for (const link of chain) {
        if (link.name === 'TimeoutError' || link.name === 'AbortError') {
            return options.connected
                ? { type: 'connection_read_timeout', code: link.name, afterConnect: true }
                : { type: 'connection_timeout', code: link.name };
        }
        if (/terminated|other side closed/i.test(link.message))
            return { type: options.connected ? 'http_response_incomplete' : 'connection_terminated', code: link.message };
    }
    return undefined;
}
/** `Proxy-Status: cloudflare; error=connection_refused; details="…", next` (an RFC 8941 list). */
function parseProxyStatus(header) {
    if (!header)
        return [];
    const entries = [];
    for (const member of header.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
        const [proxy, ...params] = member.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((p) => p.trim());
        if (!proxy)
            continue;
        const entry = { proxy: proxy.replace(/^"|"$/g, '') };
        for (const param of params) {
            const eq = param.indexOf('=');
            const key = eq < 0 ? param : param.slice(0, eq);
            const value = eq < 0 ? '' : param.slice(eq + 1).replace(/^"|"$/g, '');
            if (key === 'error')
                entry.error = value;
            else if (key === 'details')
                entry.details = value;
        }
        entries.push(entry);
    }
    return entries;
}
/** Cloudflare's statuses for a failed origin leg, as the gateway passes them through. */
function typeOfEdgeStatus(status, body = '') {
    switch (status) {
        case 520:
            return 'http_response_incomplete';
        case 521:
            return 'connection_refused';
        case 522:
            return 'connection_timeout';
        case 523:
            return 'destination_ip_unroutable';
        case 524:
            return 'connection_read_timeout';
        case 525:
            return 'tls_protocol_error';
        case 526:
            return 'tls_certificate_error';
        case 530:
            return /1016/.test(body) ? 'dns_error' : 'destination_unavailable';
        default:
            return undefined;
    }
}
/** A Worker's fetch failure, from its exception message. Undefined when the message does not say. */
function typeOfWorkerException(message) {
    const vpc = /ProxyError:\s*([a-z_]+)/.exec(message);
    if (vpc && PROXY_ERROR_TYPES.includes(vpc[1]))
        return vpc[1];
    if (/Network connection lost/i.test(message))
        return 'connection_terminated';
    if (/DNS lookup failed|could not resolve|ENOTFOUND/i.test(message))
        return 'dns_error';
    if (/certificate/i.test(message))
        return 'tls_certificate_error';
    if (/TLS|SSL|handshake/i.test(message))
        return 'tls_protocol_error';
    if (/timed? ?out/i.test(message))
        return 'connection_timeout';
    if (/refused/i.test(message))
        return 'connection_refused';
    return undefined;
}
/** Messages of a failed subrequest, as opposed to a bug in the Worker's own code. */
function looksLikeNetworkFailure(message) {
    return (typeOfWorkerException(message) !== undefined ||
        /internal error; reference|fetch failed|connect|socket|network/i.test(message));
}


/***/ }),

/***/ 7658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ loadSmokeSpec),
/* harmony export */   Up: () => (/* binding */ unknownSpecRoutes),
/* harmony export */   u8: () => (/* binding */ DEFAULT_SPEC)
/* harmony export */ });
/* unused harmony exports SMOKE_SPEC_SCHEMA, parseSmokeSpec */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);
// The smoke spec (`smoke` input): a YAML or JSON file that tunes the probes and adds or overrides
// them. Checked with ajv; a mistake is a finding on its line, never a crash.





const DEFAULT_SPEC = {
    timeoutMs: 10_000,
    concurrency: 32,
    propagationMs: 60_000,
    headers: {},
    params: {},
    write: false,
    skip: [],
    probes: [],
};
const expectSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        status: {
            oneOf: [
                { type: 'integer', minimum: 100, maximum: 599 },
                { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
            ],
        },
        json: {},
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        bodyContains: { type: 'string' },
    },
};
/** The spec's JSON Schema, as the README documents it. */
const SMOKE_SPEC_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        timeout: { type: ['string', 'number'], description: 'per probe: 10s, 1500ms or seconds' },
        concurrency: { type: 'integer', minimum: 1, maximum: 256 },
        propagation: { type: ['string', 'number'], description: 'how long propagation-like failures are retried' },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        params: { type: 'object', additionalProperties: { type: 'string' } },
        write: { type: 'boolean' },
        skip: { type: 'array', items: { type: 'string', pattern: '^[A-Z]+ /' } },
        probes: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    route: { type: 'string', pattern: '^[A-Z]+ /' },
                    name: { type: 'string' },
                    method: { type: 'string', pattern: '^[A-Z]+$' },
                    path: { type: 'string', pattern: '^/' },
                    headers: { type: 'object', additionalProperties: { type: 'string' } },
                    body: {},
                    auth: { type: 'boolean' },
                    expect: expectSchema,
                },
                anyOf: [{ required: ['route'] }, { required: ['path'] }],
            },
        },
    },
};
const specFinding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .findingFactory */ ._2)('smoke', 'probe', { owned: true });
function loadSmokeSpec(file, display) {
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file, 4 * 1024 * 1024);
    if (!read.ok) {
        const fix = 'Point the `smoke` input at a YAML or JSON smoke spec, relative to `working-directory`.';
        const where = read.reason === 'missing' ? undefined : { file: display, line: read.line ?? 1 };
        return {
            ok: false,
            findings: [
                specFinding('smoke_spec_unreadable', 'error', `smoke spec ${display} ${read.detail}`, fix, { location: where }),
            ],
        };
    }
    return parseSmokeSpec(read.text, display);
}
/** JSON is YAML, so one parser reads both and gives every node's position. */
function parseSmokeSpec(text, display) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const pos = lines.linePos(offset);
        return { file: display, line: pos.line, column: pos.col };
    };
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        return {
            ok: false,
            findings: [
                specFinding('smoke_spec_syntax', 'error', `smoke spec ${display} is not valid YAML/JSON: ${error.message.split('\n')[0]}`, 'Fix the syntax at this position.', { location: at(error.pos[0]) }),
            ],
        };
    }
    let value;
    try {
        value = doc.toJS();
    }
    catch (error) {
        // yaml refuses aliases that expand past its limit (a "billion laughs" bomb): the spec's fault.
        const alias = firstAlias(doc);
        const message = `smoke spec ${display}: ${error instanceof Error ? error.message : String(error)}`;
        const fix = 'Write the values out instead of nesting aliases (*name) that multiply.';
        const where = alias !== undefined ? at(alias) : { file: display, line: 1 };
        return { ok: false, findings: [specFinding('smoke_spec_invalid', 'error', message, fix, { location: where })] };
    }
    const ajv = new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(SMOKE_SPEC_SCHEMA);
    if (!validate(value ?? {}))
        return { ok: false, findings: schemaFindings(validate.errors ?? [], doc, at, display) };
    return specOf((value ?? {}), doc, at, display);
}
/** The schema's complaints, each on the node it is about (at most 20). */
function schemaFindings(errors, doc, at, display) {
    return errors.slice(0, 20).map((e) => {
        const segments = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
        // An unknown key is on its own line, not its parent's.
        const unknown = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        const node = (unknown !== undefined ? keyNode(doc, segments, unknown) : undefined) ??
            doc.getIn(segments, true);
        const what = e.keyword === 'additionalProperties'
            ? `unknown key "${String(e.params.additionalProperty)}"`
            : (e.message ?? 'is invalid');
        return specFinding('smoke_spec_invalid', 'error', `smoke spec ${display}${e.instancePath ? ` at ${e.instancePath}` : ''}: ${what}`, 'See the README\'s "Smoke spec" section for the keys and their types.', {
            location: node?.range ? at(node.range[0]) : { file: display, line: 1 },
        });
    });
}
/** The spec from a value the schema accepted: durations checked, probes located. */
function specOf(raw, doc, at, display) {
    const durations = [
        ['timeout', 'timeoutMs'],
        ['propagation', 'propagationMs'],
    ];
    const spec = { ...DEFAULT_SPEC, headers: {}, params: {}, skip: [], probes: [] };
    for (const [key, field] of durations) {
        if (raw[key] === undefined)
            continue;
        const ms = typeof raw[key] === 'number' ? raw[key] * 1000 : (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(String(raw[key]));
        if (ms !== undefined && ms > MAX_DURATION_MS[key]) {
            const node = doc.getIn([key], true);
            const limit = formatLimit(MAX_DURATION_MS[key]);
            const message = `smoke spec ${display}: ${key} must be at most ${limit}; got ${JSON.stringify(raw[key])}`;
            const where = node?.range ? at(node.range[0]) : undefined;
            const fix = `Write a duration up to ${limit}.`;
            return { ok: false, findings: [specFinding('smoke_spec_invalid', 'error', message, fix, { location: where })] };
        }
        if (ms === undefined || ms <= 0) {
            const node = doc.getIn([key], true);
            return {
                ok: false,
                findings: [
                    specFinding('smoke_spec_invalid', 'error', `smoke spec ${display}: ${key} must be a duration such as 10s or 1500ms; got ${JSON.stringify(raw[key])}`, 'Write a duration: 10s, 1500ms, 2m or plain seconds.', {
                        location: node?.range ? at(node.range[0]) : undefined,
                    }),
                ],
            };
        }
        spec[field] = ms;
    }
    if (typeof raw.concurrency === 'number')
        spec.concurrency = raw.concurrency;
    if (raw.headers)
        spec.headers = raw.headers;
    if (raw.params)
        spec.params = raw.params;
    if (typeof raw.write === 'boolean')
        spec.write = raw.write;
    if (Array.isArray(raw.skip))
        spec.skip = raw.skip;
    if (Array.isArray(raw.probes)) {
        spec.probes = raw.probes.map((p, i) => {
            const node = doc.getIn(['probes', i], true);
            const route = doc.getIn(['probes', i, 'route'], true);
            const located = { ...p, location: node?.range ? at(node.range[0]) : undefined };
            return route?.range ? { ...located, routeLocation: at(route.range[0]) } : located;
        });
    }
    return { ok: true, spec };
}
/**
 * Spec probes that replace a config route (`route: GET /users/{id}`) the config does not have:
 * the probe would silently never run, so each is an error on its line naming the route.
 */
function unknownSpecRoutes(spec, routes, display) {
    const known = routes.map((r) => `${r.method} ${r.path}`);
    const some = known.slice(0, 5).join(', ') + (known.length > 5 ? ', …' : '');
    return spec.probes
        .filter((p) => p.route !== undefined && !known.includes(p.route))
        .map((p) => {
        const message = `smoke spec ${display}: probe route "${p.route}" is not a route of the gateway config`;
        const fix = known.length
            ? `Name a route as the config writes it (\`METHOD /path\`: ${some}), or give the probe a \`path\` instead.`
            : 'The gateway config has no routes: give the probe a `path` instead.';
        return specFinding('smoke_spec_unknown_route', 'error', message, fix, {
            location: p.routeLocation ?? p.location ?? { file: display, line: 1 },
        });
    });
}
/** Upper bounds: a probe or a retry window longer than these is a typo (and Node's timers stop at 24.8 days). */
const MAX_DURATION_MS = { timeout: 10 * 60_000, propagation: 60 * 60_000 };
const formatLimit = (ms) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${ms / 60_000}m`);
function keyNode(doc, segments, name) {
    const map = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(map))
        return undefined;
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && String(p.key.value) === name);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair?.key) ? pair.key : undefined;
}
function firstAlias(doc) {
    let offset;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(doc, {
        Alias(_, node) {
            offset = node.range?.[0];
            return yaml__WEBPACK_IMPORTED_MODULE_0__.visit.BREAK;
        },
    });
    return offset;
}


/***/ }),

/***/ 7967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ PRESENT),
/* harmony export */   Ge: () => (/* binding */ describeExpected),
/* harmony export */   Ye: () => (/* binding */ resolvedResponse)
/* harmony export */ });
// What a static route answers once the gateway has resolved the references in it. The gateway
// (ValueMapper.replaceEnvAndSecrets) replaces a string value that *starts with* `$env.` by the
// Worker variable named by the rest of the string, and `$secret.`/`$secrets.` by the secret, at
// load time, anywhere in the config; `$config.X` and references inside a longer string stay
// literal. An unset name becomes "". Pure: the response and the deployed vars in, the answer out.
/** A value the gate cannot know (a secret, or a var it could not read): it must only be present. */
const PRESENT = Symbol('present');
/**
 * The JSON the gateway answers for `response`, with each reference resolved from `vars` (the
 * wrangler config's vars of the deployed environment). Undefined `vars`: the gate could not read
 * them, so every `$env` value is only required to be present.
 */
function resolvedResponse(response, vars) {
    if (typeof response === 'string')
        return resolveString(response, vars);
    if (Array.isArray(response))
        return response.map((item) => resolvedResponse(item, vars));
    if (response !== null && typeof response === 'object') {
        return Object.fromEntries(Object.entries(response).map(([key, value]) => [key, resolvedResponse(value, vars)]));
    }
    return response;
}
function resolveString(value, vars) {
    if (value.startsWith('$secret.') || value.startsWith('$secrets.'))
        return PRESENT;
    if (!value.startsWith('$env.'))
        return value;
    const name = value.slice('$env.'.length);
    // Not a var: a secret (unknown to the gate) or unset (""): either way only its presence is sure.
    if (!vars || !Object.prototype.hasOwnProperty.call(vars, name))
        return PRESENT;
    const resolved = vars[name];
    return resolved === null || resolved === undefined ? '' : resolved;
}
/** For messages: the expected JSON with unknown values shown as a placeholder, never a value. */
function describeExpected(expected) {
    const text = JSON.stringify(expected, (_key, value) => (value === PRESENT ? '<any value>' : value));
    return text ?? String(expected);
}


/***/ }),

/***/ 6690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ logLines),
/* harmony export */   Py: () => (/* binding */ PROBE_HEADER),
/* harmony export */   Ve: () => (/* binding */ TailSession),
/* harmony export */   en: () => (/* binding */ RUN_HEADER),
/* harmony export */   rR: () => (/* binding */ headerOf)
/* harmony export */ });
/* harmony import */ var _cloudflare_account_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(248);
/* harmony import */ var _cloudflare_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9251);
// The Worker's own logs for each probe: a tail session opened through Cloudflare's API (the one
// `wrangler tail` opens: POST …/tails, then its WebSocket on `trace-v1`), filtered on the run's
// probe header, from before the first probe until the last event arrived, then deleted. The gate
// opens it itself because `wrangler tail` costs a second of CPU to start before it even connects.


const RUN_HEADER = 'x-gate-run';
const PROBE_HEADER = 'x-gate-probe';
/** How long stop() waits for the socket to close and the session to be deleted. */
const STOP_MS = 5_000;
/** A connection Cloudflare drops is opened again, as `wrangler tail` does, this many times (1, 2, 4 … s apart). */
const RECONNECTS = 5;
class TailSession {
    events = [];
    /** Events by their `x-gate-probe` header: the final wait asks for every probe's event. */
    byProbe = new Map();
    waiters = new Set();
    onEvent;
    keep;
    api;
    socket;
    /** The session's API path, for the DELETE that ends it. */
    session;
    problem;
    reconnects = 0;
    retry;
    /** The newest connection attempt, which stop() lets finish so that its session is deleted too. */
    pending;
    /** The delete of a dropped session, which stop() awaits. */
    deleting;
    path = '';
    filters = [];
    closed = false;
    stopping = false;
    stopped;
    opened;
    constructor(options) {
        this.onEvent = options.onEvent;
        this.keep = options.keep ?? true;
        this.api = options.api;
        this.opened = this.open(options).catch((error) => this.fail(error.message));
    }
    /** Why there are no logs, when the tail could not open or closed on its own. */
    get failure() {
        return this.problem;
    }
    /** Resolves true once the tail streams (false when it failed, or still had not after `timeoutMs`). */
    connected(timeoutMs) {
        return settledWithin(this.opened, timeoutMs, false);
    }
    all() {
        return this.events;
    }
    /** The event of the request that carried `x-gate-probe: <id>`. */
    eventFor(probeId) {
        return this.byProbe.get(probeId);
    }
    /** Resolves when `ready()` holds or after `timeoutMs`, whichever is first. */
    async waitUntil(ready, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        while (!ready()) {
            const left = deadline - Date.now();
            if (left <= 0 || this.closed)
                return ready();
            await new Promise((resolve) => {
                const timer = setTimeout(done, left);
                function done() {
                    clearTimeout(timer);
                    resolve();
                }
                this.waiters.add(done);
            });
        }
        return true;
    }
    /** Closes the socket and deletes the session at Cloudflare, bounded; once. */
    stop() {
        this.stopped ??= this.stopOnce();
        return this.stopped;
    }
    async open(options) {
        const accountId = options.account.id ?? (await this.accountOf(options.account.choice));
        if (!accountId)
            return false;
        this.path = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(options.workerName)}/tails`;
        this.filters = options.runId === undefined ? [] : [{ header: { key: RUN_HEADER, query: options.runId } }];
        this.pending = this.connect();
        return this.pending;
    }
    /** A new session and its socket; resolves true once it streams. */
    async connect() {
        const created = await (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiRequest */ .AT)(this.api, this.path, {
            method: 'POST',
            body: { filters: this.filters },
        });
        if (!created.ok)
            return this.fail(`Cloudflare did not open a tail: ${created.message}`);
        this.session = `${this.path}/${created.result.id}`;
        if (this.stopping)
            return false;
        const socket = new (await socketClass())(created.result.url, 'trace-v1');
        this.socket = socket;
        socket.binaryType = 'arraybuffer';
        return new Promise((resolve) => {
            socket.onopen = () => {
                // As wrangler does: the session streams once the client says whether it wants debug events.
                socket.send(JSON.stringify({ debug: false }));
                resolve(true);
            };
            socket.onmessage = (message) => this.take(message.data);
            socket.onerror = () => undefined; // the close that follows says it
            socket.onclose = (event) => {
                resolve(false);
                this.closedBy(event);
            };
        });
    }
    /** Cloudflare ending the session (1000) ends the tail; a dropped connection is opened again, bounded. */
    closedBy(event) {
        if (!this.stopping && event.code !== 1000 && this.reconnects < RECONNECTS) {
            // The dropped session is deleted now, so a stop() during the wait has nothing to close or delete.
            if (this.session)
                this.deleting = (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiRequest */ .AT)(this.stopApi(), this.session, { method: 'DELETE' });
            this.session = undefined;
            this.socket = undefined;
            const again = () => this.connect().catch((error) => this.fail(error.message));
            this.retry = setTimeout(() => (this.pending = again()), 1000 * 2 ** this.reconnects++);
            return;
        }
        if (!this.stopping)
            this.problem ??= `the tail closed (${event.code}${event.reason ? ` ${event.reason}` : ''})`;
        this.closed = true;
        this.wake();
    }
    async accountOf(choice) {
        const resolved = await (0,_cloudflare_account_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveAccount */ .u1)(this.api, choice ?? {});
        if (resolved.ok)
            return resolved.account.id;
        this.fail(resolved.answer && !resolved.answer.ok
            ? `the account could not be read: ${resolved.answer.message}`
            : 'no account is named and the token reaches more than one');
        return undefined;
    }
    fail(why) {
        if (!this.stopping)
            this.problem ??= why;
        this.closed = true;
        this.wake();
        return false;
    }
    async stopOnce() {
        this.stopping = true;
        clearTimeout(this.retry);
        await this.connected(STOP_MS); // a session still being opened is deleted too
        if (this.pending)
            await settledWithin(this.pending, STOP_MS, false);
        const socket = this.socket;
        if (socket && !this.closed) {
            const closing = this.waitUntil(() => this.closed, STOP_MS);
            socket.close(1000);
            await closing;
        }
        this.closed = true;
        this.wake();
        // Cloudflare ends an abandoned session on its own: a failed delete is not worth a retry.
        if (this.session)
            await (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiRequest */ .AT)(this.stopApi(), this.session, { method: 'DELETE' });
        await this.deleting;
    }
    stopApi() {
        return { ...this.api, timeoutMs: Math.min(this.api.timeoutMs, STOP_MS), budgetMs: STOP_MS };
    }
    wake() {
        for (const waiter of [...this.waiters])
            waiter();
        this.waiters.clear();
    }
    /** Each message is one trace event. */
    take(data) {
        const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
        let event;
        try {
            event = JSON.parse(text);
        }
        catch {
            return; // not an event
        }
        this.onEvent?.(event);
        if (this.keep) {
            this.events.push(event);
            const probe = headerOf(event, PROBE_HEADER);
            if (probe !== undefined && !this.byProbe.has(probe))
                this.byProbe.set(probe, event);
        }
        this.wake();
    }
}
/** `promise`, or `late` after `ms`; the timer is cleared either way (a pending one keeps the gate's process alive). */
function settledWithin(promise, ms, late) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(late), ms)));
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** Node 22 and newer have a WebSocket client built in; Node 20 gets undici's, the same code. */
async function socketClass() {
    const builtIn = globalThis.WebSocket;
    if (builtIn)
        return builtIn;
    return (await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19))).WebSocket;
}
function headerOf(event, name) {
    const headers = event.event?.request?.headers ?? {};
    for (const [key, value] of Object.entries(headers))
        if (key.toLowerCase() === name)
            return value;
    return undefined;
}
/** A log entry as one line: `[ERROR] Error processing request {"message":"…"}`. */
function logLines(event) {
    return (event?.logs ?? []).map((log) => (log.message ?? []).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
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

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readWorkerTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3383);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(630);
/* harmony import */ var _wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1581);
/* harmony import */ var _wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9061);
// The Worker a stage acts on: the wrangler config with positions, resolved for the environment.
// Deploy, smoke and rollback each run as their own step, so each reads it again (milliseconds).







function readWorkerTarget(config, stage) {
    const file = (0,_wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWranglerConfig */ .Xe)(config);
    const fail = (message, line) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu({
            stage,
            layer: 'config',
            code: 'wrangler_config_unusable',
            severity: 'error',
            message,
            fix: "Point `wrangler-config` at the Worker's wrangler config (preflight reports what is wrong with it).",
            location: file && line ? { file: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory), line } : undefined,
        });
    };
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return fail(`no wrangler config in ${config.workingDirectory}: the ${stage} stage needs the Worker's name and environment`);
    const display = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory);
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file, 1024 * 1024);
    if (!read.ok)
        return fail(`wrangler config ${display} ${read.detail}`);
    const loaded = (0,_wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadWranglerSource */ .Y)(file, display, read.text);
    if (!loaded.ok)
        return fail(`${display} cannot be parsed: ${loaded.message}`, loaded.location.line);
    return { source: loaded.source, worker: (0,_environments_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveEnvironment */ .g9)(loaded.source.raw, config.environment) };
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


/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

};
