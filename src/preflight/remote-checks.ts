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

interface Lookup {
  what: string;
  binding: Binding;
  path: string;
  /** For lists that are searched by name (queues). */
  find?: (result: unknown) => boolean;
}

export async function checkRemote(input: RemoteInputs): Promise<RemoteResult> {
  const { api, source, worker } = input;
  const A = `/accounts/${encodeURIComponent(input.accountId)}`;
  const findings: Finding[] = [];
  const denied = new Map<string, Location | undefined>();
  const unavailable: ApiTrouble[] = [];
  let checked = 0;

  const settle = (answer: ApiAnswer<unknown>, path: string, location?: Location): boolean => {
    if (answer.ok) return true;
    if (answer.kind === 'auth') {
      const permission = permissionFor(path);
      if (!denied.has(permission)) denied.set(permission, location);
    } else if (answer.kind === 'unavailable') {
      unavailable.push({ path, answer });
    }
    return false;
  };

  const lookups: Lookup[] = [
    ...worker.kv.map((b) => ({
      what: 'KV namespace',
      binding: b,
      path: `${A}/storage/kv/namespaces/${encodeURIComponent(b.resource ?? '')}`,
    })),
    ...worker.d1.map((b) => ({
      what: 'D1 database',
      binding: b,
      path: `${A}/d1/database/${encodeURIComponent(b.resource ?? '')}`,
    })),
    ...worker.r2.map((b) => ({
      what: 'R2 bucket',
      binding: b,
      path: `${A}/r2/buckets/${encodeURIComponent(b.resource ?? '')}`,
    })),
    ...worker.hyperdrive.map((b) => ({
      what: 'Hyperdrive config',
      binding: b,
      path: `${A}/hyperdrive/configs/${encodeURIComponent(b.resource ?? '')}`,
    })),
    ...worker.services.map((b) => ({
      what: 'Worker',
      binding: b,
      path: `${A}/workers/services/${encodeURIComponent(b.resource ?? '')}`,
    })),
    ...worker.queues.map((b) => ({
      what: 'Queue',
      binding: b,
      path: `${A}/queues?per_page=1000`,
      find: (result: unknown) =>
        Array.isArray(result) && result.some((q: { queue_name?: string }) => q.queue_name === b.resource),
    })),
  ].filter((l) => l.binding.resource);

  const scriptPath = `${A}/workers/scripts/${encodeURIComponent(worker.name ?? '')}`;
  const [lookupAnswers, secretsAnswer] = await Promise.all([
    Promise.all(lookups.map((l) => apiGet<unknown>(api, l.path))),
    worker.name ? apiGet<Array<{ name: string }>>(api, `${scriptPath}/secrets`) : Promise.resolve(undefined),
  ]);

  const missingBindings = new Set<string>();
  lookups.forEach((lookup, i) => {
    const answer = lookupAnswers[i]!;
    const location = source.locate(lookup.binding.path, 'value');
    checked++;
    const missing = answer.ok ? (lookup.find ? !lookup.find(answer.result) : false) : answer.kind === 'not_found';
    if (missing) {
      missingBindings.add(lookup.binding.binding);
      findings.push(
        bindingFinding(
          'binding_resource_missing',
          'error',
          `${lookup.what} "${lookup.binding.resource}" (binding ${lookup.binding.binding}) does not exist in account ${input.accountId}`,
          `${resourceFix(lookup.what, lookup.binding.resource!)}: the deploy would fail,` +
            ' or the Worker would run without it.',
          { location },
        ),
      );
    } else if (!answer.ok) settle(answer, lookup.path, location);
  });

  // Secrets: which are set on the Worker of this environment (secret-checks.ts judges them).
  let secrets: WorkerSecrets = { seen: false, why: 'the Worker has no name' };
  if (secretsAnswer) {
    checked++;
    if (secretsAnswer.ok) {
      secrets = { seen: true, exists: true, names: new Set(secretsAnswer.result.map((s) => s.name)) };
    } else if (secretsAnswer.kind === 'not_found') {
      secrets = { seen: true, exists: false, names: new Set() };
    } else {
      settle(secretsAnswer, `${scriptPath}/secrets`);
      const why = `the account did not list Worker ${worker.name}'s secrets (${secretsAnswer.message})`;
      secrets = { seen: false, why };
    }
  }

  // Config drift: the config production reads from KV, if the Worker has one there.
  const configKv = worker.kv.find((b) => b.binding === CONFIG_KV_BINDING && b.resource);
  if (configKv && input.gatewayConfig && !missingBindings.has(CONFIG_KV_BINDING)) {
    const path = `${A}/storage/kv/namespaces/${encodeURIComponent(configKv.resource!)}/values/${CONFIG_KV_KEY}`;
    const answer = await apiGet<unknown>(api, path, { raw: true });
    checked++;
    const location = source.locate(configKv.path, 'value');
    if (answer.ok && answer.raw) {
      findings.push(...driftFindings(new TextDecoder().decode(answer.raw), input, location));
    } else if (!answer.ok && answer.kind !== 'not_found') settle(answer, path, location);
  }

  if (denied.size > 0 && (await tokenInvalid(api))) {
    findings.push(
      bindingFinding(
        'api_token_invalid',
        'error',
        'Cloudflare does not accept CLOUDFLARE_API_TOKEN (Invalid API Token): nothing in the account could be checked',
        'Create a new API token (Workers Scripts, KV, D1, R2, Queues, Hyperdrive: Read) and store it as the CLOUDFLARE_API_TOKEN secret.',
      ),
    );
  } else if (denied.size > 0) {
    const permissions = [...denied.keys()];
    findings.push(
      bindingFinding(
        'api_token_permission',
        'error',
        `the Cloudflare API token was refused (authentication error) for what preflight reads; it lacks ${permissions.map((p) => `"${p}"`).join(', ')} on account ${input.accountId}`,
        `Give the token ${permissions.join(', ')} (account-level) in the Cloudflare dashboard, or use a token that has them.`,
        { location: [...denied.values()].find((l) => l !== undefined) },
      ),
    );
  }
  findings.push(...apiTroubleFindings(unavailable, api.budgetMs));
  return { findings, checked, secrets };
}

/** A read the API did not answer (5xx, 429, no answer) within the retry budget. */
export interface ApiTrouble {
  path: string;
  answer: ApiFailure;
}

const attempts = (n: number) => `${n} attempt${n === 1 ? '' : 's'}`;

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
        `Cloudflare rate-limited ${limited.length} check${limited.length === 1 ? '' : 's'} and asked to wait ${wait} s` +
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
    const checks = `${rest.length} check${rest.length === 1 ? '' : 's'}`;
    const message = `the Cloudflare API did not answer ${checks} ${retried} (${detail.join('; ')})`;
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
  let served: unknown;
  try {
    served = JSON.parse(servedText);
  } catch {
    return [
      bindingFinding(
        'config_drift',
        input.driftSeverity,
        `KV ${CONFIG_KV_BINDING}/${CONFIG_KV_KEY} holds text that is not JSON; production serves it instead of ${repo.display}, and the gateway fails to load it`,
        `Upload the repo's config: \`wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote\`.`,
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
      `production serves the config in KV ${CONFIG_KV_BINDING}/${CONFIG_KV_KEY}, which differs from ${repo.display}: ${describeDiff(diff)} (KV relative to the repo)`,
      `Upload the repo's config to KV (\`wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote\`), or bring ${repo.display} in line with it.`,
      { location },
    ),
  ];
}
