// Preflight without the project's wrangler: the checks that need it are skipped, and a pass must
// not read as a full one. The warning names what was skipped and the install command for the
// project's own package manager. Pure: what the project holds in, the finding out.
import type { Finding } from '../findings.js';
import { configFinding } from './local-checks.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfiles, the first found (walking up from the working directory) naming the package manager. */
export const LOCKFILES: ReadonlyArray<readonly [string, PackageManager]> = [
  ['package-lock.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

const COMMANDS: Record<PackageManager, { add: string; install: string }> = {
  npm: { add: 'npm install --save-dev wrangler', install: 'npm ci' },
  pnpm: { add: 'pnpm add --save-dev wrangler', install: 'pnpm install --frozen-lockfile' },
  yarn: { add: 'yarn add --dev wrangler', install: 'yarn install --immutable' },
  bun: { add: 'bun add --dev wrangler', install: 'bun install --frozen-lockfile' },
};

export interface WranglerMissing {
  packageManager: PackageManager;
  /** Whether package.json lists wrangler (then only the install step is missing). */
  declared: boolean;
  /** Whether the project commits generated types, whose check needs wrangler too. */
  hasGeneratedTypes: boolean;
  /** package.json as the report names it, when the project has one (the finding points there). */
  packageJson: string | undefined;
}

export function wranglerMissingFinding(input: WranglerMissing): Finding {
  const skipped = [
    "wrangler's own reading of the config (what it rejects, the Worker name it deploys)",
    'the bundle size and startup time against the limits (`wrangler deploy --dry-run`)',
    ...(input.hasGeneratedTypes ? ['the generated types (`wrangler types --check`)'] : []),
  ];
  const { add, install } = COMMANDS[input.packageManager];
  const message =
    `wrangler is not installed in the project, so preflight skipped ${skipped.join(', ')};` +
    ' the checks that ran passed on their own, and a deploy needs wrangler too';
  const fix = input.declared
    ? `package.json lists wrangler, but it is not installed: run \`${install}\` before the gate.`
    : `Add wrangler to the project (\`${add}\`), and run \`${install}\` before the gate.`;
  const location = input.packageJson ? { file: input.packageJson, line: 1 } : undefined;
  return configFinding('wrangler_not_installed', 'warning', message, fix, { location });
}

/** Whether a package.json text lists wrangler among its dependencies. */
export function declaresWrangler(packageJson: string | undefined): boolean {
  if (!packageJson) return false;
  try {
    const manifest = JSON.parse(packageJson) as Record<string, Record<string, unknown> | undefined>;
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some((k) => manifest[k]?.wrangler !== undefined);
  } catch {
    return false;
  }
}
