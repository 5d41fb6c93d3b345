// The edge: every live version of every Worker runs, unmodified, in one real workerd (through
// miniflare, which wrangler itself uses). Each Worker's active deployment answers on its own
// loopback port, split by the deployment's percentages; each version also answers on a preview port.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import type { AddressInfo } from 'node:net';
import {
  ROUTER_NAME,
  ROUTER_SOURCE,
  STORE_NAME,
  STORE_SOURCE,
  TAIL_NAME,
  TAIL_SOURCE,
  TARGET_HEADER,
} from './edge-workers.ts';
import type { Deployment, LocalAccount, Script, Version } from './state.ts';
import type { TailHub, TraceEvent } from './tail.ts';
import { aliasTargets, routeHost, workersDevCertificate, type WorkersDevCertificate } from './workers-dev.ts';

/** Versions kept serving at their preview address, per Worker, besides the deployed ones. */
const PREVIEW_VERSIONS = 5;
const MODULE_ROOT = '/local-cloudflare';

type V4Options = Parameters<typeof convertV4MiniflareOptions>[0];
type V4Worker = Record<string, unknown>;

export interface EdgeOptions {
  persistDir: string;
  /** Where the workers.dev certificate is written (removed with the rest of the state on close). */
  certificateDir: string;
  verbose?: boolean;
  log?: (line: string) => void;
}

interface Listener {
  server: Server;
  url: string;
}

export interface ServedWorker {
  name: string;
  url: string | null;
  /** The active deployment, as the API shows it. */
  deployment: Array<{ version_id: string; percentage: number }>;
  /** What the edge routes by now: the active deployment, or an older one while a stale rule holds it back. */
  serving: Array<{ version_id: string; percentage: number }>;
  previews: Record<string, string>;
  /** Preview aliases (`versions upload --preview-alias`): alias → the version it serves and its workers.dev URL. */
  aliases: Record<string, { version_id: string; url: string }>;
}

/** The one loopback listener for every `*.<subdomain>.workers.dev` name, routed by `Host`. */
export interface WorkersDevListener {
  /** `https://127.0.0.1:<port>`. */
  url: string;
  port: number;
  subdomain: string;
  /** The self-signed certificate for `*.<subdomain>.workers.dev`: trust it with `NODE_EXTRA_CA_CERTS`. */
  caFile: string;
}

/**
 * An edge that has not caught up (`POST /__local/edge/stale`): for `ms` after each deployment of
 * `script` made once the rule is set (for ever when `ms` is 0), the edge routes by the deployment
 * before it, as if the new one had not propagated yet.
 */
export interface StaleRule {
  script: string;
  ms: number;
  /** When the rule was set (epoch ms); deployments made before it have propagated. */
  since: number;
}

export class Edge {
  private mf: Miniflare | undefined;
  /** What workerd runs now (the workers without their code), or undefined after a failed start. */
  private runningConfig: string | undefined;
  private syncing: Promise<void> = Promise.resolve();
  private readonly scriptListeners = new Map<string, Listener>();
  private readonly previewListeners = new Map<string, Listener>();
  private readonly liveVersions = new Set<string>();
  private readonly boundNamespaces = new Set<string>();
  private servedByVersion = new Map<string, { script: string; version: string }>();
  private readonly runtimeLog: string[] = [];
  private readonly staleRules = new Map<string, StaleRule>();
  /** Ports pinned per Worker name (`edgePorts` in a seed, `POST /__local/edge/ports`). */
  private readonly pinnedPorts = new Map<string, number>();
  private workersDev:
    { server: TlsServer; port: number; subdomain: string; certificate: WorkersDevCertificate } | undefined;

  private readonly account: LocalAccount;
  private readonly tails: TailHub;
  private readonly options: EdgeOptions;

  constructor(account: LocalAccount, tails: TailHub, options: EdgeOptions) {
    this.account = account;
    this.tails = tails;
    this.options = options;
  }

  /** Brings workerd and the listeners in line with the account; calls are serialised. */
  sync(): Promise<void> {
    const next = this.syncing.then(() => this.syncNow());
    this.syncing = next.catch(() => undefined);
    return next;
  }

  private async syncNow(): Promise<void> {
    const live = new Map<string, { script: Script; version: Version }>();
    for (const script of this.account.scripts.values()) {
      const deployed = new Set(this.routableDeployments(script).flatMap((d) => d.versions.map((v) => v.version_id)));
      const recent = new Set(script.versions.slice(-PREVIEW_VERSIONS).map((v) => v.id));
      for (const id of aliasTargets(script).values()) recent.add(id);
      for (const version of script.versions) {
        if (deployed.has(version.id) || recent.has(version.id)) live.set(version.id, { script, version });
      }
    }
    const namespaces = [...this.account.kvNamespaces.keys()];
    const workers: V4Worker[] = [
      {
        name: ROUTER_NAME,
        modules: [{ type: 'ESModule', path: `${MODULE_ROOT}/${ROUTER_NAME}/router.js`, contents: ROUTER_SOURCE }],
        modulesRoot: `${MODULE_ROOT}/${ROUTER_NAME}`,
        compatibilityDate: '2025-11-01',
        serviceBindings: Object.fromEntries([...live.keys()].map((id) => [workerName(id), workerName(id)])),
      },
      {
        name: TAIL_NAME,
        modules: [{ type: 'ESModule', path: `${MODULE_ROOT}/${TAIL_NAME}/tail.js`, contents: TAIL_SOURCE }],
        modulesRoot: `${MODULE_ROOT}/${TAIL_NAME}`,
        compatibilityDate: '2025-11-01',
        serviceBindings: { SINK: (request: Request) => this.receiveTrace(request) },
      },
      {
        // Binds every KV namespace so the API can read and write values through miniflare's real KV.
        name: STORE_NAME,
        modules: [{ type: 'ESModule', path: `${MODULE_ROOT}/${STORE_NAME}/store.js`, contents: STORE_SOURCE }],
        modulesRoot: `${MODULE_ROOT}/${STORE_NAME}`,
        compatibilityDate: '2025-11-01',
        kvNamespaces: Object.fromEntries(namespaces.map((id) => [storeBinding(id), id])),
      },
      ...[...live.values()].map(({ script, version }) => this.versionWorker(script, version)),
    ];
    const options = convertV4MiniflareOptions({
      cf: false,
      resourcePersistencePath: this.options.persistDir,
      handleStructuredLogs: (log: { level?: string; message?: string }) => {
        this.runtimeLog.push(`${log.message ?? ''}`);
        if (this.runtimeLog.length > 50) this.runtimeLog.shift();
        if (this.options.verbose) this.options.log?.(`[workerd:${log.level ?? 'log'}] ${log.message ?? ''}`);
      },
      workers,
    } as unknown as V4Options);
    // Versions never change once made, so the same workers (named by version) are the same config: a
    // sync that changes only routing (a promotion, a rollback to a served version) restarts nothing.
    const fingerprint = JSON.stringify(workers, (key, value: unknown) => (key === 'contents' ? undefined : value));
    if (this.mf && fingerprint === this.runningConfig) {
      await this.syncListeners(live);
      await this.syncWorkersDev();
      return;
    }
    this.runtimeLog.length = 0;
    this.runningConfig = undefined;
    try {
      if (!this.mf) {
        const mf = new Miniflare(options);
        try {
          await mf.ready;
        } catch (error) {
          await mf.dispose().catch(() => undefined);
          throw error;
        }
        this.mf = mf;
      } else {
        await this.mf.setOptions(options);
      }
    } catch (error) {
      // miniflare only says the runtime failed to start; workerd's own log says why (the Worker's exception).
      throw new Error([...this.runtimeLog, (error as Error).message].join('\n'));
    }
    this.runningConfig = fingerprint;
    this.liveVersions.clear();
    for (const id of live.keys()) this.liveVersions.add(id);
    this.boundNamespaces.clear();
    for (const id of namespaces) this.boundNamespaces.add(id);
    this.servedByVersion = new Map(
      [...live.values()].map(({ script, version }) => [version.id, { script: script.name, version: version.id }]),
    );
    await this.syncListeners(live);
    await this.syncWorkersDev();
  }

  /** Starts the workers.dev listener (serialised with sync(), which also runs it). */
  startWorkersDev(): Promise<void> {
    const next = this.syncing.then(() => this.syncWorkersDev());
    this.syncing = next.catch(() => undefined);
    return next;
  }

  /** Starts the workers.dev listener once; a changed account subdomain gets a new certificate. */
  private async syncWorkersDev(): Promise<void> {
    const subdomain = this.account.subdomain;
    if (this.workersDev?.subdomain === subdomain) return;
    const certificate = workersDevCertificate(subdomain, this.options.certificateDir);
    if (this.workersDev) {
      this.workersDev.server.setSecureContext({ key: certificate.key, cert: certificate.cert });
      Object.assign(this.workersDev, { subdomain, certificate });
      return;
    }
    const server = createTlsServer({ key: certificate.key, cert: certificate.cert });
    const listener = await this.listen((req) => this.pickByHost(req), 0, server);
    this.workersDev = { server, port: Number(new URL(listener.url).port), subdomain, certificate };
    this.options.log?.(`*.${subdomain}.workers.dev is served at https://127.0.0.1:${this.workersDev.port}`);
  }

  /** The version a workers.dev request reaches: by its `Host`, as Cloudflare routes them. */
  private pickByHost(request: IncomingMessage): string | undefined {
    const target = routeHost(String(request.headers.host ?? ''), this.account.subdomain, this.account.scripts.values());
    if (!target) return undefined;
    return target.kind === 'preview' ? target.version : this.pickVersion(target.script, request);
  }

  workersDevListener(): WorkersDevListener | undefined {
    const dev = this.workersDev;
    if (!dev) return undefined;
    return {
      url: `https://127.0.0.1:${dev.port}`,
      port: dev.port,
      subdomain: dev.subdomain,
      caFile: dev.certificate.file,
    };
  }

  private versionWorker(script: Script, version: Version): V4Worker {
    const root = `${MODULE_ROOT}/${version.id}`;
    const worker: V4Worker = {
      name: workerName(version.id),
      modules: version.modules.map((m) => ({ type: m.type, path: `${root}/${m.name}`, contents: m.content })),
      modulesRoot: root,
      compatibilityDate: version.compatibilityDate,
      compatibilityFlags: version.compatibilityFlags,
      tails: [{ name: TAIL_NAME, props: { script: script.name, version: version.id } }],
    };
    const bindings: Record<string, unknown> = {};
    const kv: Record<string, string> = {};
    const d1: Record<string, string> = {};
    const r2: Record<string, string> = {};
    const queues: Record<string, { queueName: string }> = {};
    const services: Record<string, string> = {};
    for (const binding of version.bindings) {
      switch (binding.type) {
        case 'plain_text':
        case 'secret_text':
          bindings[binding.name] = String(binding.text ?? '');
          break;
        case 'json':
          bindings[binding.name] = binding.json ?? null;
          break;
        case 'kv_namespace':
          kv[binding.name] = String(binding.namespace_id);
          break;
        case 'd1':
          d1[binding.name] = String(binding.id ?? binding.database_id);
          break;
        case 'r2_bucket':
          r2[binding.name] = String(binding.bucket_name);
          break;
        case 'queue':
          queues[binding.name] = { queueName: String(binding.queue_name) };
          break;
        case 'service': {
          const target = this.account.scripts.get(String(binding.service));
          const deployed = target && this.account.activeDeployment(target)?.versions[0]?.version_id;
          if (deployed) services[binding.name] = workerName(deployed);
          else
            this.options.log?.(
              `${script.name}: service binding ${binding.name} → "${String(binding.service)}", which is not deployed; left unbound`,
            );
          break;
        }
        default:
          this.options.log?.(
            `${script.name}: binding ${binding.name} of type ${binding.type} is not simulated; left unbound`,
          );
      }
    }
    Object.assign(worker, {
      bindings,
      kvNamespaces: kv,
      d1Databases: d1,
      r2Buckets: r2,
      queueProducers: queues,
      serviceBindings: services,
    });
    return worker;
  }

  private async receiveTrace(request: Request): Promise<Response> {
    const events = (await request.json()) as TraceEvent[];
    for (const event of events) {
      if (event.scriptName && this.servedByVersion.has(event.scriptVersion?.id ?? '')) this.tails.publish(event);
    }
    return new Response(null, { status: 204 });
  }

  private async syncListeners(live: Map<string, { script: Script; version: Version }>): Promise<void> {
    for (const script of this.account.scripts.values()) {
      if (!this.account.activeDeployment(script) || this.scriptListeners.has(script.name)) continue;
      this.scriptListeners.set(script.name, await this.scriptListener(script.name, 0));
      this.options.log?.(`${script.name} is served at ${this.scriptListeners.get(script.name)!.url}`);
    }
    for (const [id, listener] of this.scriptListeners) {
      // A pinned address stays bound (answering 1042) while its Worker does not exist.
      if (!this.account.scripts.has(id) && !this.pinnedPorts.has(id)) {
        this.scriptListeners.delete(id);
        listener.server.close();
      }
    }
    for (const id of live.keys()) {
      if (!this.previewListeners.has(id)) this.previewListeners.set(id, await this.listen(() => id));
    }
    for (const [id, listener] of this.previewListeners) {
      if (!live.has(id)) {
        this.previewListeners.delete(id);
        listener.server.close();
      }
    }
  }

  /**
   * Pins the loopback port a Worker's URL is served on, so it is known before the first deploy:
   * bound now (a Worker that does not exist yet answers `error code: 1042` there), and moved
   * there when the Worker is already served elsewhere. Refused when the port is taken.
   */
  pinPort(script: string, port: number): Promise<{ script: string; port: number; url: string }> {
    if (typeof script !== 'string' || script === '')
      return Promise.reject(new Error('a port pin needs a "script" (a Worker name)'));
    if (!(Number.isInteger(port) && port > 0 && port < 65536))
      return Promise.reject(new Error(`"port" must be a port number from 1 to 65535; got ${JSON.stringify(port)}`));
    // Serialised with sync(), which creates and closes the same listeners.
    const next = this.syncing.then(async () => {
      const current = this.scriptListeners.get(script);
      if (!current || new URL(current.url).port !== String(port)) {
        const listener = await this.scriptListener(script, port);
        this.scriptListeners.set(script, listener);
        if (current) {
          current.server.close();
          current.server.closeIdleConnections();
        }
        this.options.log?.(`${script} is served at ${listener.url} (pinned)`);
      }
      this.pinnedPorts.set(script, port);
      return { script, port, url: this.scriptListeners.get(script)!.url };
    });
    this.syncing = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  portPins(): Array<{ script: string; port: number; url: string | null }> {
    return [...this.pinnedPorts].map(([script, port]) => ({
      script,
      port,
      url: this.scriptListeners.get(script)?.url ?? null,
    }));
  }

  private scriptListener(name: string, port: number): Promise<Listener> {
    return this.listen((req) => this.pickVersion(name, req), port || this.pinnedPorts.get(name) || 0);
  }

  setStale(script: string, ms: number): StaleRule {
    if (typeof script !== 'string' || script === '') throw new Error('a stale rule needs a "script" (a Worker name)');
    if (!(Number.isFinite(ms) && ms >= 0))
      throw new Error('"ms" must be a number of milliseconds >= 0 (0: until cleared)');
    // The account's clock is strictly increasing, so every later deployment is after `since`.
    const rule = { script, ms, since: Date.parse(this.account.now()) };
    this.staleRules.set(script, rule);
    return rule;
  }

  /** Clears the rule of one Worker, or all of them. */
  clearStale(script?: string): void {
    if (script === undefined) this.staleRules.clear();
    else this.staleRules.delete(script);
  }

  staleList(): StaleRule[] {
    return [...this.staleRules.values()];
  }

  /** The deployment the edge routes a Worker's traffic by: the newest one that has propagated. */
  private edgeDeployment(script: Script, now = Date.now()): Deployment | undefined {
    const rule = this.staleRules.get(script.name);
    if (!rule) return this.account.activeDeployment(script);
    for (let i = script.deployments.length - 1; i >= 0; i--) {
      const deployment = script.deployments[i]!;
      const created = Date.parse(deployment.createdOn);
      if (created < rule.since || (rule.ms > 0 && now >= created + rule.ms)) return deployment;
    }
    // Not even the first deployment has reached the edge: nothing is served yet.
    return undefined;
  }

  /** The deployments the edge serves now or will as they propagate: the edge's one up to the active one. */
  private routableDeployments(script: Script): Deployment[] {
    const active = this.account.activeDeployment(script);
    if (!active) return [];
    const current = this.edgeDeployment(script);
    const from = current ? script.deployments.indexOf(current) : 0;
    return script.deployments.slice(Math.max(0, from));
  }

  /** The split of the deployment the edge knows, or the version named in `Cloudflare-Workers-Version-Overrides` if it is part of it. */
  private pickVersion(scriptName: string, request: IncomingMessage): string | undefined {
    const script = this.account.scripts.get(scriptName);
    const deployment = script && this.edgeDeployment(script);
    if (!deployment) return undefined;
    const override = String(request.headers['cloudflare-workers-version-overrides'] ?? '');
    const match = new RegExp(`(?:^|,)\\s*${escapeRegExp(scriptName)}="([^"]+)"`).exec(override);
    if (match && deployment.versions.some((v) => v.version_id === match[1])) return match[1];
    // Version affinity: one `Cloudflare-Workers-Version-Key` always rolls the same number, and the
    // versions are taken in a fixed order (by id), so as a new version's share grows the keys it
    // already had stay on it. Without a key, each request rolls anew.
    const key = request.headers['cloudflare-workers-version-key'];
    let roll = typeof key === 'string' && key !== '' ? keyRoll(key) : Math.random() * 100;
    const ordered = [...deployment.versions].sort((a, b) => (a.version_id < b.version_id ? -1 : 1));
    for (const v of ordered) {
      if (roll < v.percentage) return v.version_id;
      roll -= v.percentage;
    }
    return ordered.filter((v) => v.percentage > 0).at(-1)?.version_id;
  }

  private async listen(
    pick: (request: IncomingMessage) => string | undefined,
    port = 0,
    server: Server | TlsServer = createServer(),
  ): Promise<Listener> {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.serve(req, res, pick(req)).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`local edge: ${(error as Error).message}\n`);
          return;
        }
        // The status and part of the body are out (the Worker's upstream reset mid-body, say): like
        // Cloudflare's edge, abort the connection, so the client sees a truncated body, not a longer one.
        if (this.options.verbose)
          this.options.log?.(
            `edge: ${req.method ?? 'GET'} ${req.url ?? '/'} aborted mid-response: ${(error as Error).message}`,
          );
        res.destroy();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(`cannot serve on 127.0.0.1:${port}: ${error.code ?? error.message}`)),
      );
      server.listen(port, '127.0.0.1', resolve);
    });
    const bound = (server.address() as AddressInfo).port;
    return { server, url: `http://127.0.0.1:${bound}` };
  }

  private async serve(req: IncomingMessage, res: ServerResponse, versionId: string | undefined): Promise<void> {
    const ray = `${randomBytes(8).toString('hex')}-LCL`;
    if (!versionId || !this.liveVersions.has(versionId) || !this.mf) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=UTF-8', server: 'cloudflare', 'cf-ray': ray });
      res.end('error code: 1042');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const edgeHeaders = new Set([TARGET_HEADER, 'cf-ray', 'cf-connecting-ip', 'accept-encoding']);
    const headers: Array<[string, string]> = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (!edgeHeaders.has(req.rawHeaders[i]!.toLowerCase()))
        headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    }
    headers.push(
      [TARGET_HEADER, workerName(versionId)],
      ['cf-ray', ray],
      ['cf-connecting-ip', req.socket.remoteAddress ?? '127.0.0.1'],
    );
    // miniflare's entry gzips the response for a client that accepts it, and gzip holds a streamed
    // body back until it ends; the edge hands the client a decoded body anyway, so ask for none.
    // (The Worker still sees miniflare's own `Accept-Encoding: br, gzip`.)
    headers.push(['accept-encoding', 'identity']);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const response = await this.mf.dispatchFetch(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
      redirect: 'manual',
    });
    const out: Array<[string, string]> = [];
    response.headers.forEach((value, name) => {
      // The body arrives decoded; its length and encoding are the client's business again.
      if (
        name === 'content-encoding' ||
        name === 'content-length' ||
        name === 'transfer-encoding' ||
        name === 'set-cookie' ||
        name.startsWith('mf-')
      )
        return;
      out.push([name, value]);
    });
    for (const cookie of response.headers.getSetCookie()) out.push(['set-cookie', cookie]);
    out.push(['server', 'cloudflare'], ['cf-ray', ray]);
    res.writeHead(response.status, out.flat());
    // Status and headers go out now, as from Cloudflare's edge, not with the first body chunk.
    res.flushHeaders();
    if (response.body) {
      for await (const chunk of response.body) res.write(chunk);
    }
    res.end();
  }

  async kv(namespaceId: string): Promise<KvStore> {
    if (!this.boundNamespaces.has(namespaceId)) await this.sync();
    return (await this.mf!.getKVNamespace(storeBinding(namespaceId), STORE_NAME)) as unknown as KvStore;
  }

  served(): ServedWorker[] {
    return [...this.account.scripts.values()].map((script) => ({
      name: script.name,
      url: this.scriptListeners.get(script.name)?.url ?? null,
      deployment: this.account.activeDeployment(script)?.versions ?? [],
      serving: this.edgeDeployment(script)?.versions ?? [],
      previews: Object.fromEntries(
        script.versions
          .filter((v) => this.previewListeners.has(v.id))
          .map((v) => [v.id, this.previewListeners.get(v.id)!.url]),
      ),
      aliases: Object.fromEntries(
        [...aliasTargets(script)].map(([alias, id]) => [
          alias,
          { version_id: id, url: `https://${alias}-${script.name}.${this.account.subdomain}.workers.dev` },
        ]),
      ),
    }));
  }

  previewUrl(versionId: string): string | undefined {
    return this.previewListeners.get(versionId)?.url;
  }

  async close(): Promise<void> {
    for (const listener of [...this.scriptListeners.values(), ...this.previewListeners.values()]) {
      listener.server.closeAllConnections();
      listener.server.close();
    }
    this.scriptListeners.clear();
    this.previewListeners.clear();
    this.workersDev?.server.closeAllConnections();
    this.workersDev?.server.close();
    this.workersDev = undefined;
    await this.syncing;
    await this.mf?.dispose();
    this.mf = undefined;
  }
}

/** The subset of a KV namespace the API uses. */
export interface KvStore {
  get(key: string, type: 'arrayBuffer'): Promise<ArrayBuffer | null>;
  getWithMetadata(key: string, type: 'arrayBuffer'): Promise<{ value: ArrayBuffer | null; metadata: unknown }>;
  put(
    key: string,
    value: string | ArrayBuffer | Uint8Array,
    options?: { expiration?: number; expirationTtl?: number; metadata?: unknown },
  ): Promise<void>;
  delete(key: string): Promise<void>;
  list(options?: { prefix?: string; limit?: number; cursor?: string }): Promise<{
    keys: Array<{ name: string; expiration?: number; metadata?: unknown }>;
    list_complete: boolean;
    cursor?: string;
  }>;
}

function workerName(versionId: string): string {
  return `v-${versionId}`;
}

function storeBinding(namespaceId: string): string {
  return `NS_${namespaceId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** A version key's fixed place in [0, 100). */
function keyRoll(key: string): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32) * 100;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
