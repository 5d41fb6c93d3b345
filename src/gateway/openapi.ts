// The gateway's routes as an OpenAPI 3.1 document, for docs, client generators and contract
// testers. The gateway's own forms become OpenAPI's where one exists; where none does, a
// documented `x-gateway-*` extension keeps the meaning:
// - `ANY` is every method (`x-gateway-method: ANY` on each operation it stands for);
// - the `{.+}` wildcard (one or more segments) is a path parameter `rest` marked
//   `x-gateway-wildcard: true`, and the path item keeps the gateway's path in `x-gateway-path`.
import { canonicalJson } from './api-surface.js';
import { isParam, WILDCARD } from './route-matching.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'patch'] as const;
const WILDCARD_NAME = 'rest';

const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The OpenAPI path template and its parameters for a gateway path. */
function template(path: string): { path: string; params: Json[] } {
  const params: Json[] = [];
  const segments = path.split('/').map((segment) => {
    if (segment === WILDCARD) {
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
    if (isParam(segment)) {
      const name = segment.slice(1, -1);
      params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
    return segment;
  });
  return { path: segments.join('/'), params };
}

/** The security scheme the authorizer stands for; undefined without one. */
function securityScheme(authorizer: Json | undefined): Json | undefined {
  const type = text(authorizer?.type);
  if (type === 'auth0' && text(authorizer?.domain)) {
    const domain = text(authorizer!.domain)!
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
    return { type: 'openIdConnect', openIdConnectUrl: `https://${domain}/.well-known/openid-configuration` };
  }
  if (type === 'jwt' || type === 'supabase' || type === 'auth0') {
    return { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `The gateway's ${type} authorizer.` };
  }
  return undefined;
}

function operationId(method: string, path: string, taken: Set<string>): string {
  const base = `${method}_${
    path
      .replace(/\{\.\+\}/g, 'rest')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'root'
  }`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

function operation(route: Json, secured: boolean, id: string): Json {
  const responses: Json = {};
  if (route.response !== undefined) {
    responses['200'] = {
      description: 'The static response the gateway answers.',
      content: { 'application/json': { example: route.response } },
    };
  } else {
    const type = text(record(route.integration)?.type) ?? 'integration';
    responses.default = { description: `The ${type} integration's response.` };
  }
  if (secured) responses['401'] = { description: 'No token, or a token the authorizer refuses.' };
  const op: Json = { operationId: id, responses };
  if (secured) op.security = [{ gateway: [] }];
  if (text(route.method)?.toUpperCase() === 'ANY') op['x-gateway-method'] = 'ANY';
  return op;
}

/** An OpenAPI 3.1 document of a (substituted) gateway config's routes. */
export function openApiDocument(config: unknown): Json {
  const root = record(config) ?? {};
  const scheme = securityScheme(record(root.authorizer));
  const paths: Record<string, Json> = {};
  const taken = new Set<string>();
  const seen = new Set<string>();
  const routes = Array.isArray(root.paths) ? root.paths : [];
  for (const item of routes) {
    const route = record(item);
    const gatewayPath = text(route?.path);
    if (!route || !gatewayPath?.startsWith('/')) continue;
    const { path, params } = template(gatewayPath);
    const declared = (text(route.method) ?? 'ANY').toLowerCase();
    const methods = declared === 'any' ? METHODS : METHODS.filter((m) => m === declared);
    // The same path under other parameter names is the same OpenAPI path: the first route keeps it.
    const shape = path.replace(/\{[^}]*\}/g, '{}');
    const key = Object.keys(paths).find((p) => p.replace(/\{[^}]*\}/g, '{}') === shape) ?? path;
    const pathItem = (paths[key] ??= {
      ...(gatewayPath.includes(WILDCARD) ? { 'x-gateway-path': gatewayPath } : {}),
      ...(params.length ? { parameters: params } : {}),
    });
    for (const method of methods) {
      if (seen.has(`${method} ${shape}`)) continue;
      seen.add(`${method} ${shape}`);
      const secured = route.auth === true && scheme !== undefined;
      pathItem[method] = operation(route, secured, operationId(method, gatewayPath, taken));
    }
  }
  const info: Json = { title: text(root.title) ?? 'API gateway', version: canonicalVersion(root) };
  if (text(root.description)) info.description = root.description;
  const doc: Json = { openapi: '3.1.0', info, paths };
  if (scheme) doc.components = { securitySchemes: { gateway: scheme } };
  return doc;
}

/** OpenAPI needs a version; the config has none, so a short digest of the routes stands in. */
function canonicalVersion(root: Json): string {
  let hash = 0;
  for (const ch of canonicalJson(root.paths ?? [])) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `routes-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
