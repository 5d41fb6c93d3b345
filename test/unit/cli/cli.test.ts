import { defaultText, parseCommandLine, unknownFlagMessage, usage } from '../../../src/cli.js';
import { UsageError } from '../../../src/errors.js';
import { nearest } from '../../../src/text.js';

describe('a mistyped flag', () => {
  it('suggests the flag it shortens or nearly spells', () => {
    const flags = ['working-directory', 'wrangler-config', 'environment', 'help'];
    expect(unknownFlagMessage("Unknown option '--working-dir'", flags)).toBe(
      'unknown flag --working-dir; did you mean --working-directory? Run with --help for the flags.',
    );
    expect(unknownFlagMessage("Unknown option '--enviroment'", flags)).toContain('did you mean --environment?');
    expect(unknownFlagMessage("Unknown option '--colour'", flags)).toBe(
      'unknown flag --colour. Run with --help for the flags.',
    );
    expect(unknownFlagMessage("Option '--config <value>' argument missing", flags)).toBeUndefined();
  });

  it('is a usage error from the command line parser', () => {
    expect(() => parseCommandLine(['validate', '--working-dir', 'x'])).toThrow(UsageError);
    expect(() => parseCommandLine(['validate', '--working-dir', 'x'])).toThrow(/did you mean --working-directory\?/);
  });

  it('nearest prefers the one flag a word begins, then a near spelling', () => {
    expect(nearest('work', ['working-directory', 'wrangler-config'])).toBe('working-directory');
    expect(nearest('e', ['environment', 'e2e-command'])).toBeUndefined();
    expect(nearest('smok', ['smoke'])).toBe('smoke');
    expect(nearest('reprot', ['report', 'resolve'])).toBe('report');
  });
});

describe('--help', () => {
  it('says what a default means', () => {
    expect(defaultText('.')).toBe(' Default: the current directory.');
    expect(defaultText('10m')).toBe(' Default: 10m.');
    expect(defaultText('')).toBe('');
    expect(usage()).not.toContain('Default: ..');
    expect(usage()).toMatch(/--working-directory .* Default: the current directory\./);
  });

  it('says how deploy passes secrets as src/wrangler does: --secrets-file, stdin only for older wranglers', () => {
    const deploy = usage()
      .split('\n')
      .find((l) => l.trimStart().startsWith('deploy '))!;
    expect(deploy).toContain('--secrets-file');
    expect(deploy).not.toMatch(/secrets uploaded on stdin first/);
  });
});
