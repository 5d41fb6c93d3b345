// `deploy: preview`, decided before anything is uploaded: the alias (input, pull request or
// branch), whether the wrangler config lets a preview URL exist, whether the wrangler can do it.
// The deploy stage runs the upload; this module only reads the run's facts and judges them.
import { readFileSync } from 'node:fs';
import { findingFactory, type Finding } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { addDevCommand, type PackageManagerName } from '../project-tests/package-manager.js';
import { capabilitiesOf, PREVIEW_ALIAS_SINCE } from './capabilities.js';
import { branchName, chooseAlias, previewBlocker, pullRequestNumber } from './preview-alias.js';
import type { WorkerTarget } from './worker-target.js';

const deployFinding = findingFactory('deploy', 'deploy', { owned: true });

export type PreviewPlan = { ok: true; alias: string; note: string } | { ok: false; finding: Finding };

/** The alias and the go-ahead for a preview of `worker`, or the one finding that stops it. */
export function planPreview(config: GateConfig, target: WorkerTarget, worker: string): PreviewPlan {
  const blocker = previewBlocker(target.source.raw, target.worker);
  if (blocker) {
    const location = target.source.locate(blocker.path, blocker.target);
    const finding = deployFinding(blocker.code, 'error', blocker.message, blocker.fix);
    return { ok: false, finding: { ...finding, layer: 'config', location } };
  }
  const choice = chooseAlias({
    input: config.previewAlias,
    pullRequest: pullRequestNumber(config.env, readEvent(config.env.GITHUB_EVENT_PATH)),
    branch: branchName(config.env),
    worker,
  });
  if (!choice.ok) {
    const finding = deployFinding('preview_alias_invalid', 'error', choice.message, choice.fix);
    return { ok: false, finding: { ...finding, layer: 'config' } };
  }
  return { ok: true, alias: choice.alias, note: `alias ${choice.alias} (from the ${choice.source})` };
}

/** A wrangler without `--preview-alias`: one finding with the version to upgrade to. */
export function previewWranglerProblem(version: string, pm: PackageManagerName): Finding | undefined {
  if (capabilitiesOf(version).previewAlias) return undefined;
  const since = PREVIEW_ALIAS_SINCE.join('.');
  const flag = `\`--preview-alias\` came in ${since}`;
  const message = `wrangler ${version} cannot upload a version under a preview alias (${flag})`;
  const fix = `Upgrade the project's wrangler to ${since} or newer: \`${addDevCommand(pm, 'wrangler@4')}\`.`;
  return deployFinding('wrangler_too_old_for_preview', 'error', message, fix);
}

/** The webhook event the run was triggered by (GITHUB_EVENT_PATH); undefined when unreadable. */
function readEvent(file: string | undefined): unknown {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
