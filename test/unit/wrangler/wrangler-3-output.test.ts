import { readFileSync } from 'node:fs';
import { deployFailureFinding } from '../../../src/wrangler/deploy-failure.js';
import { commandFailure } from '../../../src/wrangler/output-file.js';
import { fixture } from '../../helpers/runner.js';

// Captured from wrangler 3.114.17 (`wrangler deploy`, FORCE_COLOR=1) refused by the local Cloudflare
// with 10000: banner, update notice and account table on stdout, the out-of-date warning and the
// error on stderr, no output-file entry.
const CAPTURED = fixture('wrangler/wrangler-3.114-deploy-10000');
const captured = (stream: string) => readFileSync(`${CAPTURED}.${stream}.txt`, 'utf8');

// A wrangler 3 that prints its error on stdout too (colours, banner, update notice, then the error).
const ESC = '\u001b';
const WRANGLER_3_STDOUT = [
  '',
  ` ${ESC}[38;5;214m⛅️ wrangler 3.114.0${ESC}[39m ${ESC}[2m(update available ${ESC}[32m4.164.0${ESC}[39m)${ESC}[22m`,
  `${ESC}[38;5;214m-------------------------------------------------------${ESC}[39m`,
  '',
  'Total Upload: 12.34 KiB / gzip: 3.21 KiB',
  '',
  `${ESC}[31m✘ ${ESC}[41;31m[${ESC}[41;97mERROR${ESC}[41;31m]${ESC}[0m ${ESC}[1mA request to the Cloudflare API ` +
    `(/accounts/x/workers/scripts/y) failed.${ESC}[0m`,
  '',
  '  Authentication error [code: 10000]',
  '',
  '',
  `🪵  Logs were written to "/home/runner/.config/.wrangler/logs/wrangler-2026-01-01_00-00-00_000.log"`,
  '',
].join('\n');

describe("wrangler's error text and code wherever it printed them", () => {
  it("reads wrangler 3.114's captured output: the error block, not its warning or banner", () => {
    const expected = {
      code: 10000,
      message:
        'A request to the Cloudflare API (/accounts/0123456789abcdef0123456789abcdef/workers/scripts/example-gateway) ' +
        'failed. Authentication error [code: 10000]',
    };
    expect(commandFailure([], captured('stderr'), captured('stdout'))).toEqual(expected);
    // The same text printed on stdout (nothing on stderr) reads the same.
    expect(commandFailure([], '', `${captured('stdout')}\n${captured('stderr')}`)).toEqual(expected);
  });

  it('reads wrangler 3 stdout: colours stripped, banner skipped, the text and code kept', () => {
    const failure = commandFailure([], '', WRANGLER_3_STDOUT);
    expect(failure).toEqual({
      code: 10000,
      message:
        'A request to the Cloudflare API (/accounts/x/workers/scripts/y) failed. Authentication error [code: 10000]',
    });
    const finding = deployFailureFinding(failure, { command: 'wrangler deploy' });
    expect(finding.message).toContain('[code: 10000]: A request to the Cloudflare API');
    expect(finding.code).toBe('api_token_permission');
  });

  it('prefers stderr, and says the last line it printed rather than nothing', () => {
    const stderr = '✘ [ERROR] Something broke [code: 7003]\n';
    expect(commandFailure([], stderr, WRANGLER_3_STDOUT).code).toBe(7003);
    expect(commandFailure([], '', '⛅️ wrangler 3.1.0\n---\nfetch failed\n').message).toBe('fetch failed');
    expect(commandFailure([], '', '').message).toBe('wrangler failed without a message');
  });
});
