// Command line: `node dist/index.js <stage> [--input-name value ...]`; flags are the action's inputs.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { INPUTS } from './inputs.js';
import { nearest } from './text.js';
import { PIPELINE_STAGES, REPORT_STAGE } from './stages/index.js';

export interface CommandLine {
  stage?: string;
  flags: Record<string, string | undefined>;
  runDir?: string;
  /** Outside Actions: where to write the job summary a runner would show (HTML/Markdown). */
  summary?: string;
  help: boolean;
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    'run-dir': { type: 'string' },
    summary: { type: 'string' },
  };
  for (const input of INPUTS) options[input.name] = { type: 'string' };
  const valueless = flagWithoutValue(argv);
  if (valueless) throw new UsageError(valueless.message);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
    throw new UsageError(
      unknownFlagMessage(message ?? '', Object.keys(options)) ?? `${message}. Run with --help for the flags.`,
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected one stage, got ${positionals.join(' ')}`);
  const flags: Record<string, string | undefined> = {};
  for (const input of INPUTS) {
    const v = values[input.name];
    if (typeof v === 'string') flags[input.name] = v;
  }
  const stage = positionals[0];
  const help = values.help === true;
  if (!help && stage !== undefined) checkStage(stage);
  return {
    stage,
    flags,
    help,
    runDir: typeof values['run-dir'] === 'string' ? values['run-dir'] : undefined,
    summary: typeof values.summary === 'string' ? values.summary : undefined,
  };
}

/** parseArgs' "Unknown option '--working-dir'" with the flag it most likely means; undefined for other errors. */
export function unknownFlagMessage(parseError: string, flags: readonly string[]): string | undefined {
  const typed = /Unknown option '(-{1,2})([^'=]+)/.exec(parseError);
  if (!typed) return undefined;
  const flag = `${typed[1]}${typed[2]}`;
  const suggestion = typed[1] === '--' ? nearest(typed[2]!, flags) : undefined;
  const hint = suggestion ? `; did you mean --${suggestion}?` : '.';
  return `unknown flag ${flag}${hint} Run with --help for the flags.`;
}

export const STAGE_CHOICES = [...PIPELINE_STAGES.map((s) => s.name), REPORT_STAGE.name, 'run', 'openapi'];

/** The flags that take a value: every input, and the run directory and summary paths. */
const VALUE_FLAGS = new Set<string>([...INPUTS.map((i) => i.name), 'run-dir', 'summary']);

/**
 * A flag that takes a value but got none: last on the line, followed by another flag, or empty
 * (`--config=`). Node's parser would take the next flag as the value, or call it "ambiguous".
 */
export function flagWithoutValue(
  argv: readonly string[],
): { flag: string; index: number; message: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const inline = /^--([^=]+)=(.*)$/s.exec(arg);
    const flag = inline ? inline[1]! : arg.startsWith('--') ? arg.slice(2) : undefined;
    if (flag === undefined || !VALUE_FLAGS.has(flag)) continue;
    const value = inline ? inline[2]! : argv[i + 1];
    const next = value !== undefined && /^--[^=]+/.exec(value)?.[0]?.slice(2);
    const why =
      value === undefined
        ? 'it is the last argument'
        : !inline && next && (VALUE_FLAGS.has(next.split('=')[0]!) || next === 'help')
          ? `it is followed by --${next.split('=')[0]}`
          : value.trim() === ''
            ? 'the value is empty'
            : undefined;
    if (why) return { flag, index: i, message: `--${flag} needs a value, and got none (${why}).` };
    if (!inline) i++;
  }
  return undefined;
}

function checkStage(stage: string): void {
  if (STAGE_CHOICES.includes(stage)) return;
  throw new UsageError(`unknown stage "${stage}"; expected one of ${STAGE_CHOICES.join(', ')}`);
}

/** " Default: 10m." as --help shows it; "." is the directory the command runs in. */
export function defaultText(value: string): string {
  if (!value) return '';
  return ` Default: ${value === '.' ? 'the current directory' : value}.`;
}

export function usage(): string {
  const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4;
  const lines = [
    'Gateway deploy gate: validate, preflight, test, deploy and smoke-test an API gateway on Cloudflare Workers.',
    '',
    'Usage: node dist/index.js <stage> [flags]',
    '',
    'Stages:',
    ...PIPELINE_STAGES.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
    `  ${REPORT_STAGE.name.padEnd(width)}${REPORT_STAGE.summary}`,
    `  ${'run'.padEnd(width)}every stage above in order (rollback only after a failed smoke test), then report`,
    `  ${'openapi'.padEnd(width)}print the gateway's routes as an OpenAPI 3.1 document on stdout` +
      ` (--working-directory, --config, --environment)`,
    '',
    'Flags (each is the action input of the same name; INPUT_<NAME> variables work too):',
    ...INPUTS.map((i) => `  --${i.name.padEnd(width - 2)}${i.description}${defaultText(i.default)}`),
    `  --${'run-dir'.padEnd(width - 2)}Where stages hand results to the next (also GATE_RUN_DIR). Default in` +
      ` Actions: one per workflow run, attempt, job and working directory under $RUNNER_TEMP/gateway-deploy-gate;` +
      ` elsewhere 'run' starts a new one per project and a stage command joins the project's latest.`,
    `  --${'summary'.padEnd(width - 2)}Outside GitHub Actions: also write the job summary (Markdown with HTML` +
      ` tables and a Mermaid diagram) to this file.`,
    `  --${'help'.padEnd(width - 2)}This text.`,
    '',
    'Exit status: 0 the gate passed, 1 it failed (an error finding), 2 it could not run.',
  ];
  return lines.join('\n');
}
