import { parseWranglerConfig, unterminatedString } from '../../../src/wrangler/wrangler-file.js';

describe('unterminatedString', () => {
  it.each([
    ['URL = "http://x', { quote: '"', column: 7 }],
    ["name = 'gateway", { quote: "'", column: 8 }],
    ['a = "x\\"', { quote: '"', column: 5 }],
    ['a = "x" # "open quote in a comment', undefined],
    ['a = """starts a multi-line string', undefined],
    ['a = "closed" ', undefined],
  ])('%s', (line, expected) => {
    expect(unterminatedString(line)).toEqual(expected);
  });
});

describe('parseWranglerConfig on TOML', () => {
  it('says a string left open is unterminated, at its opening quote', () => {
    const text = 'name = "gateway"\n[vars]\nUPSTREAM_URL = "https://api.shop.io\nRELEASE = "1"\n';
    expect(parseWranglerConfig('wrangler.toml', text)).toEqual({
      ok: false,
      message:
        'unterminated string: the " opened at column 16 of line 3 is not closed on that line' +
        ' (a "…" string cannot span lines)',
      line: 3,
      column: 16,
    });
  });

  it("keeps smol-toml's words for other errors", () => {
    const parsed = parseWranglerConfig('wrangler.toml', 'name = \n');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).not.toMatch(/unterminated/);
  });
});
