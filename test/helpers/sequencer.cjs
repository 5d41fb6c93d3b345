// Jest starts the suites it recorded as slowest first (its cache, in .cache/jest), so both workers stay
// busy to the end. A fresh clone (CI) has no record: jest then starts the suites it knows nothing of
// first, by file size, which starts short files that deploy many times (the wrangler matrix, the demo)
// late, and one worker waits for them at the end. Here a suite without a record takes its duration from
// test/suite-durations.json, else a guess from its size (a unit suite: none, they take milliseconds);
// the failed ones still go first, then the longest.
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const TestSequencer = require('@jest/test-sequencer').default;

const durations = JSON.parse(readFileSync(path.join(__dirname, '..', 'suite-durations.json'), 'utf8'));
/** Milliseconds per byte of an integration suite nobody measured: about a second per kilobyte. */
const MS_PER_BYTE = 1;

class GateSequencer extends TestSequencer {
  sort(tests) {
    // As jest's own sort: the recorded duration, which jest's scheduler reads too.
    for (const test of tests) test.duration = this.time(test);
    const estimate = new Map(tests.map((test) => [test, this.estimate(test)]));
    return [...tests].sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || estimate.get(b) - estimate.get(a),
    );
  }

  estimate(test) {
    if (test.duration !== undefined) return test.duration;
    const seconds = durations[path.relative(test.context.config.rootDir, test.path)];
    if (typeof seconds === 'number') return seconds * 1000;
    if (test.context.config.displayName?.name === 'unit') return 0;
    return statSync(test.path).size * MS_PER_BYTE;
  }
}

module.exports = GateSequencer;
