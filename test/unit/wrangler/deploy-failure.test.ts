// Wrangler's failure texts as each tested version prints them (captured from real runs against the
// local Cloudflare), read into the finding a user acts on. The end-to-end runs are in
// test/wrangler-matrix.test.ts; these pin the reading of each shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deployFailureFinding } from '../../../src/wrangler/deploy-failure.js';
import { startupFailure } from '../../../src/wrangler/failure-text.js';
import { capabilitiesOf, untestedReason } from '../../../src/wrangler/capabilities.js';
import { commandFailure } from '../../../src/wrangler/output-file.js';
import { resolveEnvironment } from '../../../src/wrangler/environments.js';
import { loadWranglerSource } from '../../../src/wrangler/wrangler-source.js';
import { tempDir } from '../../helpers/runner.js';

const API = 'A request to the Cloudflare API (/accounts/0123/workers/scripts/gw/versions) failed.';
const failed = { type: 'command-failed', code: 10021, message: API };

function project(): { dir: string; ctx: Parameters<typeof deployFailureFinding>[1] } {
  const dir = tempDir('gate-failure-');
  mkdirSync(path.join(dir, 'src'));
  const code = 'const ready = false;\nif (!ready) throw new Error("startup failed");\n';
  writeFileSync(path.join(dir, 'src/index.js'), code);
  const text = 'name = "gw"\nmain = "src/index.js"\ncompatibility_date = "2025-11-01"\n';
  writeFileSync(path.join(dir, 'wrangler.toml'), text);
  const loaded = loadWranglerSource(path.join(dir, 'wrangler.toml'), 'wrangler.toml', text);
  if (!loaded.ok) throw new Error(loaded.message);
  const worker = resolveEnvironment(loaded.source.raw, undefined);
  return { dir, ctx: { command: 'wrangler deploy', source: loaded.source, worker, workingDirectory: dir } };
}

describe('a Worker refused at startup (10021)', () => {
  it('wrangler 4.73\'s "exceeded startup limits" summary of a throw is an exception on the throwing line', () => {
    const { dir, ctx } = project();
    const stderr = [
      '✘ [ERROR] Your Worker failed validation because it exceeded startup limits.',
      `  ${API}`,
      '   - Uncaught Error: startup failed',
      '    at index.js:340:7 [code: 10021]',
      '  To ensure fast responses, there are constraints on Worker startup.',
      `✘ [ERROR] ${API}`,
      '  Uncaught Error: startup failed',
      `    at null.<anonymous> (file://${dir}/src/index.js:2:19) [code: 10021]`,
      '  If you think this is a bug, please open an issue at: https://github.com/cloudflare/workers-sdk/issues',
    ].join('\n');
    const finding = deployFailureFinding(commandFailure([failed], stderr), ctx);
    const thrownAt = { file: 'src/index.js', line: 2, column: 19 };
    expect([finding.code, finding.location]).toEqual(['worker_startup_error', thrownAt]);
    expect(finding.fix).toContain('`Error: startup failed`');
    // The same summary of Cloudflare's own CPU text is the startup CPU limit.
    const cpuText = 'Error: Script startup exceeded CPU time limit. [code: 10021]';
    const cpu = stderr.replace(/Uncaught Error: startup failed\n[^\n]*/g, cpuText);
    expect(deployFailureFinding(commandFailure([failed], cpu), ctx).code).toBe('startup_cpu_limit');
  });

  it('an unmapped call site names the bundle position, and the finding stays on `main`', () => {
    const { ctx } = project();
    const message = `${API} Uncaught TypeError: x is not a function at index.js:340:7 [code: 10021]`;
    const finding = deployFailureFinding({ code: 10021, message }, ctx);
    const where = [finding.code, finding.location?.file, finding.location?.line];
    expect(where).toEqual(['worker_startup_error', 'wrangler.toml', 2]);
    expect(finding.message).toContain('line 340:7 of the uploaded bundle module index.js');
    const evidence = { exception: 'TypeError: x is not a function', bundlePosition: 'index.js:340:7' };
    expect(finding.evidence).toMatchObject(evidence);
  });

  it("wrangler 4.20's summary alone (no code, no Cloudflare text) says the gate cannot tell which", () => {
    const { ctx } = project();
    const stderr = [
      '✘ [ERROR] Your Worker failed validation because it exceeded startup limits.',
      '  To ensure fast responses, there are constraints on Worker startup.',
      '🪵  Logs were written to "x.log"',
    ].join('\n');
    const finding = deployFailureFinding(commandFailure([], stderr), ctx);
    expect([finding.code, finding.location?.line]).toEqual(['worker_startup_failed', 2]);
    const thrown = startupFailure('Uncaught Error: failed at startup, exceeded CPU time limit');
    expect(thrown).toMatchObject({ kind: 'exception' });
  });
});

describe('other failures across wrangler versions', () => {
  it("quotes wrangler's API sentence once when its error block repeats the output file's message (7003)", () => {
    const api = 'A request to the Cloudflare API (/accounts/0123/workers/scripts/gw/assets-upload-session) failed.';
    const stderr = [
      `✘ [ERROR] ${api}`,
      '  No route for that URI [code: 7003]',
      '  If you think this is a bug, please open an issue at: https://github.com/cloudflare/workers-sdk/issues/new/choose',
    ].join('\n');
    const failure = commandFailure([{ type: 'command-failed', code: 7003, message: api }], stderr);
    expect(failure.message.split(api)).toHaveLength(2); // once
    expect(failure.message).toContain(`${api} No route for that URI [code: 7003]`);
  });

  it("a build error lands on esbuild's file and line, from the output file or from 4.20's stderr", () => {
    const { ctx } = project();
    const message = 'Build failed with 1 error:\nsrc/index.js:2:16: ERROR: Expected identifier but found ";"';
    const fromOutput = commandFailure([{ type: 'command-failed', message }], '');
    const stderr = [
      '✘ [ERROR] Build failed with 1 error:',
      '  ✘ [ERROR] Expected identifier but found ";"',
      '      src/index.js:2:16:',
      '        2 │ const broken = {;',
    ].join('\n');
    const expected = { code: 'build_failed', location: { file: 'src/index.js', line: 2, column: 17 } };
    for (const failure of [fromOutput, commandFailure([], stderr)]) {
      expect(deployFailureFinding(failure, ctx)).toMatchObject(expected);
    }
  });

  it("wrangler 4.164's own refusal of `secret bulk` after a rollback is not a missing Worker", () => {
    const { ctx } = project();
    const stderr = [
      '✘ [ERROR] Secret edit failed. You attempted to modify a secret, ' +
        "but the latest version of your Worker isn't currently deployed.",
      '  (2) deploy the latest version first, then modify secrets.',
    ].join('\n');
    expect(deployFailureFinding(commandFailure([], stderr), ctx).code).toBe('latest_version_not_deployed');
  });

  it('passes `deploy --message` only to a wrangler that has it', () => {
    const versions = ['4.20.5', '4.65.0', '4.66.0', '4.73.0', '4.164.0', '5.0.0', 'unknown'];
    expect(versions.map((v) => capabilitiesOf(v).deployMessage)).toEqual([false, false, true, true, true, true, true]);
    // Older than the tested range: a warning naming the oldest tested wrangler, never an error.
    const untested = ['3.114.0', '4.19.2', '4.20.5', '4.164.0', 'unknown'].map((v) => untestedReason(v) !== undefined);
    expect(untested).toEqual([true, true, false, false, false]);
  });
});
