// The gateway's API as a client sees it: each route's method and path, whether it needs a token,
// where it goes (the integration's resolved target), its static answer and its mappings. Read
// from a config after the gateway's own substitution, so a URL held in a var counts as the URL.
import { isParam, WILDCARD } from './route-matching.js';

export interface ApiRoute {
  /** "GET /users/{id}", as written. */
  name: string;
  method: string;
  path: string;
  /** The path with parameter names dropped (`/users/{}`): renaming a parameter changes nothing. */
  shape: string;
  /** JSON pointer of the route object in the config. */
  pointer: string;
  auth: boolean;
  /** Whether the route writes `auth` at all (where a change to it is best shown). */
  authWritten: boolean;
  /** What answers the route: a static response, or the integration and its resolved target. */
  target: string;
  /** Canonical JSON of the static response, when the route has one. */
  response?: string;
  /** Canonical JSON of the route's mapping, when it has one. */
  mapping?: string;
}

export interface ApiCors {
  origins: string[];
  methods: string[];
  headers: string[];
  credentials: boolean;
}

export interface ApiSurface {
  routes: ApiRoute[];
  /** Canonical JSON of the authorizer, when there is one. */
  authorizer?: string;
  cors?: ApiCors;
}

type Entry = Record<string, unknown>;

const record = (value: unknown): Entry | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Entry) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** JSON with object keys sorted, so two equal values written in another order compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = record(value);
  if (obj) {
    const keys = Object.keys(obj).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function pathShape(path: string): string {
  return path
    .split('/')
    .map((segment) => (isParam(segment) && segment !== WILDCARD ? '{}' : segment))
    .join('/');
}

/** Alias → what it stands for, for `servers` (the URL) and `services` / `serviceBindings` (the binding). */
function aliases(config: Entry): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, describe: (e: Entry) => string | undefined) => {
    const entries = config[key];
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      const e = record(entry);
      const alias = text(e?.alias);
      const what = e ? describe(e) : undefined;
      if (alias && what && !out.has(`${key}:${alias}`)) out.set(`${key}:${alias}`, what);
    }
  };
  add('servers', (e) => (e.url === undefined ? undefined : String(e.url)));
  add('services', (e) => text(e.entrypoint));
  add('serviceBindings', (e) => text(e.binding));
  add('servicesBindings', (e) => text(e.binding));
  return out;
}

function targetOf(route: Entry, known: Map<string, string>): string {
  const integration = record(route.integration);
  if (!integration) return route.response !== undefined ? 'a static response' : 'nothing';
  const type = text(integration.type) ?? '?';
  const server = text(integration.server);
  const binding = text(integration.binding);
  const fn = text(integration.function);
  if (server !== undefined) return `${type} → ${known.get(`servers:${server}`) ?? `server "${server}"`}`;
  if (binding !== undefined) {
    const resolved =
      known.get(`services:${binding}`) ??
      known.get(`serviceBindings:${binding}`) ??
      known.get(`servicesBindings:${binding}`) ??
      binding;
    return `${type} → ${resolved}${fn ? `.${fn}` : ''}`;
  }
  return type;
}

function corsOf(value: unknown): ApiCors | undefined {
  const cors = record(value);
  if (!cors) return undefined;
  return {
    origins: list(cors.allow_origins),
    methods: list(cors.allow_methods).map((m) => m.toUpperCase()),
    headers: list(cors.allow_headers).map((h) => h.toLowerCase()),
    credentials: cors.allow_credentials === true,
  };
}

/** The API of a (substituted) gateway config; what is not a route object is skipped. */
export function apiSurface(config: unknown): ApiSurface {
  const root = record(config) ?? {};
  const known = aliases(root);
  const routes: ApiRoute[] = [];
  const paths = Array.isArray(root.paths) ? root.paths : [];
  paths.forEach((item, index) => {
    const route = record(item);
    const path = text(route?.path);
    if (!route || path === undefined) return;
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
