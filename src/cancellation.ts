// A cancelled run (the watch is in cancel-watch.ts): every process the gate started was stopped;
// still record what is known, above all which version serves when a deploy was in flight.
// Everything here is bounded so the report is written in time.
import { activeDeployment, apiSettingsFromEnv, mainVersion, type ApiSettings } from './cloudflare/api.js';
import { readWorkerTarget, type WorkerTarget } from './wrangler/worker-target.js';
import { chooseAccount, resolveAccount } from './cloudflare/account.js';
import type { DeployCheckpoint } from './contract.js';
import type { Finding, Layer, StageName } from './findings.js';
import type { GateConfig } from './inputs.js';

/** How long the look at the API after a cancelled deploy may take. */
const SERVING_LOOKUP_MS = 2_500;

/** What the deploy stage knew when it was cancelled (its data so far). */
export interface Serving {
  versionId?: string;
  /** Why the serving version could not be read. */
  unknown?: string;
}

const LAYER_OF: Record<StageName, Layer> = {
  validate: 'config',
  preflight: 'binding',
  test: 'test',
  deploy: 'deploy',
  smoke: 'probe',
  rollback: 'deploy',
  report: 'config',
};

/** Stages during which production may have changed: the report must say what serves now. */
export const CHANGES_PRODUCTION: ReadonlySet<StageName> = new Set(['deploy', 'smoke', 'rollback']);

/** The one finding of a cancelled stage: what was stopped and, for a deploy, which version serves. */
export function cancelledFinding(
  stage: StageName,
  signal: string,
  checkpoint?: DeployCheckpoint,
  serving?: Serving,
): Finding {
  const base =
    `the run was cancelled (${signal}) during the ${stage} stage;` + ' every process the gate had started was stopped';
  let state = '';
  if (serving?.versionId) {
    const which =
      serving.versionId === checkpoint?.previousVersionId
        ? 'the version that served before this run: production is unchanged'
        : serving.versionId === checkpoint?.versionId
          ? 'the version this run deployed'
          : 'not the one that served before this run: the interrupted deploy went through';
    state =
      `. Cloudflare shows version ${serving.versionId} of ${checkpoint?.workerName ?? 'the Worker'} serving,` +
      ` ${which}`;
  } else if (serving?.unknown) {
    state = `. Which version serves could not be read (${serving.unknown}): check \`wrangler deployments status\``;
  }
  return {
    stage,
    layer: LAYER_OF[stage],
    code: 'cancelled',
    category: 'client',
    severity: 'error',
    message: base + state,
    fix: CHANGES_PRODUCTION.has(stage)
      ? 'Rerun the workflow: the next deploy starts from whatever version serves now.'
      : 'Rerun the workflow when ready.',
    evidence: { signal, servingVersionId: serving?.versionId || undefined, ...checkpoint },
  };
}

/** The version the API shows serving the Worker, read once, within a bound. */
export async function servingVersion(config: GateConfig, checkpoint: DeployCheckpoint | undefined): Promise<Serving> {
  const api = apiSettingsFromEnv(config.env);
  if (!api) return { unknown: 'no CLOUDFLARE_API_TOKEN' };
  if (!checkpoint?.workerName) return { unknown: 'the Worker name was not known yet' };
  const name = checkpoint.workerName;
  const lookup = (async (): Promise<Serving> => {
    const accountId = checkpoint.accountId ?? (await deployAccount(config, api));
    if (!accountId) return { unknown: 'the account could not be resolved' };
    const active = await activeDeployment(api, accountId, name);
    if (!active.ok) return { unknown: active.answer.ok ? 'unexpected answer' : active.answer.message };
    const versionId = mainVersion(active.deployment);
    return versionId ? { versionId } : { unknown: 'the Worker has no deployment' };
  })();
  const timeout = new Promise<Serving>((r) =>
    setTimeout(() => r({ unknown: 'the API did not answer in time' }), SERVING_LOOKUP_MS).unref(),
  );
  return Promise.race([lookup, timeout]);
}

/** The account the deploy acts on, when the checkpoint was written before it was known. */
async function deployAccount(config: GateConfig, api: ApiSettings): Promise<string | undefined> {
  let target: WorkerTarget | undefined;
  try {
    target = readWorkerTarget(config, 'deploy');
  } catch {
    target = undefined; // wrangler would not deploy either; the variable or the token still name one
  }
  const resolved = await resolveAccount(api, chooseAccount(target?.source, config.environment, config.env));
  return resolved.ok ? resolved.account.id : undefined;
}
