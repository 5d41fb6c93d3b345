// What the smoke test reads from the gateway config and the wrangler config: the line of every
// route, each server's URL as the deployed Worker sees it (an `$env` var of the environment) and
// where it is set, the deployed vars, and how the authorizer checks tokens and which identity
// provider its integrations call.
import { StageError } from '../errors.js';
import { ownerOf, type Location } from '../findings.js';
import { readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { locatePointers, parseJson } from '../json/json-source.js';
import { locateConfig } from '../gateway/config-analysis.js';
import { readWorkerTarget, type WorkerTarget } from '../wrangler/worker-target.js';
import type { AuthorizerInfo, ProviderInfo, ServerInfo } from './classify.js';

export interface GatewayFacts {
  value: unknown;
  routeLocations: Map<number, Location>;
  servers: Map<string, ServerInfo>;
  /** The deployed environment's vars; undefined when the wrangler config could not be read. */
  vars?: Record<string, unknown>;
  authorizerSecret?: string;
  authorizer?: AuthorizerInfo;
  provider?: ProviderInfo;
  /** Every `$secret.X` / `$secrets.X` of the config, with what reads it and its line. */
  secretRefs: SecretReference[];
}

/** A `$secret.X` of the gateway config and the routes that read it. */
export interface SecretReference {
  name: string;
  /** As written: `$secrets.JWT_SECRET`. */
  raw: string;
  location?: Location;
  /**
   * The authorizer's (`field`: which of its settings), one route's, one server's (its routes'), or
   * elsewhere.
   */
  scope:
    | { kind: 'authorizer'; field: string }
    | { kind: 'route'; index: number }
    | { kind: 'server'; alias: string }
    | { kind: 'other' };
}

const SECRET_REFERENCE = /^\$secrets?\.([A-Za-z_][A-Za-z0-9_]*)$/;

type Resolve = (written: string, location: Location | undefined) => { resolved?: string; location?: Location };

interface GatewayJson {
  paths?: unknown[];
  servers?: Array<{ alias?: unknown; url?: unknown }>;
  authorizer?: Record<string, unknown>;
}

/** The gateway config with the line of every route, and what its servers and authorizer reference. */
export function readGateway(config: GateConfig): GatewayFacts {
  const file = locateConfig(config);
  const display = displayPath(file, config.workingDirectory);
  const read = readTextFile(file);
  const fail = (why: string): never => {
    throw new StageError({
      stage: 'smoke',
      layer: 'config',
      code: 'smoke_config_unreadable',
      category: ownerOf('smoke_config_unreadable'),
      severity: 'error',
      message: `the gateway config ${display} ${why}: there is no probe plan without it`,
      fix: 'Validate reports what is wrong with it; fix that first.',
      location: { file: display, line: 1 },
    });
  };
  if (!read.ok) return fail(read.detail);
  const parsed = parseJson(read.text);
  if (!parsed.ok) return fail('is not valid JSON');
  const value = parsed.value as GatewayJson;
  const paths = Array.isArray(value?.paths) ? value.paths : [];
  const servers = Array.isArray(value?.servers) ? value.servers : [];
  const secretRefs = secretReferences(value);
  const located = locatePointers(read.text, [
    ...paths.map((_, i) => ({ pointer: `/paths/${i}/path`, target: 'value' as const })),
    ...servers.map((_, i) => ({ pointer: `/servers/${i}/url`, target: 'value' as const })),
    { pointer: '/authorizer/domain', target: 'value' as const },
    ...secretRefs.map((r) => ({ pointer: r.pointer, target: 'value' as const })),
  ]);
  const at = (key: string): Location | undefined => {
    const range = located.get(`value:${key}`);
    return range ? { file: display, line: range.line, column: range.column } : undefined;
  };
  const routeLocations = new Map<number, Location>();
  paths.forEach((_, i) => {
    const location = at(`/paths/${i}/path`);
    if (location) routeLocations.set(i, location);
  });
  const target = workerTarget(config);
  const resolve = resolver(target);
  const serverInfo = new Map<string, ServerInfo>();
  servers.forEach((s, i) => {
    if (typeof s?.alias === 'string' && typeof s.url === 'string') {
      serverInfo.set(s.alias, { written: s.url, ...resolve(s.url, at(`/servers/${i}/url`)) });
    }
  });
  const secrets = secretRefs.map(({ pointer, ...r }) => ({ ...r, location: at(pointer) }));
  const facts: GatewayFacts = {
    value,
    routeLocations,
    servers: serverInfo,
    vars: target?.worker.vars,
    secretRefs: secrets,
  };
  Object.assign(facts, authorizerFacts(value?.authorizer, resolve, at('/authorizer/domain')));
  const authorizerRefs = [value?.authorizer?.secret, value?.authorizer?.jwt_secret];
  const secretRef = authorizerRefs.find((v): v is string => typeof v === 'string' && /^\$secrets?\./.test(v));
  if (secretRef) facts.authorizerSecret = secretRef.replace(/^\$secrets?\./, '');
  return facts;
}

/** Every `$secret.X` string of the config with its JSON pointer and what reads it. */
function secretReferences(value: GatewayJson): Array<Omit<SecretReference, 'location'> & { pointer: string }> {
  const out: Array<Omit<SecretReference, 'location'> & { pointer: string }> = [];
  const servers = Array.isArray(value?.servers) ? value.servers : [];
  const walk = (node: unknown, segments: string[]): void => {
    if (typeof node === 'string') {
      const m = SECRET_REFERENCE.exec(node);
      if (m) out.push({ name: m[1]!, raw: node, pointer: `/${segments.join('/')}`, scope: scopeOf(segments) });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node))
      walk(child, [...segments, key.replace(/~/g, '~0').replace(/\//g, '~1')]);
  };
  const scopeOf = (segments: string[]): SecretReference['scope'] => {
    const [top, index] = segments;
    if (top === 'authorizer') return { kind: 'authorizer', field: index ?? '' };
    if (top === 'paths' && index !== undefined) return { kind: 'route', index: Number(index) };
    const alias = top === 'servers' && index !== undefined ? servers[Number(index)]?.alias : undefined;
    return typeof alias === 'string' ? { kind: 'server', alias } : { kind: 'other' };
  };
  if (value && typeof value === 'object') walk(value, []);
  return out;
}

function workerTarget(config: GateConfig): WorkerTarget | undefined {
  try {
    return readWorkerTarget(config, 'smoke');
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    return undefined;
  }
}

/** A config value as the deployed Worker sees it, and the line to change it on. */
function resolver(target: WorkerTarget | undefined): Resolve {
  const vars = target?.worker.vars ?? {};
  return (written, location) => {
    const reference = /^\$env\.(.+)$/.exec(written);
    if (!reference) return { resolved: written, location };
    const name = reference[1]!;
    if (typeof vars[name] !== 'string') return { location };
    // The value lives in the wrangler config: that is the line to change.
    const varAt = target ? target.source.locate([...target.worker.base, 'vars', name], 'value') : location;
    return { resolved: vars[name] as string, location: varAt };
  };
}

/** How the authorizer checks tokens, and which identity provider its integrations call. */
function authorizerFacts(
  authorizer: Record<string, unknown> | undefined,
  resolve: Resolve,
  domainAt: Location | undefined,
): Pick<GatewayFacts, 'authorizer' | 'provider'> {
  const str = (key: string) => (typeof authorizer?.[key] === 'string' ? (authorizer[key] as string) : undefined);
  const type = str('type');
  if (!type) return {};
  if (type === 'supabase') {
    // The supabase integrations call env.SUPABASE_URL, a var or a secret of the Worker.
    const url = resolve('$env.SUPABASE_URL', undefined);
    const written = '$env.SUPABASE_URL';
    const provider: ProviderInfo = { name: 'Supabase', written, domain: url.resolved, location: url.location };
    return { authorizer: { type, issuer: str('issuer') }, provider };
  }
  if (type !== 'auth0') return { authorizer: { type, issuer: str('issuer') } };
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
