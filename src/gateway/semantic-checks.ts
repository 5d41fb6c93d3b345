// What the schema cannot say: cross-references between parts of the config, routes the
// gateway's matching can never choose, URLs and references that fail only at runtime.
import path from 'node:path';
import type { GatewayHosts } from '../wrangler/gateway-hosts.js';
import { MAX_DEPTH, toPointer } from '../json/json-source.js';
import { scanValue, type ScannedString } from '../json/value-scan.js';
import { mayHoldReference } from './substitution.js';
import { closest, quote } from '../text.js';
import type { ConfigIssue } from './config-issue.js';
import { serverUrlProblem } from './server-urls.js';
import { findRouteConflicts, isParam, isWildcard, type RouteDef, WILDCARD } from './route-matching.js';

export type ReferenceKind = 'env' | 'secret';

/** A `$env.X` / `$secret.X` / `$secrets.X` value the Worker replaces at load time. */
export interface Reference {
  kind: ReferenceKind;
  name: string;
  /** The text as written: "$secrets.JWT_SECRET". */
  raw: string;
  pointer: string;
}

/** Whether the wrangler config builds anything before upload (`[build] command`); undefined: no config seen. */
export type WranglerBuild = 'none' | 'command' | undefined;

export interface SemanticContext {
  /** Directory of the config file: service entrypoints are relative to it. */
  configDir: string;
  fileExists: (file: string) => boolean;
  gatewayHosts?: GatewayHosts;
  wranglerBuild?: WranglerBuild;
  /** The config's strings that may hold a reference (`mayHoldReference`), when the caller has them. */
  strings?: readonly ScannedString[];
}

export interface SemanticResult {
  issues: ConfigIssue[];
  references: Reference[];
  routeCount: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const ptr = (...segs: (string | number)[]) => toPointer(segs);

const REFERENCE = /^\$(env|secrets?)\.(.*)$/s;
const REFERENCE_INSIDE = /\$(?:env|secrets?)\.[A-Za-z_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CATCH_ALL = `/${WILDCARD}`;
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

export function checkSemantics(config: unknown, ctx: SemanticContext): SemanticResult {
  const issues: ConfigIssue[] = [];
  const strings = ctx.strings ?? scanValue(config, MAX_DEPTH, mayHoldReference).strings;
  const references = collectReferences(strings, issues);
  if (!isObj(config)) return { issues, references, routeCount: 0 };

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
  const routes: RouteDef[] = [];
  const routeContext: RouteContext = { servers, services, bindings, authorizer, globalVariables, issues };
  arr(config.paths).forEach((route, i) => {
    if (!isObj(route)) return;
    checkRoute(route, i, routeContext);
    const method = str(route.method);
    const routePath = str(route.path);
    if (method && routePath?.startsWith('/')) routes.push({ index: i, method, path: routePath });
  });
  checkRouteTable(routes, isObj(config.cors), issues);
  return { issues, references, routeCount: arr(config.paths).length };
}

/** Every string that the Worker will replace, and the near-misses it will not. */
function collectReferences(strings: readonly ScannedString[], issues: ConfigIssue[]): Reference[] {
  const out: Reference[] = [];
  for (const { path, value } of strings) {
    const m = REFERENCE.exec(value);
    if (m) {
      const name = m[2]!;
      if (NAME.test(name)) {
        out.push({ kind: m[1] === 'env' ? 'env' : 'secret', name, raw: value, pointer: toPointer(path) });
      } else {
        issues.push({
          code: 'invalid_reference',
          severity: 'error',
          pointer: toPointer(path),
          target: 'value',
          message:
            `${quote(value)} does not name a valid Worker ${m[1] === 'env' ? 'variable' : 'secret'}; it will` +
            ` resolve to ""`,
          fix: `Use $${m[1]}.NAME with NAME made of letters, digits and _ (no spaces or dots).`,
        });
      }
    } else if (REFERENCE_INSIDE.test(value)) {
      issues.push({
        code: 'reference_not_resolved',
        severity: 'warning',
        pointer: toPointer(path),
        target: 'value',
        message:
          `${quote(value)} contains a reference, but the gateway only replaces values that start with` +
          ` $env./$secret./$secrets.; this stays literal text`,
        fix: 'Make the reference the whole value, or build the string in the Worker.',
      });
    }
  }
  return out;
}

/** Alias → index of its entry; a repeated alias is an error (the gateway silently takes the first). */
function aliases(config: Obj, key: string, issues: ConfigIssue[]): Map<string, number> {
  const seen = new Map<string, number>();
  arr(config[key]).forEach((entry, i) => {
    const alias = isObj(entry) ? str(entry.alias) : undefined;
    if (alias === undefined) return;
    if (seen.has(alias)) {
      issues.push({
        code: 'duplicate_alias',
        severity: 'error',
        pointer: ptr(key, i, 'alias'),
        target: 'value',
        message:
          `${key}[${i}] repeats the alias ${quote(alias)} of ${key}[${seen.get(alias)}]; the gateway always uses` +
          ` the first`,
        fix: `Give ${key}[${i}] its own alias, or remove it.`,
      });
    } else seen.set(alias, i);
  });
  return seen;
}

function checkServers(config: Obj, issues: ConfigIssue[], ctx: SemanticContext): void {
  arr(config.servers).forEach((server, i) => {
    const url = isObj(server) ? str(server.url) : undefined;
    // A reference is judged on the value its var gives it (config-analysis), where that is known.
    if (url === undefined || url === '' || REFERENCE.test(url)) return;
    const found = serverUrlProblem(url, ctx.gatewayHosts);
    if (!found) return;
    issues.push({
      code: found.code,
      severity: found.severity,
      pointer: ptr('servers', i, 'url'),
      target: 'value',
      message: `servers[${i}].url ${quote(url)} ${found.predicate}`,
      fix: found.literalFix,
    });
  });
}

function checkServiceEntrypoints(config: Obj, issues: ConfigIssue[], ctx: SemanticContext): void {
  arr(config.services).forEach((service, i) => {
    const entrypoint = isObj(service) ? str(service.entrypoint) : undefined;
    if (!entrypoint || REFERENCE.test(entrypoint)) return;
    // The gateway imports `${entrypoint}.js` at runtime: a module of exactly that name must be deployed.
    const base = path.resolve(ctx.configDir, entrypoint);
    const tried = [`${base}.js`, `${base}.ts`];
    if (ctx.fileExists(tried[0]!)) return;
    if (ctx.fileExists(tried[1]!)) {
      issues.push(typescriptOnly(entrypoint, i, path.relative(ctx.configDir, tried[1]!), ctx.wranglerBuild));
      return;
    }
    const hint = /\.[cm]?[jt]s$/.test(entrypoint)
      ? ` (the gateway appends .js itself, so ${quote(entrypoint)} loads ${quote(entrypoint + '.js')})`
      : '';
    issues.push({
      code: 'missing_service_entrypoint',
      severity: 'error',
      pointer: ptr('services', i, 'entrypoint'),
      target: 'value',
      message:
        `services[${i}].entrypoint ${quote(entrypoint)} has no module: neither ${path.basename(tried[0]!)} nor` +
        ` ${path.basename(tried[1]!)} exists next to the config${hint}`,
      fix:
        `Create ${path.relative(ctx.configDir, tried[0]!) || tried[0]} or fix the entrypoint path (relative to` +
        ` the config file, without extension).`,
    });
  });
}

/**
 * Only `<entrypoint>.ts` exists. The import is computed at runtime, so wrangler's bundler cannot
 * follow it, and additional modules are uploaded as they are: no .ts becomes a module named .js
 * unless a [build] command emits one (which the gate cannot see, hence a warning then).
 */
function typescriptOnly(entrypoint: string, i: number, ts: string, build: WranglerBuild): ConfigIssue {
  const js = `${entrypoint}.js`;
  const why =
    build === 'none'
      ? `wrangler never makes it ${path.basename(js)}: it cannot bundle a computed import, uploads additional modules` +
        ' as they are, and the wrangler config has no [build] command'
      : `it is found only if ${build === 'command' ? 'the [build] command' : 'a build step'} emits` +
        ` ${path.basename(js)}` +
        ' and the deploy uploads it (find_additional_modules with a rule for it)';
  return {
    code: 'service_entrypoint_not_js',
    severity: build === 'none' ? 'error' : 'warning',
    pointer: ptr('services', i, 'entrypoint'),
    target: 'value',
    message:
      `services[${i}].entrypoint ${quote(entrypoint)} exists only as ${ts},` +
      ` but the gateway imports ${quote(js)} at runtime; ${why}`,
    fix:
      `Write the service as ${ts.replace(/\.ts$/, '.js')} (or compile it there in a [build] command), and upload it:` +
      ' find_additional_modules = true with an ESModule rule covering it.',
  };
}

interface RouteContext {
  servers: Map<string, number>;
  services: Map<string, number>;
  bindings: Map<string, number>;
  authorizer: string | undefined;
  globalVariables: Obj;
  issues: ConfigIssue[];
}

/** How a finding names a route (made only for a finding: most routes have none). */
const labelOf = (route: Obj) => `route ${str(route.method) ?? '?'} ${str(route.path) ?? '?'}`;

// Each check is called only when the route has what it looks at: most routes have little of it.
function checkRoute(route: Obj, i: number, ctx: RouteContext): void {
  const routePath = route.path;
  if (typeof routePath === 'string' && !PLAIN_PATH.test(routePath)) checkPathSyntax(route, routePath, i, ctx.issues);
  if (route.auth === true && !ctx.authorizer) ctx.issues.push(authWithoutAuthorizer(route, i));
  const integration = isObj(route.integration) ? route.integration : undefined;
  if (integration) checkIntegration(route, integration, i, ctx);
  if (route.pre_process !== undefined) checkPreProcessBinding(route, i, ctx);
  if (integration && 'response' in route) ctx.issues.push(responseIgnored(i, labelOf(route)));
  if (route.mapping !== undefined) checkMapping(route, i, ctx);
}

/** A route refers to a server, service or binding by alias; an undefined alias makes the gateway answer 404. */
function unknownAlias(
  label: string,
  code: string,
  pointer: string,
  alias: string,
  kind: string,
  known: Map<string, number>,
  fix: string,
): ConfigIssue {
  const suggestion = closest(alias, known.keys());
  const didYouMean = suggestion ? `; did you mean ${quote(suggestion)}?` : '';
  const defined = known.size ? ` Defined: ${[...known.keys()].join(', ')}.` : '';
  return {
    code,
    severity: 'error',
    pointer,
    target: 'value',
    message:
      `${label} uses ${kind} ${quote(alias)}, which is not defined${didYouMean}:` +
      ' the gateway answers 404 "No match found." for it',
    fix: suggestion ? `Use "${suggestion}", or ${fix}` : `${fix[0]!.toUpperCase()}${fix.slice(1)}${defined}`,
  };
}

function authWithoutAuthorizer(route: Obj, i: number): ConfigIssue {
  return {
    code: 'auth_without_authorizer',
    severity: 'error',
    pointer: ptr('paths', i, 'auth'),
    target: 'value',
    message:
      `${labelOf(route)} has "auth": true but the config has no \`authorizer\`:` +
      ' the route is served without any authentication',
    fix: 'Add an `authorizer` (jwt, auth0 or supabase) to the config, or remove "auth": true.',
  };
}

/** Each integration type names its target differently; each must name one the config defines. */
function checkIntegration(route: Obj, integration: Obj, i: number, ctx: RouteContext): void {
  const type = str(integration.type);
  if (type === 'http_proxy' || type === 'http') checkProxyIntegration(route, integration, type, i, ctx);
  else if (type === 'service') {
    const binding = str(integration.binding);
    if (binding !== undefined && !ctx.services.has(binding)) {
      ctx.issues.push(
        unknownAlias(
          labelOf(route),
          'unknown_service',
          ptr('paths', i, 'integration', 'binding'),
          binding,
          'service',
          ctx.services,
          `add a service with "alias": "${binding}" to \`services\`.`,
        ),
      );
    }
  } else if (type === 'service_binding') {
    const binding = str(integration.binding);
    if (binding !== undefined && !ctx.bindings.has(binding)) {
      ctx.issues.push(
        unknownAlias(
          labelOf(route),
          'unknown_service_binding',
          ptr('paths', i, 'integration', 'binding'),
          binding,
          'service binding',
          ctx.bindings,
          `add {"alias": "${binding}", "binding": "…"} to \`serviceBindings\`.`,
        ),
      );
    }
  } else checkAuthorizerIntegration(route, type, i, ctx);
}

function checkProxyIntegration(
  route: Obj,
  integration: Obj,
  type: 'http_proxy' | 'http',
  i: number,
  ctx: RouteContext,
): void {
  const server = str(integration.server);
  if (server !== undefined && !ctx.servers.has(server)) {
    ctx.issues.push(
      unknownAlias(
        labelOf(route),
        'unknown_server',
        ptr('paths', i, 'integration', 'server'),
        server,
        'server',
        ctx.servers,
        `add a server with "alias": "${server}" to \`servers\`.`,
      ),
    );
  }
  if (route.path === CATCH_ALL) ctx.issues.push(catchAllProxy(route, i, labelOf(route), server));
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
function checkAuthorizerIntegration(route: Obj, type: string | undefined, i: number, ctx: RouteContext): void {
  if (!type || !(AUTH0_INTEGRATIONS.has(type) || SUPABASE_INTEGRATIONS.has(type))) return;
  const needs = AUTH0_INTEGRATIONS.has(type) ? 'auth0' : 'supabase';
  if (ctx.authorizer === needs) return;
  ctx.issues.push({
    code: 'authorizer_mismatch',
    severity: 'error',
    pointer: ptr('paths', i, 'integration', 'type'),
    target: 'value',
    message:
      `${labelOf(route)} uses the ${type} integration, which needs an ${needs} authorizer;` +
      ` the config's authorizer is ${ctx.authorizer ? quote(ctx.authorizer) : 'missing'}`,
    fix: `Configure "authorizer": {"type": "${needs}", …}, or remove this route.`,
  });
}

function checkPreProcessBinding(route: Obj, i: number, ctx: RouteContext): void {
  const preProcess = isObj(route.pre_process) ? str(route.pre_process.binding) : undefined;
  if (preProcess === undefined || ctx.bindings.has(preProcess)) return;
  ctx.issues.push(
    unknownAlias(
      labelOf(route),
      'unknown_service_binding',
      ptr('paths', i, 'pre_process', 'binding'),
      preProcess,
      'pre_process binding',
      ctx.bindings,
      `add {"alias": "${preProcess}", "binding": "…"} to \`serviceBindings\`.`,
    ),
  );
}

function responseIgnored(i: number, label: string): ConfigIssue {
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
function catchAllProxy(route: Obj, i: number, label: string, server: string | undefined): ConfigIssue {
  const method = str(route.method);
  const requests = method === 'ANY' || method === undefined ? 'every request' : `every ${method} request`;
  const target = server ? `server ${quote(server)}` : 'its server';
  return {
    code: 'catch_all_proxy',
    severity: 'warning',
    pointer: ptr('paths', i, 'path'),
    target: 'value',
    message:
      `${label} sends ${requests} that no other route matches to ${target}:` +
      ' the gateway never answers 404 "No match found.", so every typo and scanner probe reaches the backend',
    fix:
      'List the paths the backend serves, or proxy a prefix (such as "/api/{.+}"),' +
      " so unknown paths get the gateway's 404.",
  };
}

/** What is wrong with a path `PLAIN_PATH` does not match. */
function checkPathSyntax(route: Obj, routePath: string, i: number, issues: ConfigIssue[]): void {
  const label = labelOf(route);
  const pointer = ptr('paths', i, 'path');
  const segs = routePath.split('/');
  const w = segs.indexOf(WILDCARD);
  if (w !== -1 && w !== segs.length - 1) {
    issues.push({
      code: 'wildcard_not_last',
      severity: 'error',
      pointer,
      target: 'value',
      message:
        `${label}: {.+} must be the last segment; the gateway ignores everything after it` +
        ` (${quote(segs.slice(w + 1).join('/'))} is never compared)`,
      fix: `Use "${segs.slice(0, w + 1).join('/')}", or replace {.+} with a {param}.`,
    });
  }
  for (const seg of segs) {
    if (isWildcard(seg)) continue;
    if (isParam(seg) && /^\{[A-Za-z_][\w-]*\}$/.test(seg)) continue;
    if (/^\{(proxy\+|.*[*+].*)\}$/.test(seg)) {
      issues.push({
        code: 'not_a_wildcard',
        severity: 'error',
        pointer,
        target: 'value',
        message:
          `${label}: ${seg} is not a wildcard here;` + ' it matches exactly one segment (the greedy wildcard is {.+})',
        fix: `Replace ${seg} with {.+}.`,
      });
    } else if (seg.includes('{') || seg.includes('}')) {
      issues.push({
        code: 'partial_path_parameter',
        severity: 'warning',
        pointer,
        target: 'value',
        message: `${label}: segment ${quote(seg)} is matched literally; a parameter must be a whole segment like {id}`,
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
      message: `${label} ends with /: it matches ${quote(routePath)} but not ${quote(routePath.slice(0, -1))}`,
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

const MAPPING_PARTS = ['headers', 'query'] as const;
const NO_VARIABLES: Obj = Object.freeze({});

function checkMapping(route: Obj, i: number, ctx: RouteContext): void {
  if (!isObj(route.mapping)) return;
  const routeVariables = isObj(route.variables) ? route.variables : NO_VARIABLES;
  for (const part of MAPPING_PARTS) {
    const entries = route.mapping[part];
    if (!isObj(entries)) continue;
    for (const key of Object.keys(entries)) {
      const value = entries[key];
      if (typeof value !== 'string') continue;
      const m = MAPPING_TEMPLATE.exec(value);
      if (!m) {
        ctx.issues.push({
          code: 'mapping_value_ignored',
          severity: 'warning',
          pointer: ptr('paths', i, 'mapping', part, key),
          target: 'value',
          message:
            `${labelOf(route)}: mapping.${part}.${key} = ${quote(value)} is not a` +
            ` $request.header/$request.jwt/$request.query/$config template, so the gateway never sets it`,
          fix: `Put the value in \`variables\` and map "$config.NAME".`,
        });
        continue;
      }
      const name = m[2]!;
      if (m[1] === 'config' && !(name in routeVariables) && !(name in ctx.globalVariables)) {
        const suggestion = closest(name, [...Object.keys(routeVariables), ...Object.keys(ctx.globalVariables)]);
        ctx.issues.push({
          code: 'unknown_config_variable',
          severity: 'error',
          pointer: ptr('paths', i, 'mapping', part, key),
          target: 'value',
          message:
            `${labelOf(route)}: mapping.${part}.${key} uses $config.${name}, but neither the route's nor the global` +
            ` \`variables\` define ${quote(name)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}`,
          fix: suggestion
            ? `Use "$config.${suggestion}".`
            : `Add "${name}" to the route's \`variables\` or the global \`variables\`.`,
        });
      } else if (m[1] === 'request.jwt' && route.auth !== true) {
        ctx.issues.push({
          code: 'jwt_mapping_without_auth',
          severity: 'warning',
          pointer: ptr('paths', i, 'mapping', part, key),
          target: 'value',
          message:
            `${labelOf(route)}: mapping.${part}.${key} reads the JWT claim ${quote(name)}, but the route has no` +
            ` "auth": true, so there is no token and it is never set`,
          fix: 'Add "auth": true to the route, or map something else.',
        });
      }
    }
  }
}

function checkRouteTable(routes: RouteDef[], cors: boolean, issues: ConfigIssue[]): void {
  const { duplicates, shadowed } = findRouteConflicts(routes, { cors });
  for (const { route, first } of duplicates) {
    issues.push({
      code: 'duplicate_route',
      severity: 'error',
      pointer: ptr('paths', route.index, 'path'),
      target: 'value',
      message:
        `route ${route.method} ${route.path} (paths[${route.index}]) repeats paths[${first.index}]; the gateway` +
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
      message:
        `route ${s.route.method} ${s.route.path} (paths[${s.route.index}]) can never be chosen:` +
        ` ${s.winner.method} ${s.winner.path} (paths[${s.winner.index}]) takes every request it matches, e.g.` +
        ` ${s.sample.method} ${s.sample.path}, because ${s.reason}`,
      fix: `Remove paths[${s.route.index}], or make its path distinct from paths[${s.winner.index}].`,
      related: ptr('paths', s.winner.index, 'path'),
    });
  }
}
