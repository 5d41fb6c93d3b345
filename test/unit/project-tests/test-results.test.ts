import { declarationPoint, failurePoint, stackFrames } from '../../../src/project-tests/stack-location.js';
import { assertionMessage, parseTestResults } from '../../../src/project-tests/test-results.js';

const project = '/work/app';
const testFile = '/work/app/test/users.test.js';

const jestStack = [
  'Error: \u001b[2mexpect(\u001b[22mreceived\u001b[2m).toBe(\u001b[22mexpected\u001b[2m)\u001b[22m',
  '',
  'Expected: 200',
  'Received: 404',
  '    at Object.<anonymous> (/work/app/test/users.test.js:14:27)',
  '    at Promise.then.completed (/work/app/node_modules/jest-circus/build/utils.js:298:28)',
].join('\n');

describe('stack frames', () => {
  it('reads absolute paths, file URLs and anonymous frames', () => {
    expect(
      stackFrames(
        '    at fn (/a/b.ts:3:4)\n    at /a/c.js:5:6\n    at file:///a/d.mjs:7:8\n    at node:internal/x:1:1',
      ),
    ).toEqual([
      { file: '/a/b.ts', line: 3, column: 4 },
      { file: '/a/c.js', line: 5, column: 6 },
      { file: '/a/d.mjs', line: 7, column: 8 },
    ]);
  });

  it('prefers the frame in the test file, else the deepest project frame outside node_modules', () => {
    expect(failurePoint(jestStack, project, testFile)).toEqual({ file: testFile, line: 14, column: 27 });
    const helperOnly =
      'TypeError: boom\n    at run (/work/app/node_modules/lib/x.js:1:1)\n    at load (/work/app/src/config.js:22:9)\n    at /work/app/test/setup.js:3:1';
    expect(failurePoint(helperOnly, project, testFile)).toEqual({
      file: '/work/app/src/config.js',
      line: 22,
      column: 9,
    });
    expect(failurePoint('no frames at all', project, testFile)).toBeUndefined();
  });
});

describe('jest and vitest JSON results', () => {
  const json = {
    numPassedTests: 2,
    testResults: [
      {
        name: testFile,
        status: 'failed',
        startTime: 1000,
        endTime: 1250,
        assertionResults: [
          { status: 'passed', title: 'lists users', fullName: 'users lists users', failureMessages: [] },
          {
            status: 'failed',
            title: 'gets one',
            fullName: 'users gets one',
            failureMessages: [jestStack],
            location: { line: 12, column: 3 },
          },
          { status: 'skipped', title: 'later', fullName: 'users later', failureMessages: [] },
        ],
      },
      {
        name: '/work/app/test/broken.test.js',
        status: 'failed',
        message: "SyntaxError: Unexpected token ')'\n    at /work/app/test/broken.test.js:9:14",
        assertionResults: [],
      },
      {
        name: '/work/app/test/ok.test.js',
        status: 'passed',
        assertionResults: [{ status: 'passed', title: 'ok', duration: 5 }],
      },
    ],
  };

  it('counts per suite and locates each failure on the assertion line with its message', () => {
    const r = parseTestResults(json, project);
    expect(r.totals).toEqual({ passed: 2, failed: 2, skipped: 1 });
    expect(r.suites[0]).toEqual({ file: testFile, passed: 1, failed: 1, skipped: 1, durationMs: 250 });
    expect(r.suites[2]!.durationMs).toBe(5);
    expect(r.failures[0]).toEqual({
      file: testFile,
      title: 'users gets one',
      name: 'gets one',
      message: 'Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 404',
      point: { file: testFile, line: 14, column: 27 },
    });
    expect(r.failures[1]).toMatchObject({
      title: 'test file failed to run',
      message: "SyntaxError: Unexpected token ')'",
      point: { line: 9, column: 14 },
    });
  });

  it("falls back to the test's own location when the stack has no usable frame", () => {
    const r = parseTestResults(
      {
        testResults: [
          {
            name: testFile,
            assertionResults: [
              {
                status: 'failed',
                fullName: 't',
                failureMessages: ['AssertionError: nope'],
                location: { line: 12, column: 3 },
              },
            ],
          },
        ],
      },
      project,
    );
    expect(r.failures[0]!.point).toEqual({ file: testFile, line: 12, column: 3 });
  });

  it('reads garbage as no results', () => {
    expect(parseTestResults(null, project)).toEqual({
      suites: [],
      failures: [],
      totals: { passed: 0, failed: 0, skipped: 0 },
    });
    expect(assertionMessage('')).toBe('the test failed');
  });
});

describe('a failure whose stack never reaches the test file (a timeout inside a library)', () => {
  const source = [
    "describe('the gateway in workerd', () => {",
    "  it('serves /health with the marker header', async () => {",
    '    const response = await request(gateway, "/health");',
    '  });',
    '  it("lets a dead upstream\'s error escape", async () => {});',
    '  test.only(`answers 404 "No match found."`, () => {});',
    "  it('twice', () => {});",
    "  it('twice', () => {});",
    '});',
  ].join('\n');

  it("is placed on its it(…) line, found by the test's name as written", () => {
    expect(declarationPoint(source, 'serves /health with the marker header')).toEqual({ line: 2, column: 3 });
    expect(declarationPoint(source, "lets a dead upstream's error escape")?.line).toBe(5);
    expect(declarationPoint(source, 'answers 404 "No match found."')?.line).toBe(6);
  });

  it('is not guessed when the name is ambiguous or not written literally', () => {
    expect(declarationPoint(source, 'twice')).toBeUndefined();
    expect(declarationPoint(source, 'the gateway in workerd')).toBeUndefined(); // a describe, not a test
    expect(declarationPoint(source, 'serves /health')).toBeUndefined();
  });
});
