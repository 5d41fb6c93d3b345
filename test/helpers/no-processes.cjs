// Unit tests start no process: any attempt fails the test at once, naming the call, so a test that
// needs real parts is moved to test/integration/ instead of slowing the unit set down. A jest
// worker also runs integration files, so the originals come back after each unit file.
/* global afterAll */
const childProcess = require('node:child_process');

const NAMES = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];
const originals = Object.fromEntries(NAMES.map((name) => [name, childProcess[name]]));

for (const name of NAMES) {
  childProcess[name] = () => {
    throw new Error(`unit tests start no process (child_process.${name}): move this test to test/integration/`);
  };
}
afterAll(() => Object.assign(childProcess, originals));
