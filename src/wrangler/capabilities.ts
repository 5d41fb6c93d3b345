// What the project's wrangler can be asked to do, by its version: the gate supports wrangler 4
// from the oldest release still common, and older releases lack flags newer ones have.

export interface WranglerCapabilities {
  /** `wrangler deploy --message` (workers-sdk #12560: 4.65.0's `deploy --help` lacks it, 4.66.0's has it). */
  deployMessage: boolean;
  /** `deploy --secrets-file` and `versions upload --secrets-file` (workers-sdk #10896, in 4.74.0; 4.73.0 lacks it). */
  secretsFile: boolean;
  /** `versions upload --preview-alias` (workers-sdk #9401, merged 2025-05-29: wrangler 4.18.0). */
  previewAlias: boolean;
  /** `deploy --outfile` and `check startup` (workers-sdk #8026, in 3.109.0; 3.28.4 has `--outdir` only). */
  deployOutfile: boolean;
}

/** The first wrangler with `deploy --message`; older ones deploy without the annotation. */
const DEPLOY_MESSAGE_SINCE = [4, 66, 0] as const;

/** The first wrangler that uploads secrets with the version; older ones use `versions secret bulk`. */
const SECRETS_FILE_SINCE = [4, 74, 0] as const;

/** The first wrangler that uploads a version under a preview alias. */
export const PREVIEW_ALIAS_SINCE = [4, 18, 0] as const;

/** The first wrangler that writes the upload itself (`deploy --outfile`) and profiles startup. */
export const DEPLOY_OUTFILE_SINCE = [3, 109, 0] as const;

export function capabilitiesOf(version: string): WranglerCapabilities {
  return {
    deployMessage: atLeast(version, DEPLOY_MESSAGE_SINCE),
    secretsFile: atLeast(version, SECRETS_FILE_SINCE),
    previewAlias: atLeast(version, PREVIEW_ALIAS_SINCE),
    deployOutfile: atLeast(version, DEPLOY_OUTFILE_SINCE),
  };
}

/** An unreadable version ("unknown") counts as new: the gate then asks for everything. */
export function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!parts) return true;
  for (let i = 0; i < minimum.length; i++) {
    const have = Number(parts[i + 1]);
    if (have !== minimum[i]) return have > minimum[i]!;
  }
  return true;
}

/** The oldest and newest wrangler the gate is tested with (test/wrangler-matrix.json). */
export const TESTED_RANGE = { oldest: '4.20.5', newest: '4.164.0' } as const;

/** Why this wrangler is outside the tested range, or undefined when it is inside (or unreadable). */
export function untestedReason(version: string): string | undefined {
  const oldest = TESTED_RANGE.oldest.split('.').map(Number);
  if (atLeast(version, oldest) || !/^\d+\.\d+\.\d+/.test(version)) return undefined;
  return `wrangler ${version} is older than the oldest wrangler the gate is tested with (${TESTED_RANGE.oldest})`;
}
