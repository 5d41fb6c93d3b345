// After a failed deploy: did the deployment change, how to put the previous one back, and what
// the finding says about the version that serves. Pure decisions; the stage runs them.
import type { DeploymentView } from '../cloudflare/api.js';

export type Split = DeploymentView['versions'];

/** The same versions at the same percentages, in any order. */
export function sameSplit(a: Split | undefined, b: Split | undefined): boolean {
  const key = (split: Split | undefined) =>
    [...(split ?? [])]
      .map((v) => `${v.version_id}@${v.percentage}`)
      .sort()
      .join(' ');
  return key(a) === key(b);
}

/** `versions deploy` arguments that bring back `split` exactly (`<id>@<percent>%` each). */
export function restoreArgs(split: Split): string[] {
  return ['versions', 'deploy', ...split.map((v) => `${v.version_id}@${v.percentage}%`), '-y'];
}

export interface ServingState {
  /** The version with most of the traffic now, as the API shows it; undefined when unreadable. */
  serving?: string;
  previous?: string;
  /** The gate put the previous deployment back. */
  restored: boolean;
  /** Why it could not be read or restored. */
  problem?: string;
}

/** The sentence the failure's finding ends with: which version serves, and whether production changed. */
export function servingSentence(workerName: string, state: ServingState): string {
  if (!state.serving) {
    const why = state.problem ? ` (${state.problem})` : '';
    return `. Which version of ${workerName} serves could not be read${why}: check \`wrangler deployments status\``;
  }
  const shows = `. Cloudflare shows version ${state.serving} of ${workerName} serving`;
  if (!state.previous) return `${shows}: the Worker had no version serving before this deploy`;
  if (state.serving !== state.previous) {
    const could = state.problem ? `; putting back ${state.previous} failed: ${state.problem}` : '';
    return `${shows}, not the one that served before${could}`;
  }
  if (state.restored) return `${shows}: the deploy had changed the deployment, and the gate restored it`;
  return `${shows}, the version that served before: production is unchanged`;
}
