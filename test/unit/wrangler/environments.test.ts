import { unknownEnvironment } from '../../../src/wrangler/environments.js';

describe('unknownEnvironment', () => {
  it('names the environments the config defines, and the nearest one', () => {
    const said = unknownEnvironment('wrangler.toml', 'prodution', ['production', 'staging']);
    expect(said.message).toBe(
      'environment "prodution" is not defined in wrangler.toml (it defines "production", "staging");' +
        ' did you mean "production"?',
    );
    expect(said.fix).toBe('Set the `environment` input to "production", or add [env.prodution] to wrangler.toml.');
  });

  it('with nothing near, lists them; with none, says so', () => {
    expect(unknownEnvironment('wrangler.toml', 'staging', ['production']).message).toBe(
      'environment "staging" is not defined in wrangler.toml (it defines "production")',
    );
    expect(unknownEnvironment('wrangler.jsonc', 'staging', []).message).toBe(
      'environment "staging" is not defined in wrangler.jsonc (it defines no environments)',
    );
  });
});
