// The smoke stage's canary path (issue 23): once a gradual version passed its smoke test at 0 %,
// `canary-steps` moves traffic to it step by step (smoke/canary decide; this module does the I/O:
// wrangler versions deploy, a tail session, the probes through version overrides, the rollback).
import { activeDeployment, apiSettingsFromEnv } from '../cloudflare/api.js';
import { canaryEventOf } from './tail-events.js';
import { canaryFindings } from './findings.js';
import { stepStatusLine } from '../report/canary-section.js';
import { deployAllTo } from './deployment-api.js';
import { runCanary, type CanaryIo, type CanaryResult } from './run-canary.js';
import { compareSides, type SyntheticVerdict } from './synthetic.js';
import type { CanaryPlan } from './plan.js';
import type { DeployData } from '../contract.js';
import type { Finding, Location } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { cancellationReason } from '../processes.js';
import type { Observation } from '../smoke/classify.js';
import { mapBounded, sendProbe, type ProbeRequest, type ProbeResult } from '../smoke/http-probe.js';
import type { Probe } from '../smoke/probe-plan.js';
import { TailSession } from '../smoke/tail-session.js';
import type { WranglerProgram } from '../wrangler/wrangler-cli.js';
import { runWranglerStep, stepReason } from '../wrangler/wrangler-step.js';
import type { StageLog } from '../stage-log.js';

const OVERRIDE = 'cloudflare-workers-version-overrides';

/** What the smoke run lends the canary: its probes, how to send and how to read them. */
export interface ProbeKit {
  probes: readonly Probe[];
  concurrency: number;
  /** The probe's request to the candidate (version override included). */
  requestOf(probe: Probe, probeId: string): ProbeRequest;
  /** The answers as observations the classifier reads (no tail events: both sides alike). */
  observe(results: readonly ProbeResult[]): Observation[];
  /** The config line of a route, `GET /users/{id}`. */
  routeLine(route: string): Location | undefined;
  nameLine?: Location;
}

export interface CanaryRun {
  config: GateConfig;
  plan: CanaryPlan;
  log: StageLog;
  program: WranglerProgram;
  deploy: DeployData & { versionId: string; previousVersionId: string };
  kit: ProbeKit;
}

export async function runCanaryStage(run: CanaryRun): Promise<{ result: CanaryResult; findings: Finding[] }> {
  const { deploy, plan } = run;
  const versions = { candidate: deploy.versionId, baseline: deploy.previousVersionId };
  const result = await run.log.group(
    `canary: ${plan.steps.join(' → ')} % for ${deploy.versionId}, ${plan.intervalMs / 1000} s each`,
    () => runCanary(plan, versions, canaryIo(run)),
  );
  return { result, findings: canaryFindings(result, { worker: deploy.workerName, kit: run.kit }) };
}

function canaryIo(run: CanaryRun): CanaryIo {
  const { config, log, program, deploy } = run;
  const env = config.environment ? ['--env', config.environment] : [];
  let tail: TailSession | undefined;
  const wrangler = async (versions: string[], message: string): Promise<string | undefined> => {
    const args = ['versions', 'deploy', ...versions, '-y', ...env, '--message', `gateway-deploy-gate: ${message}`];
    const step = await runWranglerStep(log, program, args, config);
    return step.run.exitCode === 0 && !step.run.timedOut ? undefined : `${step.command}: ${stepReason(step)}`;
  };
  return {
    split: (p) =>
      wrangler(
        p === 100
          ? [`${deploy.versionId}@100%`]
          : [`${deploy.versionId}@${p}%`, `${deploy.previousVersionId}@${100 - p}%`],
        `canary ${p}%`,
      ),
    restore: (why) => restore(run, why, wrangler),
    probe: () => probeBoth(run),
    startEvents: async (sink) => {
      const api = apiSettingsFromEnv(config.env);
      if (!api) return { live: false, note: 'off: no CLOUDFLARE_API_TOKEN' };
      const onEvent = (event: Parameters<typeof canaryEventOf>[0]) => {
        const counted = canaryEventOf(event);
        if (counted) sink(counted);
      };
      tail = new TailSession({
        api,
        account: { id: deploy.accountId },
        workerName: deploy.workerName,
        onEvent,
        keep: false,
      });
      return {
        live: true,
        note:
          `the tail of ${deploy.workerName}, every request (Cloudflare samples a tail under heavy load: ` +
          'both versions alike, so their rates still compare)',
      };
    },
    stopEvents: async () => tail?.stop(),
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    cancelled: () => cancellationReason(),
    progress: (line) => log.write(`${line}\n`),
    stepDecided: async (step) => {
      const github = deploy.github;
      if (!config.githubToken || !github || !('id' in github)) return;
      // Loaded on use, like the check run: a laptop run never talks to GitHub.
      const { postCanaryStepStatus } = await import('../report/github-deployments.js');
      await postCanaryStepStatus(config, github.id, stepStatusLine(step), (line) => log.write(`${line}\n`));
    },
  };
}

/**
 * Every probe to both versions at once, through version overrides; the run header keeps them out of
 * the tail's counts.
 */
async function probeBoth(run: CanaryRun): Promise<SyntheticVerdict> {
  const { kit, deploy } = run;
  if (kit.probes.length === 0) return { verdict: 'skipped', probes: 0, regressions: [], note: 'no probes' };
  const pairs = await mapBounded(kit.probes, kit.concurrency, async (probe, i) => {
    const candidate = kit.requestOf(probe, `canary-c${i}`);
    const baseline: ProbeRequest = {
      ...candidate,
      headers: { ...candidate.headers, [OVERRIDE]: `${deploy.workerName}="${deploy.previousVersionId}"` },
    };
    return Promise.all([sendProbe(candidate), sendProbe(baseline)]);
  });
  return compareSides(kit.observe(pairs.map((p) => p[0])), kit.observe(pairs.map((p) => p[1])));
}

/**
 * Back to the previous version at 100 %: through wrangler, or (cancelled: no new process may start;
 * or wrangler failed) straight through the API wrangler uses. Checked against the API afterwards.
 */
async function restore(
  run: CanaryRun,
  why: string,
  wrangler: (versions: string[], message: string) => Promise<string | undefined>,
): Promise<{ ok: boolean; note: string }> {
  const { config, deploy } = run;
  const previous = deploy.previousVersionId;
  const api = apiSettingsFromEnv(config.env);
  let problem = cancellationReason() ? 'cancelled' : await wrangler([`${previous}@100%`], `${why}, rolled back`);
  if (problem && api) {
    const direct = await deployAllTo(api, deploy.accountId, deploy.workerName, previous, `${why}, rolled back`);
    problem = direct.ok ? undefined : `${problem}; the API refused too: ${direct.message}`;
  }
  if (!api) {
    if (problem) return { ok: false, note: `the rollback to ${previous} failed: ${problem}` };
    return { ok: true, note: `${previous} deployed at 100 % (not verified: no CLOUDFLARE_API_TOKEN)` };
  }
  const now = await activeDeployment(api, deploy.accountId, deploy.workerName);
  const versions = now.ok ? now.deployment?.versions : undefined;
  if (versions?.length === 1 && versions[0]!.version_id === previous)
    return { ok: true, note: `${previous} serves 100 % again` };
  const serving = versions?.map((v) => `${v.version_id}@${v.percentage}%`).join(' ') ?? 'unreadable';
  const note = problem
    ? `the rollback to ${previous} failed (${problem}); the deployment is ${serving}`
    : `the rollback to ${previous} was accepted, but the deployment reads ${serving}`;
  return { ok: false, note };
}
