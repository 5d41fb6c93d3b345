// The one Cloudflare account a run reads and changes: the one the project's wrangler deploys to.
// Wrangler's rule (4.164 `getActiveAccountId`; 3.x `requireAuth` reads `config.account_id ||` the
// same way): the config's `account_id` (an environment's own, else the top level's, which it
// inherits; "" is ignored), else CLOUDFLARE_ACCOUNT_ID (CF_ACCOUNT_ID, deprecated, when the former
// is unset), else the token's only account. The choice is pure; the token's accounts are read at the edge.
import type { Finding, StageName } from '../findings.js';
import type { RawWranglerConfig } from '../wrangler/wrangler-file.js';
import type { ConfigPath, WranglerSource } from '../wrangler/wrangler-source.js';
import { apiGet, type ApiAnswer, type ApiSettings } from './api.js';

export type AccountOrigin =
  | { kind: 'config'; path: ConfigPath; file: string }
  | { kind: 'variable'; name: 'CLOUDFLARE_ACCOUNT_ID' | 'CF_ACCOUNT_ID' }
  | { kind: 'token' };

export interface CloudflareAccount {
  id: string;
  origin: AccountOrigin;
}

export interface AccountChoice {
  /** Absent: neither the config nor a variable names one, so the token's only account decides. */
  account?: CloudflareAccount;
  /** A variable naming another account than the config's: wrangler deploys to the config's, not this. */
  overridden?: { name: string; id: string };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The config's `account_id` for `environment`, where it is written (wrangler's `inheritable`). */
export function configuredAccount(
  raw: RawWranglerConfig,
  environment: string | undefined,
): { id: string; path: ConfigPath } | undefined {
  const env = environment && isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : undefined;
  const own = nonEmpty(env?.account_id);
  if (own) return { id: own, path: ['env', environment!, 'account_id'] };
  const top = nonEmpty(raw.account_id);
  return top ? { id: top, path: ['account_id'] } : undefined;
}

/** CLOUDFLARE_ACCOUNT_ID, else (only when that is unset) the deprecated CF_ACCOUNT_ID, as wrangler reads them. */
export function accountVariable(
  env: NodeJS.ProcessEnv,
): { name: 'CLOUDFLARE_ACCOUNT_ID' | 'CF_ACCOUNT_ID'; id: string } | undefined {
  const name = 'CLOUDFLARE_ACCOUNT_ID' in env ? 'CLOUDFLARE_ACCOUNT_ID' : 'CF_ACCOUNT_ID';
  const id = nonEmpty(env[name]);
  return id ? { name, id } : undefined;
}

/** Which account wrangler will use, before asking the API anything. */
export function chooseAccount(
  source: Pick<WranglerSource, 'raw' | 'display'> | undefined,
  environment: string | undefined,
  env: NodeJS.ProcessEnv,
): AccountChoice {
  const configured = source ? configuredAccount(source.raw, environment) : undefined;
  const variable = accountVariable(env);
  if (configured) {
    const account: CloudflareAccount = {
      id: configured.id,
      origin: { kind: 'config', path: configured.path, file: source!.display },
    };
    return variable && variable.id !== configured.id ? { account, overridden: variable } : { account };
  }
  return variable ? { account: { id: variable.id, origin: { kind: 'variable', name: variable.name } } } : {};
}

/** Where the account comes from, in words: "`account_id` of env.production in wrangler.jsonc". */
export function accountOrigin(origin: AccountOrigin): string {
  if (origin.kind === 'variable') return origin.name;
  if (origin.kind === 'token') return "the token's only account";
  const env = origin.path.length > 1 ? ` of env.${String(origin.path[1])}` : '';
  return `\`account_id\`${env} in ${origin.file}`;
}

/** The one notice for a variable the config overrides: both accounts, and which one deploys. */
export function accountConflict(
  choice: AccountChoice,
  stage: StageName,
  locate?: (path: ConfigPath) => Finding['location'],
): Finding | undefined {
  const { account, overridden } = choice;
  if (!account || !overridden || account.origin.kind !== 'config') return undefined;
  const where = accountOrigin(account.origin);
  const location = locate?.(account.origin.path);
  return {
    stage,
    layer: 'binding',
    code: 'account_id_overrides_variable',
    category: 'client',
    severity: 'notice',
    message:
      `${overridden.name} names account ${overridden.id}, but ${where} names ${account.id}: wrangler deploys to ` +
      `${account.id} (the config wins), so the gate checks, deploys and rolls back on ${account.id}`,
    fix: `Remove ${overridden.name} from the step, or set it to ${account.id}, so both say the same account.`,
    ...(location ? { location } : {}),
  };
}

export type AccountResolution =
  { ok: true; account: CloudflareAccount } | { ok: false; answer: ApiAnswer<unknown> | undefined; count?: number };

/** The chosen account, else the token's only one (GET /accounts, as wrangler asks when nothing names one). */
export async function resolveAccount(api: ApiSettings, choice: AccountChoice): Promise<AccountResolution> {
  if (choice.account) return { ok: true, account: choice.account };
  const answer = await apiGet<Array<{ id: string }>>(api, '/accounts?per_page=50');
  if (!answer.ok) return { ok: false, answer };
  const only = answer.result.length === 1 ? answer.result[0]!.id : undefined;
  if (only) return { ok: true, account: { id: only, origin: { kind: 'token' } } };
  return { ok: false, answer: undefined, count: answer.result.length };
}

/** What to do when no account could be chosen. */
export const ACCOUNT_FIX =
  'Set `account_id` in the wrangler config (or CLOUDFLARE_ACCOUNT_ID for the step), and check that' +
  ' CLOUDFLARE_API_TOKEN is valid.';
