// A flag given no value (issue 20, point 9).
import { describe, expect, it } from '@jest/globals';
import { flagWithoutValue } from '../../src/cli.js';

describe('flagWithoutValue', () => {
  it.each([
    [['validate', '--config'], 'config', 'it is the last argument'],
    [['validate', '--config', '--run-dir', 'rd'], 'config', 'it is followed by --run-dir'],
    [['validate', '--config='], 'config', 'the value is empty'],
    [['validate', '--config', ''], 'config', 'the value is empty'],
    [['validate', '--schema', 's.json', '--config', '--help'], 'config', 'it is followed by --help'],
  ])('%j: --%s needs a value (%s)', (argv, flag, why) => {
    expect(flagWithoutValue(argv)?.message).toBe(`--${flag} needs a value, and got none (${why}).`);
  });
  it('flags with values, and positionals after `--`, are fine', () => {
    expect(flagWithoutValue(['validate', '--config', 'api.json', '--run-dir=rd'])).toBeUndefined();
    expect(flagWithoutValue(['validate', '--', '--config'])).toBeUndefined();
  });
});
