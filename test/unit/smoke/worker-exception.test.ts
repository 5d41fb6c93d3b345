import { describePosition, stackPosition, thrownError } from '../../../src/smoke/worker-exception.js';

describe('thrownError', () => {
  it('reads an uncaught exception with its stack, and an engine error the Worker logged', () => {
    const uncaught = thrownError({
      outcome: 'exception',
      exceptions: [
        { name: 'TypeError', message: 'x is not a function', stack: 'TypeError: x\n    at verify (index.js:120:9)' },
      ],
    });
    expect(uncaught).toEqual({
      name: 'TypeError',
      message: 'x is not a function',
      how: 'uncaught',
      at: { file: 'index.js', line: 120, column: 9, bundled: true },
    });
    const logged = thrownError({
      outcome: 'ok',
      exceptions: [],
      logs: [{ level: 'error', message: ['JWT verification failed:', 'TypeError: crypto.subtle.x is not a function'] }],
    });
    expect(logged).toMatchObject({ name: 'TypeError', message: 'crypto.subtle.x is not a function', how: 'logged' });
  });

  it('leaves refused tokens, info logs and network failures to the other diagnoses', () => {
    const log = (level: string, text: string) => ({ outcome: 'ok', logs: [{ level, message: [text] }] });
    expect(thrownError(log('error', 'JWT verification failed: signature verification failed'))).toBeUndefined();
    expect(thrownError(log('info', 'TypeError: not really thrown'))).toBeUndefined();
    expect(thrownError(log('error', 'TypeError: fetch failed'))).toBeUndefined();
    expect(thrownError(log('error', 'TypeError: Invalid URL: ""'))).toBeUndefined();
    expect(thrownError(undefined)).toBeUndefined();
  });
});

describe('stackPosition', () => {
  it('names a mapped source line, else the bundle position and that the source line is unknown', () => {
    const mapped = stackPosition(
      'Error: x\n    at node:internal (node:events:1:1)\n    at verifyJwt (src/auth.js:53:25)',
    );
    expect(describePosition(mapped)).toBe('thrown at src/auth.js:53:25');
    expect(describePosition(stackPosition('    at index.js:4:2'))).toMatch(
      /line 4:2 of the uploaded bundle index.js; the source line could not be found/,
    );
    expect(describePosition(undefined)).toMatch(/source line could not be found/);
  });
});
