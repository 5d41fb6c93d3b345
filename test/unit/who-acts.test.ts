// Who must act on a finding: the rule (ownerOf), the API client's reading of Retry-After, and
// how preflight words the platform's trouble.
import { retryAfterDelay, type ApiFailure } from '../../src/cloudflare/api.js';
import { ownerOf } from '../../src/findings.js';
import { apiTroubleFindings } from '../../src/preflight/remote-checks.js';

const failure = (extra: Partial<ApiFailure>): ApiFailure => ({
  ok: false,
  kind: 'unavailable',
  message: 'HTTP 503',
  attempts: 3,
  ...extra,
});

describe('ownerOf', () => {
  it("gives the API's 5xx, silence and rate limits to the platform, in preflight and deploy alike", () => {
    const platform = [
      'cloudflare_api_unavailable',
      'cloudflare_api_error',
      'cloudflare_rate_limited',
      'cloudflare_api_unreachable',
    ];
    expect(platform.map((code) => ownerOf(code))).toEqual(platform.map(() => 'internal'));
    // Whatever wrangler's words, Cloudflare's internal error (10002) and rate limit (971) are the platform's.
    const apiCodes = [10002, 971, 10021].map((apiCode) => ownerOf('wrangler_failed', apiCode));
    expect(apiCodes).toEqual(['internal', 'internal', 'client']);
  });

  it("leaves the deployer's config and token to the client", () => {
    const client = ['binding_resource_missing', 'api_token_permission', 'cloudflare_account_unknown', 'cloudflare_x'];
    expect(client.map((code) => ownerOf(code))).toEqual(client.map(() => 'client'));
  });
});

describe('retryAfterDelay', () => {
  it('reads delay-seconds and HTTP dates, and ignores what is absent, past or garbled', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    expect(retryAfterDelay('120', now)).toBe(120_000);
    expect(retryAfterDelay('Mon, 30 Nov 2026 12:01:30 GMT', now)).toBe(90_000);
    const ignored = [null, '', '0', 'Mon, 30 Nov 2026 11:00:00 GMT', 'soon'];
    expect(ignored.map((h) => retryAfterDelay(h, now))).toEqual(ignored.map(() => undefined));
  });
});

describe('apiTroubleFindings', () => {
  it('says when Cloudflare asked for a longer wait than the budget, apart from reads that never answered', () => {
    const findings = apiTroubleFindings(
      [
        { path: '/a/d1/database/x', answer: failure({ status: 429, attempts: 1, retryAfterS: 120 }) },
        { path: '/a/r2/buckets/y', answer: failure({ message: 'no answer within 10000 ms' }) },
      ],
      30_000,
    );
    expect(findings.map((f) => [f.code, f.severity, f.category])).toEqual([
      ['cloudflare_rate_limited', 'error', 'internal'],
      ['cloudflare_api_unavailable', 'error', 'internal'],
    ]);
    expect(findings[0]!.message).toBe(
      "Cloudflare rate-limited 1 check and asked to wait 120 s (Retry-After), longer than the gate's 30 s budget:" +
        ' the gate stopped after 1 attempt (/a/d1/database/x)',
    );
    expect(findings[1]!.message).toBe(
      'the Cloudflare API did not answer 1 check within 30 s of retries' +
        ' (/a/r2/buckets/y: no answer within 10000 ms after 3 attempts)',
    );
  });

  it('keeps a 503 that asks for a long wait apart from rate limits', () => {
    const down = { path: '/a/kv', answer: failure({ status: 503, attempts: 1, retryAfterS: 300 }) };
    const findings = apiTroubleFindings([down], 30_000);
    expect(findings.map((f) => [f.code, f.category])).toEqual([['cloudflare_api_unavailable', 'internal']]);
    expect(findings[0]!.message).toContain('/a/kv: HTTP 503 after 1 attempt, asked to wait 300 s');
  });

  it('is silent when every read was answered', () => {
    expect(apiTroubleFindings([], 30_000)).toEqual([]);
  });
});
