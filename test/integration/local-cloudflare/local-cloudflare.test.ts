// Real, unmodified wrangler (the pinned version) against the local Cloudflare: every command
// exits 0 and the Worker served by real workerd changes the way the command says.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { fixture, tempDir } from '../../helpers/runner.js';
import {
  makeProject,
  parseTailEvents,
  startLocalCloudflare,
  startTail,
  waitFor,
  wrangler,
  type LocalCloudflareProcess,
} from '../../helpers/local-cloudflare.js';

jest.setTimeout(120_000);

const PROJECT = fixture('local-cloudflare/hello-worker');
const SETTINGS_KV = '5e771e9d0000000000000000000c0f19';

interface Hello {
  greeting: string;
  apiKeySet: boolean;
  motd: string | null;
}

async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

async function hello(url: string): Promise<Hello> {
  const response = await get(url);
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as Hello;
}

describe('real wrangler against the local Cloudflare', () => {
  let cf: LocalCloudflareProcess;
  const run = (args: string[], input?: string) => wrangler(args, { cwd: PROJECT, env: cf.env, input });
  const served = async () => (await cf.worker('hello-worker')).url!;

  beforeAll(async () => {
    cf = await startLocalCloudflare({
      kvNamespaces: [{ id: SETTINGS_KV, title: 'hello-settings', values: { motd: 'seeded value' } }],
    });
  });
  afterAll(async () => {
    await cf?.stop();
  });

  let first = '';
  let second = '';
  let uploaded = '';

  test('deploy of a new Worker: it is served, with its vars and the seeded KV value', async () => {
    const result = await run(['deploy']);
    expect(result.stderr).not.toContain('ERROR');
    expect(result.code).toBe(0);
    const entry = result.output.find((e) => e.type === 'deploy')!;
    first = String(entry.version_id);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.targets).toEqual(['https://hello-worker.local-gate.workers.dev']);
    expect(await hello(await served())).toEqual({ greeting: 'v1', apiKeySet: false, motd: 'seeded value' });
    const response = await get(await served());
    expect(response.headers.get('server')).toBe('cloudflare');
    expect(response.headers.get('cf-ray')).toMatch(/^[0-9a-f]{16}-LCL$/);
  });

  test('secret put (value on stdin) and secret list: names only, and the served Worker sees the secret', async () => {
    const put = await run(['secret', 'put', 'API_KEY'], 'not-a-real-key\n');
    expect(put.code).toBe(0);
    const list = await run(['secret', 'list', '--format', 'json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([{ name: 'API_KEY', type: 'secret_text' }]);
    expect(list.stdout).not.toContain('not-a-real-key');
    expect((await hello(await served())).apiKeySet).toBe(true);
  });

  test('deploy again goes through versions + deployments, keeps the secret and serves the new code', async () => {
    await cf.admin('DELETE', '/requests');
    const result = await run(['deploy', '--var', 'GREETING:v2']);
    expect(result.code).toBe(0);
    second = String(result.output.find((e) => e.type === 'deploy')!.version_id);
    expect(second).not.toBe(first);
    const calls = (await cf.requests()).map((r) => `${r.method} ${r.path.replace(/^.*\/workers\//, '')}`);
    expect(calls).toContain('POST scripts/hello-worker/versions');
    expect(calls).toContain('POST scripts/hello-worker/deployments');
    expect(calls).not.toContain('PUT scripts/hello-worker');
    expect(await hello(await served())).toEqual({ greeting: 'v2', apiKeySet: true, motd: 'seeded value' });
  });

  test('versions upload: the new version answers at its preview address only', async () => {
    const result = await run(['versions', 'upload', '--var', 'GREETING:v3', '--message', 'candidate']);
    expect(result.code).toBe(0);
    const entry = result.output.find((e) => e.type === 'version-upload')!;
    uploaded = String(entry.version_id);
    expect(entry.preview_url).toBe(`https://${uploaded.slice(0, 8)}-hello-worker.local-gate.workers.dev`);
    const worker = await cf.worker('hello-worker');
    expect((await hello(worker.previews[uploaded]!)).greeting).toBe('v3');
    expect((await hello(worker.url!)).greeting).toBe('v2');
  });

  test('versions deploy at 50/50 splits traffic, then 100% moves all of it', async () => {
    const split = await run(['versions', 'deploy', `${uploaded}@50%`, `${second}@50%`, '-y']);
    expect(split.code).toBe(0);
    expect((await cf.worker('hello-worker')).deployment).toEqual([
      { version_id: uploaded, percentage: 50 },
      { version_id: second, percentage: 50 },
    ]);
    const url = await served();
    const seen = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      const { greeting } = await hello(url);
      seen.set(greeting, (seen.get(greeting) ?? 0) + 1);
    }
    // Both versions answer; 40 fair coin flips all landing on one side has probability 2^-39.
    expect([...seen.keys()].sort()).toEqual(['v2', 'v3']);
    // Cloudflare's version override header pins a request to one version of the deployment.
    const pinned = await get(url, { 'Cloudflare-Workers-Version-Overrides': `hello-worker="${second}"` });
    expect(JSON.parse(pinned.body).greeting).toBe('v2');
    const overrideTo = { 'Cloudflare-Workers-Version-Overrides': `hello-worker="${uploaded}"` };
    const isolate = (await get(`${url}/isolate`, overrideTo)).body;

    const full = await run(['versions', 'deploy', `${uploaded}@100%`, '-y']);
    expect(full.code).toBe(0);
    for (let i = 0; i < 10; i++) expect((await hello(url)).greeting).toBe('v3');
    // Moving traffic between versions it already serves starts nothing again: the same isolate answers.
    expect((await get(`${url}/isolate`)).body).toBe(isolate);
  });

  test('deployments are listed newest first, and rollback restores the previous version', async () => {
    const status = await run(['deployments', 'status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).versions).toEqual([{ version_id: uploaded, percentage: 100 }]);

    const rollback = await run(['rollback', '-y', '--message', 'smoke test failed']);
    expect(rollback.code).toBe(0);
    expect(rollback.stdout).toContain(`Current Version ID: ${second}`);
    expect((await hello(await served())).greeting).toBe('v2');
    const deployments = (
      await cf.admin<{ workers: Array<{ name: string; deployments: Array<{ versions: unknown[] }> }> }>('GET', '/state')
    ).workers[0]!.deployments;
    expect(deployments[0]!.versions).toEqual([{ version_id: second, percentage: 100 }]);
  });

  test('kv namespace list (the cloudflare SDK path) sees the seeded namespace', async () => {
    const result = await run(['kv', 'namespace', 'list']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { id: SETTINGS_KV, title: 'hello-settings', supports_url_encoding: true },
    ]);
  });

  test('tail --format json --header prints the events of requests carrying the header, and only those', async () => {
    const tail = startTail(['--format', 'json', '--header', 'x-probe:run-1'], { cwd: PROJECT, env: cf.env });
    let stopped = false;
    try {
      // The session exists once wrangler has POSTed it; events from then on reach it.
      await waitFor(
        async () =>
          (await cf.requests()).some((r) => r.method === 'POST' && r.path.endsWith('/tails')) ? true : undefined,
        30_000,
        'wrangler tail to connect',
      );
      const url = await served();
      await get(`${url}/first`, { 'x-probe': 'run-1' });
      await get(`${url}/unmarked`);
      await get(`${url}/other-run`, { 'x-probe': 'run-2' });
      const boom = await get(`${url}/boom`, { 'x-probe': 'run-1' });
      // An exception escaping the Worker is Cloudflare's error 1101 at the edge.
      expect(boom.status).toBe(500);
      expect(boom.body).toBe('error code: 1101');
      await waitFor(() => (parseTailEvents(tail.output()).length >= 2 ? true : undefined), 20_000, 'two tail events');
      // Let any wrongly forwarded event arrive before judging.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { code, stdout } = await tail.stop();
      stopped = true;
      expect(code).toBe(0);
      const events = parseTailEvents(stdout);
      expect(events.map((e) => new URL(e.event.request.url).pathname)).toEqual(['/first', '/boom']);
      for (const event of events) {
        expect(event.scriptName).toBe('hello-worker');
        expect(event.event.request.headers['x-probe']).toBe('run-1');
      }
      expect(events[0]).toMatchObject({
        outcome: 'ok',
        event: { response: { status: 200 } },
        logs: [{ level: 'log', message: ['[hello] GET /first'] }],
        exceptions: [],
      });
      expect(events[1]).toMatchObject({
        outcome: 'exception',
        exceptions: [{ name: 'Error', message: 'boom: the handler threw' }],
      });
      expect(events[0]!.scriptVersion.id).toBe(second);
      // wrangler deletes its tail when stopped.
      expect(
        (await cf.requests()).some((r) => r.method === 'DELETE' && /\/tails\/[^/]+$/.test(r.path) && r.status === 200),
      ).toBe(true);
    } finally {
      if (!stopped) await tail.stop();
    }
  });

  test('a Worker that throws at startup is refused at upload (10021) and the served version stays', async () => {
    const dir = tempDir('broken-worker-');
    writeFileSync(
      path.join(dir, 'wrangler.toml'),
      'name = "hello-worker"\nmain = "index.js"\ncompatibility_date = "2025-11-01"\n',
    );
    writeFileSync(
      path.join(dir, 'index.js'),
      'throw new Error("startup failed: missing configuration");\nexport default { fetch() { return new Response("never"); } };\n',
    );
    const result = await wrangler(['deploy'], { cwd: dir, env: cf.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('startup failed: missing configuration');
    expect(result.output.find((e) => e.type === 'command-failed')).toMatchObject({ code: 10021 });
    expect((await hello(await served())).greeting).toBe('v2');
  });

  test("a Worker over the Free plan's 3 MiB (gzip) is refused at upload (10027); a Paid account takes it", async () => {
    // Incompressible data, as embedded images are: 3.4 MiB of random bytes is 4.5 MiB of base64, ~3.4 MiB gzipped.
    const data = randomBytes(3.4 * 1024 * 1024).toString('base64');
    const dir = makeProject({
      'wrangler.toml': 'name = "big-worker"\nmain = "index.js"\ncompatibility_date = "2025-11-01"\n',
      'index.js':
        `const DATA = "${data}";\n` + 'export default { fetch() { return new Response(String(DATA.length)); } };\n',
    });
    const refused = await wrangler(['deploy'], { cwd: dir, env: cf.env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Your Worker exceeded the size limit of 3 MiB');
    expect(refused.stderr).toContain('[code: 10027]');
    await expect(cf.worker('big-worker')).rejects.toThrow();
    try {
      await cf.admin('POST', '/seed', { account: { plan: 'paid' } });
      const taken = await wrangler(['deploy'], { cwd: dir, env: cf.env });
      expect(taken.code).toBe(0);
      expect(await get((await cf.worker('big-worker')).url!)).toMatchObject({ status: 200, body: String(data.length) });
    } finally {
      await cf.admin('POST', '/seed', { account: { plan: 'free' } });
    }
  });

  test('a wrong token fails the way Cloudflare fails it: authentication error 10000', async () => {
    const result = await wrangler(['deploy'], {
      cwd: PROJECT,
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: 'wrong-token' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Authentication error [code: 10000]');
    // wrangler then runs whoami, whose /accounts call fails too (9109), and records that last failure.
    expect(result.stderr).toContain('Invalid access token [code: 9109]');
    expect(result.output.find((e) => e.type === 'command-failed')).toMatchObject({ code: 9109 });
    // Nothing changed: the rolled-back version is still served.
    expect((await hello(await served())).greeting).toBe('v2');
  });

  test('a token without the permission is refused on that endpoint only', async () => {
    await cf.admin('POST', '/seed', {
      tokens: [cf.token, { value: 'kv-only', permissions: ['Workers KV Storage Read'] }],
    });
    const kv = await wrangler(['kv', 'namespace', 'list'], {
      cwd: PROJECT,
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: 'kv-only' },
    });
    expect(kv.code).toBe(0);
    const secrets = await wrangler(['secret', 'list', '--format', 'json'], {
      cwd: PROJECT,
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: 'kv-only' },
    });
    expect(secrets.code).toBe(1);
    expect(secrets.stderr).toContain('Authentication error [code: 10000]');
  });

  test('injected faults: a 503 is retried by wrangler, a 429 carries Retry-After, a hung answer hangs', async () => {
    await cf.admin('DELETE', '/requests');
    await cf.admin('POST', '/faults', { path: '/storage/kv/namespaces$', status: 503, times: 1 });
    const retried = await run(['kv', 'namespace', 'list']);
    expect(retried.code).toBe(0);
    const attempts = (await cf.requests()).filter((r) => r.path.endsWith('/storage/kv/namespaces'));
    expect(attempts.map((r) => r.status).slice(0, 2)).toEqual([503, 200]);

    await cf.admin('POST', '/faults', [
      { path: '/workers/scripts/hello-worker/secrets$', method: 'GET', status: 429, retryAfter: 7, times: 1 },
      { path: '/workers/subdomain$', hang: true, times: 1 },
    ]);
    const headers = { authorization: `Bearer ${cf.token}` };
    const limited = await fetch(`${cf.apiUrl}/accounts/${cf.accountId}/workers/scripts/hello-worker/secrets`, {
      headers,
      signal: AbortSignal.timeout(10_000),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toMatchObject({ success: false, errors: [{ code: 971 }] });
    const started = Date.now();
    await expect(
      fetch(`${cf.apiUrl}/accounts/${cf.accountId}/workers/subdomain`, { headers, signal: AbortSignal.timeout(1_000) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await cf.admin('DELETE', '/faults');
  });

  test('secrets change only with a deployment: refused after a rollback, then bulk and delete work', async () => {
    // The rollback left a newer version (v3) undeployed; Cloudflare refuses secret edits then (10215).
    const refused = await run(['secret', 'bulk'], JSON.stringify({ API_KEY: 'rotated' }));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the latest version of your Worker isn't currently deployed");

    expect((await run(['deploy', '--var', 'GREETING:v4'])).code).toBe(0);
    const bulk = await run(['secret', 'bulk'], JSON.stringify({ API_KEY: 'rotated', OTHER_KEY: 'x' }));
    expect(bulk.code).toBe(0);
    const removed = await run(['secret', 'delete', 'OTHER_KEY']);
    expect(removed.code).toBe(0);
    const list = await run(['secret', 'list', '--format', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([{ name: 'API_KEY', type: 'secret_text' }]);
    expect(await hello(await served())).toEqual({ greeting: 'v4', apiKeySet: true, motd: 'seeded value' });
  });

  test('versions list and view show what was uploaded', async () => {
    const list = await run(['versions', 'list', '--json']);
    expect(list.code).toBe(0);
    const ids = (JSON.parse(list.stdout) as Array<{ id: string }>).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining([first, second, uploaded]));
    const view = await run(['versions', 'view', uploaded, '--json']);
    expect(view.code).toBe(0);
    expect(JSON.parse(view.stdout)).toMatchObject({ id: uploaded, annotations: { 'workers/message': 'candidate' } });
  });
});

describe('an account seeded from a file', () => {
  let cf: LocalCloudflareProcess;
  const CONFIG_KV = 'c0f160000000000000000000000000aa';
  const apiConfig = { servers: [{ alias: 'api', url: 'https://api.example.com' }], paths: [] };

  beforeAll(async () => {
    cf = await startLocalCloudflare({
      kvNamespaces: [{ id: CONFIG_KV, title: 'gateway-config', values: { 'api-config.json': apiConfig } }],
      d1Databases: [{ uuid: 'd1d1d1d1-0000-4000-8000-000000000001', name: 'users-db' }],
      r2Buckets: [{ name: 'uploads' }],
      queues: [{ queue_id: 'a0000000000000000000000000000001', queue_name: 'events' }],
      hyperdriveConfigs: [{ id: 'b0000000000000000000000000000001', name: 'pg' }],
      workers: [{ name: 'auth-service', secrets: { JWT_SECRET: 'seeded-secret-value' }, vars: { MODE: 'seeded' } }],
    });
  });
  afterAll(async () => {
    await cf?.stop();
  });
  const run = (args: string[]) => wrangler(args, { cwd: PROJECT, env: cf.env });

  test('the seeded Worker exists with its secret (by name only) and is served', async () => {
    const secrets = await run(['secret', 'list', '--name', 'auth-service', '--format', 'json']);
    expect(secrets.code).toBe(0);
    expect(JSON.parse(secrets.stdout)).toEqual([{ name: 'JWT_SECRET', type: 'secret_text' }]);
    const worker = await cf.worker('auth-service');
    expect((await get(worker.url!)).body).toBe('auth-service is a seeded Worker\n');
  });

  test('a config stored under a KV key reads back through wrangler', async () => {
    const value = await run(['kv', 'key', 'get', 'api-config.json', '--namespace-id', CONFIG_KV, '--remote']);
    expect(value.code).toBe(0);
    expect(JSON.parse(value.stdout)).toEqual(apiConfig);
  });

  test('D1, R2, Queues and Hyperdrive are found by id, and a missing one is a Cloudflare 404', async () => {
    const d1 = await run(['d1', 'list', '--json']);
    expect(d1.code).toBe(0);
    expect(JSON.parse(d1.stdout)).toMatchObject([{ uuid: 'd1d1d1d1-0000-4000-8000-000000000001', name: 'users-db' }]);
    const api = async (p: string) => {
      const response = await fetch(`${cf.apiUrl}/accounts/${cf.accountId}${p}`, {
        headers: { authorization: `Bearer ${cf.token}` },
        signal: AbortSignal.timeout(10_000),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          success: boolean;
          result: Record<string, unknown>;
          errors: Array<{ code: number }>;
        },
      };
    };
    expect((await api('/r2/buckets/uploads')).body.result.name).toBe('uploads');
    expect((await api('/queues/a0000000000000000000000000000001')).body.result.queue_name).toBe('events');
    expect((await api('/hyperdrive/configs/b0000000000000000000000000000001')).body.result.name).toBe('pg');
    const missing = await api('/storage/kv/namespaces/ffffffffffffffffffffffffffffffff');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, errors: [{ code: 10013 }] });
    const missingWorker = await api('/workers/services/no-such-worker');
    expect(missingWorker.body.errors[0]!.code).toBe(10090);
  });
});

describe('the edge as it fails in production: truncated bodies, a lagging edge, versioned secrets', () => {
  // Says which release answered and whether it sees the secret; `/proxy/*` streams an upstream's answer back.
  const SOURCE = `export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/proxy/')) return fetch(env.UPSTREAM + pathname.slice('/proxy'.length));
    return Response.json({ release: env.RELEASE ?? null, secret: env.ROTATED ?? null });
  },
};
`;
  interface Release {
    release: string | null;
    secret: string | null;
  }
  let cf: LocalCloudflareProcess;
  let project = '';
  const run = (args: string[], input?: string) => wrangler(args, { cwd: project, env: cf.env, input });
  const release = async (url: string, headers: Record<string, string> = {}): Promise<Release> => {
    const response = await get(url, headers);
    expect(response.status).toBe(200);
    return JSON.parse(response.body) as Release;
  };
  const deployedId = (result: { output: Array<Record<string, unknown>> }): string =>
    String(result.output.find((e) => e.type === 'deploy')!.version_id);

  beforeAll(async () => {
    cf = await startLocalCloudflare({ workers: [{ name: 'edge-worker', script: SOURCE, vars: { RELEASE: 'v1' } }] });
    project = makeProject({
      'wrangler.toml': 'name = "edge-worker"\nmain = "index.js"\ncompatibility_date = "2025-11-01"\n',
      'index.js': SOURCE,
    });
  });
  afterAll(async () => {
    await cf?.stop();
  });

  test('an upstream reset mid-body reaches the client as a truncated body, not a longer one', async () => {
    const upstream: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('the first part of a longer body\n'.repeat(64));
      setTimeout(() => res.socket?.destroy(), 150);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      const deployed = await run(['deploy', '--name', 'proxy-worker', '--var', `UPSTREAM:${origin}`]);
      expect(deployed.code).toBe(0);
      const url = (await cf.worker('proxy-worker')).url!;
      const response = await fetch(`${url}/proxy/partial`, { signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(200);
      expect(response.headers.get('server')).toBe('cloudflare');
      const failure = (await response.text().then(
        (body) => ({ body }),
        (error: unknown) => error,
      )) as { message?: string; cause?: { code?: string }; body?: string };
      expect(failure.body).toBeUndefined();
      expect(failure.message).toBe('terminated');
      expect(failure.cause?.code).toBe('UND_ERR_SOCKET');
    } finally {
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  let v2 = '';
  test('a stale edge (until cleared) keeps serving the previous deployment while the API shows the new one', async () => {
    const v1 = (await cf.worker('edge-worker')).deployment[0]!.version_id;
    await cf.staleEdge('edge-worker');
    const deployed = await run(['deploy', '--var', 'RELEASE:v2']);
    expect(deployed.code).toBe(0);
    v2 = deployedId(deployed);
    const status = await run(['deployments', 'status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).versions).toEqual([{ version_id: v2, percentage: 100 }]);
    const worker = await cf.worker('edge-worker');
    expect(worker.deployment).toEqual([{ version_id: v2, percentage: 100 }]);
    expect(worker.serving).toEqual([{ version_id: v1, percentage: 100 }]);
    for (let i = 0; i < 5; i++) expect((await release(worker.url!)).release).toBe('v1');
    // The lagging edge does not know v2, so an override naming it is not honoured either.
    expect(
      (await release(worker.url!, { 'Cloudflare-Workers-Version-Overrides': `edge-worker="${v2}"` })).release,
    ).toBe('v1');

    expect(await cf.clearStaleEdge()).toEqual([]);
    expect((await release(worker.url!)).release).toBe('v2');
  });

  test('a stale edge for a time serves the previous deployment right after a deploy, then the new one', async () => {
    const MS = 3000;
    await cf.staleEdge('edge-worker', MS);
    const deployed = await run(['deploy', '--var', 'RELEASE:v3']);
    expect(deployed.code).toBe(0);
    const url = (await cf.worker('edge-worker')).url!;
    const state = await cf.admin<{ workers: Array<{ name: string; deployments: Array<{ created_on: string }> }> }>(
      'GET',
      '/state',
    );
    const deployedAt = Date.parse(state.workers.find((w) => w.name === 'edge-worker')!.deployments[0]!.created_on);
    expect(Date.now() - deployedAt).toBeLessThan(MS);
    expect((await release(url)).release).toBe('v2');
    await waitFor(
      async () => ((await release(url)).release === 'v3' ? true : undefined),
      MS + 10_000,
      'the edge to catch up',
    );
    expect(Date.now()).toBeGreaterThanOrEqual(deployedAt + MS);
    expect((await cf.worker('edge-worker')).serving).toEqual((await cf.worker('edge-worker')).deployment);
    await cf.clearStaleEdge('edge-worker');
  });

  test('versions secret bulk makes an undeployed version; the next upload inherits the secret; a 0% split is reached by override only', async () => {
    const name = 'versioned-worker';
    const first = await run(['deploy', '--name', name, '--var', 'RELEASE:v1']);
    expect(first.code).toBe(0);
    const v1 = deployedId(first);

    await cf.admin('DELETE', '/requests');
    const bulk = await run(
      ['versions', 'secret', 'bulk', '--name', name],
      JSON.stringify({ ROTATED: 'rotated-value' }),
    );
    expect(bulk.stderr).not.toContain('ERROR');
    expect(bulk.code).toBe(0);
    const secretVersion = /Created version ([0-9a-f-]{36}) with 1 secret created/.exec(bulk.stdout)?.[1];
    expect(secretVersion).toBeDefined();
    expect(
      (await cf.requests()).map((r) => `${r.method} ${r.path.replace(/^.*\/accounts\/[^/]+/, '')} ${r.status}`),
    ).toEqual([`PATCH /workers/workers/${name}/versions/latest 200`]);

    const list = await run(['versions', 'list', '--name', name, '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ id: string }>).map((v) => v.id)).toEqual(
      expect.arrayContaining([v1, secretVersion]),
    );
    const status = await run(['deployments', 'status', '--name', name, '--json']);
    expect(JSON.parse(status.stdout).versions).toEqual([{ version_id: v1, percentage: 100 }]);
    let worker = await cf.worker(name);
    expect(await release(worker.url!)).toEqual({ release: 'v1', secret: null });
    // The new version itself holds the secret.
    expect(await release(worker.previews[secretVersion!]!)).toEqual({ release: 'v1', secret: 'rotated-value' });

    const upload = await run(['versions', 'upload', '--name', name, '--var', 'RELEASE:v2']);
    expect(upload.code).toBe(0);
    const uploaded = String(upload.output.find((e) => e.type === 'version-upload')!.version_id);
    worker = await cf.worker(name);
    expect(await release(worker.previews[uploaded]!)).toEqual({ release: 'v2', secret: 'rotated-value' });

    const split = await run(['versions', 'deploy', `${uploaded}@0%`, `${v1}@100%`, '--name', name, '-y']);
    expect(split.stderr).not.toContain('ERROR');
    expect(split.code).toBe(0);
    worker = await cf.worker(name);
    expect(worker.deployment).toEqual([
      { version_id: uploaded, percentage: 0 },
      { version_id: v1, percentage: 100 },
    ]);
    for (let i = 0; i < 20; i++) expect(await release(worker.url!)).toEqual({ release: 'v1', secret: null });
    const pinned = await release(worker.url!, { 'Cloudflare-Workers-Version-Overrides': `${name}="${uploaded}"` });
    expect(pinned).toEqual({ release: 'v2', secret: 'rotated-value' });
  });
});

describe('a pinned edge port', () => {
  const freePort = async (): Promise<number> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  };

  test('a seeded edgePorts pin gives the Worker its URL before the first deploy; POST /edge/ports moves it; a taken port is refused', async () => {
    const first = await freePort();
    const cf = await startLocalCloudflare({ edgePorts: { 'pinned-worker': first } });
    try {
      const project = makeProject({
        'wrangler.toml': 'name = "pinned-worker"\nmain = "index.js"\ncompatibility_date = "2025-11-01"\n',
        'index.js': 'export default { fetch: () => new Response("pinned") };\n',
      });
      const url = `http://127.0.0.1:${first}`;
      // Bound at once: before the Worker exists, the address answers as Cloudflare does for no Worker.
      expect(await get(url)).toMatchObject({ status: 404, body: 'error code: 1042' });
      expect((await wrangler(['deploy'], { cwd: project, env: cf.env })).code).toBe(0);
      expect((await cf.worker('pinned-worker')).url).toBe(url);
      expect(await get(url)).toMatchObject({ status: 200, body: 'pinned' });

      // Re-pinning a served Worker rebinds it; the old port is let go. The port is picked only now:
      // one picked earlier can be taken meanwhile by the ephemeral ports wrangler's deploy opened.
      const second = await freePort();
      expect(await cf.admin('POST', '/edge/ports', { script: 'pinned-worker', port: second })).toEqual([
        { script: 'pinned-worker', port: second, url: `http://127.0.0.1:${second}` },
      ]);
      expect(await get(`http://127.0.0.1:${second}`)).toMatchObject({ status: 200, body: 'pinned' });
      await expect(get(url)).rejects.toThrow();
      expect((await wrangler(['deploy'], { cwd: project, env: cf.env })).code).toBe(0);
      expect((await cf.worker('pinned-worker')).url).toBe(`http://127.0.0.1:${second}`);

      await expect(cf.admin('POST', '/edge/ports', { script: 'another-worker', port: second })).rejects.toThrow(
        /400 .*cannot serve on 127\.0\.0\.1:\d+: EADDRINUSE/,
      );
      await expect(cf.admin('POST', '/edge/ports', { script: 'another-worker', port: 70000 })).rejects.toThrow(
        /400 .*must be a port number from 1 to 65535; got 70000/,
      );
      expect(await cf.admin('GET', '/edge/ports')).toEqual([
        { script: 'pinned-worker', port: second, url: `http://127.0.0.1:${second}` },
      ]);
    } finally {
      await cf.stop();
    }
  });
});
