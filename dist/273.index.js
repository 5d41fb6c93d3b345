export const id = 273;
export const ids = [273];
export const modules = {

/***/ 2273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gk: () => (/* binding */ finding),
  p0: () => (/* binding */ locateConfig),
  XN: () => (/* binding */ textSha256),
  Ik: () => (/* binding */ validateConfigText)
});

// UNUSED EXPORTS: CONFIG_CANDIDATES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/json/jsonc.ts
var jsonc = __webpack_require__(7197);
// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/json/value-scan.ts
var value_scan = __webpack_require__(5037);
;// CONCATENATED MODULE: ./src/json/duplicate-keys.ts
// A key written twice in one object: JSON.parse (and so the gateway) keeps the last and drops the
// first without a word. A cheap count decides whether to look (members in the text against keys
// in the parsed value); only a config that has duplicates pays for the positions.



/**
 * Every key that repeats an earlier key of the same object, in the order written. `keys`: the
 * keys in the value, when the caller has counted them (validate does, in the walk it makes anyway).
 */
function findDuplicateKeys(text, value, keys) {
    const inValue = keys ?? (0,value_scan/* scanValue */.j)(value, json_source/* MAX_DEPTH */.lr).keys;
    // The text writes at least as many members as the value keeps; the same number means no duplicate.
    // The native count settles nearly every config; the exact pass over the text, the rest.
    if ((0,json_source/* countMembersAtLeast */.lz)(text) === inValue || (0,json_source/* scanJsonText */.jN)(text, Infinity).members === inValue)
        return [];
    const found = [];
    const objects = [];
    jsonc/* jsonc */.M.visit(text, {
        onObjectBegin: () => void objects.push(new Map()),
        onObjectEnd: () => void objects.pop(),
        onObjectProperty: (key, offset, length) => {
            const seen = objects[objects.length - 1];
            const first = seen?.get(key);
            if (first !== undefined)
                found.push({ key, range: (0,json_source/* rangeAt */.B3)(text, offset, length), firstLine: (0,json_source/* rangeAt */.B3)(text, first, 1).line });
            else
                seen?.set(key, offset);
        },
    });
    return found;
}

// EXTERNAL MODULE: ./src/gateway/schema-source.ts + 1 modules
var schema_source = __webpack_require__(9738);
// EXTERNAL MODULE: ./src/gateway/schema-messages.ts + 1 modules
var schema_messages = __webpack_require__(7722);
// EXTERNAL MODULE: ./src/gateway/substitution.ts
var substitution = __webpack_require__(7325);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/wrangler/gateway-hosts.ts
function gatewayHostsOf(raw) {
    const workerNames = [];
    const hosts = [];
    const topName = typeof raw.name === 'string' ? raw.name : undefined;
    const collect = (section, name) => {
        if (name)
            workerNames.push(name.toLowerCase());
        const routes = [section.route, ...(Array.isArray(section.routes) ? section.routes : [])];
        for (const route of routes) {
            const pattern = typeof route === 'string' ? route : route?.pattern;
            if (typeof pattern === 'string')
                hosts.push(hostOfPattern(pattern));
        }
    };
    collect(raw, topName);
    const envs = raw.env && typeof raw.env === 'object' ? raw.env : {};
    for (const [envName, section] of Object.entries(envs)) {
        if (!section || typeof section !== 'object')
            continue;
        const s = section;
        collect(s, typeof s.name === 'string' ? s.name : topName ? `${topName}-${envName}` : undefined);
    }
    return { workerNames: [...new Set(workerNames)], hosts: [...new Set(hosts.filter(Boolean))] };
}
function hostOfPattern(pattern) {
    return pattern
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .split(':')[0]
        .toLowerCase();
}
function pointsAtGateway(hostname, gateway) {
    const host = hostname.toLowerCase();
    if (gateway.workerNames.some((name) => host === `${name}.workers.dev` ||
        (host.startsWith(`${name}.`) && host.endsWith('.workers.dev') && host.split('.').length === 4))) {
        return true;
    }
    return gateway.hosts.some((h) => h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h);
}

;// CONCATENATED MODULE: ./src/gateway/server-urls.ts

const PRIVATE_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;
/** RFC 6761/6762 names the public DNS never delegates: the edge cannot resolve them. */
const NEVER_RESOLVES = /(?:^|\.)(invalid|localhost|test|example|local)\.?$/i;
/** RFC 2606 documentation domains: they resolve, to IANA's example page, not to an API. */
const DOCUMENTATION = /(?:^|\.)example\.(?:com|net|org)\.?$/i;
/** The one problem of `url`, most certain first; undefined when the edge can use it. */
function serverUrlProblem(url, gatewayHosts) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        const fix = 'a full URL with scheme and host, like "https://<upstream host>/v1"';
        return problem('invalid_server_url', 'error', 'is not an absolute URL', `Use ${fix}.`, fix);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        const says = `uses ${parsed.protocol}; the gateway can only proxy to http(s)`;
        return problem('invalid_server_url', 'error', says, 'Use an https:// URL.', 'an https:// URL');
    }
    if (gatewayHosts && pointsAtGateway(parsed.hostname, gatewayHosts)) {
        return problem('server_points_to_gateway', 'error', 'points at this gateway itself: every proxied request would loop (Cloudflare error 1019/1042)', 'Point the server at the real upstream, or use a service binding to call another Worker.', "the real upstream's URL (a service binding calls another Worker)");
    }
    return hostProblem(url, parsed);
}
function hostProblem(url, parsed) {
    const host = parsed.hostname;
    const tld = host === 'localhost' ? undefined : NEVER_RESOLVES.exec(host)?.[1]?.toLowerCase();
    if (tld) {
        return problem('unresolvable_server_host', 'error', `is under .${tld}, a special-use name (RFC ${tld === 'local' ? '6762' : '6761'})` +
            ' that public DNS never resolves: every proxied request fails on the edge', "Use the upstream's public hostname, and an $env.X reference if it differs per environment.", "the upstream's public URL");
    }
    if (PRIVATE_HOST.test(host)) {
        return problem('private_server_url', 'warning', 'is a local or private address the Cloudflare edge cannot reach', "Use the upstream's public URL here, and an $env.X reference if it differs per environment.", "the upstream's public URL (a local address answers only under wrangler dev)");
    }
    if (parsed.protocol === 'http:') {
        const https = `"https://${url.slice('http://'.length)}"`;
        const says = 'is plain http: requests and tokens cross the internet unencrypted';
        return problem('insecure_server_url', 'warning', says, `Use ${https}.`, https);
    }
    if (DOCUMENTATION.test(host)) {
        return problem('placeholder_server_url', 'warning', "is on a documentation domain (RFC 2606): it resolves to IANA's example page, not to an API;" +
            ' a placeholder left in the config?', "Use the real upstream's URL (an $env.X reference if it differs per environment).", "the real upstream's URL");
    }
    return undefined;
}
function problem(code, severity, predicate, literalFix, valueFix) {
    return { code, severity, predicate, literalFix, valueFix };
}
/** The finding's words for a URL a var gives a server: on the var's line, naming the server and reference. */
function varUrlMessage(source, found) {
    const server = `server ${source.alias === undefined ? `servers[${source.index}]` : JSON.stringify(source.alias)}`;
    const what = `${source.name} = ${JSON.stringify(source.value)} in ${source.table}` +
        ` (the url of ${server}: ${source.raw} at ${source.rawAt})`;
    const elsewhere = source.otherEnvironments.length > 0
        ? `, or deploy an environment that sets it (\`environment\` input: ${source.otherEnvironments.join(', ')})`
        : '';
    return {
        message: `${what} ${found.predicate}`,
        fix: `Set ${source.name} in ${source.table} to ${found.valueFix}${elsewhere}.`,
    };
}

// EXTERNAL MODULE: ./src/gateway/route-matching.ts
var route_matching = __webpack_require__(1427);
;// CONCATENATED MODULE: ./src/gateway/semantic-checks.ts
// What the schema cannot say: cross-references between parts of the config, routes the
// gateway's matching can never choose, URLs and references that fail only at runtime.







const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
const ptr = (...segs) => (0,json_source.toPointer)(segs);
const REFERENCE = /^\$(env|secrets?)\.(.*)$/s;
const REFERENCE_INSIDE = /\$(?:env|secrets?)\.[A-Za-z_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CATCH_ALL = `/${route_matching/* WILDCARD */.bs}`;
/**
 * A path `checkPathSyntax` has nothing to say about: from the root, every segment non-empty and
 * either without braces or a well-formed {param}, {.+} only last.
 */
const PLAIN_PATH = /^(?:\/(?:[^/{}]+|\{[A-Za-z_][\w-]*\}))*(?:\/\{\.\+\})?$/;
/** The mapping templates the gateway resolves per request (anything else is dropped). */
const MAPPING_TEMPLATE = /\$(request\.header|request\.jwt|config|request\.query)\.([a-zA-Z0-9-_.]+)/;
const AUTH0_INTEGRATIONS = new Set(['auth0_callback', 'auth0_userinfo', 'auth0_callback_redirect', 'auth0_refresh']);
const SUPABASE_INTEGRATIONS = new Set([
    'supabase_passwordless_auth',
    'supabase_passwordless_verify',
    'supabase_passwordless_auth_alt',
]);
function checkSemantics(config, ctx) {
    const issues = [];
    const strings = ctx.strings ?? (0,value_scan/* scanValue */.j)(config, json_source/* MAX_DEPTH */.lr, substitution/* mayHoldReference */._m).strings;
    const references = collectReferences(strings, issues);
    if (!isObj(config))
        return { issues, references, routeCount: 0 };
    const servers = aliases(config, 'servers', issues);
    const services = aliases(config, 'services', issues);
    const bindings = new Map([
        ...aliases(config, 'serviceBindings', issues),
        ...aliases(config, 'servicesBindings', issues),
    ]);
    if ('servicesBindings' in config) {
        issues.push({
            code: 'deprecated_property',
            severity: 'notice',
            pointer: ptr('servicesBindings'),
            target: 'key',
            message: '`servicesBindings` is the old spelling of `serviceBindings` (still read and merged)',
            fix: 'Rename "servicesBindings" to "serviceBindings".',
        });
    }
    checkServers(config, issues, ctx);
    checkServiceEntrypoints(config, issues, ctx);
    const authorizer = isObj(config.authorizer) ? str(config.authorizer.type) : undefined;
    const globalVariables = isObj(config.variables) ? config.variables : {};
    const routes = [];
    const routeContext = { servers, services, bindings, authorizer, globalVariables, issues };
    arr(config.paths).forEach((route, i) => {
        if (!isObj(route))
            return;
        checkRoute(route, i, routeContext);
        const method = str(route.method);
        const routePath = str(route.path);
        if (method && routePath?.startsWith('/'))
            routes.push({ index: i, method, path: routePath });
    });
    checkRouteTable(routes, isObj(config.cors), issues);
    return { issues, references, routeCount: arr(config.paths).length };
}
/** Every string that the Worker will replace, and the near-misses it will not. */
function collectReferences(strings, issues) {
    const out = [];
    for (const { path, value } of strings) {
        const m = REFERENCE.exec(value);
        if (m) {
            const name = m[2];
            if (NAME.test(name)) {
                out.push({ kind: m[1] === 'env' ? 'env' : 'secret', name, raw: value, pointer: (0,json_source.toPointer)(path) });
            }
            else {
                issues.push({
                    code: 'invalid_reference',
                    severity: 'error',
                    pointer: (0,json_source.toPointer)(path),
                    target: 'value',
                    message: `${(0,src_text/* quote */.hD)(value)} does not name a valid Worker ${m[1] === 'env' ? 'variable' : 'secret'}; it will` +
                        ` resolve to ""`,
                    fix: `Use $${m[1]}.NAME with NAME made of letters, digits and _ (no spaces or dots).`,
                });
            }
        }
        else if (REFERENCE_INSIDE.test(value)) {
            issues.push({
                code: 'reference_not_resolved',
                severity: 'warning',
                pointer: (0,json_source.toPointer)(path),
                target: 'value',
                message: `${(0,src_text/* quote */.hD)(value)} contains a reference, but the gateway only replaces values that start with` +
                    ` $env./$secret./$secrets.; this stays literal text`,
                fix: 'Make the reference the whole value, or build the string in the Worker.',
            });
        }
    }
    return out;
}
/** Alias → index of its entry; a repeated alias is an error (the gateway silently takes the first). */
function aliases(config, key, issues) {
    const seen = new Map();
    arr(config[key]).forEach((entry, i) => {
        const alias = isObj(entry) ? str(entry.alias) : undefined;
        if (alias === undefined)
            return;
        if (seen.has(alias)) {
            issues.push({
                code: 'duplicate_alias',
                severity: 'error',
                pointer: ptr(key, i, 'alias'),
                target: 'value',
                message: `${key}[${i}] repeats the alias ${(0,src_text/* quote */.hD)(alias)} of ${key}[${seen.get(alias)}]; the gateway always uses` +
                    ` the first`,
                fix: `Give ${key}[${i}] its own alias, or remove it.`,
            });
        }
        else
            seen.set(alias, i);
    });
    return seen;
}
function checkServers(config, issues, ctx) {
    arr(config.servers).forEach((server, i) => {
        const url = isObj(server) ? str(server.url) : undefined;
        // A reference is judged on the value its var gives it (config-analysis), where that is known.
        if (url === undefined || url === '' || REFERENCE.test(url))
            return;
        const found = serverUrlProblem(url, ctx.gatewayHosts);
        if (!found)
            return;
        issues.push({
            code: found.code,
            severity: found.severity,
            pointer: ptr('servers', i, 'url'),
            target: 'value',
            message: `servers[${i}].url ${(0,src_text/* quote */.hD)(url)} ${found.predicate}`,
            fix: found.literalFix,
        });
    });
}
function checkServiceEntrypoints(config, issues, ctx) {
    arr(config.services).forEach((service, i) => {
        const entrypoint = isObj(service) ? str(service.entrypoint) : undefined;
        if (!entrypoint || REFERENCE.test(entrypoint))
            return;
        // The gateway imports `${entrypoint}.js` at runtime: a module of exactly that name must be deployed.
        const base = external_node_path_default().resolve(ctx.configDir, entrypoint);
        const tried = [`${base}.js`, `${base}.ts`];
        if (ctx.fileExists(tried[0]))
            return;
        if (ctx.fileExists(tried[1])) {
            issues.push(typescriptOnly(entrypoint, i, external_node_path_default().relative(ctx.configDir, tried[1]), ctx.wranglerBuild));
            return;
        }
        const hint = /\.[cm]?[jt]s$/.test(entrypoint)
            ? ` (the gateway appends .js itself, so ${(0,src_text/* quote */.hD)(entrypoint)} loads ${(0,src_text/* quote */.hD)(entrypoint + '.js')})`
            : '';
        issues.push({
            code: 'missing_service_entrypoint',
            severity: 'error',
            pointer: ptr('services', i, 'entrypoint'),
            target: 'value',
            message: `services[${i}].entrypoint ${(0,src_text/* quote */.hD)(entrypoint)} has no module: neither ${external_node_path_default().basename(tried[0])} nor` +
                ` ${external_node_path_default().basename(tried[1])} exists next to the config${hint}`,
            fix: `Create ${external_node_path_default().relative(ctx.configDir, tried[0]) || tried[0]} or fix the entrypoint path (relative to` +
                ` the config file, without extension).`,
        });
    });
}
/**
 * Only `<entrypoint>.ts` exists. The import is computed at runtime, so wrangler's bundler cannot
 * follow it, and additional modules are uploaded as they are: no .ts becomes a module named .js
 * unless a [build] command emits one (which the gate cannot see, hence a warning then).
 */
function typescriptOnly(entrypoint, i, ts, build) {
    const js = `${entrypoint}.js`;
    const why = build === 'none'
        ? `wrangler never makes it ${external_node_path_default().basename(js)}: it cannot bundle a computed import, uploads additional modules` +
            ' as they are, and the wrangler config has no [build] command'
        : `it is found only if ${build === 'command' ? 'the [build] command' : 'a build step'} emits` +
            ` ${external_node_path_default().basename(js)}` +
            ' and the deploy uploads it (find_additional_modules with a rule for it)';
    return {
        code: 'service_entrypoint_not_js',
        severity: build === 'none' ? 'error' : 'warning',
        pointer: ptr('services', i, 'entrypoint'),
        target: 'value',
        message: `services[${i}].entrypoint ${(0,src_text/* quote */.hD)(entrypoint)} exists only as ${ts},` +
            ` but the gateway imports ${(0,src_text/* quote */.hD)(js)} at runtime; ${why}`,
        fix: `Write the service as ${ts.replace(/\.ts$/, '.js')} (or compile it there in a [build] command), and upload it:` +
            ' find_additional_modules = true with an ESModule rule covering it.',
    };
}
/** How a finding names a route (made only for a finding: most routes have none). */
const labelOf = (route) => `route ${str(route.method) ?? '?'} ${str(route.path) ?? '?'}`;
// Each check is called only when the route has what it looks at: most routes have little of it.
function checkRoute(route, i, ctx) {
    const routePath = route.path;
    if (typeof routePath === 'string' && !PLAIN_PATH.test(routePath))
        checkPathSyntax(route, routePath, i, ctx.issues);
    if (route.auth === true && !ctx.authorizer)
        ctx.issues.push(authWithoutAuthorizer(route, i));
    const integration = isObj(route.integration) ? route.integration : undefined;
    if (integration)
        checkIntegration(route, integration, i, ctx);
    if (route.pre_process !== undefined)
        checkPreProcessBinding(route, i, ctx);
    if (integration && 'response' in route)
        ctx.issues.push(responseIgnored(i, labelOf(route)));
    if (route.mapping !== undefined)
        checkMapping(route, i, ctx);
}
/** A route refers to a server, service or binding by alias; an undefined alias makes the gateway answer 404. */
function unknownAlias(label, code, pointer, alias, kind, known, fix) {
    const suggestion = (0,src_text/* closest */.kp)(alias, known.keys());
    const didYouMean = suggestion ? `; did you mean ${(0,src_text/* quote */.hD)(suggestion)}?` : '';
    const defined = known.size ? ` Defined: ${[...known.keys()].join(', ')}.` : '';
    return {
        code,
        severity: 'error',
        pointer,
        target: 'value',
        message: `${label} uses ${kind} ${(0,src_text/* quote */.hD)(alias)}, which is not defined${didYouMean}:` +
            ' the gateway answers 404 "No match found." for it',
        fix: suggestion ? `Use "${suggestion}", or ${fix}` : `${fix[0].toUpperCase()}${fix.slice(1)}${defined}`,
    };
}
function authWithoutAuthorizer(route, i) {
    return {
        code: 'auth_without_authorizer',
        severity: 'error',
        pointer: ptr('paths', i, 'auth'),
        target: 'value',
        message: `${labelOf(route)} has "auth": true but the config has no \`authorizer\`:` +
            ' the route is served without any authentication',
        fix: 'Add an `authorizer` (jwt, auth0 or supabase) to the config, or remove "auth": true.',
    };
}
/** Each integration type names its target differently; each must name one the config defines. */
function checkIntegration(route, integration, i, ctx) {
    const type = str(integration.type);
    if (type === 'http_proxy' || type === 'http')
        checkProxyIntegration(route, integration, type, i, ctx);
    else if (type === 'service') {
        const binding = str(integration.binding);
        if (binding !== undefined && !ctx.services.has(binding)) {
            ctx.issues.push(unknownAlias(labelOf(route), 'unknown_service', ptr('paths', i, 'integration', 'binding'), binding, 'service', ctx.services, `add a service with "alias": "${binding}" to \`services\`.`));
        }
    }
    else if (type === 'service_binding') {
        const binding = str(integration.binding);
        if (binding !== undefined && !ctx.bindings.has(binding)) {
            ctx.issues.push(unknownAlias(labelOf(route), 'unknown_service_binding', ptr('paths', i, 'integration', 'binding'), binding, 'service binding', ctx.bindings, `add {"alias": "${binding}", "binding": "…"} to \`serviceBindings\`.`));
        }
    }
    else
        checkAuthorizerIntegration(route, type, i, ctx);
}
function checkProxyIntegration(route, integration, type, i, ctx) {
    const server = str(integration.server);
    if (server !== undefined && !ctx.servers.has(server)) {
        ctx.issues.push(unknownAlias(labelOf(route), 'unknown_server', ptr('paths', i, 'integration', 'server'), server, 'server', ctx.servers, `add a server with "alias": "${server}" to \`servers\`.`));
    }
    if (route.path === CATCH_ALL)
        ctx.issues.push(catchAllProxy(route, i, labelOf(route), server));
    if (type === 'http') {
        ctx.issues.push({
            code: 'deprecated_integration_type',
            severity: 'notice',
            pointer: ptr('paths', i, 'integration', 'type'),
            target: 'value',
            message: `${labelOf(route)}: integration type "http" is the old name of "http_proxy"`,
            fix: 'Use "type": "http_proxy".',
        });
    }
}
/** The auth0/supabase integrations work only with the authorizer of the same kind. */
function checkAuthorizerIntegration(route, type, i, ctx) {
    if (!type || !(AUTH0_INTEGRATIONS.has(type) || SUPABASE_INTEGRATIONS.has(type)))
        return;
    const needs = AUTH0_INTEGRATIONS.has(type) ? 'auth0' : 'supabase';
    if (ctx.authorizer === needs)
        return;
    ctx.issues.push({
        code: 'authorizer_mismatch',
        severity: 'error',
        pointer: ptr('paths', i, 'integration', 'type'),
        target: 'value',
        message: `${labelOf(route)} uses the ${type} integration, which needs an ${needs} authorizer;` +
            ` the config's authorizer is ${ctx.authorizer ? (0,src_text/* quote */.hD)(ctx.authorizer) : 'missing'}`,
        fix: `Configure "authorizer": {"type": "${needs}", …}, or remove this route.`,
    });
}
function checkPreProcessBinding(route, i, ctx) {
    const preProcess = isObj(route.pre_process) ? str(route.pre_process.binding) : undefined;
    if (preProcess === undefined || ctx.bindings.has(preProcess))
        return;
    ctx.issues.push(unknownAlias(labelOf(route), 'unknown_service_binding', ptr('paths', i, 'pre_process', 'binding'), preProcess, 'pre_process binding', ctx.bindings, `add {"alias": "${preProcess}", "binding": "…"} to \`serviceBindings\`.`));
}
function responseIgnored(i, label) {
    return {
        code: 'response_ignored',
        severity: 'warning',
        pointer: ptr('paths', i, 'response'),
        target: 'key',
        message: `${label} has both an integration and a static \`response\`; the response is never sent`,
        fix: 'Remove "response", or remove the integration to serve the static response.',
    };
}
/** `/{.+}` proxied: every path no other route matches goes upstream instead of the gateway's 404. */
function catchAllProxy(route, i, label, server) {
    const method = str(route.method);
    const requests = method === 'ANY' || method === undefined ? 'every request' : `every ${method} request`;
    const target = server ? `server ${(0,src_text/* quote */.hD)(server)}` : 'its server';
    return {
        code: 'catch_all_proxy',
        severity: 'warning',
        pointer: ptr('paths', i, 'path'),
        target: 'value',
        message: `${label} sends ${requests} that no other route matches to ${target}:` +
            ' the gateway never answers 404 "No match found.", so every typo and scanner probe reaches the backend',
        fix: 'List the paths the backend serves, or proxy a prefix (such as "/api/{.+}"),' +
            " so unknown paths get the gateway's 404.",
    };
}
/** What is wrong with a path `PLAIN_PATH` does not match. */
function checkPathSyntax(route, routePath, i, issues) {
    const label = labelOf(route);
    const pointer = ptr('paths', i, 'path');
    const segs = routePath.split('/');
    const w = segs.indexOf(route_matching/* WILDCARD */.bs);
    if (w !== -1 && w !== segs.length - 1) {
        issues.push({
            code: 'wildcard_not_last',
            severity: 'error',
            pointer,
            target: 'value',
            message: `${label}: {.+} must be the last segment; the gateway ignores everything after it` +
                ` (${(0,src_text/* quote */.hD)(segs.slice(w + 1).join('/'))} is never compared)`,
            fix: `Use "${segs.slice(0, w + 1).join('/')}", or replace {.+} with a {param}.`,
        });
    }
    for (const seg of segs) {
        if ((0,route_matching/* isWildcard */.z2)(seg))
            continue;
        if ((0,route_matching/* isParam */.Um)(seg) && /^\{[A-Za-z_][\w-]*\}$/.test(seg))
            continue;
        if (/^\{(proxy\+|.*[*+].*)\}$/.test(seg)) {
            issues.push({
                code: 'not_a_wildcard',
                severity: 'error',
                pointer,
                target: 'value',
                message: `${label}: ${seg} is not a wildcard here;` + ' it matches exactly one segment (the greedy wildcard is {.+})',
                fix: `Replace ${seg} with {.+}.`,
            });
        }
        else if (seg.includes('{') || seg.includes('}')) {
            issues.push({
                code: 'partial_path_parameter',
                severity: 'warning',
                pointer,
                target: 'value',
                message: `${label}: segment ${(0,src_text/* quote */.hD)(seg)} is matched literally; a parameter must be a whole segment like {id}`,
                fix: 'Make the parameter a whole segment.',
            });
        }
    }
    if (routePath.length > 1 && routePath.endsWith('/')) {
        issues.push({
            code: 'trailing_slash',
            severity: 'warning',
            pointer,
            target: 'value',
            message: `${label} ends with /: it matches ${(0,src_text/* quote */.hD)(routePath)} but not ${(0,src_text/* quote */.hD)(routePath.slice(0, -1))}`,
            fix: `Use "${routePath.replace(/\/+$/, '')}" unless clients really send the trailing slash.`,
        });
    }
    if (/\/\/./.test(routePath) || routePath === '//') {
        issues.push({
            code: 'empty_path_segment',
            severity: 'warning',
            pointer,
            target: 'value',
            message: `${label} has an empty segment (//), which only matches requests with the same double slash`,
            fix: 'Remove the extra slash.',
        });
    }
}
const MAPPING_PARTS = ['headers', 'query'];
const NO_VARIABLES = Object.freeze({});
function checkMapping(route, i, ctx) {
    if (!isObj(route.mapping))
        return;
    const routeVariables = isObj(route.variables) ? route.variables : NO_VARIABLES;
    for (const part of MAPPING_PARTS) {
        const entries = route.mapping[part];
        if (!isObj(entries))
            continue;
        for (const key of Object.keys(entries)) {
            const value = entries[key];
            if (typeof value !== 'string')
                continue;
            const m = MAPPING_TEMPLATE.exec(value);
            if (!m) {
                ctx.issues.push({
                    code: 'mapping_value_ignored',
                    severity: 'warning',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${labelOf(route)}: mapping.${part}.${key} = ${(0,src_text/* quote */.hD)(value)} is not a` +
                        ` $request.header/$request.jwt/$request.query/$config template, so the gateway never sets it`,
                    fix: `Put the value in \`variables\` and map "$config.NAME".`,
                });
                continue;
            }
            const name = m[2];
            if (m[1] === 'config' && !(name in routeVariables) && !(name in ctx.globalVariables)) {
                const suggestion = (0,src_text/* closest */.kp)(name, [...Object.keys(routeVariables), ...Object.keys(ctx.globalVariables)]);
                ctx.issues.push({
                    code: 'unknown_config_variable',
                    severity: 'error',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${labelOf(route)}: mapping.${part}.${key} uses $config.${name}, but neither the route's nor the global` +
                        ` \`variables\` define ${(0,src_text/* quote */.hD)(name)}${suggestion ? `; did you mean ${(0,src_text/* quote */.hD)(suggestion)}?` : ''}`,
                    fix: suggestion
                        ? `Use "$config.${suggestion}".`
                        : `Add "${name}" to the route's \`variables\` or the global \`variables\`.`,
                });
            }
            else if (m[1] === 'request.jwt' && route.auth !== true) {
                ctx.issues.push({
                    code: 'jwt_mapping_without_auth',
                    severity: 'warning',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${labelOf(route)}: mapping.${part}.${key} reads the JWT claim ${(0,src_text/* quote */.hD)(name)}, but the route has no` +
                        ` "auth": true, so there is no token and it is never set`,
                    fix: 'Add "auth": true to the route, or map something else.',
                });
            }
        }
    }
}
function checkRouteTable(routes, cors, issues) {
    const { duplicates, shadowed } = (0,route_matching/* findRouteConflicts */.OF)(routes, { cors });
    for (const { route, first } of duplicates) {
        issues.push({
            code: 'duplicate_route',
            severity: 'error',
            pointer: ptr('paths', route.index, 'path'),
            target: 'value',
            message: `route ${route.method} ${route.path} (paths[${route.index}]) repeats paths[${first.index}]; the gateway` +
                ` always runs the first, so this one is dead`,
            fix: `Remove paths[${route.index}] or merge it into paths[${first.index}].`,
            related: ptr('paths', first.index, 'path'),
        });
    }
    for (const s of shadowed) {
        issues.push({
            code: 'shadowed_route',
            severity: 'error',
            pointer: ptr('paths', s.route.index, 'path'),
            target: 'value',
            message: `route ${s.route.method} ${s.route.path} (paths[${s.route.index}]) can never be chosen:` +
                ` ${s.winner.method} ${s.winner.path} (paths[${s.winner.index}]) takes every request it matches, e.g.` +
                ` ${s.sample.method} ${s.sample.path}, because ${s.reason}`,
            fix: `Remove paths[${s.route.index}], or make its path distinct from paths[${s.winner.index}].`,
            related: ptr('paths', s.winner.index, 'path'),
        });
    }
}

// EXTERNAL MODULE: ./src/wrangler/wrangler-file.ts
var wrangler_file = __webpack_require__(1581);
// EXTERNAL MODULE: ./src/wrangler/wrangler-source.ts + 1 modules
var wrangler_source = __webpack_require__(9061);
// EXTERNAL MODULE: ./src/wrangler/environments.ts
var environments = __webpack_require__(630);
;// CONCATENATED MODULE: ./src/gateway/config-analysis.ts
// The gateway config judged as the gateway will see it: JSON syntax, its schema (after the
// gateway's own substitution of references), and what a schema cannot express. The validate
// stage runs it on the config file, preflight on a config held in a wrangler var, smoke finds
// the file with `locateConfig`.


















/** Where gateway projects keep the config, most common first. */
const CONFIG_CANDIDATES = [
    'src/api-config.json',
    'api-config.json',
    'config/api-config.json',
    'worker/src/api-config.json',
];
const finding = (0,findings/* findingFactory */._2)('validate', 'config');
function locateConfig(config) {
    if (config.config)
        return config.config;
    const found = CONFIG_CANDIDATES.map((c) => external_node_path_default().join(config.workingDirectory, c)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (found)
        return found;
    throw new errors/* StageError */.Zu(finding('config_not_found', 'error', `no gateway config found in ${config.workingDirectory} (looked for ${CONFIG_CANDIDATES.join(', ')})`, 'Set the `config` input to the gateway config file, relative to `working-directory`.'));
}
/** The identity of a config's text: validate records it, preflight compares it before reusing validate's analysis. */
function textSha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * Everything validate checks, on a config's text. Preflight runs it on a config held in a
 * wrangler var (SAG_API_CONFIG_JSON), so both are judged by the same code.
 */
async function validateConfigText(config, file, display, text) {
    // One walk over the value (in the parse) serves the substitution, the reference checks and the
    // duplicate keys.
    const parsed = (0,json_source/* parseJsonDocument */.dH)(text, substitution/* mayHoldReference */._m);
    if (!parsed.ok)
        return unparsableConfig(parsed, display);
    const { value, scan } = parsed;
    const schema = await checkSchema(config, file, value, scan.strings);
    const { wrangler, seen, choice } = schema;
    const issues = [...schema.issues];
    const semantics = checkSemantics(value, {
        configDir: external_node_path_default().dirname(file),
        fileExists: (f) => (0,external_node_fs_.existsSync)(f),
        gatewayHosts: wrangler.hosts,
        wranglerBuild: wrangler.build,
        strings: scan.strings,
    });
    issues.push(...semantics.issues);
    const varUrls = varServerUrls(value, seen, issues);
    // One pass over the text for every position the findings and references need.
    const bindings = serviceBindingEntries(value);
    const at = locateAll(text, display, [
        ...varUrls.map((v) => ({ pointer: v.pointer, target: 'value' })),
        ...issues.flatMap((i) => [
            { pointer: i.pointer, target: i.target },
            ...(i.related ? [{ pointer: i.related, target: 'value' }] : []),
        ]),
        ...semantics.references.map((r) => ({ pointer: r.pointer, target: 'value' })),
        ...bindings.map((b) => ({ pointer: b.pointer, target: 'value' })),
    ]);
    const findings = issues.map((issue) => issueFinding(issue, at));
    findings.push(...schema.findings);
    if (wrangler.finding)
        findings.push(wrangler.finding);
    findings.push(...varUrlFindings(varUrls, wrangler, (pointer) => at(pointer, 'value')));
    findings.push(...duplicateKeyFindings(text, value, scan.keys, display));
    const data = {
        configFile: display,
        schema: choice.kind === 'bundled'
            ? 'the bundled schema'
            : `${(0,inputs/* displayPath */.Gt)(choice.file, config.workingDirectory)} (${choice.origin})`,
        routeCount: semantics.routeCount,
        references: semantics.references.map((r) => ({ ...r, location: at(r.pointer, 'value') })),
    };
    return {
        findings,
        data,
        value,
        routeCount: semantics.routeCount,
        serviceBindings: bindings.map((b) => ({ alias: b.alias, binding: b.binding, location: at(b.pointer, 'value') })),
    };
}
/** Text that is not JSON (or nests too deep) gets one finding and nothing else. */
function unparsableConfig(parsed, display) {
    const location = { file: display, ...parsed.problem.range };
    const only = parsed.kind === 'depth'
        ? finding('config_too_deep', 'error', `config ${display} ${parsed.problem.message}; the gate reads at most 64 levels`, 'A gateway config needs far fewer levels: flatten the value that nests this deep.', { location })
        : finding('json_syntax', 'error', `config ${display} is not valid JSON: ${parsed.problem.message}`, parsed.problem.fix ?? 'Fix the JSON syntax at this position.', { location });
    return { findings: [only], routeCount: 0, serviceBindings: [] };
}
/** The schema check, run on the value as the gateway will see it (after substituting references). */
async function checkSchema(config, file, value, strings) {
    const chosen = (0,schema_source/* chooseSchema */.pd)(value, file, config.schema, external_node_fs_.existsSync);
    const schemaDisplay = chosen.choice.kind === 'file' ? (0,inputs/* displayPath */.Gt)(chosen.choice.file, config.workingDirectory) : '';
    const { validator, choice, findings } = await (0,schema_source/* loadValidator */.jr)(chosen.choice, schemaDisplay);
    const wrangler = readWranglerFacts(config);
    // The gateway validates after substituting references: judge what it will see.
    const seen = (0,substitution/* substitute */.V2)(value, wrangler.vars, strings);
    const issues = [...chosen.issues];
    if (!validates(validator, seen.value, choice)) {
        const errors = (0,substitution/* dropDeferredChecks */.Q4)(validator.errors ?? [], seen.unknown);
        const found = (0,schema_messages/* issuesFromAjvErrors */.v)(errors, seen.value);
        issues.push(...found.map((issue) => withSubstitution(issue, seen, wrangler.varsOrigin)));
    }
    return { issues, findings, choice, wrangler, seen };
}
/** Locates every requested pointer in one pass over the text. */
function locateAll(text, display, requests) {
    const located = requests.length > 0 ? (0,json_source.locatePointers)(text, requests) : new Map();
    return (pointer, target) => ({ file: display, ...located.get(`${target}:${pointer}`) });
}
function issueFinding(issue, at) {
    const location = at(issue.pointer, issue.target);
    const related = issue.related ? at(issue.related, 'value') : undefined;
    return finding(issue.code, issue.severity, related ? `${issue.message} (see line ${related.line})` : issue.message, issue.fix ?? '', { location });
}
function duplicateKeyFindings(text, value, keys, display) {
    return findDuplicateKeys(text, value, keys).map((dup) => {
        const message = `"${dup.key}" appears twice in one object (first on line ${dup.firstLine}): ` +
            'JSON.parse, and so the gateway, keeps this one and silently drops the first';
        const fix = `Merge the two "${dup.key}" entries into one, or rename one of them.`;
        return finding('duplicate_key', 'error', message, fix, { location: { file: display, ...dup.range } });
    });
}
/** `serviceBindings` (and the old `servicesBindings`) entries that name a binding. */
function serviceBindingEntries(value) {
    if (value === null || typeof value !== 'object')
        return [];
    const out = [];
    for (const key of ['serviceBindings', 'servicesBindings']) {
        const entries = value[key];
        if (!Array.isArray(entries))
            continue;
        entries.forEach((entry, i) => {
            const e = entry;
            if (e && typeof e.binding === 'string')
                out.push({
                    alias: typeof e.alias === 'string' ? e.alias : e.binding,
                    binding: e.binding,
                    pointer: `/${key}/${i}/binding`,
                });
        });
    }
    return out;
}
/** `[build] command` of the chosen environment (inheritable: the environment's own wins). */
function buildCommandOf(raw, env) {
    const build = (node) => node?.build;
    const own = env ? build(raw.env?.[env]) : undefined;
    return (own ?? build(raw))?.command;
}
/** A schema issue on a substituted value says which var gave it that value. */
function withSubstitution(issue, seen, origin) {
    const from = seen.known.get(issue.pointer);
    if (!from)
        return issue;
    const where = `the var ${from.name} in ${origin}`;
    const message = `${issue.message} (the gateway replaces ${from.raw} with ${where}, then validates it)`;
    return { ...issue, message, fix: `Fix the value of ${where}.` };
}
/**
 * The gateway's own hosts (for the self-reference check) and the vars of the chosen environment
 * (for the schema check after substitution); a broken wrangler config is preflight's to report.
 */
function readWranglerFacts(config) {
    const file = (0,wrangler_file/* resolveWranglerConfig */.Xe)(config);
    if (!file)
        return {};
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const read = (0,files/* readTextFile */.Gu)(file, 1024 * 1024);
    const loaded = read.ok ? (0,wrangler_source/* loadWranglerSource */.Y)(file, display, read.text) : undefined;
    if (!loaded?.ok) {
        const why = !read.ok
            ? read.detail
            : loaded && !loaded.ok
                ? `cannot be parsed (${loaded.message})`
                : 'cannot be read';
        return {
            finding: finding('wrangler_config_unreadable', 'notice', `wrangler config ${display} ${why}; skipped the checks that need its vars and hosts` +
                ' (server URLs given by $env.X, and those pointing back at the gateway)', 'Preflight reports the wrangler config itself.', { location: loaded && !loaded.ok ? loaded.location : undefined }),
        };
    }
    const { source } = loaded;
    const env = config.environment;
    const build = buildCommandOf(source.raw, env) ? 'command' : 'none';
    const facts = { hosts: gatewayHostsOf(source.raw), build, source, environment: env };
    const defined = (0,environments/* definedEnvironments */.WI)(source.raw);
    if (env !== undefined && !defined.includes(env)) {
        // Nothing to substitute with: the deploy itself would fail (wrangler refuses an unknown --env).
        const { message, fix } = (0,environments/* unknownEnvironment */.Iu)(display, env, defined);
        facts.finding = finding('environment_not_found', 'error', message, fix, { location: source.locate(['env']) });
        return facts;
    }
    facts.vars = (0,environments/* resolveEnvironment */.g9)(source.raw, env).vars;
    facts.varsOrigin = `${env ? `[env.${env}.vars]` : '[vars]'} of ${display}`;
    return facts;
}
/** Server URLs written as a reference whose var the gate knows (a secret or an unset var: nothing to judge). */
function varServerUrls(value, seen, issues) {
    const servers = value?.servers;
    if (!Array.isArray(servers))
        return [];
    const out = [];
    servers.forEach((server, index) => {
        const pointer = `/servers/${index}/url`;
        const from = seen.known.get(pointer);
        // A schema issue on the substituted value already says what is wrong with it.
        if (!from || typeof from.value !== 'string' || from.value === '')
            return;
        if (issues.some((i) => i.pointer === pointer))
            return;
        const alias = server.alias;
        out.push({ index, pointer, alias: typeof alias === 'string' ? alias : undefined, ...from, value: from.value });
    });
    return out;
}
/** The URL checks on the value each var gives a server, reported on the var's line in the wrangler config. */
function varUrlFindings(urls, wrangler, locate) {
    const { source, varsOrigin, environment } = wrangler;
    if (!source || !varsOrigin)
        return [];
    const base = environment ? ['env', environment] : [];
    return urls.flatMap((url) => {
        const found = serverUrlProblem(url.value, wrangler.hosts);
        if (!found)
            return [];
        const written = locate(url.pointer);
        // With no environment chosen, the environments whose own value of the var passes are a way out.
        const passes = (e) => {
            const v = (0,environments/* resolveEnvironment */.g9)(source.raw, e).vars[url.name];
            return typeof v === 'string' && v !== '' && !serverUrlProblem(v, wrangler.hosts);
        };
        const otherEnvironments = environment ? [] : (0,environments/* definedEnvironments */.WI)(source.raw).filter(passes);
        const { message, fix } = varUrlMessage({ ...url, table: varsOrigin, rawAt: `${written.file}:${written.line}`, otherEnvironments }, found);
        const location = source.locate([...base, 'vars', url.name], 'value');
        return [finding(found.code, found.severity, message, fix, { location })];
    });
}
/** A schema whose recursion never ends (one findRefCycle cannot see) is the schema's fault, not a crash. */
function validates(validator, value, choice) {
    try {
        return validator(value);
    }
    catch (error) {
        if (!(error instanceof RangeError) || choice.kind !== 'file')
            throw error;
        const message = `schema ${choice.file} recurses without end on this config (${error.message})`;
        const fix = 'Remove the $ref cycle that never looks into the data.';
        throw new errors/* StageError */.Zu(finding('schema_invalid', 'error', message, fix));
    }
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ findRouteConflicts),
/* harmony export */   Um: () => (/* binding */ isParam),
/* harmony export */   bs: () => (/* binding */ WILDCARD),
/* harmony export */   gW: () => (/* binding */ RouteTable),
/* harmony export */   z2: () => (/* binding */ isWildcard)
/* harmony export */ });
/* unused harmony exports matchSegments, whyWins, sampleRequests, findShadowedRoutes */
// The gateway's route matching, as its docs describe it, so the gate can tell which route a
// request reaches, and which routes no request can ever reach.
//
// Candidates: routes whose method equals the request's or is ANY, with as many segments as the
// request, unless the last segment is the greedy wildcard {.+} (which also matches the bare
// prefix). Priority: exact paths, then more matched segments, then non-wildcard, then the exact
// method over ANY; ties go to the route that comes first in the config.
const WILDCARD = '{.+}';
const isParam = (segment) => segment.startsWith('{') && segment.endsWith('}');
const isWildcard = (segment) => segment === WILDCARD;
function matchSegments(config, request) {
    const score = matchScore(config, request);
    if (score < 0)
        return undefined;
    return { matchedCount: Math.floor(score / 4), isExact: (score & 2) !== 0, isWildcard: (score & 1) !== 0 };
}
/**
 * `matchSegments` as one number, so that the search for a request's winner allocates nothing:
 * -1 for no match, else matchedCount * 4 + (isExact ? 2 : 0) + (isWildcard ? 1 : 0).
 */
function matchScore(config, request) {
    const tailWildcard = isWildcard(config[config.length - 1] ?? '');
    if (!tailWildcard && request.length !== config.length)
        return -1;
    if (tailWildcard && request.length < config.length - 1)
        return -1;
    let matchedCount = 0;
    let isExact = true;
    let wildcard = false;
    const length = Math.max(config.length, request.length);
    for (let i = 0; i < length; i++) {
        const c = config[i];
        const r = request[i];
        if (c !== undefined && isWildcard(c)) {
            // Whatever follows a wildcard is never compared. Like the gateway, this leaves isExact
            // set: a wildcard match as long as the request counts as exact (and beats {param}).
            wildcard = true;
            matchedCount = Math.min(config.length, request.length);
            break;
        }
        if (c === undefined || r === undefined) {
            isExact = false;
            break;
        }
        if (isParam(c)) {
            isExact = false;
            matchedCount++;
        }
        else if (c === r) {
            matchedCount++;
        }
        else {
            return -1;
        }
    }
    if (matchedCount === 0)
        return -1;
    const exact = isExact && matchedCount === config.length && matchedCount === request.length;
    return matchedCount * 4 + (exact ? 2 : 0) + (wildcard ? 1 : 0);
}
function compare(a, b, method) {
    if (a.match.isExact !== b.match.isExact)
        return a.match.isExact ? -1 : 1;
    if (a.match.matchedCount !== b.match.matchedCount)
        return b.match.matchedCount - a.match.matchedCount;
    if (a.match.isWildcard !== b.match.isWildcard)
        return a.match.isWildcard ? 1 : -1;
    if (a.route.method !== b.route.method) {
        if (a.route.method === method)
            return -1;
        if (b.route.method === method)
            return 1;
    }
    return a.route.index - b.route.index;
}
/** Why `winner` beats `loser` for a request, in the gateway's own order of rules. */
function whyWins(winner, loser, method) {
    if (winner.match.isExact !== loser.match.isExact) {
        return winner.match.isWildcard
            ? 'the gateway counts a {.+} match of the same length as exact, and exact beats a {param} route'
            : 'an exact path beats a parameterised one';
    }
    if (winner.match.matchedCount !== loser.match.matchedCount)
        return 'it matches more path segments';
    if (winner.match.isWildcard !== loser.match.isWildcard)
        return 'a route without {.+} beats a wildcard route';
    if (winner.route.method !== loser.route.method && winner.route.method === method)
        return 'its exact method beats ANY';
    return 'it matches the same requests and comes first in the config';
}
/** A node of the route trie; every field is set in the constructor, so every node has one shape. */
class TrieNode {
    /** The only literal child, until a second one makes `literal` (most nodes have one child or none). */
    key = undefined;
    next = undefined;
    literal = undefined;
    param = undefined;
    /** Routes ending here. */
    terminal = undefined;
    /** Routes with a wildcard at this depth: they match whatever follows. */
    wildcard = undefined;
    child(segment) {
        return this.literal ? this.literal.get(segment) : this.key === segment ? this.next : undefined;
    }
    addChild(segment) {
        const found = this.child(segment);
        if (found)
            return found;
        const node = new TrieNode();
        if (this.literal)
            this.literal.set(segment, node);
        else if (this.next === undefined) {
            this.key = segment;
            this.next = node;
        }
        else {
            this.literal = new Map([
                [this.key, this.next],
                [segment, node],
            ]);
            this.key = undefined;
            this.next = undefined;
        }
        return node;
    }
}
/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
class RouteTable {
    root = new TrieNode();
    search = new WinnerSearch();
    routes;
    /** The routes in order, each with its segments. */
    entries;
    /** Segment count of the longest route path. */
    longest = 0;
    /** Methods named by routes other than ANY. */
    methods = new Set();
    constructor(routes) {
        this.routes = routes;
        const entries = [];
        for (const route of routes) {
            const entry = insert(this.root, route);
            entries.push(entry);
            if (entry.segments.length > this.longest)
                this.longest = entry.segments.length;
            if (route.method !== 'ANY')
                this.methods.add(route.method);
        }
        this.entries = entries;
    }
    segmentsOf(route) {
        return route.path.split('/');
    }
    /** Every route matching the request, best first; the first is the one the gateway runs. */
    candidates(method, path) {
        return this.candidatesFor(method, path.split('/'));
    }
    candidatesFor(method, request) {
        // Each route sits in exactly one node, and the walk reaches a node at most once: no duplicates.
        const out = [];
        visit(this.root, 1, request, (entries) => consider(entries, method, request, out));
        return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
    }
    choose(method, path) {
        return this.winnerFor(method, path.split('/'));
    }
    /** The first of `candidatesFor`, without building and sorting the list. */
    winnerFor(method, request) {
        const entry = this.winnerEntry(method, request);
        return entry && { route: entry.route, match: matchSegments(entry.segments, request) };
    }
    /** The route of `winnerFor`, allocating nothing (the shadowed-route check asks once per route). */
    winnerEntry(method, request) {
        return this.search.run(this.root, method, request);
    }
}
/** Puts a route in the trie: in the node its path ends at, or at its first {.+}. */
function insert(root, route) {
    const segments = route.path.split('/');
    // The first segment is empty for a path from the root, and is not in the trie.
    const head = segments[0];
    const entry = { route, segments, wildcardAt: isWildcard(head) ? 0 : -1, hasParam: isParam(head) };
    let node = root;
    for (let i = 1; i < segments.length; i++) {
        const seg = segments[i];
        if (isWildcard(seg)) {
            if (entry.wildcardAt === -1)
                entry.wildcardAt = i;
            (node.wildcard ??= []).push(entry);
            return entry;
        }
        if (isParam(seg)) {
            entry.hasParam = true;
            node = node.param ??= new TrieNode();
        }
        else
            node = node.addChild(seg);
    }
    (node.terminal ??= []).push(entry);
    return entry;
}
const NO_SEGMENTS = [];
/**
 * The search for the route a request reaches, `candidatesFor`'s first: the best match so far is
 * kept in fields, so a search makes no object per candidate. One per table, reused.
 */
class WinnerSearch {
    method = '';
    request = NO_SEGMENTS;
    best = undefined;
    bestScore = -1;
    run(root, method, request) {
        this.method = method;
        this.request = request;
        this.best = undefined;
        this.bestScore = -1;
        this.visit(root, 1);
        const best = this.best;
        // Holds on to nothing between searches.
        this.request = NO_SEGMENTS;
        this.best = undefined;
        return best;
    }
    /** `visit`, with `consider` inlined. */
    visit(node, i) {
        if (node.wildcard)
            this.consider(node.wildcard);
        if (i === this.request.length) {
            if (node.terminal)
                this.consider(node.terminal);
            return;
        }
        const next = node.child(this.request[i]);
        if (next)
            this.visit(next, i + 1);
        if (node.param)
            this.visit(node.param, i + 1);
    }
    consider(entries) {
        for (let k = 0; k < entries.length; k++) {
            const entry = entries[k];
            if (entry.route.method !== this.method && entry.route.method !== 'ANY')
                continue;
            const score = matchScore(entry.segments, this.request);
            if (score >= 0 && (!this.best || this.beats(entry, score))) {
                this.best = entry;
                this.bestScore = score;
            }
        }
    }
    /** `compare(candidate, best) < 0`, on scores. */
    beats(entry, score) {
        const best = this.best;
        const a = score;
        const b = this.bestScore;
        if ((a & 2) !== (b & 2))
            return (a & 2) !== 0; // exact first
        if (Math.floor(a / 4) !== Math.floor(b / 4))
            return a > b; // then more matched segments
        if ((a & 1) !== (b & 1))
            return (a & 1) === 0; // then not a wildcard
        if (entry.route.method !== best.route.method) {
            if (entry.route.method === this.method)
                return true;
            if (best.route.method === this.method)
                return false;
        }
        return entry.route.index < best.route.index;
    }
}
function consider(entries, method, request, out) {
    for (let k = 0; k < entries.length; k++) {
        const { route, segments } = entries[k];
        if (route.method !== method && route.method !== 'ANY')
            continue;
        const match = matchSegments(segments, request);
        if (match)
            out.push({ route, match });
    }
}
/** Calls `found` with each list of routes in a node the request can reach (each node at most once). */
function visit(node, i, request, found) {
    if (node.wildcard)
        found(node.wildcard);
    if (i === request.length) {
        if (node.terminal)
            found(node.terminal);
        return;
    }
    const next = node.child(request[i]);
    if (next)
        visit(next, i + 1, request, found);
    if (node.param)
        visit(node.param, i + 1, request, found);
}
const SAMPLE = 'gate-sample';
const SAMPLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
/**
 * Sample requests that reach `route` if anything does: parameters get a value no literal route
 * has, and a trailing wildcard is tried bare, with one or two extra segments, and longer than
 * any route in the table.
 */
function sampleRequests(route, table, opts) {
    const segments = table.segmentsOf(route);
    const shape = { segments, wildcardAt: segments.indexOf(WILDCARD), hasParam: segments.some(isParam) };
    const paths = Array.from({ length: sampleCount(shape) }, (_, k) => [...samplePath(shape, k, () => table.longest)]);
    const methods = route.method === 'ANY' ? sampleMethods(table.methods, opts) : [route.method];
    return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}
/** How many request paths `samplePath` has for a route. */
function sampleCount({ segments, wildcardAt }) {
    return wildcardAt !== -1 && wildcardAt === segments.length - 1 ? 4 : 1;
}
/** The `k`th request path (as segments) that `sampleRequests` tries for a route. */
function samplePath({ segments: segs, wildcardAt: w, hasParam }, k, longest) {
    const fill = (s) => (isParam(s) ? SAMPLE : s);
    if (w === -1)
        return hasParam ? segs.map(fill) : segs;
    if (w < segs.length - 1)
        return segs.map((s, i) => (i === w ? SAMPLE : fill(s)));
    const extra = k < 3 ? k : Math.max(3, longest() - w + 1);
    const p = segs.slice(0, w).map(fill);
    for (let n = 0; n < extra; n++)
        p.push(SAMPLE);
    return p.length > 1 ? p : ['', '']; // the bare root is "/"
}
/** The methods an ANY route is tried with: every method routes name, and one they do not. */
function sampleMethods(named, opts) {
    const unnamed = SAMPLE_METHODS.find((m) => !named.has(m) && !(opts.cors && m === 'OPTIONS'));
    return [...named, ...(unnamed ? [unnamed] : [])];
}
/**
 * The route table's conflicts: routes that repeat an earlier route's method and path, and the
 * other routes that no request can reach. One pass over the routes serves both checks.
 */
function findRouteConflicts(routes, opts) {
    const index = indexRoutes(routes);
    const skip = new Set(index.duplicates.map((d) => d.route));
    return { duplicates: index.duplicates, shadowed: shadowedIn(routes, index, { cors: opts.cors, skip }) };
}
/** Routes that no request can reach, each with the route that takes its requests instead. */
function findShadowedRoutes(routes, opts) {
    const all = routes instanceof RouteTable ? routes.routes : routes;
    return shadowedIn(all, indexRoutes(all), opts, routes instanceof RouteTable ? routes : undefined);
}
function indexRoutes(routes) {
    const index = { shared: new Map(), duplicates: [], named: new Set(), prefixes: new Set(), rooted: true };
    // A set of the paths finds whether any is shared; only then are routes grouped by path.
    const paths = new Set();
    for (const { path, method } of routes) {
        if (method !== 'ANY')
            index.named.add(method);
        if (path.charCodeAt(0) !== 0x2f /* / */)
            index.rooted = false;
        if (path.charCodeAt(path.length - 1) === 0x7d /* } */ && path.endsWith(TRAILING_WILDCARD))
            index.prefixes.add(path.slice(0, -TRAILING_WILDCARD.length) || '/');
        paths.add(path);
    }
    if (paths.size < routes.length)
        groupShared(routes, index);
    return index;
}
/** The paths several routes share, and among them the routes that repeat an earlier one's method. */
function groupShared(routes, index) {
    const byPath = new Map();
    for (const route of routes) {
        const list = byPath.get(route.path);
        if (!list) {
            byPath.set(route.path, [route]);
            continue;
        }
        // The first of the same method (a path has few methods: the search stops soon).
        const first = list.find((r) => r.method === route.method);
        if (first)
            index.duplicates.push({ route, first });
        list.push(route);
    }
    for (const [path, list] of byPath)
        if (list.length > 1)
            index.shared.set(path, list);
}
const TRAILING_WILDCARD = `/${WILDCARD}`;
function shadowedIn(routes, index, opts, whole) {
    const checked = contested(routes, index);
    if (checked.length === 0)
        return [];
    const table = whole && checked.length === routes.length ? whole : new RouteTable(checked);
    let longest = 0; // of every route, not only those checked: asked only for a trailing {.+}
    const longestPath = () => (longest ||= routes.reduce((most, r) => Math.max(most, segmentCount(r.path)), 0));
    const search = { table, longest: longestPath, anyMethods: sampleMethods(index.named, opts), cors: opts.cors };
    const out = [];
    const own = [''];
    for (const entry of table.entries) {
        if (opts.skip?.has(entry.route))
            continue;
        own[0] = entry.route.method;
        const shadowing = shadowingOf(search, entry, entry.route.method === 'ANY' ? search.anyMethods : own);
        if (shadowing)
            out.push(shadowing);
    }
    return out;
}
function segmentCount(path) {
    let count = 1;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        count++;
    return count;
}
/**
 * The routes that may take a sample request of another route, or lose one of theirs: the rest
 * can be neither shadowed nor shadow anything, so the check leaves them out.
 *
 * 1. A literal path (no {…}) matches only the request of exactly its path, and wins it unless
 *    another route has that same path (a match of every segment, exact, not a wildcard: nothing
 *    ranks higher). Unless another route's sample is that path (the bare prefix of a trailing
 *    {.+}, or a path with a gate-sample segment), such a route is out.
 * 2. A request reaches only the routes whose first segment is its first segment, a {param} or
 *    {.+}. With no route of the last two kinds, a route alone with its first segment is out.
 */
function contested(routes, index) {
    // The reasoning needs each path to start at the root; any other is left to the full check.
    if (!index.rooted)
        return routes;
    const { shared, prefixes } = index;
    const left = [];
    const leftFirsts = [];
    const firsts = new Map();
    let generic = false;
    for (const route of routes) {
        const path = route.path;
        if (!path.includes('{') && !shared.has(path) && !prefixes.has(path) && !path.includes(SAMPLE))
            continue;
        const first = firstSegment(path);
        left.push(route);
        leftFirsts.push(first);
        // A {param} or {.+} first: it may reach any first segment.
        if (isParam(first))
            generic = true;
        else
            firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    return generic ? left : left.filter((_, i) => firsts.get(leftFirsts[i]) > 1);
}
function firstSegment(path) {
    const end = path.indexOf('/', 1);
    return path.slice(1, end === -1 ? path.length : end);
}
/** The first route that takes a sample request of `route`, unless some sample reaches `route` itself. */
function shadowingOf({ table, longest, cors }, entry, methods) {
    let first;
    // Built on first use: most routes are reached by their first sample.
    const paths = [];
    const count = sampleCount(entry);
    for (const method of methods) {
        for (let k = 0; k < count; k++) {
            const segments = (paths[k] ??= samplePath(entry, k, longest));
            // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
            const preflight = cors && method === 'OPTIONS';
            const candidates = preflight ? table.candidatesFor(method, segments) : undefined;
            if (candidates && !candidates.some((c) => c.route.method === 'OPTIONS'))
                continue;
            // Most samples reach their route: the winner alone decides that, without a list or a match object.
            const winner = candidates ? candidates[0]?.route : table.winnerEntry(method, segments)?.route;
            if (!winner)
                continue;
            if (winner === entry.route)
                return undefined;
            if (first)
                continue;
            const ranked = candidates ?? table.candidatesFor(method, segments);
            const mine = ranked.find((c) => c.route === entry.route);
            if (mine) {
                const reason = whyWins(ranked[0], mine, method);
                first = { route: entry.route, winner, reason, sample: { method, path: segments.join('/') } };
            }
        }
    }
    return first;
}


/***/ }),

/***/ 7722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ issuesFromAjvErrors)
});

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/gateway/config-issue.ts
/** Human path of a pointer into a gateway config: "paths[3].integration (route GET /users/{id})". */
function describePointer(config, pointer) {
    const segs = pointer === ''
        ? []
        : pointer
            .slice(1)
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (segs.length === 0)
        return 'the config';
    let text = '';
    for (const seg of segs)
        text += /^\d+$/.test(seg) ? `[${seg}]` : text === '' ? seg : `.${seg}`;
    const route = routeLabel(config, segs);
    return route ? `${text} (${route})` : text;
}
function routeLabel(config, segs) {
    if (segs[0] !== 'paths' || segs[1] === undefined)
        return undefined;
    const route = config?.paths?.[Number(segs[1])];
    if (!route || typeof route !== 'object')
        return undefined;
    const method = typeof route.method === 'string' ? route.method : '?';
    const path = typeof route.path === 'string' ? route.path : '?';
    return `route ${method} ${path}`;
}

;// CONCATENATED MODULE: ./src/gateway/schema-messages.ts


function issuesFromAjvErrors(errors, data) {
    // anyOf/oneOf report every branch's failure before their own; one combined message reads better.
    const combinators = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .map((e) => e.schemaPath + '/');
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        if (error.keyword === 'if')
            continue; // the failing "then" branch says what is wrong
        if (combinators.some((prefix) => error.schemaPath.startsWith(prefix)))
            continue;
        const issue = issueFromAjvError(error, data, errors);
        const key = `${issue.pointer}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    // A generic "no allowed shape" adds nothing where a branch (reached through $ref) already said
    // what is wrong.
    const saidElsewhere = (i) => issues.some((o) => o !== i && o.pointer === i.pointer);
    return issues.filter((i) => i.code !== 'schema_violation' || !saidElsewhere(i));
}
function valueAt(data, pointer) {
    let node = data;
    for (const seg of pointer === '' ? [] : pointer.slice(1).split('/')) {
        const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
function lastName(pointer) {
    const seg = pointer
        .slice(pointer.lastIndexOf('/') + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
    return seg === '' ? 'the config' : /^\d+$/.test(seg) ? `item ${seg}` : `\`${seg}\``;
}
function issueFromAjvError(error, data, all) {
    const pointer = error.instancePath;
    const c = {
        error,
        all,
        pointer,
        where: describePointer(data, pointer),
        name: lastName(pointer),
        value: valueAt(data, pointer),
        params: error.params,
        base: { severity: 'error', pointer, target: 'value' },
    };
    switch (error.keyword) {
        case 'required':
            return missingPropertyIssue(c);
        case 'additionalProperties':
            return unknownPropertyIssue(c);
        case 'enum':
            return notAllowedValueIssue(c);
        case 'const':
            return notTheConstantIssue(c);
        case 'type':
            return wrongTypeIssue(c);
        case 'pattern':
            return patternIssue(c);
        case 'format':
            return formatIssue(c);
        case 'minLength':
            return tooShortIssue(c);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return outOfRangeIssue(c);
        case 'uniqueItems':
            return duplicateItemIssue(c);
        case 'anyOf':
        case 'oneOf':
            return noBranchMatchesIssue(c);
        default:
            return otherSchemaIssue(c);
    }
}
function missingPropertyIssue({ base, params, where }) {
    const missing = String(params.missingProperty);
    return {
        ...base,
        code: 'missing_property',
        message: `${where} is missing the required property \`${missing}\``,
        fix: `Add "${missing}" to ${where}.`,
    };
}
function unknownPropertyIssue({ base, params, where, pointer, error }) {
    const extra = String(params.additionalProperty);
    const allowed = Object.keys(error.parentSchema?.properties ?? {});
    const suggestion = (0,src_text/* closest */.kp)(extra, allowed);
    return {
        ...base,
        code: 'unknown_property',
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        target: 'key',
        message: `${where} has an unknown property \`${extra}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''),
        fix: suggestion ? `Rename "${extra}" to "${suggestion}".` : `Remove "${extra}"; allowed here: ${(0,src_text/* listOf */.c3)(allowed)}.`,
    };
}
function notAllowedValueIssue({ base, params, where, name, value }) {
    const allowed = params.allowedValues ?? [];
    const suggestion = typeof value === 'string'
        ? (0,src_text/* closest */.kp)(value, allowed.filter((v) => typeof v === 'string'))
        : undefined;
    const headHint = value === 'HEAD' && name === '`method`' ? ' (the gateway does not route HEAD; use GET or ANY)' : '';
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be one of ${(0,src_text/* listOf */.c3)(allowed)}; got ${(0,src_text/* quote */.hD)(value)}${headHint}`,
        fix: suggestion ? `Use "${suggestion}".` : `Use one of ${(0,src_text/* listOf */.c3)(allowed)} in ${where}.`,
    };
}
function notTheConstantIssue({ base, params, where, name, value }) {
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be ${(0,src_text/* quote */.hD)(params.allowedValue)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Set ${where} to ${(0,src_text/* quote */.hD)(params.allowedValue)}.`,
    };
}
function wrongTypeIssue({ base, params, where, name, value }) {
    const wanted = String(params.type).split(',').map(article).join(' or ');
    const shown = typeof value === 'string' || typeof value === 'number' ? ` (${(0,src_text/* quote */.hD)(value)})` : '';
    return {
        ...base,
        code: 'wrong_type',
        message: `${name} must be ${wanted}; got ${(0,src_text/* typeName */.go)(value)}${shown}`,
        fix: `Change ${where} to ${wanted}.`,
    };
}
function patternIssue({ base, params, where, name, value }) {
    const startsWithSlash = params.pattern === '^/';
    return {
        ...base,
        code: 'invalid_format',
        message: startsWithSlash
            ? `${name} must start with /; got ${(0,src_text/* quote */.hD)(value)}`
            : `${name} must match ${String(params.pattern)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: startsWithSlash && typeof value === 'string' ? `Use "/${value}".` : `Fix ${where}.`,
    };
}
function formatIssue({ base, params, where, name, value }) {
    return {
        ...base,
        code: 'invalid_format',
        message: `${name} must be a valid ${String(params.format)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Fix ${where}.`,
    };
}
function tooShortIssue({ base, params, where, name, value }) {
    return Number(params.limit) <= 1
        ? { ...base, code: 'empty_value', message: `${name} must not be empty`, fix: `Give ${where} a value.` }
        : {
            ...base,
            code: 'invalid_value',
            message: `${name} must be at least ${String(params.limit)} characters; got ${(0,src_text/* quote */.hD)(value)}`,
        };
}
function outOfRangeIssue({ base, error, where, name, value }) {
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} ${error.message ?? 'is out of range'}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Fix ${where}.`,
    };
}
function duplicateItemIssue({ base, params, where, name, value, pointer }) {
    const repeated = (0,src_text/* quote */.hD)(value?.[Number(params.i)]);
    return {
        ...base,
        code: 'duplicate_item',
        pointer: `${pointer}/${String(params.i)}`,
        message: `${name} lists ${repeated} twice (items ${String(params.j)} and ${String(params.i)})`,
        fix: `Remove the repeated item from ${where}.`,
    };
}
/** anyOf/oneOf: when every branch only lacks a property, name the choices; else a generic shape mismatch. */
function noBranchMatchesIssue({ base, error, all, where }) {
    const branches = all.filter((e) => e.schemaPath.startsWith(error.schemaPath + '/'));
    const requiredOnly = branches.length > 0 && branches.every((e) => e.keyword === 'required');
    if (requiredOnly) {
        const names = branches.map((e) => `\`${String(e.params.missingProperty)}\``);
        return {
            ...base,
            code: 'missing_property',
            message: `${where} needs one of ${names.join(' or ')}`,
            fix: `Add ${names.join(' or ')} to ${where}.`,
        };
    }
    return {
        ...base,
        code: 'schema_violation',
        message: `${where} does not match any of the allowed shapes`,
        fix: `Compare ${where} with the schema.`,
    };
}
function otherSchemaIssue({ base, error, where }) {
    return {
        ...base,
        code: 'schema_violation',
        message: `${where} ${error.message ?? `fails ${error.keyword}`}`,
        fix: `Fix ${where} (schema keyword ${error.keyword}).`,
    };
}
function article(type) {
    if (type === 'null')
        return 'null';
    if (type === 'object' || type === 'array' || type === 'integer')
        return `an ${type}`;
    return `a ${type}`;
}


/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xD: () => (/* binding */ bundledValidator),
  pd: () => (/* binding */ chooseSchema),
  jr: () => (/* binding */ loadValidator)
});

// UNUSED EXPORTS: compileSchemaFile, schemaFix

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/gateway/schema-cycles.ts
// A schema whose $ref leads back to itself without descending into the data ({"$ref": "#"}, or
// two definitions that only refer to each other) makes every validator recurse until the stack
// overflows. Found before validating, so it is a finding on the $ref, not a crash.

// Keywords that apply a subschema to the same value (they do not descend into the data).
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_MANY = ['allOf', 'anyOf', 'oneOf'];
function at(schema, pointer) {
    let node = schema;
    for (const key of (0,json_source/* fromPointer */.kU)(pointer)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
/** Subschemas applied to the same value, with the pointer of the keyword that leads there. */
function inPlaceEdges(schema, pointer) {
    const node = at(schema, pointer);
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return [];
    const obj = node;
    const edges = [];
    const ref = obj.$ref;
    if (typeof ref === 'string' && (ref === '#' || ref.startsWith('#/'))) {
        edges.push({ target: decodeURIComponent(ref.slice(1)), via: `${pointer}/$ref` });
    }
    for (const key of IN_PLACE_ONE)
        if (key in obj)
            edges.push({ target: `${pointer}/${key}`, via: `${pointer}/${key}` });
    for (const key of IN_PLACE_MANY) {
        const list = obj[key];
        if (Array.isArray(list))
            list.forEach((_, i) => edges.push({ target: (0,json_source.toPointer)([...(0,json_source/* fromPointer */.kU)(pointer), key, i]), via: `${pointer}/${key}` }));
    }
    return edges;
}
/** Every local `$ref` target in the schema: where a cycle can start. */
function refTargets(node, out) {
    if (node === null || typeof node !== 'object')
        return out;
    for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && (value === '#' || value.startsWith('#/')))
            out.add(decodeURIComponent(value.slice(1)));
        else
            refTargets(value, out);
    }
    return out;
}
/** The pointer of a `$ref` that closes a cycle applied to one value, or undefined. */
function findRefCycle(schema) {
    const done = new Set();
    const visit = (pointer, stack) => {
        if (done.has(pointer))
            return undefined;
        stack.add(pointer);
        for (const edge of inPlaceEdges(schema, pointer)) {
            if (stack.has(edge.target))
                return edge.via;
            const found = visit(edge.target, stack);
            if (found)
                return found;
        }
        stack.delete(pointer);
        done.add(pointer);
        return undefined;
    };
    for (const start of ['', ...refTargets(schema, new Set())]) {
        const found = visit(start, new Set());
        if (found)
            return found;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/gateway/schema-messages.ts + 1 modules
var schema_messages = __webpack_require__(7722);
;// CONCATENATED MODULE: ./src/gateway/schema-source.ts
// Which JSON Schema the config is checked against, and compiling a user's schema with ajv.






/**
 * The `schema` input first (the user asked for it), then the config's own local `$schema`, then the
 * bundled schema. A `$schema` that names no file is a warning either way: the editor hint is broken.
 */
function chooseSchema(config, configFile, schemaInput, exists) {
    const issues = [];
    const own = config?.$schema;
    let ownFile;
    if (typeof own === 'string' && own !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(own)) {
        const file = external_node_path_default().resolve(external_node_path_default().dirname(configFile), own);
        if (exists(file))
            ownFile = file;
        else {
            issues.push({
                code: 'schema_not_found',
                severity: 'warning',
                pointer: '/$schema',
                target: 'value',
                message: `$schema names ${JSON.stringify(own)}, which does not exist next to the config; validated against` +
                    ` ${schemaInput ? 'the schema input' : 'the bundled schema'} instead`,
                fix: 'Fix the $schema path (relative to the config file) or remove it.',
            });
        }
    }
    if (schemaInput)
        return { choice: { kind: 'file', file: schemaInput, origin: 'schema input' }, issues };
    if (ownFile)
        return { choice: { kind: 'file', file: ownFile, origin: '$schema' }, issues };
    return { choice: { kind: 'bundled' }, issues };
}
/**
 * The validator for a choice. A broken schema input stops the stage (exit 2: the gate cannot do
 * what it was asked); a broken `$schema` of the config's own is a warning on the schema's line,
 * and the config is validated against the bundled schema instead, so every other check still runs.
 * (On Workers the gateway cannot compile a schema at runtime, so a broken one breaks no deploy.)
 */
async function loadValidator(choice, display) {
    if (choice.kind === 'bundled')
        return { validator: await bundledValidator(), choice, findings: [] };
    if (choice.origin === 'schema input')
        return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
    try {
        return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* StageError */.Zu))
            throw error;
        const findings = error.findings.map((f) => ({
            ...f,
            severity: 'warning',
            message: `${f.message}; the config's $schema names it, so the config was validated against the bundled schema` +
                ` instead`,
        }));
        return { validator: await bundledValidator(), choice: { kind: 'bundled' }, findings };
    }
}
/** The bundled schema, compiled at build time (scripts/generate-validator.mjs). */
async function bundledValidator() {
    const mod = await __webpack_require__.e(/* import() */ 620).then(__webpack_require__.bind(__webpack_require__, 3620));
    return mod.default;
}
// ajv ships CommonJS with `exports.default`; Node and bundlers disagree on which one `default` is.
function interop(mod) {
    const d = mod.default ?? mod;
    return (d.default ?? d);
}
async function ajvFor(schema) {
    const meta = String(schema?.$schema ?? '');
    if (/draft-0[67]|draft-04/.test(meta))
        return interop(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)));
    if (/2019-09/.test(meta))
        return interop(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 878, 23)));
    return interop(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 23)));
}
/** Loads and compiles a user's schema; anything wrong with it stops the stage (exit 2). */
async function compileSchemaFile(file, display) {
    const fail = (code, message, fix, location) => {
        throw new errors/* StageError */.Zu({
            stage: 'validate',
            layer: 'config',
            code,
            severity: 'error',
            message,
            fix,
            location,
        });
    };
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok) {
        const code = read.reason === 'missing' ? 'schema_not_found' : 'schema_unreadable';
        const fix = "Point the `schema` input (or the config's $schema) at a JSON Schema file.";
        const where = read.reason === 'missing' ? undefined : { file: display, line: read.line ?? 1 };
        return fail(code, `schema ${display} ${read.detail}`, fix, where);
    }
    const parsed = (0,json_source/* parseJson */.qF)(read.text);
    if (!parsed.ok) {
        return fail('schema_invalid', `schema ${display} is not valid JSON: ${parsed.problem.message}`, 'Fix the JSON syntax of the schema.', { file: display, ...rangeOf(parsed.problem.range) });
    }
    const schema = parsed.value;
    if (/draft-04/.test(String(schema?.$schema ?? ''))) {
        return fail('schema_unsupported', `schema ${display} is JSON Schema draft-04, which ajv 8 does not support`, 'Use draft-07 or 2020-12 ($schema).');
    }
    const Ajv = await ajvFor(schema);
    // strict:false: user schemas often carry editor keywords and custom formats; they are not our errors.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, logger: false, validateFormats: true });
    interop(await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23)))(ajv);
    if (ajv.validateSchema(schema) !== true) {
        const issues = (0,schema_messages/* issuesFromAjvErrors */.v)(ajv.errors ?? [], schema);
        const located = (0,json_source.locatePointers)(read.text, issues.map((i) => ({ pointer: i.pointer, target: i.target })));
        throw new errors/* StageError */.Zu(issues.map((issue) => ({
            stage: 'validate',
            layer: 'config',
            code: 'schema_invalid',
            severity: 'error',
            message: `schema ${display} is not a valid JSON Schema: ${issue.message}`,
            fix: schemaFix(issue.pointer),
            location: { file: display, ...rangeOf(located.get(`${issue.target}:${issue.pointer}`)) },
        })));
    }
    const cycle = findRefCycle(schema);
    if (cycle !== undefined) {
        const range = (0,json_source.locatePointers)(read.text, [{ pointer: cycle, target: 'key' }]).get(`key:${cycle}`);
        const message = `schema ${display}: the $ref at ${cycle} leads back to a schema it is part of ` +
            'without looking into the data, so validating would never end';
        const fix = 'Point the $ref at a definition that checks something, or remove it.';
        return fail('schema_invalid', message, fix, range ? { file: display, ...rangeOf(range) } : undefined);
    }
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        return fail('schema_invalid', `schema ${display} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`, 'Fix the schema ($ref targets must exist inside it).');
    }
}
/** Keywords that, written inside `properties`, declare a property of that name instead. */
const MISPLACED = /\/properties\/(required|type|properties|items|additionalProperties|enum|const)$/;
/** The fix for a schema that fails its meta-schema; a keyword nested inside `properties` is the usual slip. */
function schemaFix(pointer) {
    const keyword = MISPLACED.exec(pointer)?.[1];
    if (!keyword)
        return 'Fix the schema so it validates against its meta-schema.';
    return (`Move \`${keyword}\` out of \`properties\` to sit beside it: inside \`properties\` it declares a property` +
        ` named "${keyword}", whose value must be a schema.`);
}
function rangeOf(range) {
    return {
        line: Math.max(1, range.line),
        column: Math.max(1, range.column),
        endLine: Math.max(1, range.endLine),
        endColumn: Math.max(1, range.endColumn),
    };
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ dropDeferredChecks),
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   _m: () => (/* binding */ mayHoldReference)
/* harmony export */ });
/* unused harmony exports referenceIn, withReplaced */
/* harmony import */ var _json_json_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1279);
/* harmony import */ var _json_value_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5037);


/** The gateway's prefixes, in the order it tests them ("$secrets." before "$secret."). */
const PREFIXES = [
    ['$env.', 'env'],
    ['$secrets.', 'secret'],
    ['$secret.', 'secret'],
];
/** `{kind, name}` when the gateway replaces this string, by its own whole-value prefix rule. */
function referenceIn(text) {
    const match = PREFIXES.find(([prefix]) => text.startsWith(prefix));
    return match ? { kind: match[1], name: text.slice(match[0].length) } : undefined;
}
/** Whether a string may hold a reference or a near miss (`https://$env.HOST`): the strings worth a look. */
function mayHoldReference(text) {
    return text.includes('$') && /\$(?:env|secrets?)\./.test(text);
}
/**
 * A copy of `config` with every reference whose var is known replaced, as the Worker would.
 * `strings`: the config's strings that may hold a reference (`mayHoldReference`), when the caller
 * has already walked the config for them. Only the objects and arrays on the way to a replaced
 * value are copied; with nothing replaced, `value` is `config` itself (neither is ever modified).
 */
function substitute(config, vars, strings = (0,_json_value_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanValue */ .j)(config, _json_json_source_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr, mayHoldReference).strings) {
    const known = new Map();
    const unknown = new Set();
    const replacements = [];
    for (const { path, value: text } of strings) {
        const ref = referenceIn(text);
        if (!ref)
            continue;
        const pointer = (0,_json_json_source_js__WEBPACK_IMPORTED_MODULE_0__.toPointer)(path);
        // One `env` holds vars and secrets: a var answers `$secret(s).X` too (a secret cannot share its name).
        if (vars && Object.hasOwn(vars, ref.name)) {
            known.set(pointer, { raw: text, name: ref.name, value: vars[ref.name] });
            replacements.push({ path, value: vars[ref.name] });
        }
        else
            unknown.add(pointer);
    }
    return { value: withReplaced(config, replacements), known, unknown };
}
/** `root` with the value at each path replaced, copying only the containers on those paths. */
function withReplaced(root, replacements) {
    const copies = new Map();
    const copyOf = (node) => {
        let copy = copies.get(node);
        if (!copy) {
            copy = (Array.isArray(node) ? [...node] : { ...node });
            copies.set(node, copy);
        }
        return copy;
    };
    // A key such as "__proto__" must stay an own property, as JSON.parse made it.
    const set = (target, key, value) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    let result = root;
    for (const { path, value } of replacements) {
        if (path.length === 0) {
            result = value;
            continue;
        }
        let original = root;
        let copy = copyOf(original);
        result = copy;
        for (const key of path.slice(0, -1)) {
            const child = original[key];
            const childCopy = copyOf(child);
            set(copy, key, childCopy);
            original = child;
            copy = childCopy;
        }
        set(copy, path[path.length - 1], value);
    }
    return result;
}
const DEFERRED = new Set(['format', 'pattern']);
/**
 * Drops the errors the gateway's own order makes moot: a format or pattern on a reference it
 * replaces before validating, whose value the gate cannot know; and an anyOf/oneOf that such a
 * value could still satisfy (one branch failed only on those).
 */
function dropDeferredChecks(errors, unknown) {
    const deferred = (e) => DEFERRED.has(e.keyword) && unknown.has(e.instancePath);
    const dropped = new Set(errors.filter(deferred));
    for (const combinator of errors) {
        const isCombinator = combinator.keyword === 'anyOf' || combinator.keyword === 'oneOf';
        if (!isCombinator || !unknown.has(combinator.instancePath))
            continue;
        const branches = branchErrors(errors, combinator.schemaPath);
        if ([...branches.values()].some((list) => list.every(deferred))) {
            for (const e of [combinator, ...[...branches.values()].flat()])
                dropped.add(e);
        }
    }
    return errors.filter((e) => !dropped.has(e));
}
/** The errors under each branch (`<schemaPath>/<index>/…`) of a combinator. */
function branchErrors(errors, schemaPath) {
    const branches = new Map();
    for (const e of errors) {
        if (!e.schemaPath.startsWith(`${schemaPath}/`))
            continue;
        const index = e.schemaPath.slice(schemaPath.length + 1).split('/')[0];
        branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    return branches;
}


/***/ })

};
