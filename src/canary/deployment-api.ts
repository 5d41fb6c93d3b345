// One deployment made straight through the API wrangler itself calls (`POST …/deployments`), for
// the one moment wrangler cannot run: a cancelled run refuses new processes, yet must not leave a
// split behind. Bounded: a cancelled stage has seconds to return.
import type { ApiSettings } from '../cloudflare/api.js';

const TIMEOUT_MS = 2_000;

export async function deployAllTo(
  api: ApiSettings,
  accountId: string,
  worker: string,
  versionId: string,
  message: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const url = `${api.baseUrl}/accounts/${accountId}/workers/scripts/${encodeURIComponent(worker)}/deployments`;
  const body = {
    strategy: 'percentage',
    versions: [{ version_id: versionId, percentage: 100 }],
    annotations: { 'workers/message': `gateway-deploy-gate: ${message}`.slice(0, 100) },
  };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return { ok: true };
    const answer = (await response.json().catch(() => undefined)) as
      { errors?: Array<{ message?: string }> } | undefined;
    return { ok: false, message: answer?.errors?.[0]?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    return {
      ok: false,
      message: (error as Error).name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS} ms` : (error as Error).message,
    };
  }
}
