// What a project declares about its tests: the commands to run, and which runner they use, so
// the gate can ask that runner for machine-readable results.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type PackageManagerName, runScriptCommand, scriptOfCommand } from './package-manager.js';

export type Runner = 'jest' | 'vitest' | 'unknown';

export interface TestCommand {
  /** As the user would type it. */
  command: string;
  runner: Runner;
  /** The package.json script it runs, if any ("test", "test:e2e"). */
  script?: string;
  /** The package manager that runs `script`. */
  pm?: PackageManagerName;
}

/** npm init's placeholder: "no test specified" is no test. */
const PLACEHOLDER = /no test specified/;
export const E2E_SCRIPTS = ['test:e2e', 'e2e', 'test:e2e:local'];

export function readScripts(projectDir: string): Record<string, string> {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, unknown>;
    };
    return Object.fromEntries(
      Object.entries(pkg.scripts ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function detectRunner(text: string): Runner {
  if (/\bvitest\b/.test(text)) return 'vitest';
  if (/\bjest\b/.test(text)) return 'jest';
  return 'unknown';
}

export function describeCommand(command: string, scripts: Record<string, string>): TestCommand {
  const named = scriptOfCommand(command);
  const body = named ? (scripts[named.script] ?? '') : command;
  return { command, runner: detectRunner(body), ...(named ? { script: named.script, pm: named.pm } : {}) };
}

export function defaultUnitCommand(
  scripts: Record<string, string>,
  pm: PackageManagerName = 'npm',
): string | undefined {
  return scripts.test && !PLACEHOLDER.test(scripts.test) ? runScriptCommand(pm, 'test') : undefined;
}

export function defaultE2eCommand(scripts: Record<string, string>, pm: PackageManagerName = 'npm'): string | undefined {
  const name = E2E_SCRIPTS.find((s) => scripts[s]);
  return name ? runScriptCommand(pm, name) : undefined;
}

/**
 * The runner is the script's last command: flags appended to the script reach it, and no other
 * program (`jest && tsc` would hand tsc the flags and fail a run that passes bare).
 */
export function runnerIsLast(body: string, runner: Runner): boolean {
  if (runner === 'unknown') return false;
  // Quoted arguments and redirections (`2>&1`) are not command separators.
  const bare = body.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, "''").replace(/\d*>&\d*/g, ' ');
  const segments = bare.split(/&&|\|\||[;|&]/);
  return new RegExp(`\\b${runner}\\b`).test(segments[segments.length - 1] ?? '');
}

/**
 * The command with the runner's JSON reporter added, unless the user's script already picks a
 * reporter, and only when the runner is the command's last program. For vitest, `errorsReporter`
 * (a reporter module's path) is added too: vitest's JSON leaves out the errors of hooks and
 * failed imports.
 */
export function withJsonReporter(
  cmd: TestCommand,
  scripts: Record<string, string>,
  outputFile: string,
  errorsReporter?: string,
): { command: string; resultsFile?: string } {
  const body = cmd.script ? (scripts[cmd.script] ?? '') : cmd.command;
  if (!runnerIsLast(body, cmd.runner) || /--json\b|--reporter\b|--outputFile\b/.test(body)) {
    return { command: cmd.command };
  }
  const quoted = JSON.stringify(outputFile);
  const extra = errorsReporter ? ` --reporter=${JSON.stringify(errorsReporter)}` : '';
  const flags =
    cmd.runner === 'jest'
      ? `--json --outputFile=${quoted} --testLocationInResults`
      : `--reporter=default --reporter=json${extra} --outputFile.json=${quoted}`;
  // npm hands a script the arguments after `--`; pnpm, yarn and bun those after the script's name.
  const separator = cmd.script && (cmd.pm ?? 'npm') === 'npm' ? ' --' : '';
  return { command: `${forwardingForm(cmd)}${separator} ${flags}`, resultsFile: outputFile };
}

/**
 * pnpm 8 reads options after its `test` shorthand as its own ("Unknown options: 'json'") and runs
 * nothing; after `pnpm run <script>` every version hands them to the script.
 */
function forwardingForm(cmd: TestCommand): string {
  if (cmd.pm !== 'pnpm' || !cmd.script) return cmd.command;
  return cmd.command.replace(/^(\s*pnpm)\s+(?:test|t)(?=\s|$)/, `$1 run ${cmd.script}`);
}
