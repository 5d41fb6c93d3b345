// The account the local Cloudflare holds: Workers with their versions, deployments and secrets,
// and the resources a preflight looks for. Pure data and rules; HTTP and workerd live elsewhere.
import { randomBytes, randomUUID } from 'node:crypto';
import { ApiError, CODES } from './envelope.ts';

export type ModuleType = 'ESModule' | 'CommonJS' | 'Text' | 'Data' | 'CompiledWasm';

export interface WorkerModule {
  name: string;
  type: ModuleType;
  content: Uint8Array;
}

/** A binding as the upload metadata states it (`{name, type, text|namespace_id|…}`). */
export interface Binding {
  name: string;
  type: string;
  [key: string]: unknown;
}

export interface Version {
  id: string;
  number: number;
  createdOn: string;
  mainModule: string;
  modules: WorkerModule[];
  /** Secrets are bindings of type `secret_text` with their `text`; views never show it. */
  bindings: Binding[];
  compatibilityDate: string;
  compatibilityFlags: string[];
  annotations: Record<string, string>;
  source: string;
}

export interface Deployment {
  id: string;
  createdOn: string;
  source: string;
  strategy: 'percentage';
  versions: Array<{ version_id: string; percentage: number }>;
  annotations: Record<string, string>;
}

export interface Script {
  name: string;
  tag: string;
  createdOn: string;
  modifiedOn: string;
  versions: Version[]; // oldest first
  deployments: Deployment[]; // oldest first; the API lists them newest first
  settings: Record<string, unknown>;
  workersDev: { enabled: boolean; previews_enabled: boolean };
  routes: unknown[];
}

export interface Token {
  value: string;
  /** Permission group names ("Workers Scripts Write", …), or "*" for all. */
  permissions: string[];
}

export interface KvNamespace {
  id: string;
  title: string;
}

export interface Resource {
  id: string;
  name: string;
  createdOn: string;
  extra: Record<string, unknown>;
}

export interface VersionDraft {
  mainModule: string;
  modules: WorkerModule[];
  bindings: Binding[];
  /**
   * Binding types to carry over from the latest version (`keep_bindings`). Absent, secrets are
   * carried over: on Cloudflare a deploy never deletes secrets (wrangler 4.73 and older send no
   * `keep_bindings` on `deploy`); present, only the listed types are (`versions secret delete`).
   */
  keepBindings?: string[];
  compatibilityDate?: string;
  compatibilityFlags?: string[];
  annotations?: Record<string, string>;
}

/** What a test or a person says the account holds before wrangler runs. */
export interface Seed {
  /** `plan` sets the Worker size limit uploads are refused over (10027): 3 MiB on `free` (the default), 10 MiB on `paid`. */
  account?: { id?: string; name?: string; plan?: WorkersPlan };
  subdomain?: string;
  tokens?: Array<string | { value: string; permissions?: string[] }>;
  kvNamespaces?: Array<{ id?: string; title: string; values?: Record<string, unknown> }>;
  d1Databases?: Array<{ uuid?: string; name: string }>;
  r2Buckets?: Array<{ name: string }>;
  queues?: Array<{ queue_id?: string; queue_name: string }>;
  hyperdriveConfigs?: Array<{ id?: string; name: string; origin?: Record<string, unknown> }>;
  /** Workers that already exist: a deployed version of `script` (a module Worker) with these secrets and vars. */
  workers?: Array<{
    name: string;
    script?: string;
    secrets?: Record<string, string>;
    vars?: Record<string, string>;
    compatibility_date?: string;
  }>;
  /** Worker name → the loopback port its URL is served on, bound before the Worker exists (the edge applies these). */
  edgePorts?: Record<string, number>;
  /**
   * More accounts the tokens are members of (GET /accounts lists them after the first), each with
   * its own resources and Workers. The API serves them all; the edge serves the first account's Workers.
   */
  accounts?: OtherAccountSeed[];
}

export type OtherAccountSeed = { id: string; name?: string } & Pick<
  Seed,
  'subdomain' | 'kvNamespaces' | 'd1Databases' | 'r2Buckets' | 'queues' | 'hyperdriveConfigs' | 'workers'
>;

export type WorkersPlan = 'free' | 'paid';

export const DEFAULT_ACCOUNT_ID = '0123456789abcdef0123456789abcdef';
export const DEFAULT_TOKEN = 'local-cloudflare-token';
const DEFAULT_COMPATIBILITY_DATE = '2025-11-01';
const SECRET_TYPES = ['secret_text', 'secret_key'];

function placeholderScript(name: string): string {
  return `export default { fetch() { return new Response(${JSON.stringify(`${name} is a seeded Worker\n`)}); } };\n`;
}

export class LocalAccount {
  id = DEFAULT_ACCOUNT_ID;
  name = 'Local account';
  plan: WorkersPlan = 'free';
  subdomain = 'local-gate';
  tokens: Token[] = [{ value: DEFAULT_TOKEN, permissions: ['*'] }];
  readonly scripts = new Map<string, Script>();
  readonly kvNamespaces = new Map<string, KvNamespace>();
  readonly d1Databases = new Map<string, Resource>();
  readonly r2Buckets = new Map<string, Resource>();
  readonly queues = new Map<string, Resource>();
  readonly hyperdriveConfigs = new Map<string, Resource>();
  private lastTimestamp = 0;

  /** Strictly increasing ISO timestamps, so "newest first" is never a tie. */
  now(): string {
    this.lastTimestamp = Math.max(Date.now(), this.lastTimestamp + 1);
    return new Date(this.lastTimestamp).toISOString();
  }

  /** Applies a seed; KV values are returned for the caller to store in the edge's KV. */
  applySeed(seed: Seed): Array<{ namespaceId: string; key: string; value: string }> {
    if (seed.account?.id) this.id = seed.account.id;
    if (seed.account?.name) this.name = seed.account.name;
    if (seed.account?.plan) this.plan = seed.account.plan;
    if (seed.subdomain) this.subdomain = seed.subdomain;
    if (seed.tokens) {
      this.tokens = seed.tokens.map((t) =>
        typeof t === 'string'
          ? { value: t, permissions: ['*'] }
          : { value: t.value, permissions: t.permissions ?? ['*'] },
      );
    }
    const values: Array<{ namespaceId: string; key: string; value: string }> = [];
    for (const ns of seed.kvNamespaces ?? []) {
      const created = this.createKvNamespace(ns.title, ns.id);
      for (const [key, value] of Object.entries(ns.values ?? {})) {
        values.push({
          namespaceId: created.id,
          key,
          value: typeof value === 'string' ? value : JSON.stringify(value, null, 2),
        });
      }
    }
    for (const db of seed.d1Databases ?? []) this.addResource(this.d1Databases, db.uuid ?? randomUUID(), db.name);
    for (const bucket of seed.r2Buckets ?? []) this.addResource(this.r2Buckets, bucket.name, bucket.name);
    for (const queue of seed.queues ?? []) this.addResource(this.queues, queue.queue_id ?? hexId(), queue.queue_name);
    for (const hd of seed.hyperdriveConfigs ?? []) {
      this.addResource(this.hyperdriveConfigs, hd.id ?? hexId(), hd.name, {
        origin: hd.origin ?? { host: 'db.example.com', port: 5432, database: 'app', scheme: 'postgres', user: 'app' },
      });
    }
    for (const worker of seed.workers ?? []) {
      const bindings: Binding[] = [
        ...Object.entries(worker.vars ?? {}).map(([name, text]) => ({ name, type: 'plain_text', text })),
        ...Object.entries(worker.secrets ?? {}).map(([name, text]) => ({ name, type: 'secret_text', text })),
      ];
      const draft: VersionDraft = {
        mainModule: 'index.js',
        modules: [
          {
            name: 'index.js',
            type: 'ESModule',
            content: new TextEncoder().encode(worker.script ?? placeholderScript(worker.name)),
          },
        ],
        bindings,
        keepBindings: [],
        compatibilityDate: worker.compatibility_date ?? DEFAULT_COMPATIBILITY_DATE,
      };
      const script = this.scripts.get(worker.name) ?? this.createScript(worker.name);
      const version = this.createVersion(script, draft, 'seed');
      this.deploy(script, [{ version_id: version.id, percentage: 100 }], {}, 'seed');
    }
    return values;
  }

  private addResource(
    map: Map<string, Resource>,
    id: string,
    name: string,
    extra: Record<string, unknown> = {},
  ): Resource {
    const resource = { id, name, createdOn: this.now(), extra };
    map.set(id, resource);
    return resource;
  }

  createKvNamespace(title: string, id: string = hexId()): KvNamespace {
    const namespace = { id, title };
    this.kvNamespaces.set(id, namespace);
    return namespace;
  }

  kvNamespace(id: string): KvNamespace {
    const namespace = this.kvNamespaces.get(id);
    if (!namespace) throw new ApiError(404, CODES.kvNamespaceNotFound, 'namespace not found');
    return namespace;
  }

  script(name: string, code: number = CODES.scriptNotFound): Script {
    const script = this.scripts.get(name);
    if (!script)
      throw new ApiError(
        404,
        code,
        code === CODES.serviceNotFound ? 'This Worker does not exist on your account.' : `Worker "${name}" not found.`,
      );
    return script;
  }

  createScript(name: string): Script {
    const createdOn = this.now();
    const script: Script = {
      name,
      tag: hexId(),
      createdOn,
      modifiedOn: createdOn,
      versions: [],
      deployments: [],
      settings: { logpush: false, tail_consumers: [], observability: { enabled: false }, tags: [] },
      workersDev: { enabled: false, previews_enabled: false },
      routes: [],
    };
    this.scripts.set(name, script);
    return script;
  }

  latestVersion(script: Script): Version | undefined {
    return script.versions.at(-1);
  }

  version(script: Script, id: string): Version {
    const version = script.versions.find((v) => v.id === id);
    if (!version) throw new ApiError(404, CODES.versionNotFound, `Version ${id} of Worker "${script.name}" not found.`);
    return version;
  }

  activeDeployment(script: Script): Deployment | undefined {
    return script.deployments.at(-1);
  }

  /** A new version; `keepBindings` carries the latest version's bindings of those types (secrets, usually). */
  createVersion(script: Script, draft: VersionDraft, source = 'wrangler'): Version {
    for (const binding of draft.bindings) {
      // Cloudflare refuses the whole upload, naming the id.
      if (binding.type === 'kv_namespace' && !this.kvNamespaces.has(String(binding.namespace_id))) {
        throw new ApiError(
          400,
          CODES.kvNamespaceInvalid,
          `KV namespace '${String(binding.namespace_id)}' is not valid. Please verify the namespace_id in your configuration.`,
        );
      }
    }
    const previous = this.latestVersion(script);
    const declared = new Set(draft.bindings.map((b) => b.name));
    const inherited: Binding[] = [];
    for (const binding of draft.bindings) {
      if (binding.type !== 'inherit') continue;
      const old = previous?.bindings.find((b) => b.name === binding.name);
      if (!old)
        throw new ApiError(
          400,
          CODES.badRequest,
          `Binding "${binding.name}" cannot be inherited: the latest version has no binding of that name.`,
        );
      inherited.push(old);
    }
    const keep = draft.keepBindings ?? SECRET_TYPES;
    for (const old of previous?.bindings ?? []) {
      if (keep.includes(old.type) && !declared.has(old.name)) inherited.push(old);
    }
    const version: Version = {
      id: randomUUID(),
      number: (previous?.number ?? 0) + 1,
      createdOn: this.now(),
      mainModule: draft.mainModule,
      modules: draft.modules,
      bindings: [...draft.bindings.filter((b) => b.type !== 'inherit'), ...inherited],
      compatibilityDate: draft.compatibilityDate ?? previous?.compatibilityDate ?? DEFAULT_COMPATIBILITY_DATE,
      compatibilityFlags: draft.compatibilityFlags ?? previous?.compatibilityFlags ?? [],
      annotations: draft.annotations ?? {},
      source,
    };
    script.versions.push(version);
    script.modifiedOn = version.createdOn;
    return version;
  }

  deploy(
    script: Script,
    versions: Array<{ version_id: string; percentage: number }>,
    annotations: Record<string, string>,
    source = 'wrangler',
  ): Deployment {
    if (versions.length === 0 || versions.length > 2) {
      throw new ApiError(400, CODES.invalidDeployment, 'A deployment must name one or two versions.');
    }
    const total = versions.reduce((sum, v) => sum + v.percentage, 0);
    if (Math.abs(total - 100) > 1e-9 || versions.some((v) => !(v.percentage >= 0 && v.percentage <= 100))) {
      throw new ApiError(400, CODES.invalidDeployment, `Version percentages must add up to 100; got ${total}.`);
    }
    for (const v of versions) this.version(script, v.version_id);
    const deployment: Deployment = {
      id: randomUUID(),
      createdOn: this.now(),
      source,
      strategy: 'percentage',
      versions,
      annotations,
    };
    script.deployments.push(deployment);
    script.modifiedOn = deployment.createdOn;
    return deployment;
  }

  /**
   * A secret change makes a new version from the latest one and deploys it at 100%, as Cloudflare
   * does; refused (10215) while the latest version is not the one fully deployed.
   */
  changeSecrets(script: Script, changes: Record<string, string | null>): Version {
    const latest = this.deployedLatest(script, CODES.latestVersionNotDeployed, 'secrets');
    let bindings = latest.bindings;
    for (const [name, text] of Object.entries(changes)) {
      if (text === null && !bindings.some((b) => b.name === name && b.type === 'secret_text')) {
        throw new ApiError(404, CODES.secretNotFound, `Secret "${name}" not found on Worker "${script.name}".`);
      }
      bindings = bindings.filter((b) => b.name !== name);
      if (text !== null) bindings = [...bindings, { name, type: 'secret_text', text }];
    }
    const version = this.copyVersion(script, latest, bindings, {});
    this.deploy(script, [{ version_id: version.id, percentage: 100 }], { 'workers/triggered_by': 'secret' }, 'secret');
    return version;
  }

  /** The latest version, refused (`code`) while it is not the one deployed at 100%: a change would deploy it. */
  private deployedLatest(script: Script, code: number, what: string): Version {
    const latest = this.latestVersion(script);
    const active = this.activeDeployment(script);
    if (latest && active && !(active.versions.length === 1 && active.versions[0]?.version_id === latest.id)) {
      const message =
        `The latest version of this Worker is not deployed to 100%; ${what} cannot be changed ` + 'with a deployment.';
      throw new ApiError(400, code, message);
    }
    if (!latest) throw new ApiError(404, CODES.scriptNotFound, `Worker "${script.name}" has no version.`);
    return latest;
  }

  /**
   * `PATCH …/scripts/:name/settings` with `bindings` (`secret bulk` of wrangler 4.73 and older): the
   * list is the whole new set, an entry with only a name and type keeps that binding as it is.
   * Like a secret change, it makes a version and deploys it.
   */
  replaceBindings(script: Script, bindings: Binding[]): Version {
    const latest = this.deployedLatest(script, CODES.settingsLatestNotDeployed, 'settings');
    const next = bindings.map((b) => {
      if (Object.keys(b).some((key) => key !== 'name' && key !== 'type')) return b;
      const old = latest.bindings.find((o) => o.name === b.name);
      const why = `Binding "${b.name}" cannot be inherited: the latest version has no binding of that name.`;
      if (!old) throw new ApiError(400, CODES.badRequest, why);
      return old;
    });
    const version = this.copyVersion(script, latest, next, {});
    this.deploy(script, [{ version_id: version.id, percentage: 100 }], { 'workers/triggered_by': 'secret' }, 'secret');
    return version;
  }

  /**
   * `PATCH …/workers/workers/:name/versions/latest` (`wrangler versions secret put|bulk|delete`):
   * a new version from the latest one with its bindings merge-patched (`env`: name → binding, or
   * null to remove it), NOT deployed, as on Cloudflare; allowed whatever is deployed.
   */
  patchLatestVersion(
    script: Script,
    env: Record<string, Record<string, unknown> | null>,
    annotations: Record<string, unknown>,
  ): Version {
    const latest = this.latestVersion(script);
    if (!latest) throw new ApiError(400, CODES.noVersions, 'There are currently no uploaded versions of this Worker.');
    let bindings = latest.bindings;
    for (const [name, value] of Object.entries(env)) {
      bindings = bindings.filter((b) => b.name !== name);
      if (value === null) continue;
      if (typeof value !== 'object' || typeof value.type !== 'string') {
        throw new ApiError(
          400,
          CODES.badRequest,
          `env.${name} must be a binding with a "type" (e.g. {"type": "secret_text", "text": "…"}) or null.`,
        );
      }
      bindings = [...bindings, { ...value, name, type: value.type }];
    }
    const notes = Object.fromEntries(
      Object.entries(annotations).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    return this.copyVersion(script, latest, bindings, notes);
  }

  /** A new version with `from`'s code and these bindings, made by a secret change. */
  private copyVersion(
    script: Script,
    from: Version,
    bindings: Binding[],
    annotations: Record<string, string>,
  ): Version {
    return this.createVersion(
      script,
      {
        mainModule: from.mainModule,
        modules: from.modules,
        bindings,
        keepBindings: [],
        compatibilityDate: from.compatibilityDate,
        compatibilityFlags: from.compatibilityFlags,
        annotations: { ...annotations, 'workers/triggered_by': 'secret' },
      },
      'secret',
    );
  }

  secretNames(script: Script): Array<{ name: string; type: string }> {
    return (this.latestVersion(script)?.bindings ?? [])
      .filter((b) => b.type === 'secret_text' || b.type === 'secret_key')
      .map((b) => ({ name: b.name, type: b.type }));
  }
}

export function hexId(): string {
  return randomBytes(16).toString('hex');
}
