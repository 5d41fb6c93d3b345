// The startup verdict needs two profiles over the limit: one may be the machine's load (field trial 2).
import { describe, expect, it } from '@jest/globals';
import {
  clearOfSizeLimits,
  LIMITS,
  lowerOf,
  needsSecondProfile,
  startupVerdict,
  wranglerBundleSize,
} from '../../../src/preflight/startup-limits.js';

const measured = (activeMs: number) => ({ kind: 'measured' as const, activeMs });

describe('startup judged on two profiles', () => {
  it('asks for a second profile only when the first is over 400 ms', () => {
    expect([measured(120), measured(400), measured(401)].map(needsSecondProfile)).toEqual([false, false, true]);
    expect(needsSecondProfile({ kind: 'failed', why: 'x' })).toBe(false);
  });

  it('a second profile under the limit clears the warning (the first was the load)', () => {
    expect(startupVerdict(lowerOf(measured(520), measured(180)), '4.164.0', undefined)).toEqual([]);
  });

  it('two profiles over the limit: a warning with the lower time and both samples', () => {
    const [found] = startupVerdict(lowerOf(measured(612.4), measured(530.2)), '4.164.0', undefined);
    expect(found!.code).toBe('worker_startup_slow');
    expect(found!.message).toMatch(
      /^the Worker's global scope took 530 ms of CPU to start in the lower of 2 local profiles \(612 ms, 530 ms\)/,
    );
  });

  it('a second profile that failed leaves the first', () => {
    expect(lowerOf(measured(520), { kind: 'failed', why: 'timed out' })).toEqual(measured(520));
  });
});

describe("wrangler's own size of its dry run decides only far from a limit", () => {
  it("reads the `deploy` entry's bundle_size from the output file, and nothing from a run that did not build", () => {
    const session = { type: 'wrangler-session', version: 1 };
    const deploy = { type: 'deploy', worker_name: 'gw', bundle_size: { raw_bytes: 23701, gzip_bytes: 6923 } };
    expect(wranglerBundleSize([session, session, deploy])).toEqual({ rawBytes: 23701, gzipBytes: 6923 });
    // An older wrangler's entry without the size, or a failed build's entries.
    expect(wranglerBundleSize([session, { type: 'deploy', worker_name: 'gw' }])).toBeUndefined();
    expect(wranglerBundleSize([session, { type: 'command-failed', message: 'Build failed' }])).toBeUndefined();
  });

  it('is clear under 90 % of the Free gzip limit and of the uncompressed limit; near either the gate counts itself', () => {
    const under = { rawBytes: 1_000_000, gzipBytes: Math.floor(0.89 * LIMITS.freeGzipBytes) };
    expect(clearOfSizeLimits(under)).toBe(true);
    expect(clearOfSizeLimits({ ...under, gzipBytes: Math.ceil(0.9 * LIMITS.freeGzipBytes) })).toBe(false);
    expect(clearOfSizeLimits({ ...under, rawBytes: Math.ceil(0.9 * LIMITS.rawBytes) })).toBe(false);
  });
});
