// Unit tests start no process: any attempt fails the test at once, naming the call, so a test that
// needs real parts is moved to test/integration/ instead of slowing the unit set down.
const childProcess = require('node:child_process');

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = () => {
    throw new Error(`unit tests start no process (child_process.${name}): move this test to test/integration/`);
  };
}
