// What a pull request changes in the gateway's API, base against head, each change at the level
// a reviewer would give it: auth taken off a route is a security error; a route or method that
// clients call and that disappears is a warning (an error under `api-changes: strict`); new
// routes and changed static answers are notices. Pure: positions are pointers into either side.
import type { Severity } from '../findings.js';
import type { ApiCors, ApiRoute, ApiSurface } from './api-surface.js';

export type ApiChangeCode =
  | 'auth_removed'
  | 'route_removed'
  | 'method_changed'
  | 'auth_added'
  | 'authorizer_changed'
  | 'target_changed'
  | 'cors_changed'
  | 'route_added'
  | 'response_changed'
  | 'mapping_changed';

export type ApiChangeLevel = 'standard' | 'strict';

export interface ApiChange {
  code: ApiChangeCode;
  severity: Severity;
  /** "POST /orders"; absent for a change to the whole API (CORS, the authorizer). */
  route?: string;
  message: string;
  fix: string;
  /** Which config the pointer is in: the head's, or the base's for what the head no longer has. */
  side: 'base' | 'head';
  pointer: string;
  target: 'key' | 'value';
  before?: string;
  after?: string;
}

/** Breaking for clients: removed routes and methods; errors only when the repository asks for strict. */
const BREAKING: ReadonlySet<ApiChangeCode> = new Set(['route_removed', 'method_changed']);

const SEVERITY: Record<ApiChangeCode, Severity> = {
  auth_removed: 'error',
  route_removed: 'warning',
  method_changed: 'warning',
  auth_added: 'warning',
  authorizer_changed: 'warning',
  target_changed: 'warning',
  cors_changed: 'notice',
  route_added: 'notice',
  response_changed: 'notice',
  mapping_changed: 'notice',
};

const key = (r: ApiRoute) => `${r.method} ${r.shape}`;

function severityOf(code: ApiChangeCode, level: ApiChangeLevel): Severity {
  return level === 'strict' && BREAKING.has(code) ? 'error' : SEVERITY[code];
}

type Draft = Omit<ApiChange, 'severity'>;

/** The changes of a route both sides have. */
function routeChanges(before: ApiRoute, after: ApiRoute): Draft[] {
  const at = (field: string, target: 'key' | 'value' = 'value') => ({
    side: 'head' as const,
    pointer: `${after.pointer}/${field}`,
    target,
  });
  const route = after.name;
  const out: Draft[] = [];
  if (before.auth && !after.auth) {
    out.push({
      code: 'auth_removed',
      route,
      message: `${route} no longer requires a token ("auth": true was removed): anyone can call it once this deploys`,
      fix:
        'Put "auth": true back on the route, or, if it is meant to be public, acknowledge the change in the ' +
        'accepted list.',
      // Where the head says so; a deleted "auth" is shown on the route's method, which names it.
      ...at(after.authWritten ? 'auth' : 'method'),
      before: 'auth: true',
      after: 'auth: false',
    });
  }
  if (!before.auth && after.auth) {
    out.push({
      code: 'auth_added',
      route,
      message: `${route} now requires a token: clients that call it without one get 401`,
      fix: 'Make sure every client of this route sends a token before this deploys.',
      ...at('auth'),
      before: 'auth: false',
      after: 'auth: true',
    });
  }
  if (before.target !== after.target) {
    out.push({
      code: 'target_changed',
      route,
      message: `${route} now goes to ${after.target} (was ${before.target})`,
      fix: 'Check that the new target serves this route the way clients expect.',
      ...at(after.target === 'a static response' ? 'response' : 'integration'),
      before: before.target,
      after: after.target,
    });
  }
  if (before.response !== undefined && after.response !== undefined && before.response !== after.response) {
    out.push({
      code: 'response_changed',
      route,
      message: `${route} answers a different static response`,
      fix: 'Intended? Clients reading the old value see the new one.',
      ...at('response'),
      before: before.response,
      after: after.response,
    });
  }
  if (before.mapping !== after.mapping) {
    out.push({
      code: 'mapping_changed',
      route,
      message: `${route} maps headers or query values differently for its upstream`,
      fix: 'Check that the upstream still gets what it reads.',
      ...(after.mapping === undefined
        ? { side: 'head' as const, pointer: after.pointer, target: 'value' as const }
        : at('mapping')),
      before: before.mapping ?? 'none',
      after: after.mapping ?? 'none',
    });
  }
  return out;
}

/** Routes the head no longer has, with a new method on the same path paired as a method change. */
function removedAndAdded(base: ApiRoute[], head: ApiRoute[]): Draft[] {
  const headKeys = new Set(head.map(key));
  const baseKeys = new Set(base.map(key));
  const added = head.filter((r) => !baseKeys.has(key(r)));
  const removed = base.filter((r) => !headKeys.has(key(r)));
  const paired = new Set<ApiRoute>();
  const out: Draft[] = [];
  for (const gone of removed) {
    const replacement = added.find((r) => r.shape === gone.shape && !paired.has(r));
    if (replacement) {
      paired.add(replacement);
      out.push({
        code: 'method_changed',
        route: gone.name,
        message: `${gone.name} is now ${replacement.name}: clients calling it with ${gone.method} get 404`,
        fix: `Keep a ${gone.method} route for existing clients, or acknowledge the change in the accepted list.`,
        side: 'head',
        pointer: `${replacement.pointer}/method`,
        target: 'value',
        before: gone.name,
        after: replacement.name,
      });
      continue;
    }
    out.push({
      code: 'route_removed',
      route: gone.name,
      message: `${gone.name} was removed: clients calling it get 404 once this deploys`,
      fix:
        'Keep the route (or an alias of it) until clients have moved, or acknowledge the removal in the accepted ' +
        'list.',
      side: 'base',
      pointer: gone.pointer,
      target: 'value',
      before: gone.name,
    });
  }
  for (const fresh of added.filter((r) => !paired.has(r))) {
    out.push({
      code: 'route_added',
      route: fresh.name,
      message: `${fresh.name} is new${fresh.auth ? ' (requires a token)' : ' and public (no "auth": true)'}`,
      fix: fresh.auth ? '' : 'Public by intent? If not, add "auth": true.',
      side: 'head',
      pointer: fresh.pointer,
      target: 'value',
      after: fresh.name,
    });
  }
  return out;
}

function corsNarrowed(before: ApiCors, after: ApiCors): string[] {
  const lost = (a: string[], b: string[]) => a.filter((x) => !b.includes(x) && !b.includes('*'));
  return [
    ...lost(before.origins, after.origins).map((o) => `origin ${o}`),
    ...lost(before.methods, after.methods).map((m) => `method ${m}`),
    ...lost(before.headers, after.headers).map((h) => `header ${h}`),
    ...(before.credentials && !after.credentials ? ['credentials'] : []),
  ];
}

function apiWideChanges(base: ApiSurface, head: ApiSurface, both: Array<[ApiRoute, ApiRoute]>): Draft[] {
  const out: Draft[] = [];
  const guarded = both.filter(([b, h]) => b.auth && h.auth).map(([, h]) => h.name);
  if (base.authorizer !== head.authorizer && guarded.length > 0) {
    out.push({
      code: 'authorizer_changed',
      message:
        `the authorizer changed for the ${guarded.length} routes that require a token` +
        ` (${guarded.slice(0, 5).join(', ')}${guarded.length > 5 ? ', …' : ''}): tokens minted for the old one` +
        ` may be refused`,
      fix: 'Check that clients get tokens the new authorizer accepts before this deploys.',
      side: head.authorizer ? 'head' : 'base',
      pointer: '/authorizer',
      target: 'key',
    });
  }
  const none: ApiCors = { origins: [], methods: [], headers: [], credentials: false };
  if (JSON.stringify(base.cors) !== JSON.stringify(head.cors)) {
    const lost = corsNarrowed(base.cors ?? none, head.cors ?? none);
    out.push({
      code: 'cors_changed',
      message: lost.length
        ? `CORS no longer allows ${lost.join(', ')}: browsers refuse those cross-origin calls`
        : 'CORS allows more than before',
      fix: lost.length ? 'Check that no browser client uses what CORS stopped allowing.' : '',
      side: head.cors ? 'head' : 'base',
      pointer: '/cors',
      target: 'key',
    });
  }
  return out;
}

/**
 * Every change from `base` to `head`, most severe first. A CORS change that takes something away
 * is a warning (browsers stop), one that only adds is a notice.
 */
export function diffApi(base: ApiSurface, head: ApiSurface, level: ApiChangeLevel = 'standard'): ApiChange[] {
  const baseByKey = new Map(base.routes.map((r) => [key(r), r] as const));
  const both: Array<[ApiRoute, ApiRoute]> = [];
  for (const route of head.routes) {
    const before = baseByKey.get(key(route));
    if (before) both.push([before, route]);
  }
  const drafts = [
    ...both.flatMap(([before, after]) => routeChanges(before, after)),
    ...removedAndAdded(base.routes, head.routes),
    ...apiWideChanges(base, head, both),
  ];
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return drafts
    .map((d) => {
      const narrowing = d.code === 'cors_changed' && d.fix !== '';
      return { ...d, severity: narrowing ? ('warning' as const) : severityOf(d.code, level) };
    })
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}
