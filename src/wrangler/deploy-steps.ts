// Which wrangler commands one deploy runs, decided from what is known before anything changes.
// The rule: one new version holding the code and the secrets, and the deployment changes once,
// at the last step, so a failure at any earlier step leaves the previous version serving.

export type DeployStep =
  /** `versions secret bulk`: a version copied from the latest one with the secrets, not deployed. */
  | { kind: 'versions-secret-bulk' }
  /** `secret bulk`: makes and deploys a version; only after a new Worker's first deploy. */
  | { kind: 'secret-bulk' }
  /** `wrangler deploy` (the one step that changes the deployment of a direct deploy). */
  | { kind: 'deploy'; secretsFile: boolean }
  /** `versions upload`: the new version, not deployed; with `alias`, reachable at that preview alias. */
  | { kind: 'upload'; secretsFile: boolean; alias?: string }
  /** `versions deploy <new>@0% <live>@100%`: the gradual deploy's one change of the deployment. */
  | { kind: 'split' };

export interface StepFacts {
  mode: 'direct' | 'gradual' | 'preview';
  /** Preview: the alias the version is uploaded under. */
  alias?: string;
  /** Whether the Worker exists (has been deployed before). */
  exists: boolean;
  hasSecrets: boolean;
  /** Whether the project's wrangler has `--secrets-file` on deploy and versions upload. */
  secretsFile: boolean;
}

export function deploySteps(facts: StepFacts): DeployStep[] {
  const withFile = facts.hasSecrets && facts.secretsFile;
  // Older wranglers: the secrets go into an undeployed version first, which the upload inherits
  // (uploads keep the latest version's secrets): `versions secret bulk` works whatever is deployed.
  const before: DeployStep[] = facts.hasSecrets && !withFile && facts.exists ? [{ kind: 'versions-secret-bulk' }] : [];
  if (facts.mode === 'gradual') return [...before, { kind: 'upload', secretsFile: withFile }, { kind: 'split' }];
  if (facts.mode === 'preview') return previewSteps(facts, withFile, before);
  const deploy: DeployStep = { kind: 'deploy', secretsFile: withFile };
  // A Worker that does not exist yet has no version to hold secrets before its first deploy.
  if (facts.hasSecrets && !withFile && !facts.exists) return [deploy, { kind: 'secret-bulk' }];
  return [...before, deploy];
}

/**
 * A preview never deploys: the version is uploaded under its alias. An older wrangler's secrets go
 * into an undeployed version first, which the upload inherits. (A preview needs an existing Worker.)
 */
function previewSteps(facts: StepFacts, withFile: boolean, before: DeployStep[]): DeployStep[] {
  return [...before, { kind: 'upload', secretsFile: withFile, alias: facts.alias }];
}
