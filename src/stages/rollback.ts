// Stage 6, only after a failed smoke test: put the version that served before back in front of
// users. A direct deploy is undone with `wrangler rollback`; a gradual one never gave the new
// version traffic, and is cleaned out of the deployment. Verified against the API afterwards.
import { activeDeployment, apiSettingsFromEnv, mainVersion } from '../cloudflare/api.js';
import { findingFactory } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { locateWrangler } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepFailure, stepReason } from '../wrangler/wrangler-step.js';
import type { RollbackData } from '../contract.js';
import type { StageContext, StageLog, StageOutcome } from './stage.js';

const finding = findingFactory('rollback', 'deploy', { owned: true });

export async function runRollback(
  config: GateConfig,
  log: StageLog,
  context: StageContext,
): Promise<StageOutcome<'rollback'>> {
  const smoke = context.previous('smoke');
  const deploy = context.previous('deploy');
  const data = deploy?.status === 'passed' ? deploy.data : undefined;
  if (!smoke || smoke.status === 'passed' || smoke.status === 'skipped')
    return { findings: [], status: 'skipped', note: 'the smoke test did not fail' };
  if (!data?.versionId) return { findings: [], status: 'skipped', note: 'this run deployed nothing' };
  if (data.mode === 'preview')
    return { findings: [], status: 'skipped', note: 'a preview changed no deployment: nothing to roll back' };
  if (!config.rollback && data.mode === 'direct')
    return { findings: [], status: 'skipped', note: `rollback: false, so version ${data.versionId} stays live` };
  if (!data.previousVersionId) {
    const message = `${data.workerName} had no version before this deploy, so ${data.versionId} stays live`;
    const fix = 'Fix the failure and deploy again (or delete the Worker if it must not serve).';
    const note = 'first deploy: nothing to restore';
    return { findings: [finding('nothing_to_roll_back_to', 'warning', message, fix)], note };
  }
  const program = locateWrangler(config.workingDirectory, config.env);
  if (!program.ok) return { findings: [finding('wrangler_unavailable', 'error', program.reason, program.fix)] };
  const envArgs = config.environment ? ['--env', config.environment] : [];
  const message = `gateway-deploy-gate: smoke test failed for ${data.versionId}`;
  const args =
    data.mode === 'direct'
      ? ['rollback', data.previousVersionId, '-y', '--message', message, ...envArgs]
      : ['versions', 'deploy', `${data.previousVersionId}@100%`, '-y', '--message', message, ...envArgs];
  const step = await runWranglerStep(log, program.program, args, config);
  const failed = stepFailure(step, 'rollback');
  if (failed) {
    const why = stepReason(step);
    const message = `the rollback to ${data.previousVersionId} failed, so ${data.versionId} is still live: ${why}`;
    return { findings: [{ ...failed, message }] };
  }
  // `wrangler rollback` writes nothing to its output file: the API says what serves now.
  const result: RollbackData = { rolledBack: true, removedVersionId: data.versionId };
  const api = apiSettingsFromEnv(config.env);
  if (api) {
    const active = await activeDeployment(api, data.accountId, data.workerName);
    const serving = active.ok ? mainVersion(active.deployment) : undefined;
    if (serving) result.activeVersionId = serving;
    if (serving !== data.previousVersionId) {
      return {
        findings: [
          finding(
            'rollback_not_effective',
            'error',
            `wrangler reported the rollback done, but ${data.workerName} serves` +
              ` ${serving ?? 'an unknown version'}, not ${data.previousVersionId}`,
            'Check `wrangler deployments list` and roll back by hand.',
          ),
        ],
        data: { ...result, rolledBack: false },
      };
    }
  }
  const note =
    data.mode === 'direct'
      ? `rolled back ${data.workerName} to ${data.previousVersionId}`
      : `${data.versionId} never got traffic; the deployment is ${data.previousVersionId} at 100% again`;
  return { findings: [], data: result, note };
}
