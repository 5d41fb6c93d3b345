// The Worker in workerd (wrangler's unstable_dev) in front of a local echo upstream.
// Runs only with RUN_LOCAL_WORKER_E2E=true; needs no network beyond 127.0.0.1.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { POWERED_BY } from '../../src/responses.js';
import { SECRET, makeToken } from '../tokens.js';

const enabled = process.env.RUN_LOCAL_WORKER_E2E === 'true';
const project = (file) => fileURLToPath(new URL(`../../${file}`, import.meta.url));
const REQUEST_TIMEOUT_MS = 10_000;

// Keep wrangler and workerd off the network: no metrics, no update check, no Request.cf download.
for (const [name, value] of Object.entries({
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  // Nothing edits wrangler.toml during a test run: no watcher needed.
  WRANGLER_CI_DISABLE_CONFIG_WATCHING: 'true',
})) {
  process.env[name] ??= value;
}

/** An HTTP server on 127.0.0.1 that answers every request with its method, path and headers. */
async function startEchoUpstream() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Upstream': 'echo' });
    res.end(JSON.stringify({ method: req.method, path: req.url, headers: req.headers }));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** A 127.0.0.1 port that nothing listens on (it was just bound and released). */
async function closedPort() {
  const { server } = await startEchoUpstream();
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The Worker in workerd, serving: unstable_dev resolves once its proxy listens, and on a loaded
 * machine an instance has been seen to accept requests and never answer them. So /health must
 * answer before the tests use it; an instance that does not is replaced (twice at most).
 */
async function startGateway(upstreamUrl) {
  const problems = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const worker = await startDev(upstreamUrl);
    const problem = await notServing(worker);
    if (!problem) return worker;
    problems.push(`attempt ${attempt}: ${problem}`);
    console.warn(`[e2e] the gateway in workerd did not serve /health (${problem}); starting it again`);
    await worker.stop().catch(() => undefined);
  }
  throw new Error(`the gateway did not start serving in workerd:\n${problems.join('\n')}`);
}

/** Why the instance does not serve /health within 15 s (2 s per request), or undefined. */
async function notServing(worker) {
  const deadline = Date.now() + 15_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://${worker.address}:${worker.port}/health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return undefined;
      last = `GET /health answered ${response.status}`;
    } catch (error) {
      last = `GET /health: ${error.cause?.code ?? error.name}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

async function startDev(upstreamUrl) {
  const { unstable_dev } = await import('wrangler');
  return unstable_dev(project('src/index.js'), {
    config: project('wrangler.toml'),
    vars: { UPSTREAM_URL: upstreamUrl, JWT_SECRET: SECRET },
    ip: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    experimental: { disableExperimentalWarning: true, disableDevRegistry: true },
  });
}

/** A plain HTTP request to the local Worker, the way a smoke probe would send it. */
const request = (worker, path, init = {}) =>
  fetch(`http://${worker.address}:${worker.port}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

describe.skipIf(!enabled)('the gateway in workerd', { timeout: 30_000 }, () => {
  let upstream;
  let gateway;

  beforeAll(async () => {
    upstream = await startEchoUpstream();
    gateway = await startGateway(upstream.url);
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop().catch(() => undefined);
    upstream?.server.closeAllConnections();
    await new Promise((resolve) => (upstream ? upstream.server.close(resolve) : resolve()));
  }, 30_000);

  it('serves /health with the marker header', async () => {
    const response = await request(gateway, '/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('proxies a GET to the upstream with its path and query', async () => {
    const response = await request(gateway, '/users/7?fields=name&x=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Upstream')).toBe('echo');
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    const echoed = await response.json();
    expect(echoed).toMatchObject({ method: 'GET', path: '/users/7?fields=name&x=1' });
    expect(echoed.headers['x-gateway']).toBe('example-gateway');
  });

  it('guards an auth route: 401 without a token, 200 with one, the sub claim mapped upstream', async () => {
    const denied = await request(gateway, '/users/me');
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({ error: 'No token provided or token format is invalid.', code: 'AUTH_ERROR' });

    const allowed = await request(gateway, '/users/me', { headers: { Authorization: `Bearer ${makeToken({ sub: 'alice' })}` } });
    expect(allowed.status).toBe(200);
    const echoed = await allowed.json();
    expect(echoed.path).toBe('/users/me');
    expect(echoed.headers['x-user-id']).toBe('alice');

    const forged = await request(gateway, '/users/me', { headers: { Authorization: `Bearer ${makeToken({}, { secret: 'wrong' })}` } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('answers 404 "No match found." for an unknown path', async () => {
    const response = await request(gateway, '/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Powered-By')).toBe(POWERED_BY);
    expect(await response.json()).toEqual({ message: 'No match found.' });
  });

  it("lets a dead upstream's error escape: wrangler dev's own 500, without the marker header", { timeout: 120_000 }, async () => {
    // Its own instance, started only now: two instances never start side by side.
    const deadGateway = await startGateway(`http://127.0.0.1:${await closedPort()}`);
    onTestFinished(() => deadGateway.stop());
    expect((await request(deadGateway, '/health')).status).toBe(200);

    // What a probe sees depends on how it asks: a browser-like Accept (*/*, text/html) gets
    // wrangler's HTML error page, anything else the stack as text, and a request with
    // MF-Disable-Pretty-Error (as unstable_dev's own fetch sends) the JSON {name, message, stack}.
    const page = await request(deadGateway, '/users/7');
    const text = await request(deadGateway, '/users/7', { headers: { Accept: 'application/json' } });
    const json = await deadGateway.fetch('/users/7');
    for (const response of [page, text, json]) {
      expect(response.status).toBe(500);
      expect(response.headers.get('X-Powered-By')).toBeNull();
    }
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Network connection lost.');
    expect(await text.text()).toMatch(/^Error: Network connection lost\.\n/);
    expect(json.headers.get('MF-Experimental-Error-Stack')).toBe('true');
    expect(await json.json()).toMatchObject({ name: 'Error', message: 'Network connection lost.' });
  });
});
