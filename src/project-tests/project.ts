// What a project declares about its tests: the commands to run, and which runner they use, so
// the gate can ask that runner for machine-readable results.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Runner = 'jest' | 'vitest' | 'unknown';

export interface TestCommand {
  /** As the user would type it. */
  command: string;
  runner: Runner;
  /** The npm script it runs, if any ("test", "test:e2e"). */
  script?: string;
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

/** `npm test` / `npm run x` name a script; anything else is the command itself. */
function scriptOf(command: string): string | undefined {
  const m = /^npm\s+(?:run(?:-script)?\s+(\S+)|(test|t))\s*$/.exec(command.trim());
  return m ? (m[1] ?? 'test') : undefined;
}

export function describeCommand(command: string, scripts: Record<string, string>): TestCommand {
  const script = scriptOf(command);
  const body = script ? (scripts[script] ?? '') : command;
  return { command, runner: detectRunner(body), script };
}

export function defaultUnitCommand(scripts: Record<string, string>): string | undefined {
  return scripts.test && !PLACEHOLDER.test(scripts.test) ? 'npm test' : undefined;
}

export function defaultE2eCommand(scripts: Record<string, string>): string | undefined {
  const name = E2E_SCRIPTS.find((s) => scripts[s]);
  return name ? `npm run ${name}` : undefined;
}

/**
 * The command with the runner's JSON reporter added, unless the user's script already picks a
 * reporter. npm scripts get the flags after `--`. For vitest, `errorsReporter` (a reporter
 * module's path) is added too: vitest's JSON leaves out the errors of hooks and failed imports.
 */
export function withJsonReporter(
  cmd: TestCommand,
  scripts: Record<string, string>,
  outputFile: string,
  errorsReporter?: string,
): { command: string; resultsFile?: string } {
  const body = cmd.script ? (scripts[cmd.script] ?? '') : cmd.command;
  if (cmd.runner === 'unknown' || /--json\b|--reporter\b|--outputFile\b/.test(body)) return { command: cmd.command };
  const quoted = JSON.stringify(outputFile);
  const extra = errorsReporter ? ` --reporter=${JSON.stringify(errorsReporter)}` : '';
  const flags =
    cmd.runner === 'jest'
      ? `--json --outputFile=${quoted} --testLocationInResults`
      : `--reporter=default --reporter=json${extra} --outputFile.json=${quoted}`;
  return { command: cmd.script ? `${cmd.command} -- ${flags}` : `${cmd.command} ${flags}`, resultsFile: outputFile };
}
