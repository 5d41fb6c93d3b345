// The few Cloudflare API calls the gate makes itself (the preflight's reads, the smoke test's tail
// session), over the same endpoints wrangler uses and honouring CLOUDFLARE_API_BASE_URL. Rate limits, 5xx and timeouts are retried with backoff
// inside one time budget; everything else is answered as it is.

import { shortenedLimit } from '../shortened-limit.js';

export const DEFAULT_API_BASE = 'https://api.cloudflare.com/client/v4';

export interface ApiSettings {
  baseUrl: string;
  token: string;
  /** Per attempt. */
  timeoutMs: number;
  /** For all attempts of one call, waits included. */
  budgetMs: number;
}

export interface ApiFailure {
  ok: false;
  kind: 'not_found' | 'auth' | 'unavailable' | 'error';
  status?: number;
  code?: number;
  message: string;
  attempts: number;
  /** Seconds Cloudflare asked to wait (Retry-After) when that is longer than the budget left. */
  retryAfterS?: number;
}

export type ApiAnswer<T> = { ok: true; result: T; raw?: Uint8Array } | ApiFailure;

/** Per attempt and per call; `GATE_API_TIMEOUT_MS` / `GATE_API_BUDGET_MS` shorten them (tests of a hung API). */
export const API_TIMEOUT_MS = 10_000;
export const API_BUDGET_MS = 30_000;

export function apiSettingsFromEnv(env: NodeJS.ProcessEnv): ApiSettings | undefined {
  const token = env.CLOUDFLARE_API_TOKEN?.trim();
  if (!token) return undefined;
  return {
    baseUrl: (env.CLOUDFLARE_API_BASE_URL || env.CF_API_BASE_URL || DEFAULT_API_BASE).replace(/\/+$/, ''),
    token,
    timeoutMs: shortenedLimit(env, 'GATE_API_TIMEOUT_MS', API_TIMEOUT_MS),
    budgetMs: shortenedLimit(env, 'GATE_API_BUDGET_MS', API_BUDGET_MS),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GETs `path` (below the base URL); `raw` returns the body bytes (KV values are not enveloped). */
export function apiGet<T>(api: ApiSettings, path: string, options: { raw?: boolean } = {}): Promise<ApiAnswer<T>> {
  return apiRequest<T>(api, path, options);
}

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  raw?: boolean;
}

/** One call to `path` (below the base URL), retried on 429, 5xx and timeouts within the budget. */
export async function apiRequest<T>(
  api: ApiSettings,
  path: string,
  options: ApiRequestOptions = {},
): Promise<ApiAnswer<T>> {
  const json = options.body === undefined ? {} : { 'content-type': 'application/json' };
  const deadline = Date.now() + api.budgetMs;
  let last: ApiAnswer<T> = { ok: false, kind: 'unavailable', message: 'no attempt made', attempts: 0 };
  for (let attempt = 1; ; attempt++) {
    let retryAfterMs: number | undefined;
    try {
      const response = await fetch(`${api.baseUrl}${path}`, {
        method: options.method ?? 'GET',
        headers: { authorization: `Bearer ${api.token}`, accept: 'application/json', ...json },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(Math.max(1, Math.min(api.timeoutMs, deadline - Date.now()))),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (options.raw && response.ok) return { ok: true, result: undefined as T, raw: bytes };
      let body: { success?: boolean; result?: T; errors?: Array<{ code?: number; message?: string }> } | undefined;
      try {
        body = JSON.parse(new TextDecoder().decode(bytes)) as typeof body;
      } catch {
        body = undefined;
      }
      if (response.ok && body?.success !== false) return { ok: true, result: body?.result as T };
      const error = body?.errors?.[0];
      const code = error?.code;
      const message = error?.message ?? `HTTP ${response.status}`;
      if (response.status === 429 || response.status >= 500) {
        retryAfterMs = retryAfterDelay(response.headers.get('retry-after'), Date.now());
        last = { ok: false, kind: 'unavailable', status: response.status, code, message, attempts: attempt };
      } else {
        const kind =
          code === 10000 || code === 9109 || code === 1000 || response.status === 401 || response.status === 403
            ? 'auth'
            : response.status === 404
              ? 'not_found'
              : 'error';
        return { ok: false, kind, status: response.status, code: code || undefined, message, attempts: attempt };
      }
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${api.timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      last = { ok: false, kind: 'unavailable', message: reason, attempts: attempt };
    }
    const backoff = retryAfterMs ?? Math.min(8_000, 500 * 2 ** (attempt - 1));
    // Never sleep past the budget: a wait it cannot afford ends the call, and says so.
    if (Date.now() + backoff >= deadline) {
      return retryAfterMs === undefined || last.ok ? last : { ...last, retryAfterS: Math.ceil(retryAfterMs / 1000) };
    }
    await sleep(backoff);
  }
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or past. */
export function retryAfterDelay(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** A call the platform did not answer in time, in words: what it said, how often the gate asked, why it stopped. */
export function describeUnavailable(answer: ApiFailure, budgetMs: number): string {
  const tries = `${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}`;
  const budget = `${Math.round(budgetMs / 1000)} s`;
  if (answer.retryAfterS === undefined) return `${answer.message} after ${tries} within ${budget}`;
  const wait = `Cloudflare asked to wait ${answer.retryAfterS} s (Retry-After)`;
  return `${answer.message}: ${wait}, longer than the gate's ${budget} budget; it stopped after ${tries}`;
}

/** What to do about the platform's trouble. */
export const API_TROUBLE_FIX =
  'Re-run the job; if it persists, check https://www.cloudflarestatus.com and the CLOUDFLARE_API_BASE_URL setting.';

/** The permission group an endpoint needs, named as in the dashboard's token editor. */
export function permissionFor(path: string): string {
  if (path.includes('/storage/kv/')) return 'Workers KV Storage: Read';
  if (path.includes('/d1/')) return 'D1: Read';
  if (path.includes('/r2/')) return 'Workers R2 Storage: Read';
  if (path.includes('/queues')) return 'Queues: Read';
  if (path.includes('/hyperdrive/')) return 'Hyperdrive: Read';
  if (path.includes('/tails')) return 'Workers Tail: Read';
  if (path.includes('/workers/')) return 'Workers Scripts: Read';
  return 'Account Settings: Read';
}

export interface DeploymentView {
  id: string;
  created_on?: string;
  versions: Array<{ version_id: string; percentage: number }>;
}

/**
 * The Worker's active deployment (newest first, as wrangler reads them); `exists: false` for a Worker not created
 * yet.
 */
export async function activeDeployment(
  api: ApiSettings,
  accountId: string,
  script: string,
): Promise<{ ok: true; exists: boolean; deployment?: DeploymentView } | { ok: false; answer: ApiAnswer<unknown> }> {
  const answer = await apiGet<{ deployments?: DeploymentView[] }>(
    api,
    `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/deployments`,
  );
  if (!answer.ok) return answer.kind === 'not_found' ? { ok: true, exists: false } : { ok: false, answer };
  const deployment = answer.result?.deployments?.[0];
  return { ok: true, exists: true, deployment };
}

/** The version that carries most of a deployment's traffic. */
export function mainVersion(deployment: DeploymentView | undefined): string | undefined {
  return [...(deployment?.versions ?? [])].sort((a, b) => b.percentage - a.percentage)[0]?.version_id;
}

/** The account's workers.dev subdomain, for a Worker's URL when wrangler does not print one. */
export async function workersSubdomain(api: ApiSettings, accountId: string): Promise<string | undefined> {
  const answer = await apiGet<{ subdomain?: string }>(api, `/accounts/${accountId}/workers/subdomain`);
  return answer.ok ? answer.result?.subdomain : undefined;
}

/** Whether a Worker answers on workers.dev and at preview URLs (undefined when the API did not say). */
export async function workerSubdomainState(
  api: ApiSettings,
  accountId: string,
  script: string,
): Promise<{ enabled: boolean; previewsEnabled: boolean } | undefined> {
  const path = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/subdomain`;
  const answer = await apiGet<{ enabled?: boolean; previews_enabled?: boolean }>(api, path);
  if (!answer.ok || typeof answer.result?.enabled !== 'boolean') return undefined;
  return { enabled: answer.result.enabled, previewsEnabled: answer.result.previews_enabled === true };
}

/** Cloudflare answers 10000 both to a bad token and to a missing permission; the verify endpoint tells which. */
export async function tokenIsValid(api: ApiSettings): Promise<boolean> {
  const answer = await apiGet<{ status?: string }>(api, '/user/tokens/verify');
  return answer.ok && (answer.result?.status ?? 'active') === 'active';
}
