// Startup limits: Cloudflare refuses an upload whose modules are over the size limit (10027) or
// whose global scope takes too long to start (10021). Measured here on the bundle wrangler builds
// (`deploy --dry-run`), so the refusal shows in preflight instead of after the tests. Pure: the
// measurements in, findings out.
import { gzipSync } from 'node:zlib';
import type { Finding, Location } from '../findings.js';
import { configFinding } from './local-checks.js';

const MIB = 1024 * 1024;

/**
 * Cloudflare's documented limits (developers.cloudflare.com/workers/platform/limits): Worker size
 * 3 MiB compressed on Workers Free, 10 MiB on Workers Paid, 64 MiB uncompressed on both; startup
 * (parsing and running the global scope) 400 ms on both.
 */
export const LIMITS = { freeGzipBytes: 3 * MIB, paidGzipBytes: 10 * MIB, rawBytes: 64 * MIB, startupMs: 400 };

export interface UploadPart {
  name: string;
  /** The part's media type (source maps are uploaded but not counted, as wrangler counts). */
  type: string;
  bytes: Uint8Array;
}

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
  /** The largest module counted, when there are several, to name in the finding. */
  largest?: { name: string; bytes: number };
}

/** The size Cloudflare limits: the modules of the upload (not its source maps), gzip-compressed together. */
export function bundleSize(parts: readonly UploadPart[]): BundleSize {
  const modules = parts.filter((p) => p.name !== 'metadata' && !p.type.startsWith('application/source-map'));
  const joined = Buffer.concat(modules.map((p) => p.bytes));
  const largest = [...modules].sort((a, b) => b.bytes.length - a.bytes.length)[0];
  return {
    rawBytes: joined.length,
    gzipBytes: gzipSync(joined).length,
    largest: largest && modules.length > 1 ? { name: largest.name, bytes: largest.bytes.length } : undefined,
  };
}

/**
 * The size wrangler's own dry run reported in its output file (its `deploy` entry's `bundle_size`,
 * gzip of the modules as it prints them), when it did: a dry run that passed.
 */
export function wranglerBundleSize(
  entries: ReadonlyArray<{ type: string; [key: string]: unknown }>,
): BundleSize | undefined {
  for (const entry of entries) {
    const size =
      entry.type === 'deploy' ? (entry.bundle_size as { raw_bytes?: unknown; gzip_bytes?: unknown }) : undefined;
    if (size && typeof size.raw_bytes === 'number' && typeof size.gzip_bytes === 'number')
      return { rawBytes: size.raw_bytes, gzipBytes: size.gzip_bytes };
  }
  return undefined;
}

/**
 * Well under every size limit by wrangler's count: nothing to report, whatever the gate's own count
 * would say. Near one, the gate counts the upload itself (and names its largest module).
 */
export const clearOfSizeLimits = (size: BundleSize): boolean =>
  size.gzipBytes < 0.9 * LIMITS.freeGzipBytes && size.rawBytes < 0.9 * LIMITS.rawBytes;

const mib = (bytes: number) => `${(bytes / MIB).toFixed(2)} MiB`;

/**
 * The plan is not visible to the gate: over the Paid limit (or 64 MiB uncompressed) every account
 * refuses the upload, so that is an error; between the Free and Paid limits only Free accounts do.
 */
export function sizeVerdict(size: BundleSize, at: Location | undefined): Finding[] {
  const what = `the Worker's upload is ${mib(size.gzipBytes)} gzip-compressed (${mib(size.rawBytes)} uncompressed)`;
  const biggest = size.largest ? `; its largest module is ${size.largest.name} (${mib(size.largest.bytes)})` : '';
  const fix =
    'Make the bundle smaller: drop or lazy-load large dependencies and data (fetch them from KV or R2 instead),' +
    ' and check what `wrangler deploy --dry-run --outdir dist` bundles.';
  if (size.rawBytes > LIMITS.rawBytes || size.gzipBytes > LIMITS.paidGzipBytes) {
    const limit =
      size.gzipBytes > LIMITS.paidGzipBytes
        ? `over Cloudflare's 10 MiB limit for Workers Paid (3 MiB on Free)`
        : `over Cloudflare's 64 MiB uncompressed limit`;
    const message = `${what}, ${limit}: every account refuses it at upload (code 10027)${biggest}`;
    return [configFinding('worker_too_large', 'error', message, fix, { location: at })];
  }
  if (size.gzipBytes > LIMITS.freeGzipBytes) {
    const message =
      `${what}, over Cloudflare's 3 MiB limit for Workers Free (10 MiB on Paid): an account on the Free plan` +
      ` refuses it at upload (code 10027); the gate cannot see the account's plan${biggest}`;
    return [
      configFinding('worker_size_over_free_limit', 'warning', message, `On Workers Paid, nothing to do. ${fix}`, {
        location: at,
      }),
    ];
  }
  return [];
}

/** What `wrangler check startup` gave: a profile, or why there is none. */
export type StartupMeasure =
  | { kind: 'measured'; activeMs: number; /** Every profile taken, when more than one. */ samplesMs?: number[] }
  | { kind: 'unsupported' }
  | { kind: 'failed'; why: string };

/** One profile over the limit may be the machine's load, not the Worker: it needs a second one. */
export const needsSecondProfile = (m: StartupMeasure): boolean =>
  m.kind === 'measured' && m.activeMs > LIMITS.startupMs;

/** The lower of two profiles counts (load only adds time); a second that failed leaves the first. */
export function lowerOf(first: StartupMeasure, second: StartupMeasure): StartupMeasure {
  if (first.kind !== 'measured' || second.kind !== 'measured') return first;
  return {
    kind: 'measured',
    activeMs: Math.min(first.activeMs, second.activeMs),
    samplesMs: [first.activeMs, second.activeMs],
  };
}

/**
 * A local profile is not Cloudflare's measurement (another CPU, another load), so even a startup
 * well over the limit is a warning; one under it passes; one not measured is a notice saying so.
 */
export function startupVerdict(measure: StartupMeasure, version: string, at: Location | undefined): Finding[] {
  if (measure.kind === 'measured') {
    if (measure.activeMs <= LIMITS.startupMs) return [];
    const samples = measure.samplesMs?.map((ms) => `${Math.round(ms)} ms`);
    const profiles = samples
      ? `the lower of ${samples.length} local profiles (${samples.join(', ')})`
      : 'a local profile';
    const message =
      `the Worker's global scope took ${Math.round(measure.activeMs)} ms of CPU to start in ${profiles}` +
      ` (\`wrangler check startup\`, wrangler ${version}), over Cloudflare's ${LIMITS.startupMs} ms startup limit:` +
      ' the upload is likely refused (code 10021, "Script startup exceeded CPU time limit")';
    const fix =
      'Move the work out of the top level (module scope) into the handler, or compute it lazily on first use;' +
      ' `npx wrangler check startup` writes a .cpuprofile that shows where the time goes.';
    return [configFinding('worker_startup_slow', 'warning', message, fix, { location: at })];
  }
  const why = measure.kind === 'unsupported' ? `wrangler ${version} has no \`check startup\`` : measure.why;
  const limit = `Cloudflare's ${LIMITS.startupMs} ms limit`;
  const message = `the Worker's startup CPU time was not measured against ${limit}: ${why}`;
  const fix = 'Run `npx wrangler check startup` (wrangler 4.20 or newer) to profile the startup yourself.';
  return [configFinding('worker_startup_unchecked', 'notice', message, fix, { location: at })];
}

/** Limits not measured (a build that did not finish in time, a wrangler without `--outfile`): said, never guessed. */
export function unmeasuredVerdict(why: string, at: Location | undefined): Finding {
  const message = `the Worker's size and startup were not checked against Cloudflare's limits: ${why}`;
  const fix = 'Run `npx wrangler deploy --dry-run --outdir dist` to see the bundle, and `npx wrangler check startup`.';
  return configFinding('worker_limits_unchecked', 'notice', message, fix, { location: at });
}

interface CpuProfileNode {
  id: number;
  callFrame?: { functionName?: string };
}

/** A V8 .cpuprofile as `wrangler check startup` writes it. */
export interface CpuProfile {
  nodes?: CpuProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The profile's busy time in ms: every sample but the idle ones (what wrangler 4.164 prints as "Active"). */
export function activeMs(profile: CpuProfile): number | undefined {
  if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas))
    return undefined;
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame?.functionName]));
  let busy = 0;
  profile.timeDeltas.forEach((delta, i) => {
    if (names.get(profile.samples![i] ?? 0) !== '(idle)') busy += delta;
  });
  return busy / 1000;
}
