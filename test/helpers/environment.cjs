// The tests' environment: Node's, plus the removal of every temporary directory the test helpers made
// for a test file (`tempDir` in test/helpers/runner.ts registers them). It runs after the file's last
// afterAll hook, so a hook that still stops a process working in one never finds it gone.
const { rmSync } = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');

class GateTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__gateTempDirs = [];
  }

  async teardown() {
    for (const dir of this.global?.__gateTempDirs ?? []) rmSync(dir, { recursive: true, force: true });
    await super.teardown();
  }
}

module.exports = GateTestEnvironment;
