// The project's own package manager, decided as the project does: package.json's `packageManager`
// field, else its lockfile, else npm; and, for a package inside a workspace, the workspace's root
// (its lockfile and node_modules). Pure: the files come through a reader the caller gives, and
// pnpm-workspace.yaml through a YAML parser the caller gives (loaded only for a pnpm workspace).
import path from 'node:path';

export type PackageManagerName = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface PackageManager {
  name: PackageManagerName;
  /** From `packageManager` ("pnpm@9.12.0"), when the project pins one. */
  version?: string;
  /** What told: the `packageManager` field, a lockfile (its name), or nothing (npm by default). */
  source: 'packageManager' | 'lockfile' | 'default';
  lockfile?: string;
  /** Where `install` runs: the workspace root, or the project itself. */
  root: string;
  /** Set when the project is a package of a workspace rooted at `root`. */
  workspace?: 'pnpm' | 'package.json';
}

/** What the detection may read: a file's text, or undefined when it is not there. */
export type ReadText = (file: string) => string | undefined;
/** A YAML document's value (the `yaml` package's parse); it may throw on a document that does not parse. */
export type ParseYaml = (text: string) => unknown;

/** The workspace file of pnpm, the only YAML the detection reads. */
export const PNPM_WORKSPACE = 'pnpm-workspace.yaml';

const noYaml: ParseYaml = () => {
  throw new Error(`reading ${PNPM_WORKSPACE} needs a YAML parser`);
};

const LOCKFILES: [string, PackageManagerName][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];
const NAMES: PackageManagerName[] = ['npm', 'pnpm', 'yarn', 'bun'];

function readJson(read: ReadText, file: string): Record<string, unknown> | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `"pnpm@9.12.0+sha512…"` → pnpm, 9.12.0. */
export function parsePackageManagerField(value: unknown): { name: PackageManagerName; version?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
  return m && NAMES.includes(m[1] as PackageManagerName)
    ? { name: m[1] as PackageManagerName, version: m[2] }
    : undefined;
}

/** A workspace glob ("packages/*", "apps/**") as a test on a relative path. */
export function matchesWorkspaceGlob(relative: string, glob: string): boolean {
  const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  const source = clean
    .split('/')
    .map((part) => (part === '**' ? '(?:.*)' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
    .join('/')
    .replace(/\/\(\?:\.\*\)/g, '(?:/.*)?');
  return new RegExp(`^${source}$`).test(relative);
}

function workspaceGlobs(
  read: ReadText,
  dir: string,
  parseYaml: ParseYaml,
): { kind: 'pnpm' | 'package.json'; globs: string[] } | undefined {
  const pnpm = read(path.join(dir, PNPM_WORKSPACE));
  if (pnpm !== undefined) {
    if (parseYaml === noYaml) noYaml(pnpm); // a caller's defect, not a YAML error: said, not swallowed
    let packages: unknown;
    try {
      packages = (parseYaml(pnpm) as { packages?: unknown } | null)?.packages;
    } catch {
      packages = undefined;
    }
    const globs = Array.isArray(packages) ? packages.filter((g): g is string => typeof g === 'string') : [];
    return { kind: 'pnpm', globs };
  }
  const workspaces = readJson(read, path.join(dir, 'package.json'))?.workspaces;
  const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  if (!Array.isArray(list)) return undefined;
  return { kind: 'package.json', globs: list.filter((g): g is string => typeof g === 'string') };
}

/** The workspace whose packages include `dir`: the nearest ancestor declaring one that matches. */
export function findWorkspaceRoot(
  dir: string,
  read: ReadText,
  parseYaml: ParseYaml = noYaml,
): { root: string; kind: 'pnpm' | 'package.json' } | undefined {
  const start = path.resolve(dir);
  for (let up = path.dirname(start); ; up = path.dirname(up)) {
    const declared = workspaceGlobs(read, up, parseYaml);
    if (declared) {
      const relative = path.relative(up, start).split(path.sep).join('/');
      const included = declared.globs.filter((g) => !g.startsWith('!')).some((g) => matchesWorkspaceGlob(relative, g));
      const excluded = declared.globs.some((g) => g.startsWith('!') && matchesWorkspaceGlob(relative, g.slice(1)));
      if (included && !excluded) return { root: up, kind: declared.kind };
    }
    if (path.dirname(up) === up) return undefined;
  }
}

/**
 * The package manager of the project in `dir` (its workspace's, when it is a workspace package).
 * `parseYaml` is needed only when a pnpm-workspace.yaml is above `dir`. A lockfile counts by its
 * presence (`exists`: by default, whether `read` has it); its text is never needed here.
 */
export function detectPackageManager(
  dir: string,
  read: ReadText,
  parseYaml: ParseYaml = noYaml,
  exists: (file: string) => boolean = (file) => read(file) !== undefined,
): PackageManager {
  const project = path.resolve(dir);
  const workspace = findWorkspaceRoot(project, read, parseYaml);
  const root = workspace?.root ?? project;
  const base = { root, ...(workspace ? { workspace: workspace.kind } : {}) };
  for (const where of [project, root]) {
    const field = parsePackageManagerField(readJson(read, path.join(where, 'package.json'))?.packageManager);
    if (field) {
      const lockfile = LOCKFILES.find(([f, n]) => n === field.name && exists(path.join(root, f)))?.[0];
      return { ...field, source: 'packageManager', ...(lockfile ? { lockfile } : {}), ...base };
    }
  }
  for (const where of [project, root]) {
    const found = LOCKFILES.find(([file]) => exists(path.join(where, file)));
    if (found) return { name: found[1], source: 'lockfile', lockfile: found[0], ...base };
  }
  if (workspace?.kind === 'pnpm') return { name: 'pnpm', source: 'lockfile', ...base };
  return { name: 'npm', source: 'default', ...base };
}

/** The command that runs a package.json script. `bun test` is bun's own runner, so bun always says `run`. */
export function runScriptCommand(pm: PackageManagerName, script: string): string {
  if (script === 'test' && pm !== 'bun') return `${pm} test`;
  return `${pm} run ${script}`;
}

/** The install that reproduces the lockfile (what CI should run before the gate). */
export function installCommand(pm: PackageManager): string {
  switch (pm.name) {
    case 'pnpm':
      return 'pnpm install --frozen-lockfile';
    case 'yarn':
      return pm.version && !pm.version.startsWith('1.') ? 'yarn install --immutable' : 'yarn install --frozen-lockfile';
    case 'bun':
      return 'bun install --frozen-lockfile';
    default:
      return pm.lockfile ? 'npm ci' : 'npm install';
  }
}

/** The command that adds a devDependency. */
export function addDevCommand(pm: PackageManagerName, spec: string): string {
  const quoted = /[\s"'<>|&^]/.test(spec) ? JSON.stringify(spec) : spec;
  switch (pm) {
    case 'pnpm':
      return `pnpm add -D ${quoted}`;
    case 'yarn':
      return `yarn add -D ${quoted}`;
    case 'bun':
      return `bun add -d ${quoted}`;
    default:
      return `npm install --save-dev ${quoted}`;
  }
}

/** "pnpm install --frozen-lockfile at the workspace root (../..)": where the install runs, said once. */
export function installHint(pm: PackageManager, projectDir: string): string {
  const install = installCommand(pm);
  if (!pm.workspace) return install;
  const relative = path.relative(path.resolve(projectDir), pm.root) || '.';
  return `${install} at the workspace root (${relative})`;
}

/** A script named by a command as the user typed it: `npm test`, `pnpm run e2e`, `yarn test:e2e`, `bun run test`. */
export function scriptOfCommand(command: string): { pm: PackageManagerName; script: string } | undefined {
  const words = command.trim().split(/\s+/);
  const [pm, first, second] = words;
  if (!NAMES.includes(pm as PackageManagerName) || words.length > 3) return undefined;
  const name = pm as PackageManagerName;
  if ((first === 'run' || first === 'run-script') && second) return { pm: name, script: second };
  if (words.length !== 2 || !first || first.startsWith('-')) return undefined;
  if (first === 'test' || (first === 't' && name !== 'bun'))
    return name === 'bun' ? undefined : { pm: name, script: 'test' };
  // yarn and pnpm run a script by its bare name; npm and bun do not.
  return name === 'yarn' || name === 'pnpm' ? { pm: name, script: first } : undefined;
}

/**
 * The dependencies package.json declares that package-lock.json does not record with the same range
 * (for the package at `packagePath` below the lockfile, '' for the root): what makes `npm ci` refuse.
 */
export function npmLockDrift(packageJsonText: string, lockText: string, packagePath = ''): string[] {
  let pkg: Record<string, unknown>;
  let entry: Record<string, unknown> | undefined;
  try {
    pkg = JSON.parse(packageJsonText) as Record<string, unknown>;
    const lock = JSON.parse(lockText) as { packages?: Record<string, Record<string, unknown>> };
    entry = lock.packages?.[packagePath];
  } catch {
    return [];
  }
  if (!entry) return [];
  const fields = ['dependencies', 'devDependencies', 'optionalDependencies'];
  return fields.flatMap((field) => {
    const declared = (pkg[field] ?? {}) as Record<string, unknown>;
    const locked = (entry[field] ?? {}) as Record<string, unknown>;
    return Object.keys(declared).filter((name) => locked[name] !== declared[name]);
  });
}
