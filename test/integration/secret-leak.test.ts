// An upstream that echoes what it was sent (the Authorization header, and secrets a backend could
// know) in its error body, raw and encoded: none of it may reach anything the gate writes. Real
// wrangler deploys to the local Cloudflare, the gateway runs in workerd, and the gate runs as the
// runner runs it (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../helpers/local-cloudflare.js';
import { gatewayProject, runGate, signToken, type GateRun } from '../helpers/gateway-project.js';
import { tempDir } from '../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(180_000);

const JWT_SECRET = 'leak-test-jwt-secret-7c1d';
const EXTRA_SECRET = 'sk_live_leaktest_4242abcd';

const encodings = (value: string): Record<string, string> => ({
  raw: value,
  json: JSON.stringify(value).slice(1, -1),
  url: encodeURIComponent(value),
  base64: Buffer.from(value).toString('base64').replace(/=+$/, ''),
  base64url: Buffer.from(value).toString('base64url'),
});

/** Answers 500 with everything it received, and the secrets it was told, in every encoding. */
async function leakyUpstream(told: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const authorization = String(req.headers.authorization ?? '');
    const echoed = [authorization, ...told].filter(Boolean);
    const body = {
      error: 'backend failed',
      leaked: echoed.map((v) => encodings(v)),
      basic: Buffer.from(`user:${told[0]}`).toString('base64'),
      received: { headers: req.headers },
    };
    res.writeHead(500, { 'content-type': 'application/json', 'x-debug-auth': authorization });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

let cf: LocalCloudflareProcess;
beforeAll(async () => {
  cf = await startLocalCloudflare();
});
afterAll(async () => {
  await cf?.stop();
});

it('no secret reaches the report, the run directory, the summary, the outputs, annotations or the log', async () => {
  const apiToken = cf.env.CLOUDFLARE_API_TOKEN!;
  const upstream = await leakyUpstream([JWT_SECRET, EXTRA_SECRET, apiToken]);
  try {
    const project = gatewayProject(upstream.url);
    const token = signToken(JWT_SECRET);
    const runDir = tempDir('gate-leak-run-');
    const runner = tempDir('gate-leak-runner-');
    const files = {
      output: path.join(runner, 'output'),
      summary: path.join(runner, 'summary'),
      own: path.join(runner, 'own.md'),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = {
      ...cf.env,
      JWT_SECRET,
      EXTRA_SECRET,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: runner,
    };
    const secretsInput = ['--secrets', 'JWT_SECRET\nEXTRA_SECRET'];
    const runs: GateRun[] = [];
    runs.push(await runGate(['deploy', '--deploy', 'direct', ...secretsInput], { cwd: project.dir, runDir, env }));
    expect(runs[0]!.status).toBe(0);
    const url = (await cf.worker('example-gateway')).url!;
    const smoke = await runGate(['smoke', '--url', url, '--auth-token', token, ...secretsInput], {
      cwd: project.dir,
      runDir,
      env,
    });
    runs.push(smoke);
    runs.push(await runGate(['report', '--auth-token', token, ...secretsInput], { cwd: project.dir, runDir, env }));
    // On a laptop: the summary goes to a file of one's choosing.
    const laptop = { ...env, GITHUB_ACTIONS: '' };
    runs.push(
      await runGate(['report', '--auth-token', token, ...secretsInput, '--summary', files.own], {
        cwd: project.dir,
        runDir,
        env: laptop,
      }),
    );

    // The probes did reach the leaky upstream: the findings carry its evidence, redacted.
    expect(smoke.status).toBe(1);
    const evidence = JSON.stringify(smoke.report.findings.map((f) => (f as { evidence?: unknown }).evidence));
    expect(evidence).toContain('backend failed');
    expect(evidence).toContain('***');

    const written = [...filesUnder(runDir), files.output, files.summary, files.own].map(
      (f) => [f, readFileSync(f, 'utf8')] as const,
    );
    // The gate's log, less the lines that register the values with the runner's masker.
    const log = runs
      .map((r) => `${r.stdout}\n${r.stderr}`)
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    const channels = [...written, ['log', log.join('\n')] as const];
    for (const secret of [token, JWT_SECRET, EXTRA_SECRET, apiToken]) {
      // Whole forms, and the start of the value (what a truncated body would keep).
      const forms = { ...encodings(secret), prefix: secret.slice(0, 12) };
      for (const [encoding, form] of Object.entries(forms)) {
        for (const [channel, text] of channels) {
          if (text.includes(form)) throw new Error(`${encoding} form of a secret found in ${channel}`);
        }
      }
    }
  } finally {
    await upstream.close();
  }
});
