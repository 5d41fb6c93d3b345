// Which files the harness detection parses: only those whose text can name a harness's module,
// so a suite without wrangler or the Workers Vitest integration never loads the parser.
import { mayHoldHarness } from '../../../src/project-tests/harness-use.js';

describe('mayHoldHarness', () => {
  it('passes a file that names wrangler or the Workers Vitest integration, anywhere', () => {
    expect(mayHoldHarness("import { unstable_dev } from 'wrangler';")).toBe(true);
    expect(mayHoldHarness('const w = require("wrangler")')).toBe(true);
    expect(mayHoldHarness("import { cloudflareTest } from '@cloudflare/vitest-plugin';")).toBe(true);
    expect(mayHoldHarness("export default defineWorkersConfig(); // '@cloudflare/vitest-pool-workers/config'")).toBe(
      true,
    );
  });

  it('leaves out a file that cannot spell either name', () => {
    expect(mayHoldHarness("import { describe, it } from 'vitest';\nit('adds', () => {});")).toBe(false);
    expect(mayHoldHarness("const re = /\\d+\\s*/; const s = 'a\\tb\\n';")).toBe(false);
  });

  it('passes a name written with escapes, which a string literal reads as the same module', () => {
    // 'wr\angler' is 'wrangler'; a line continuation inside a string adds nothing.
    expect(mayHoldHarness("require('wr\\angler')")).toBe(true);
    expect(mayHoldHarness("require('wran\\\ngler')")).toBe(true);
    // A character by its code is not decoded here: such a file is always parsed.
    expect(mayHoldHarness("require('\\x77rangler')")).toBe(true);
    expect(mayHoldHarness("require('\\u{77}rangler')")).toBe(true);
  });
});
