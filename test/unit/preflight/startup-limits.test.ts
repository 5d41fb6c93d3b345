// The startup verdict needs two profiles over the limit: one may be the machine's load (field trial 2).
import { describe, expect, it } from '@jest/globals';
import { lowerOf, needsSecondProfile, startupVerdict } from '../../../src/preflight/startup-limits.js';

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
