// Runs the bundled CLI as a user or as the GitHub runner would, and reads what it wrote.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/index.js');
export const fixture = (...p: string[]) => path.join(ROOT, 'test/fixtures', ...p);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  reportPath: string;
  report: GateReport;
  /** Files of the runner protocol (present for runAsRunner). */
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface Finding {
  stage: string;
  layer: string;
  code: string;
  category?: string;
  severity: string;
  message: string;
  fix?: string;
  location?: { file: string; line: number; column?: number; endLine?: number; endColumn?: number };
}

export interface GateReport {
  version: number;
  result: string;
  stages: { name: string; status: string; durationMs: number; note?: string }[];
  findings: Finding[];
  config?: { references?: { kind: string; name: string; location?: { line: number } }[] } & Record<string, unknown>;
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

const BASE_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  // The suite's temp directory (.ci/run gives it a fresh one and fails on anything left in it).
  TMPDIR: tmpdir(),
  NO_COLOR: '1',
  // Wrangler and workerd must not wait on a network that is not there.
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NODE_COMPILE_CACHE: nodeCompileCache(),
};

/**
 * A new temporary directory, removed when the test file ends (by test/helpers/environment.cjs, after
 * the file's afterAll hooks). Outside jest (scripts/demo.ts) the caller removes it.
 */
export function tempDir(prefix = 'gate-test-'): string {
  return removedWithTestFile(mkdtempSync(path.join(tmpdir(), prefix)));
}

/** Registers `dir` for removal when the test file ends (a no-op outside jest); returns it. */
export function removedWithTestFile(dir: string): string {
  (globalThis as { __gateTempDirs?: string[] }).__gateTempDirs?.push(dir);
  return dir;
}

/**
 * The gate keeps Node's compile cache for wrangler under the temp directory; the tests keep theirs in
 * the repo's .cache/ instead, so a run leaves nothing in the temp directory (and later runs start faster).
 */
export function nodeCompileCache(): string {
  const dir = path.join(ROOT, '.cache/node-compile-cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The XDG_CONFIG_HOME the tests give wrangler: kept in the repo's .cache/, not the temp directory. */
export function wranglerConfigHome(name: string): string {
  return path.join(ROOT, '.cache/xdg', name);
}

/** `node dist/index.js <args>` in a clean environment, with its own run directory and report. */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; runDir?: string } = {},
): Run {
  const tmp = tempDir();
  const ownReport = args.includes('--report');
  const reportPath = ownReport
    ? path.resolve(opts.cwd ?? ROOT, args[args.indexOf('--report') + 1]!)
    : path.join(tmp, 'report.json');
  const result = spawnSync(process.execPath, [CLI, ...args, ...(ownReport ? [] : ['--report', reportPath])], {
    cwd: opts.cwd ?? ROOT,
    env: { ...BASE_ENV, GATE_RUN_DIR: opts.runDir ?? path.join(tmp, 'run'), ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return finish(result, reportPath, undefined, undefined);
}

/**
 * As the runner runs a step: inputs in INPUT_* variables (spelled as the runner spells them),
 * GITHUB_ACTIONS=true, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
export function runAsRunner(
  stage: string,
  inputs: Record<string, string>,
  opts: { cwd?: string; runnerTemp?: string; timeoutMs?: number } = {},
): Run {
  const tmp = tempDir('gate-runner-');
  const runnerTemp = opts.runnerTemp ?? tmp;
  const outputFile = path.join(tmp, 'github_output');
  const summaryFile = path.join(tmp, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    ...BASE_ENV,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [CLI, stage], {
    cwd: opts.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
  });
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const reportPath = outputs['report-path'] ?? path.join(runnerTemp, 'gateway-deploy-gate', 'report.json');
  return finish(result, reportPath, outputs, readFileSync(summaryFile, 'utf8'));
}

function finish(
  result: ReturnType<typeof spawnSync>,
  reportPath: string,
  outputs: Record<string, string> | undefined,
  summary: string | undefined,
): Run {
  const stdout = String(result.stdout ?? '');
  let report: GateReport;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as GateReport;
  } catch {
    report = { version: 0, result: 'missing', stages: [], findings: [] };
  }
  return {
    status: result.status,
    stdout,
    stderr: String(result.stderr ?? ''),
    reportPath,
    report,
    outputs: outputs ?? {},
    summary: summary ?? '',
    annotations: parseAnnotations(stdout),
  };
}

/** The GITHUB_OUTPUT file: `name<<delimiter` heredocs, as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** `::error file=…,line=…::message` workflow commands in a step's output. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescapeProp(pair.slice(eq + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}

/** 1-based line and column of `token` inside the unique occurrence of `context` in `text`. */
export function positionOf(text: string, context: string, token = context): { line: number; column: number } {
  const at = text.indexOf(context);
  if (at === -1 || text.indexOf(context, at + 1) !== -1)
    throw new Error(`context ${JSON.stringify(context)} must occur exactly once`);
  if (context.indexOf(token) === -1) throw new Error(`token ${JSON.stringify(token)} not in context`);
  const offset = at + context.indexOf(token);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
let contractValidator: Validate | undefined;

/** Errors of a report against the contract's schema (test/contract is a copy of shared/contract). */
export function reportSchemaErrors(report: unknown): unknown {
  if (!contractValidator) {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/contract/report.schema.json'), 'utf8'));
    contractValidator = new Ajv2020({ allErrors: true }).compile(schema) as Validate;
  }
  return contractValidator(report) ? null : contractValidator.errors;
}
