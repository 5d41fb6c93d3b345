// Preflight checks against the account: every binding's resource exists, every required secret
// is set (or will be uploaded), and the config production serves from KV is the repo's.
import {
  API_TROUBLE_FIX,
  apiGet,
  permissionFor,
  type ApiAnswer,
  type ApiFailure,
  type ApiSettings,
} from '../cloudflare/api.js';
import type { Finding, Location } from '../findings.js';
import { describeDiff, diffRoutes } from '../gateway/route-diff.js';
import type { Binding, WorkerConfig } from '../wrangler/environments.js';
import type { WranglerSource } from '../wrangler/wrangler-source.js';
import { bindingFinding } from './local-checks.js';
import type { WorkerSecrets } from './secret-checks.js';

/** The KV binding and key the gateway reads its config from before falling back to the bundled file. */
export const CONFIG_KV_BINDING = 'CONFIG';
export const CONFIG_KV_KEY = 'api-config.json';

export interface RemoteInputs {
  api: ApiSettings;
  accountId: string;
  source: WranglerSource;
  worker: WorkerConfig;
  gatewayConfig: { value: unknown; display: string } | undefined;
  driftSeverity: 'warning' | 'error';
}

export interface RemoteResult {
  findings: Finding[];
  checked: number;
  /** The secrets set on the Worker, or why they are not known. */
  secrets: WorkerSecrets;
}

/** One binding's resource, and the read that shows it exists. */
interface Lookup {
  what: string;
  binding: Binding;
  path: string;
  /** For lists that are searched by name (queues). */
  find?: (result: unknown) => boolean;
}

/** A read the account refused or did not answer; judged together once every read is in. */
interface FailedRead {
  path: string;
  answer: ApiFailure;
  location?: Location;
}

/** Reads the account (all at once but the KV config) and judges the answers together. */
export async function checkRemote(input: RemoteInputs): Promise<RemoteResult> {
  const { api, worker } = input;
  const account = `/accounts/${encodeURIComponent(input.accountId)}`;
  const lookups = resourceLookups(account, worker);
  const secretsPath = `${account}/workers/scripts/${encodeURIComponent(worker.name ?? '')}/secrets`;
  const [lookupAnswers, secretsAnswer] = await Promise.all([
    Promise.all(lookups.map((l) => apiGet<unknown>(api, l.path))),
    worker.name ? apiGet<Array<{ name: string }>>(api, secretsPath) : Promise.resolve(undefined),
  ]);
  const resources = judgeResources(lookups, lookupAnswers, input);
  const secrets = judgeSecrets(secretsAnswer, secretsPath, worker.name);
  // Drift waits for the lookups: a missing CONFIG namespace is already an error, and has no value to read.
  const kvRead = configKvRead(account, input, resources.missing);
  const drift = kvRead
    ? judgeDrift(await apiGet<unknown>(api, kvRead.path, { raw: true }), kvRead, input)
    : { findings: [], failed: [] };

  const failed = [...resources.failed, ...secrets.failed, ...drift.failed];
  const denied = deniedPermissions(failed);
  const invalidToken = denied.size > 0 && (await tokenInvalid(api));
  const unavailable = failed.filter((f) => f.answer.kind === 'unavailable');
  return {
    findings: [
      ...resources.findings,
      ...drift.findings,
      ...tokenFindings(denied, invalidToken, input.accountId),
      ...apiTroubleFindings(unavailable, api.budgetMs),
    ],
    checked: lookups.length + (secretsAnswer ? 1 : 0) + (kvRead ? 1 : 0),
    secrets: secrets.secrets,
  };
}

/** The read behind each binding that names a resource. */
export function resourceLookups(account: string, worker: WorkerConfig): Lookup[] {
  const by = (what: string, bindings: Binding[], collection: string) =>
    bindings.map((b) => ({
      what,
      binding: b,
      path: `${account}/${collection}/${encodeURIComponent(b.resource ?? '')}`,
    }));
  return [
    ...by('KV namespace', worker.kv, 'storage/kv/namespaces'),
    ...by('D1 database', worker.d1, 'd1/database'),
    ...by('R2 bucket', worker.r2, 'r2/buckets'),
    ...by('Hyperdrive config', worker.hyperdrive, 'hyperdrive/configs'),
    ...by('Worker', worker.services, 'workers/services'),
    ...worker.queues.map((b) => ({
      what: 'Queue',
      binding: b,
      path: `${account}/queues?per_page=1000`,
      find: (result: unknown) =>
        Array.isArray(result) && result.some((q: { queue_name?: string }) => q.queue_name === b.resource),
    })),
  ].filter((l) => l.binding.resource);
}

/** A failed read that is not simply "it does not exist" (that one is the answer, not trouble). */
function failure(answer: ApiAnswer<unknown>, path: string, location?: Location): FailedRead[] {
  return !answer.ok && answer.kind !== 'not_found' ? [{ path, answer, location }] : [];
}

/** Which resources the account does not have: an error each, since the deploy would fail or run without them. */
export function judgeResources(
  lookups: readonly Lookup[],
  answers: readonly ApiAnswer<unknown>[],
  input: Pick<RemoteInputs, 'source' | 'accountId'>,
): { findings: Finding[]; missing: Set<string>; failed: FailedRead[] } {
  const findings: Finding[] = [];
  const missing = new Set<string>();
  const failed: FailedRead[] = [];
  lookups.forEach(({ what, binding, path, find }, i) => {
    const answer = answers[i]!;
    const location = input.source.locate(binding.path, 'value');
    const absent = answer.ok ? (find ? !find(answer.result) : false) : answer.kind === 'not_found';
    if (!absent) {
      failed.push(...failure(answer, path, location));
      return;
    }
    missing.add(binding.binding);
    findings.push(
      bindingFinding(
        'binding_resource_missing',
        'error',
        `${what} "${binding.resource}" (binding ${binding.binding}) does not exist in account ${input.accountId}`,
        `${resourceFix(what, binding.resource!)}: the deploy would fail, or the Worker would run without it.`,
        { location },
      ),
    );
  });
  return { findings, missing, failed };
}

/** Which secrets are set on the Worker of this environment (secret-checks.ts judges them). */
export function judgeSecrets(
  answer: ApiAnswer<Array<{ name: string }>> | undefined,
  path: string,
  workerName: string | undefined,
): { secrets: WorkerSecrets; failed: FailedRead[] } {
  if (!answer) return { secrets: { seen: false, why: 'the Worker has no name' }, failed: [] };
  if (answer.ok) {
    const names = new Set(answer.result.map((s) => s.name));
    return { secrets: { seen: true, exists: true, names }, failed: [] };
  }
  if (answer.kind === 'not_found') return { secrets: { seen: true, exists: false, names: new Set() }, failed: [] };
  const why = `the account did not list Worker ${workerName}'s secrets (${answer.message})`;
  return { secrets: { seen: false, why }, failed: failure(answer, path) };
}

/** The KV value production reads its config from, when the Worker binds a namespace that exists. */
function configKvRead(
  account: string,
  input: RemoteInputs,
  missing: ReadonlySet<string>,
): { path: string; location: Location } | undefined {
  const configKv = input.worker.kv.find((b) => b.binding === CONFIG_KV_BINDING && b.resource);
  if (!configKv || !input.gatewayConfig || missing.has(CONFIG_KV_BINDING)) return undefined;
  const namespace = `${account}/storage/kv/namespaces/${encodeURIComponent(configKv.resource!)}`;
  return { path: `${namespace}/values/${CONFIG_KV_KEY}`, location: input.source.locate(configKv.path, 'value') };
}

/** The served config against the repo's; no value in KV means the bundled file serves, so no drift. */
function judgeDrift(
  answer: ApiAnswer<unknown>,
  read: { path: string; location: Location },
  input: RemoteInputs,
): { findings: Finding[]; failed: FailedRead[] } {
  if (answer.ok) {
    const findings = answer.raw ? driftFindings(new TextDecoder().decode(answer.raw), input, read.location) : [];
    return { findings, failed: [] };
  }
  return { findings: [], failed: failure(answer, read.path, read.location) };
}

/** The permissions the token was refused, each with where the first refused read points (if anywhere). */
export function deniedPermissions(failed: readonly FailedRead[]): Map<string, Location | undefined> {
  const denied = new Map<string, Location | undefined>();
  for (const { path, answer, location } of failed) {
    if (answer.kind !== 'auth') continue;
    const permission = permissionFor(path);
    if (!denied.has(permission)) denied.set(permission, location);
  }
  return denied;
}

/** Refused reads as one finding: a token Cloudflare does not know at all, or the permissions it lacks. */
export function tokenFindings(
  denied: ReadonlyMap<string, Location | undefined>,
  invalidToken: boolean,
  accountId: string,
): Finding[] {
  if (denied.size === 0) return [];
  if (invalidToken) {
    return [
      bindingFinding(
        'api_token_invalid',
        'error',
        'Cloudflare does not accept CLOUDFLARE_API_TOKEN (Invalid API Token): nothing in the account could be checked',
        'Create a new API token (Workers Scripts, KV, D1, R2, Queues, Hyperdrive: Read) ' +
          'and store it as the CLOUDFLARE_API_TOKEN secret.',
      ),
    ];
  }
  const permissions = [...denied.keys()];
  return [
    bindingFinding(
      'api_token_permission',
      'error',
      'the Cloudflare API token was refused (authentication error) for what preflight reads; ' +
        `it lacks ${permissions.map((p) => `"${p}"`).join(', ')} on account ${accountId}`,
      `Give the token ${permissions.join(', ')} (account-level) in the Cloudflare dashboard, ` +
        'or use a token that has them.',
      { location: [...denied.values()].find((l) => l !== undefined) },
    ),
  ];
}

/** A read the API did not answer (5xx, 429, no answer) within the retry budget. */
export interface ApiTrouble {
  path: string;
  answer: ApiFailure;
}

const attempts = (n: number) => `${n} attempt${n === 1 ? '' : 's'}`;
const checks = (n: number) => `${n} check${n === 1 ? '' : 's'}`;

/**
 * The platform's trouble, as at most two findings: the reads Cloudflare rate-limited with a
 * Retry-After longer than the budget left (the gate did not wait that long), and the rest.
 */
export function apiTroubleFindings(troubles: readonly ApiTrouble[], budgetMs: number): Finding[] {
  const budget = `${Math.round(budgetMs / 1000)} s`;
  // A 503 may carry Retry-After too: that is the API down, not a rate limit (its wait is in the detail).
  const isLimited = (t: ApiTrouble) => t.answer.retryAfterS !== undefined && t.answer.status === 429;
  const limited = troubles.filter(isLimited);
  const rest = troubles.filter((t) => !isLimited(t));
  const findings: Finding[] = [];
  if (limited.length > 0) {
    const wait = Math.max(...limited.map((t) => t.answer.retryAfterS!));
    const made = Math.max(...limited.map((t) => t.answer.attempts));
    findings.push(
      bindingFinding(
        'cloudflare_rate_limited',
        'error',
        `Cloudflare rate-limited ${checks(limited.length)} and asked to wait ${wait} s` +
          ` (Retry-After), longer than the gate's ${budget} budget: the gate stopped after ${attempts(made)}` +
          ` (${limited
            .slice(0, 3)
            .map((t) => t.path)
            .join('; ')})`,
        `Re-run the job after ${wait} s; if it keeps happening, other jobs share this token's rate limit.`,
      ),
    );
  }
  if (rest.length > 0) {
    const wait = (s: number | undefined) => (s === undefined ? '' : `, asked to wait ${s} s`);
    const said = ({ answer: a }: ApiTrouble) => `${a.message} after ${attempts(a.attempts)}${wait(a.retryAfterS)}`;
    const detail = rest.slice(0, 3).map((t) => `${t.path}: ${said(t)}`);
    const retried = rest.some((t) => t.answer.attempts > 1) ? `within ${budget} of retries` : `within ${budget}`;
    const message = `the Cloudflare API did not answer ${checks(rest.length)} ${retried} (${detail.join('; ')})`;
    findings.push(bindingFinding('cloudflare_api_unavailable', 'error', message, API_TROUBLE_FIX));
  }
  return findings;
}

/** How to fix a missing resource depends on how wrangler names it: by id, or by name. */
export function resourceFix(what: string, resource: string): string {
  const fixes: Record<string, string> = {
    'KV namespace': 'Create it (`wrangler kv namespace create <name>`) and use its id, or that of one in this account',
    'D1 database': 'Create it (`wrangler d1 create <name>`) and use its database_id, or that of one in this account',
    'R2 bucket': `Create it (\`wrangler r2 bucket create ${resource}\`), or name a bucket that exists in this account`,
    Queue: `Create it (\`wrangler queues create ${resource}\`), or name a queue that exists in this account`,
    'Hyperdrive config': 'Create it (`wrangler hyperdrive create <name>`) and use its id, or that of one here',
    // A service binding names a Worker; it has no id to look up.
    Worker: `Deploy Worker "${resource}" to this account first, or set \`service\` to the name of one deployed here`,
  };
  return fixes[what] ?? 'Create it in this account';
}

/** A token that Cloudflare does not know at all, as opposed to one that lacks a permission. */
async function tokenInvalid(api: ApiSettings): Promise<boolean> {
  const answer = await apiGet<unknown>(api, '/user/tokens/verify');
  return !answer.ok && answer.kind === 'auth' && answer.code === 1000;
}

function driftFindings(servedText: string, input: RemoteInputs, location: Location): Finding[] {
  const repo = input.gatewayConfig!;
  const kv = `${CONFIG_KV_BINDING}/${CONFIG_KV_KEY}`;
  const upload = `wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote`;
  let served: unknown;
  try {
    served = JSON.parse(servedText);
  } catch {
    return [
      bindingFinding(
        'config_drift',
        input.driftSeverity,
        `KV ${kv} holds text that is not JSON; ` +
          `production serves it instead of ${repo.display}, and the gateway fails to load it`,
        `Upload the repo's config: \`${upload}\`.`,
        { location },
      ),
    ];
  }
  if (JSON.stringify(served) === JSON.stringify(repo.value)) return [];
  const diff = diffRoutes(repo.value, served);
  return [
    bindingFinding(
      'config_drift',
      input.driftSeverity,
      `production serves the config in KV ${kv}, which differs from ${repo.display}: ` +
        `${describeDiff(diff)} (KV relative to the repo)`,
      `Upload the repo's config to KV (\`${upload}\`), or bring ${repo.display} in line with it.`,
      { location },
    ),
  ];
}
