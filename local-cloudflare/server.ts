// The local Cloudflare: the v4 API on one loopback port (plus `/__local`, its own admin API for
// seeding state, faults and the request log), and the edge that serves what was deployed.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Edge } from './edge.ts';
import { ApiError, CODES, failure, success } from './envelope.ts';
import { Faults, type FaultRule } from './faults.ts';
import { registerResourceRoutes } from './resources-api.ts';
import { ListResult, RawResponse, RouteTable, type RequestContext, type Route } from './routes.ts';
import { LocalAccount, type OtherAccountSeed, type Seed, type Token } from './state.ts';
import { TailHub } from './tail.ts';
import { acceptWebSocket } from './websocket.ts';
import { registerWorkerRoutes } from './workers-api.ts';

const API_PREFIX = '/client/v4';
const MAX_BODY = 100 * 1024 * 1024;
/** A hung answer is dropped after this long at the latest, so nothing waits forever. */
const MAX_HANG_MS = 10 * 60 * 1000;

export interface LocalCloudflareOptions {
  port?: number;
  seed?: Seed;
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  ms: number;
  /** When the request arrived (epoch ms). */
  at: number;
  fault?: boolean;
}

export interface LocalCloudflare {
  apiUrl: string;
  adminUrl: string;
  account: LocalAccount;
  edge: Edge;
  seed(seed: Seed): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalCloudflare(options: LocalCloudflareOptions = {}): Promise<LocalCloudflare> {
  const log = options.log ?? (() => undefined);
  const account = new LocalAccount();
  const tails = new TailHub();
  const faults = new Faults();
  // One state directory: miniflare's storage and the workers.dev certificate. miniflare exits the
  // process itself on SIGINT/SIGTERM (after stopping workerd), so it is also removed synchronously on exit.
  const stateDir = await mkdtemp(join(tmpdir(), 'local-cloudflare-'));
  const persistDir = join(stateDir, 'persist');
  const removeStateDir = (): void => rmSync(stateDir, { recursive: true, force: true });
  process.once('exit', removeStateDir);
  const edge = new Edge(account, tails, { persistDir, certificateDir: stateDir, verbose: options.verbose, log });
  const requestLog: RequestLogEntry[] = [];
  const hung = new Set<ServerResponse>();
  let base = '';

  // The other accounts of a seed: each its own state and route table, dispatched by the account in the path.
  const others = new Map<string, { account: LocalAccount; routes: RouteTable }>();
  const allAccounts = (): LocalAccount[] => [account, ...[...others.values()].map((o) => o.account)];
  const routes = new RouteTable();
  registerWorkerRoutes(routes, { account, edge, tails, socketBase: () => base.replace(/^http/, 'ws') });
  registerResourceRoutes(routes, account, edge, allAccounts);

  function addAccount(other: OtherAccountSeed): Array<{ namespaceId: string; key: string; value: string }> {
    const { id, name, ...resources } = other;
    const existing = others.get(id)?.account;
    const state = existing ?? new LocalAccount();
    state.id = id;
    if (name) state.name = name;
    state.tokens = account.tokens;
    if (!existing) {
      const table = new RouteTable();
      // Its Workers are kept by the API, not served: the edge serves the first account.
      registerWorkerRoutes(table, { account: state, edge, tails, socketBase: () => base.replace(/^http/, 'ws') });
      registerResourceRoutes(table, state, edge, allAccounts);
      others.set(id, { account: state, routes: table });
    }
    return state.applySeed(resources);
  }

  async function seed(value: Seed): Promise<void> {
    const values = account.applySeed(value);
    for (const other of value.accounts ?? []) values.push(...addAccount(other));
    for (const o of others.values()) o.account.tokens = account.tokens;
    for (const [script, port] of Object.entries(value.edgePorts ?? {})) await edge.pinPort(script, Number(port));
    await edge.sync();
    for (const { namespaceId, key, value: text } of values) await (await edge.kv(namespaceId)).put(key, text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, failure(CODES.internal, 'An unknown error has occurred.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (url.pathname === '/__local' || url.pathname.startsWith('/__local/')) {
      await admin(method, url, body, res);
      return;
    }
    const record = (status: number, fault = false): void => {
      requestLog.push({
        method,
        path: url.pathname,
        query: url.search,
        status,
        ms: Math.round(performance.now() - started),
        at,
        fault: fault || undefined,
      });
      if (options.verbose) log(`${method} ${url.pathname}${url.search} ${status}`);
    };
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) {
      send(res, 404, failure(CODES.noRoute, `No route for ${url.pathname}; the API is under ${API_PREFIX}.`));
      record(404);
      return;
    }

    const fault = faults.take(method, url.pathname.slice(API_PREFIX.length));
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.hang) {
        hung.add(res);
        record(0, true);
        const timer = setTimeout(() => res.destroy(), MAX_HANG_MS);
        res.on('close', () => {
          clearTimeout(timer);
          hung.delete(res);
        });
        return;
      }
      if (fault.status) {
        const code = fault.code ?? (fault.status === 429 ? CODES.rateLimited : CODES.internal);
        const message =
          fault.message ??
          (fault.status === 429
            ? 'Please wait and consider throttling your request speed'
            : 'An unknown error has occurred.');
        send(
          res,
          fault.status,
          failure(code, message),
          fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
        );
        record(fault.status, true);
        return;
      }
    }

    const named = /^\/client\/v4\/accounts\/([^/]+)/.exec(url.pathname)?.[1];
    const table = (named && others.get(decodeURIComponent(named))?.routes) || routes;
    const { route, params, pathMatched } = table.find(method, url.pathname);
    if (!route) {
      const status = pathMatched ? 405 : 404;
      send(
        res,
        status,
        failure(
          pathMatched ? CODES.methodNotAllowed : CODES.noRoute,
          pathMatched ? `Method ${method} not allowed for ${url.pathname}` : `No route for that URI: ${url.pathname}`,
        ),
      );
      record(status);
      return;
    }
    const denied = authorize(req, route, params);
    if (denied) {
      send(res, denied.status, failure(denied.code, denied.message));
      record(denied.status);
      return;
    }
    const ctx: RequestContext = {
      method,
      path: url.pathname,
      params,
      query: url.searchParams,
      headers: req.headers,
      body,
      json<T>(): T {
        try {
          return JSON.parse(body.toString('utf8')) as T;
        } catch {
          throw new ApiError(400, CODES.badRequest, 'The request body is not valid JSON.');
        }
      },
    };
    try {
      const result = await route.handler(ctx);
      if (result instanceof RawResponse) {
        res.writeHead(result.status, result.headers);
        res.end(result.body);
        record(result.status);
      } else if (result instanceof ListResult) {
        send(res, 200, success(result.result, result.resultInfo));
        record(200);
      } else {
        send(res, 200, success(result ?? null));
        record(200);
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(res, error.status, failure(error.code, error.message));
      record(error.status);
    }
  }

  function authorize(req: IncomingMessage, route: Route, params: Record<string, string>): ApiError | undefined {
    const header = req.headers.authorization;
    if (!header)
      return new ApiError(400, CODES.missingAuth, 'Missing X-Auth-Key, X-Auth-Email or Authorization headers');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return new ApiError(400, 6111, 'Invalid format for Authorization header');
    const token = account.tokens.find((t) => t.value === match[1]);
    if (!token) {
      // What wrangler's whoami (run after every 10000) gets for a token Cloudflare does not know.
      const path = route.pattern.pathname;
      if (path === `${API_PREFIX}/user/tokens/verify`)
        return new ApiError(401, CODES.invalidToken, 'Invalid API Token');
      if (!path.startsWith(`${API_PREFIX}/accounts/`))
        return new ApiError(403, CODES.invalidAccessToken, 'Invalid access token');
      return new ApiError(403, CODES.authentication, 'Authentication error');
    }
    if (params.account !== undefined && params.account !== account.id && !others.has(params.account))
      return new ApiError(403, CODES.authentication, 'Authentication error');
    if (route.permission && !grants(token, route.permission))
      return new ApiError(403, CODES.authentication, 'Authentication error');
    return undefined;
  }

  async function admin(method: string, url: URL, body: Buffer, res: ServerResponse): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '');
    const parse = (): unknown => (body.length > 0 ? JSON.parse(body.toString('utf8')) : {});
    try {
      if (method === 'GET' && (path === '/__local' || path === '/__local/workers')) {
        const workers = edge.served();
        send(
          res,
          200,
          path === '/__local'
            ? {
                api: `${base}${API_PREFIX}`,
                accountId: account.id,
                subdomain: account.subdomain,
                workersDev: edge.workersDevListener() ?? null,
                workers,
              }
            : workers,
        );
      } else if (method === 'GET' && path.startsWith('/__local/workers/')) {
        const worker = edge.served().find((w) => w.name === decodeURIComponent(path.slice('/__local/workers/'.length)));
        send(res, worker ? 200 : 404, worker ?? { error: 'no such Worker' });
      } else if (method === 'POST' && path === '/__local/seed') {
        await seed(parse() as Seed);
        send(res, 200, { ok: true });
      } else if (path === '/__local/faults') {
        if (method === 'POST') {
          const rules = parse();
          faults.add((Array.isArray(rules) ? rules : [rules]) as FaultRule[]);
        } else if (method === 'DELETE') faults.clear();
        send(res, 200, faults.list());
      } else if (path === '/__local/edge/stale') {
        // The edge lagging behind the API: see StaleRule in edge.ts.
        if (method === 'POST') {
          const rules = parse();
          for (const rule of (Array.isArray(rules) ? rules : [rules]) as Array<{ script?: unknown; ms?: unknown }>) {
            edge.setStale(rule.script as string, rule.ms === undefined || rule.ms === null ? 0 : Number(rule.ms));
          }
        } else if (method === 'DELETE') {
          const named = url.searchParams.get('script') ?? (parse() as { script?: string }).script;
          edge.clearStale(named ?? undefined);
        } else if (method !== 'GET') {
          send(res, 405, { error: `no admin route ${method} ${path}` });
          return;
        }
        send(res, 200, edge.staleList());
      } else if (path === '/__local/edge/ports') {
        // A Worker's URL known before its first deploy: see Edge.pinPort.
        if (method === 'POST') {
          const pins = parse();
          for (const pin of (Array.isArray(pins) ? pins : [pins]) as Array<{ script?: unknown; port?: unknown }>)
            await edge.pinPort(pin.script as string, Number(pin.port));
        } else if (method !== 'GET') {
          send(res, 405, { error: `no admin route ${method} ${path}` });
          return;
        }
        send(res, 200, edge.portPins());
      } else if (method === 'POST' && path === '/__local/tails/drop') {
        // The edge dropping every tail's connection (1011), as a restart at Cloudflare does; the sessions stay.
        send(res, 200, { dropped: tails.dropConnections() });
      } else if (path === '/__local/requests') {
        if (method === 'DELETE') requestLog.length = 0;
        send(res, 200, requestLog);
      } else if (method === 'GET' && path === '/__local/state') {
        const named = url.searchParams.get('account');
        const state = named && named !== account.id ? others.get(named)?.account : account;
        send(res, state ? 200 : 404, state ? describe(state) : { error: `no account ${named}` });
      } else {
        send(res, 404, { error: `no admin route ${method} ${path}` });
      }
    } catch (error) {
      const message = error instanceof ApiError ? `${error.message} [code: ${error.code}]` : (error as Error).message;
      send(res, 400, { error: message });
    }
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = /^\/tail\/([^/?]+)/.exec(req.url ?? '');
    const id = match?.[1];
    if (!id || !tails.has(id) || String(req.headers.upgrade).toLowerCase() !== 'websocket') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const ws = acceptWebSocket(req, socket, head, 'trace-v1', { onClose: () => tails.detach(id, ws) });
    tails.attach(id, ws);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (options.seed) await seed(options.seed);
  await edge.startWorkersDev();

  return {
    apiUrl: `${base}${API_PREFIX}`,
    adminUrl: `${base}/__local`,
    account,
    edge,
    seed,
    async close() {
      tails.closeAll();
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await edge.close();
      await rm(stateDir, { recursive: true, force: true });
      process.removeListener('exit', removeStateDir);
    },
  };
}

function grants(token: Token, permission: string): boolean {
  return token.permissions.some((p) => p === '*' || p === permission || p === permission.replace(/ Read$/, ' Write'));
}

function describe(account: LocalAccount): Record<string, unknown> {
  return {
    accountId: account.id,
    subdomain: account.subdomain,
    workers: [...account.scripts.values()].map((s) => ({
      name: s.name,
      versions: s.versions.map((v) => ({
        id: v.id,
        number: v.number,
        created_on: v.createdOn,
        bindings: v.bindings.map((b) => ({ name: b.name, type: b.type })),
      })),
      deployments: [...s.deployments]
        .reverse()
        .map((d) => ({ id: d.id, created_on: d.createdOn, versions: d.versions })),
      secrets: account.secretNames(s).map((x) => x.name),
    })),
    kvNamespaces: [...account.kvNamespaces.values()],
    d1Databases: [...account.d1Databases.values()].map((r) => ({ uuid: r.id, name: r.name })),
    r2Buckets: [...account.r2Buckets.values()].map((r) => r.name),
    queues: [...account.queues.values()].map((r) => ({ queue_id: r.id, queue_name: r.name })),
    hyperdriveConfigs: [...account.hyperdriveConfigs.values()].map((r) => ({ id: r.id, name: r.name })),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, CODES.badRequest, 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, MAX_HANG_MS)));
}
