// The I/O behind the startup-limit checks. Usually one wrangler run: `wrangler check startup`
// building the Worker itself (its own `deploy --dry-run`, whose output-file entry gives the bundle's
// size) and profiling its startup in workerd, offline. Only when that cannot say enough (an older
// wrangler, a build that fails, a bundle near a size limit, a config name `--args` cannot carry)
// does `wrangler deploy --dry-run` build into a private temporary directory, its upload measured
// by the gate and profiled from there. Each wrangler run is time-boxed and killed on timeout.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, Location } from '../findings.js';
import { capabilitiesOf, DEPLOY_OUTFILE_SINCE } from '../wrangler/capabilities.js';
import { errorBlock } from '../wrangler/output-file.js';
import { buildFailureFinding, buildNotRunFinding } from './build-failure.js';
import { locateWrangler, runWrangler, type WranglerProgram } from '../wrangler/wrangler-cli.js';
import {
  activeMs,
  bundleSize,
  clearOfSizeLimits,
  lowerOf,
  needsSecondProfile,
  sizeVerdict,
  startupVerdict,
  unmeasuredVerdict,
  wranglerBundleSize,
  type BundleSize,
  type CpuProfile,
  type StartupMeasure,
  type UploadPart,
} from './startup-limits.js';

/** A 14 MiB bundle builds in about 5 s on an idle 2-core machine, and took 56 s at load average 22. */
const BUILD_TIMEOUT_MS = 120_000;
/** Wrangler gives up profiling after 10 s itself; this bounds a wrangler that hangs before that. */
const PROFILE_TIMEOUT_MS = 60_000;

export interface StartupLimitInputs {
  workingDirectory: string;
  configFile: string;
  environment: string | undefined;
  env: NodeJS.ProcessEnv;
  /** Where the findings point: the config's `main` line. */
  location: Location | undefined;
  /** Absolute file → the path findings show (relative to the working directory). */
  display: (file: string) => string;
}

export interface StartupLimitResult {
  findings: Finding[];
  /** Why nothing was measured (no wrangler, a build that failed), for the stage's note. */
  skipped?: string;
}

/** What one `wrangler check startup` run gave: the profile's measure, and wrangler's size of its build. */
interface Profiled {
  measure: StartupMeasure;
  size?: BundleSize;
}

export async function checkStartupLimits(input: StartupLimitInputs): Promise<StartupLimitResult> {
  const located = locateWrangler(input.workingDirectory, input.env);
  if (!located.ok) {
    return { findings: [buildNotRunFinding(located.reason, located.fix, input.location)], skipped: located.reason };
  }
  const dir = mkdtempSync(path.join(input.env.RUNNER_TEMP || tmpdir(), 'gate-limits-'));
  const program = located.program;
  const config = ['--config', path.basename(input.configFile), ...envArgs(input.environment)];
  const profile = path.join(dir, 'startup.cpuprofile');
  const args = selfBuildArgs(input);
  try {
    const first = args ? await profileStartup(program, { args }, profile, config, input) : undefined;
    // The build passed and is well under the size limits: the profile is all that is left to judge.
    if (first?.size && clearOfSizeLimits(first.size)) {
      const again = async () => (await profileStartup(program, { args: args! }, profile, config, input)).measure;
      const measure = needsSecondProfile(first.measure) ? lowerOf(first.measure, await again()) : first.measure;
      return { findings: startupVerdict(measure, program.version, input.location) };
    }
    return await buildThenProfile(program, dir, profile, config, input, first?.measure);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `wrangler deploy --dry-run` into `dir`: a build failure said as the deploy would say it, the upload
 * counted by the gate, and the startup profiled from that bundle unless `known` already measured it.
 */
async function buildThenProfile(
  program: WranglerProgram,
  dir: string,
  profile: string,
  config: string[],
  input: StartupLimitInputs,
  known: StartupMeasure | undefined,
): Promise<StartupLimitResult> {
  const bundle = path.join(dir, 'worker.bundle');
  // Wrangler before 3.109 has no `--outfile`: its `--outdir` build still shows whether the Worker builds.
  const outfile = capabilitiesOf(program.version).deployOutfile;
  const build = await runWrangler(
    program,
    ['deploy', '--dry-run', '--outdir', path.join(dir, 'out'), ...(outfile ? ['--outfile', bundle] : []), ...config],
    { cwd: path.dirname(input.configFile), env: input.env, timeoutMs: BUILD_TIMEOUT_MS },
  );
  if (build.timedOut) {
    const why = `\`wrangler deploy --dry-run\` did not finish in ${BUILD_TIMEOUT_MS / 1000} s`;
    return { findings: [unmeasuredVerdict(why, input.location)] };
  }
  // A build that fails fails the deploy the same way: said now, whatever `deploy` is.
  if (build.exitCode !== 0 || (outfile && !existsSync(bundle))) {
    const failed = buildFailureFinding({
      entries: build.entries,
      stderr: build.stderr,
      root: path.dirname(input.configFile),
      display: input.display,
      fallback: input.location,
    });
    return { findings: [failed], skipped: '`wrangler deploy --dry-run` failed' };
  }
  if (!outfile) {
    const since = DEPLOY_OUTFILE_SINCE.join('.');
    const missing = `wrangler ${program.version} has no \`deploy --outfile\``;
    const why = `${missing} (${since} and newer have it); the build passed`;
    return { findings: [unmeasuredVerdict(why, input.location)] };
  }
  const size = bundleSize(await uploadParts(readFileSync(bundle)));
  const again = async () => (await profileStartup(program, { bundle }, profile, config, input)).measure;
  const first = known ?? (await again());
  const measure = needsSecondProfile(first) ? lowerOf(first, await again()) : first;
  return {
    findings: [...sizeVerdict(size, input.location), ...startupVerdict(measure, program.version, input.location)],
  };
}

/**
 * `check startup --args` splits its value on spaces and refuses one that names an output: the
 * config's name and the environment are passed that way only when they survive it.
 */
function selfBuildArgs(input: StartupLimitInputs): string | undefined {
  const parts = ['--config', path.basename(input.configFile), ...envArgs(input.environment)];
  const safe = parts.every((p) => p.length > 0 && !/\s/.test(p) && !/outdir|outfile/.test(p));
  return safe ? `--args=${parts.join(' ')}` : undefined;
}

const envArgs = (environment: string | undefined) => (environment ? ['--env', environment] : []);

/** The parts of the multipart upload `deploy --outfile` wrote (its first line is the boundary). */
async function uploadParts(bytes: Buffer): Promise<UploadPart[]> {
  const boundary = bytes.subarray(2, bytes.indexOf(10)).toString('utf8').trim();
  const form = await new Response(new Uint8Array(bytes), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }).formData();
  const parts: UploadPart[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') continue;
    parts.push({ name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return parts;
}

/** `wrangler check startup` on the dry run's bundle, or on its own build of it (`args`: the deploy's arguments). */
async function profileStartup(
  program: WranglerProgram,
  what: { bundle: string } | { args: string },
  profile: string,
  config: string[],
  input: StartupLimitInputs,
): Promise<Profiled> {
  rmSync(profile, { force: true }); // a second profile must not read the first one's file
  const worker = 'bundle' in what ? ['--worker', what.bundle] : [what.args];
  const args = ['check', 'startup', ...worker, '--outfile', profile, ...config];
  const cwd = path.dirname(input.configFile);
  // Building its own bundle, it has the build's time on top of its own.
  const timeoutMs = 'bundle' in what ? PROFILE_TIMEOUT_MS : BUILD_TIMEOUT_MS + PROFILE_TIMEOUT_MS;
  const run = await runWrangler(program, args, { cwd, env: input.env, timeoutMs });
  // Its own build wrote a `deploy` entry with the bundle's size, also when the profile then failed.
  const size = run.timedOut ? undefined : wranglerBundleSize(run.entries);
  return { measure: measureOf(run, profile, timeoutMs), size };
}

function measureOf(run: Awaited<ReturnType<typeof runWrangler>>, profile: string, timeoutMs: number): StartupMeasure {
  const output = `${run.stderr}\n${run.stdout}`;
  if (run.timedOut)
    return { kind: 'failed', why: `\`wrangler check startup\` did not finish in ${timeoutMs / 1000} s` };
  if (run.exitCode !== 0 && /Unknown (argument|command)|Unknown arguments?: .*startup/i.test(output))
    return { kind: 'unsupported' };
  if (run.exitCode !== 0 || !existsSync(profile)) {
    const why = errorBlock(run.stderr) ?? (output.trim().split('\n').at(-1) || 'no message');
    return { kind: 'failed', why: `\`wrangler check startup\` failed: ${why.slice(0, 300)}` };
  }
  try {
    const ms = activeMs(JSON.parse(readFileSync(profile, 'utf8')) as CpuProfile);
    return ms === undefined
      ? { kind: 'failed', why: 'the startup profile has no samples' }
      : { kind: 'measured', activeMs: ms };
  } catch {
    return { kind: 'failed', why: 'the startup profile could not be read' };
  }
}
