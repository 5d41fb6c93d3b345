// `npm run soak [-- --runs N]`: the suite's repeat loops ("N healthy runs in a row"), N times each
// (default 20). They run twice in the regular suite; the soak is where a rare failure shows. The soak
// files are the integration tests that call `soakRuns` (test/helpers/soak.ts); dist/ must be built
// (`npm run package`, as `npm test` does first).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../test/helpers/runner.ts';

const USAGE = 'Usage: npm run soak [-- --runs N] [jest options…]   (N: how many runs each loop makes; default 20)';

function soakFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /\bsoakRuns\(/.test(readFileSync(file, 'utf8')))
    .sort();
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ options: { runs: { type: 'string', default: '20' } }, allowPositionals: true, strict: false });
}
try {
  parsed = parse();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const runs = String(parsed.values.runs);
if (!/^[1-9]\d*$/.test(runs)) {
  process.stderr.write(`--runs must be a whole number >= 1; got "${runs}"\n${USAGE}\n`);
  process.exit(2);
}
const files = soakFiles(path.join(ROOT, 'test/integration'));
if (files.length === 0) {
  process.stderr.write('no soak tests found (integration tests calling soakRuns)\n');
  process.exit(1);
}
process.stdout.write(`soak: ${runs} runs each, ${files.map((f) => path.relative(ROOT, f)).join(', ')}\n`);
const passThrough = process.argv
  .slice(2)
  .filter((arg, i, all) => arg !== '--runs' && all[i - 1] !== '--runs' && !arg.startsWith('--runs='));
const jest = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'integration', ...passThrough, ...files],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      GATE_SOAK_RUNS: runs,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  },
);
process.exit(jest.status ?? 1);
