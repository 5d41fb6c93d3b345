// A wrangler config resolved for one environment, with wrangler's rules: an `[env.x]` section
// inherits `main`, the compatibility settings and a few others, but no vars and no bindings, and
// its name defaults to `<top-level name>-<x>`.
import { closest } from '../text.js';
import type { RawWranglerConfig } from './wrangler-file.js';
import type { ConfigPath } from './wrangler-source.js';

/** Keys an environment does not inherit (wrangler's "non-inheritable" keys that hold bindings or vars). */
export const NON_INHERITED = [
  'vars',
  'define',
  'durable_objects',
  'kv_namespaces',
  'r2_buckets',
  'd1_databases',
  'services',
  'queues',
  'hyperdrive',
  'vectorize',
  'analytics_engine_datasets',
  'ai',
  'browser',
  'vpc_services',
  'secrets',
  'mtls_certificates',
  'send_email',
  'dispatch_namespaces',
  'workflows',
  'images',
  'version_metadata',
] as const;

export interface Binding {
  binding: string;
  /** The resource it names: a KV or Hyperdrive id, a D1 database id, a bucket, queue or service name. */
  resource: string | undefined;
  /** Where the resource is written (the id, bucket name, …). */
  path: ConfigPath;
}

export interface WorkerConfig {
  name: string | undefined;
  main: string | undefined;
  compatibilityDate: unknown;
  vars: Record<string, unknown>;
  kv: Binding[];
  d1: Binding[];
  r2: Binding[];
  queues: Binding[];
  hyperdrive: Binding[];
  services: Binding[];
  /** Durable Object bindings; `resource` is the class name, `script` another Worker that exports it. */
  durableObjects: Array<Binding & { script?: string }>;
  requiredSecrets: Array<{ name: string; path: ConfigPath }>;
  /** `[]` for the top level, `["env", name]` for an environment: where its own keys are written. */
  base: ConfigPath;
  /** Where each inherited key is written (the environment's own, else the top level's). */
  pathOf(key: string): ConfigPath;
  environments: string[];
  environment: string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function definedEnvironments(raw: RawWranglerConfig): string[] {
  return isObj(raw.env) ? Object.keys(raw.env) : [];
}

/** An `environment` the wrangler config does not define: what it defines, the nearest name, the fix. */
export function unknownEnvironment(
  display: string,
  environment: string,
  defined: readonly string[],
): { message: string; fix: string } {
  const suggestion = closest(environment, defined);
  const listed = defined.length
    ? `it defines ${defined.map((e) => `"${e}"`).join(', ')}`
    : 'it defines no environments';
  const message =
    `environment "${environment}" is not defined in ${display} (${listed})` +
    (suggestion ? `; did you mean "${suggestion}"?` : '');
  const fix = suggestion
    ? `Set the \`environment\` input to "${suggestion}", or add [env.${environment}] to ${display}.`
    : `Set the \`environment\` input to one of the config's environments, or add [env.${environment}] to ${display}.`;
  return { message, fix };
}

/**
 * Resolves `environment` (undefined or "" = the top level); throws nothing, the caller checks that the environment
 * exists.
 */
export function resolveEnvironment(raw: RawWranglerConfig, environment: string | undefined): WorkerConfig {
  const env = environment ? (isObj(raw.env) && isObj(raw.env[environment]) ? (raw.env[environment] as Obj) : {}) : raw;
  const base: ConfigPath = environment ? ['env', environment] : [];
  const inherited = (key: string): unknown => (key in env ? env[key] : raw[key]);
  const pathOf = (key: string): ConfigPath => (environment && key in env ? [...base, key] : [key]);
  const own = (key: string): unknown => env[key];
  const bindings = (key: string, field: string): Binding[] =>
    list(own(key)).map((b, i) => ({
      binding: str(b.binding) ?? '',
      resource: str(b[field]),
      path: [...base, key, i, field],
    }));
  const topName = str(raw.name);
  const name = environment ? (str(env.name) ?? (topName ? `${topName}-${environment}` : undefined)) : topName;
  const durable = isObj(own('durable_objects')) ? list((own('durable_objects') as Obj).bindings) : [];
  const queues = isObj(own('queues')) ? list((own('queues') as Obj).producers) : [];
  const secrets =
    isObj(own('secrets')) && Array.isArray((own('secrets') as Obj).required)
      ? ((own('secrets') as Obj).required as unknown[])
      : [];
  return {
    name,
    main: str(inherited('main')),
    compatibilityDate: inherited('compatibility_date'),
    vars: isObj(own('vars')) ? (own('vars') as Obj) : {},
    kv: bindings('kv_namespaces', 'id'),
    d1: bindings('d1_databases', 'database_id'),
    r2: bindings('r2_buckets', 'bucket_name'),
    hyperdrive: bindings('hyperdrive', 'id'),
    services: bindings('services', 'service'),
    queues: queues.map((q, i) => ({
      binding: str(q.binding) ?? '',
      resource: str(q.queue),
      path: [...base, 'queues', 'producers', i, 'queue'],
    })),
    durableObjects: durable.map((d, i) => ({
      binding: str(d.name) ?? '',
      resource: str(d.class_name),
      path: [...base, 'durable_objects', 'bindings', i, 'class_name'],
      script: str(d.script_name) || undefined,
    })),
    requiredSecrets: secrets.flatMap((s, i) =>
      typeof s === 'string' ? [{ name: s, path: [...base, 'secrets', 'required', i] }] : [],
    ),
    base,
    pathOf,
    environments: definedEnvironments(raw),
    environment: environment || undefined,
  };
}

export interface EnvironmentTrap {
  /** What is missing: `vars.API_URL`, or `kv_namespaces` binding `CONFIG`. */
  what: string;
  key: string;
  /** Where it is defined at the top level. */
  path: ConfigPath;
}

/** Vars and bindings defined at the top level but absent from the environment: wrangler does not carry them over. */
export function environmentTraps(raw: RawWranglerConfig, environment: string): EnvironmentTrap[] {
  const env = isObj(raw.env) && isObj(raw.env[environment]) ? (raw.env[environment] as Obj) : {};
  const traps: EnvironmentTrap[] = [];
  for (const key of NON_INHERITED) {
    const top = raw[key];
    if (top === undefined) continue;
    const mine = env[key];
    if (key === 'vars' && isObj(top)) {
      for (const name of Object.keys(top)) {
        if (!isObj(mine) || !(name in mine)) traps.push({ what: `var ${name}`, key, path: ['vars', name] });
      }
    } else if (Array.isArray(top)) {
      const names = new Set(list(mine).map((b) => str(b.binding) ?? str(b.name)));
      list(top).forEach((b, i) => {
        const name = str(b.binding) ?? str(b.name);
        if (!names.has(name)) traps.push({ what: `${key} binding ${name ?? `#${i + 1}`}`, key, path: [key, i] });
      });
    } else if (mine === undefined) {
      traps.push({ what: `\`${key}\``, key, path: [key] });
    }
  }
  return traps;
}
