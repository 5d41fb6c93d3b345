// Which names a deployed Worker version binds (its vars, secrets and resources), read from the
// API the way Cloudflare documents it: GET /accounts/:account/workers/scripts/:name/versions/:id,
// `result.resources.bindings`. The smoke stage uses it to tell a secret the version lacks (its
// `$secret.X` resolves to "" at runtime) from a token the gateway refuses.
import { resolveAccount, type AccountChoice } from '../cloudflare/account.js';
import { apiGet, type ApiSettings } from '../cloudflare/api.js';

export type VersionBindings =
  { ok: true; versionId: string; names: ReadonlySet<string> } | { ok: false; reason: string };

interface VersionView {
  resources?: { bindings?: Array<{ name?: unknown; type?: unknown }> };
}

export async function versionBindings(
  api: ApiSettings,
  target: { accountId?: string; choice: AccountChoice; worker: string; versionId: string },
): Promise<VersionBindings> {
  // The deploy's account when this run deployed; else the one wrangler deploys to.
  const account = target.accountId ? undefined : await resolveAccount(api, target.choice);
  if (account && !account.ok) return { ok: false, reason: 'the account is unknown' };
  const accountId = target.accountId ?? account!.account.id;
  const script = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(target.worker)}`;
  const path = `${script}/versions/${encodeURIComponent(target.versionId)}`;
  const answer = await apiGet<VersionView>(api, path);
  if (!answer.ok) return { ok: false, reason: answer.message };
  const bindings = answer.result?.resources?.bindings;
  if (!Array.isArray(bindings)) return { ok: false, reason: 'the version lists no bindings' };
  const names = new Set(bindings.map((b) => b.name).filter((n): n is string => typeof n === 'string'));
  return { ok: true, versionId: target.versionId, names };
}
