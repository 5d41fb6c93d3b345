// The limits a test may shorten from the environment (a hung API, a hung wrangler): read in one
// place, never longer than the gate's defaults, and the limit in force is the one its messages print.
import { describe, expect, it } from '@jest/globals';
import { shortenedLimit } from '../../src/shortened-limit.js';
import { API_BUDGET_MS, API_TIMEOUT_MS, apiSettingsFromEnv, describeUnavailable } from '../../src/cloudflare/api.js';
import { wranglerTimeoutMs } from '../../src/wrangler/wrangler-step.js';
import { WRANGLER_TIMEOUT_MS } from '../../src/wrangler/wrangler-cli.js';

describe('shortenedLimit', () => {
  it('a positive number below the default shortens it', () => {
    expect(shortenedLimit({ LIMIT: '2500' }, 'LIMIT', 10_000)).toBe(2500);
    expect(shortenedLimit({ LIMIT: ' 1e3 ' }, 'LIMIT', 10_000)).toBe(1000);
  });
  it('a longer value never lengthens it', () => {
    expect(shortenedLimit({ LIMIT: '60000' }, 'LIMIT', 10_000)).toBe(10_000);
    expect(shortenedLimit({ LIMIT: 'Infinity' }, 'LIMIT', 10_000)).toBe(10_000);
  });
  it.each([undefined, '', '0', '-5', 'soon', 'NaN'])('%p keeps the default', (value) => {
    expect(shortenedLimit({ LIMIT: value }, 'LIMIT', 10_000)).toBe(10_000);
  });
});

describe('the Cloudflare API client: GATE_API_TIMEOUT_MS and GATE_API_BUDGET_MS', () => {
  const token = { CLOUDFLARE_API_TOKEN: 't' };
  it('10 s per attempt within 30 s per call by default', () => {
    expect(apiSettingsFromEnv(token)).toMatchObject({ timeoutMs: 10_000, budgetMs: 30_000 });
    expect([API_TIMEOUT_MS, API_BUDGET_MS]).toEqual([10_000, 30_000]);
  });
  it('each can be shortened on its own, never lengthened', () => {
    const short = apiSettingsFromEnv({ ...token, GATE_API_TIMEOUT_MS: '2000', GATE_API_BUDGET_MS: '6000' });
    expect(short).toMatchObject({ timeoutMs: 2000, budgetMs: 6000 });
    expect(apiSettingsFromEnv({ ...token, GATE_API_BUDGET_MS: '5000' })).toMatchObject({
      timeoutMs: 10_000,
      budgetMs: 5000,
    });
    const long = apiSettingsFromEnv({ ...token, GATE_API_TIMEOUT_MS: '600000', GATE_API_BUDGET_MS: '600000' });
    expect(long).toMatchObject({ timeoutMs: 10_000, budgetMs: 30_000 });
  });
  it('the budget a finding names is the one in force', () => {
    const { budgetMs } = apiSettingsFromEnv({ ...token, GATE_API_BUDGET_MS: '5000' })!;
    const answer = { ok: false as const, kind: 'unavailable' as const, message: 'HTTP 502', attempts: 4 };
    expect(describeUnavailable(answer, budgetMs)).toBe('HTTP 502 after 4 attempts within 5 s');
    expect(describeUnavailable({ ...answer, attempts: 1, retryAfterS: 120 }, budgetMs)).toBe(
      "HTTP 502: Cloudflare asked to wait 120 s (Retry-After), longer than the gate's 5 s budget; " +
        'it stopped after 1 attempt',
    );
  });
  it('without a token there is no client to limit', () => {
    expect(apiSettingsFromEnv({ GATE_API_TIMEOUT_MS: '2000' })).toBeUndefined();
  });
});

describe('a wrangler command: GATE_WRANGLER_TIMEOUT_MS', () => {
  it('5 minutes by default; shortened, never lengthened', () => {
    expect(wranglerTimeoutMs({})).toBe(WRANGLER_TIMEOUT_MS);
    expect(WRANGLER_TIMEOUT_MS).toBe(5 * 60_000);
    expect(wranglerTimeoutMs({ GATE_WRANGLER_TIMEOUT_MS: '12000' })).toBe(12_000);
    expect(wranglerTimeoutMs({ GATE_WRANGLER_TIMEOUT_MS: '3600000' })).toBe(WRANGLER_TIMEOUT_MS);
  });
});
