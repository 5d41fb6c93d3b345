// Preflight without the project's wrangler: the build check says so (`build_not_run`), and a pass
// must not read as a full one. Its message names every check skipped for the same reason, and its
// fix the install command of the project's own package manager. Pure: what the project holds in.
import type { Finding } from '../findings.js';

export interface WranglerMissing {
  /** Whether package.json lists wrangler (then only the install step is missing). */
  declared: boolean;
  /** Whether the project commits generated types, whose check needs wrangler too. */
  hasGeneratedTypes: boolean;
  /** The project's commands: `pnpm add -D wrangler`, `pnpm install --frozen-lockfile`. */
  add: string;
  install: string;
}

/** The `build_not_run` finding of a project without wrangler, saying everything that was skipped. */
export function withWranglerMissing(build: Finding, input: WranglerMissing): Finding {
  const also = [
    "wrangler's own reading of the config (what it rejects, the Worker name it deploys)",
    'the size and startup limits',
    ...(input.hasGeneratedTypes ? ['the generated types (`wrangler types --check`)'] : []),
  ];
  const last = also.pop()!;
  const message =
    `${build.message}; so preflight also skipped ${also.join(', ')} and ${last}.` +
    ' The checks that ran passed on their own, and a deploy needs wrangler too';
  const fix = input.declared
    ? `package.json lists wrangler, but it is not installed: run \`${input.install}\` before the gate.`
    : `Add wrangler to the project (\`${input.add}\`), and run \`${input.install}\` before the gate.`;
  return { ...build, message, fix };
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
