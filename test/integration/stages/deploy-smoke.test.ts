// Deploy, smoke and rollback through the real parts: the gate's CLI runs the project's real
// wrangler against the local Cloudflare, which serves the deployed gateway in real workerd; the
// upstreams are real servers on 127.0.0.1 with one fault each. Every failing probe must name
// its layer, its code and the config line to change.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import {
  closedPort,
  gatewayProject,
  runGate,
  signToken,
  startUpstream,
  type GatewayProject,
  type GateRun,
  type Upstream,
} from '../../helpers/gateway-project.js';
import { positionOf, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(240_000);

const SECRET = 'smoke-secret';
const CONFIG = 'src/api-config.json';
const { cf, healthy } = cloudflareSuite();
const upstreams: Upstream[] = [];

afterAll(async () => {
  await Promise.all(upstreams.map((u) => u.close()));
});

const configLine = (project: GatewayProject, route: string): number =>
  positionOf(readFileSync(project.file(CONFIG), 'utf8'), `"path": "${route}"`, `"${route}"`).line;
/** The line of the top-level var (the tests deploy no environment). */
const varLine = (project: GatewayProject, name: string): number =>
  readFileSync(project.file('wrangler.toml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${name} = `)) + 1;

/** The gate's deploy step, then (as the next step of the job) its smoke step against the served URL. */
async function deployAndSmoke(
  project: GatewayProject,
  options: { deploy?: string[]; smoke?: string[]; env?: Record<string, string>; runDir?: string } = {},
): Promise<{ deploy: GateRun; smoke: GateRun; runDir: string; url: string }> {
  const runDir = options.runDir ?? tempDir('gate-run-');
  const env = { ...cf.env, JWT_SECRET: SECRET, ...options.env };
  const deploy = await runGate(['deploy', '--deploy', 'direct', ...(options.deploy ?? [])], {
    cwd: project.dir,
    runDir,
    env,
  });
  expect({ status: deploy.status, findings: deploy.report.findings }).toEqual({ status: 0, findings: [] });
  const name = /^name = "([^"]+)"/m.exec(readFileSync(project.file('wrangler.toml'), 'utf8'))![1]!;
  const url = (await cf.worker(name)).url!;
  const smoke = await runGate(['smoke', '--url', url, ...(options.smoke ?? [])], { cwd: project.dir, runDir, env });
  return { deploy, smoke, runDir, url };
}

function smokeSpec(project: GatewayProject, text: string): string {
  const file = project.file('smoke.yml');
  writeFileSync(file, text);
  return 'smoke.yml';
}

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');
const warningsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'warning');
const categoryOf = (f: object) => (f as { category?: string }).category;

describe('deploy and smoke against the local Cloudflare', () => {
  // A healthy deployment smoke-tested several times in a row: smoke-repeat.test.ts (a soak test).

  // The example gateway does not await its upstream fetch: the failure escapes as Cloudflare's 1101.
  // One server, one root cause: one error where its URL is set, each route it fails a warning.
  it.each([
    [
      'refused',
      'connection_refused',
      async () => `http://127.0.0.1:${await closedPort()}`,
      'bad_upstream',
      '',
      /Nothing listens/,
    ],
    [
      'reset mid-response',
      'http_response_incomplete',
      async () => (await keep(startUpstream('reset-mid-response'))).url,
      'bad_upstream',
      '',
      /broke off/,
    ],
    // A read timeout is the deployer's (RFC 9209, Workers VPC): the fix says what the deployer changes.
    [
      'hanging',
      'connection_read_timeout',
      async () => (await keep(startUpstream('hang'))).url,
      'client',
      'timeout: 2s\n',
      /^(?!.*backend hangs).*server URL .*raise `timeout`/,
    ],
    [
      'a self-signed certificate',
      'tls_certificate_error',
      async () => (await keep(startUpstream('tls-self-signed'))).url,
      'bad_upstream',
      '',
      /certificate/,
    ],
    [
      'an unresolvable host',
      'dns_error',
      async () => 'http://gate-smoke-upstream.invalid',
      'client',
      '',
      /does not resolve/,
    ],
    [
      'answering 503',
      'destination_unavailable',
      async () => (await keep(startUpstream('status-503'))).url,
      'bad_upstream',
      '',
      /unavailable/,
    ],
  ])(
    'an upstream that is %s fails the proxied routes as upstream/%s: one error on the var, a warning per route',
    async (_what, code, upstreamUrl, category, spec, fix) => {
      const project = gatewayProject(await upstreamUrl());
      const { smoke } = await deployAndSmoke(project, { smoke: spec ? ['--smoke', smokeSpec(project, spec)] : [] });
      expect(smoke.status).toBe(1);
      const errors = errorsOf(smoke);
      const upstreamVar = varLine(project, 'UPSTREAM_URL');
      expect(errors.map((f) => [f.layer, f.code, f.location?.file, f.location?.line])).toEqual([
        ['upstream', code, 'wrangler.toml', upstreamVar],
      ]);
      expect(warningsOf(smoke).map((f) => [f.layer, f.code, f.location?.file, f.location?.line])).toEqual([
        ['upstream', code, CONFIG, configLine(project, '/users/{id}')],
        ['upstream', code, CONFIG, configLine(project, '/api/{.+}')],
      ]);
      expect(errors[0]!.message).toContain('fails 2 routes (GET /users/{id}, ANY /api/{.+})');
      expect(errors[0]!.fix).toMatch(fix);
      // The runner got the same 503: the message says so instead of blaming the Worker's path.
      if (code === 'destination_unavailable')
        expect(errors[0]!.message).toMatch(/From the runner too, .* the backend itself fails\.$/);
      expect(errors.every((f) => categoryOf(f) === category)).toBe(true);
      // The static routes answered: the edge and the gateway work, the proxy leg does not.
      expect(
        smoke.report.probes?.filter((p) => p.name === 'GET /health' || p.name === 'GET /version').map((p) => p.outcome),
      ).toEqual(['passed', 'passed']);
      // The routes by their names in the config, not the probes' URLs (issue 22: one name for one route).
      expect(errors[0]!.message).not.toMatch(/GET \/users\/1\b/);
      expect(errors[0]!.fix).toMatch(/wrangler\.toml:\d+/); // where the upstream URL is set
    },
  );

  // The same faults through a gateway that awaits its upstream fetch and answers 500 itself.
  it.each([
    ['refused', 'connection_refused', async () => `http://127.0.0.1:${await closedPort()}`, 'bad_upstream'],
    [
      'a self-signed certificate',
      'tls_certificate_error',
      async () => (await keep(startUpstream('tls-self-signed'))).url,
      'bad_upstream',
    ],
    ['an unresolvable host', 'dns_error', async () => 'http://gate-smoke-upstream.invalid', 'client'],
  ])(
    'a gateway that catches the failure of an upstream that is %s and answers 500 itself: still upstream/%s',
    async (_what, code, upstreamUrl, category) => {
      const project = gatewayProject(await upstreamUrl());
      project.edit('src/index.js', (t) =>
        t.replace(
          'return proxyRequest(request, server, { route, config, claims }).then(done);',
          'return done(await proxyRequest(request, server, { route, config, claims }));',
        ),
      );
      const { smoke } = await deployAndSmoke(project);
      const errors = errorsOf(smoke);
      const upstreamVar = varLine(project, 'UPSTREAM_URL');
      expect(errors.map((f) => [f.layer, f.code, categoryOf(f), f.location?.file, f.location?.line])).toEqual([
        ['upstream', code, category, 'wrangler.toml', upstreamVar],
      ]);
      expect(warningsOf(smoke).map((f) => [f.layer, f.code, categoryOf(f), f.location?.line])).toEqual([
        ['upstream', code, category, configLine(project, '/users/{id}')],
        ['upstream', code, category, configLine(project, '/api/{.+}')],
      ]);
      const evidence = (errors[0] as { evidence?: { status?: number; headers?: Record<string, string> } }).evidence!;
      expect(evidence.status).toBe(500);
      expect(evidence.headers?.['x-powered-by']).toContain('serverlessapigateway');
      expect(errors[0]!.message).toMatch(/caught the upstream failure/);
    },
  );

  it('a route the deployed config lacks is a routing failure on that route', async () => {
    const project = gatewayProject(healthy.url);
    const served = JSON.parse(readFileSync(project.file(CONFIG), 'utf8')) as { paths: Array<{ path: string }> };
    served.paths = served.paths.filter((p) => p.path !== '/users/{id}');
    project.edit('wrangler.toml', (t) =>
      t.replace('[vars]\n', `[vars]\nSAG_API_CONFIG_JSON = '${JSON.stringify(served)}'\n`),
    );
    const { smoke } = await deployAndSmoke(project);
    expect(errorsOf(smoke).map((f) => [f.layer, f.code, f.location?.line])).toEqual([
      ['routing', 'route_not_deployed', configLine(project, '/users/{id}')],
    ]);
  });

  it("a catch-all hides no missing route: the Worker's own log says which route answered each probe", async () => {
    const project = gatewayProject(healthy.url);
    project.edit(CONFIG, (t) =>
      t.replace(
        '"paths": [',
        `"paths": [
    { "method": "GET", "path": "/v1/items/sub", "integration": { "type": "http_proxy", "server": "upstream" } },
    { "method": "GET", "path": "/v1/items/ping", "response": { "pong": true } },
    { "method": "ANY", "path": "/v1/items/{.+}", "integration": { "type": "http_proxy", "server": "upstream" } },`,
      ),
    );
    // The deployed config lacks the two specific routes: the catch-all answers for both.
    const served = JSON.parse(readFileSync(project.file(CONFIG), 'utf8')) as { paths: Array<{ path: string }> };
    served.paths = served.paths.filter((p) => p.path !== '/v1/items/sub' && p.path !== '/v1/items/ping');
    project.edit('wrangler.toml', (t) =>
      t.replace('[vars]\n', `[vars]\nSAG_API_CONFIG_JSON = '${JSON.stringify(served)}'\n`),
    );
    const { smoke, url, runDir } = await deployAndSmoke(project);
    expect(errorsOf(smoke).map((f) => [f.layer, f.code, categoryOf(f), f.location?.line])).toEqual([
      ['routing', 'route_not_deployed', 'client', configLine(project, '/v1/items/sub')],
      ['routing', 'route_not_deployed', 'client', configLine(project, '/v1/items/ping')],
    ]);
    for (const f of errorsOf(smoke)) expect(f.message).toContain('answered by the route ANY /v1/items/{.+}');
    // The ANY route itself logs method ANY: no false alarm for it, or for any other route.
    expect(smoke.report.probes?.filter((p) => p.outcome === 'failed').map((p) => p.name)).toEqual([
      'GET /v1/items/sub',
      'GET /v1/items/ping',
    ]);

    // Without the Worker's logs the gate cannot see it, and says so once instead of passing silently.
    const blind = await runGate(['smoke', '--url', url], { cwd: project.dir, runDir, env: { JWT_SECRET: SECRET } });
    expect(
      blind.report.findings.filter((f) => f.code === 'route_identity_unverified').map((f) => [f.severity, f.layer]),
    ).toEqual([['notice', 'probe']]);
    expect(blind.report.probes?.find((p) => p.name === 'GET /v1/items/sub')?.outcome).toBe('passed');
  });

  it('an unreachable identity provider is one auth finding on its domain; a refused token names the JWKS', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwks = JSON.stringify({
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }],
    });
    const project = gatewayProject(healthy.url);
    const domain = `127.0.0.1:${await closedPort()}`;
    project.edit(CONFIG, (t) =>
      t
        .replace(
          /"authorizer": \{[^}]*\}/,
          `"authorizer": ${JSON.stringify({
            type: 'auth0',
            domain: '$env.AUTH0_DOMAIN',
            client_id: 'gate',
            client_secret: '$secret.AUTH0_CLIENT_SECRET',
            redirect_uri: 'https://gw.example.com/auth/callback',
            scope: 'openid',
            jwks,
          })}`,
        )
        .replace(
          '"paths": [',
          `"paths": [
    { "method": "GET", "path": "/auth/callback", "integration": { "type": "auth0_callback" } },
    { "method": "GET", "path": "/auth/profile", "integration": { "type": "auth0_userinfo" } },`,
        ),
    );
    project.edit('wrangler.toml', (t) => t.replace('[vars]\n', `[vars]\nAUTH0_DOMAIN = "${domain}"\n`));
    const spec = smokeSpec(
      project,
      [
        'probes:',
        '  - route: GET /auth/callback',
        '    path: /auth/callback?code=smoke-code',
        '  - route: GET /auth/profile',
        '    headers: { x-access-token: smoke-access-token }',
        '',
      ].join('\n'),
    );
    const signed = (key: KeyObject) => {
      const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const claims = { sub: 'u1', iss: `https://${domain}/`, exp: Math.floor(Date.now() / 1000) + 600 };
      const input = `${encode({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${encode(claims)}`;
      return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
    };
    const { smoke } = await deployAndSmoke(project, {
      smoke: ['--smoke', spec, '--auth-token', signed(other.privateKey)],
    });
    expect(errorsOf(smoke).map((f) => [f.layer, f.code, categoryOf(f), f.location?.file, f.location?.line])).toEqual([
      ['auth', 'auth_rejected', 'client', CONFIG, configLine(project, '/users/me')],
      ['auth', 'identity_provider_error', 'bad_upstream', 'wrangler.toml', varLine(project, 'AUTH0_DOMAIN')],
    ]);
    const [rejected, provider] = errorsOf(smoke);
    expect(provider!.message).toContain(
      `the identity provider Auth0 (${domain}) fails 2 routes (GET /auth/callback, GET /auth/profile)`,
    );
    expect(
      warningsOf(smoke)
        .filter((f) => f.code === 'identity_provider_error')
        .map((f) => f.location?.line),
    ).toEqual([configLine(project, '/auth/callback'), configLine(project, '/auth/profile')]);
    expect(rejected!.fix).toMatch(/one of the keys in the authorizer's `jwks`/);
    expect(rejected!.fix).not.toMatch(/secret/i);
  });

  it('a token the gateway rejects is an auth failure; a secret the Worker lacks is a binding failure', async () => {
    const project = gatewayProject(healthy.url);
    const rejected = await deployAndSmoke(project, {
      deploy: ['--secrets', 'JWT_SECRET'],
      smoke: ['--auth-token', signToken('another-secret')],
    });
    expect(errorsOf(rejected.smoke).map((f) => [f.layer, f.code, f.location?.line])).toEqual([
      ['auth', 'auth_rejected', configLine(project, '/users/me')],
    ]);
    expect(errorsOf(rejected.smoke)[0]!.message).toMatch(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);

    // The version's bindings (read from the API) lack the secret the authorizer reads: one error on
    // the reference's line, whatever the gateway answers for it (its own 500 here, a 401 below).
    const secretLine = positionOf(readFileSync(project.file(CONFIG), 'utf8'), '"$secret.JWT_SECRET"').line;
    for (const [name, silent] of [
      ['gateway-without-secret', false],
      ['gateway-empty-secret', true],
    ] as const) {
      const bare = gatewayProject(healthy.url);
      bare.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${name}"`));
      // Like the original gateway: no check of its own, an empty secret just fails every token (401).
      if (silent) bare.edit('src/auth.js', (t) => t.replace(/^ {2}if \(!authorizer\.secret\).*$/m, ''));
      const missing = await deployAndSmoke(bare, { smoke: ['--auth-token', signToken(SECRET)] });
      const errors = errorsOf(missing.smoke);
      expect(errors.map((f) => [f.layer, f.code, f.location?.file, f.location?.line])).toEqual([
        ['binding', 'secret_missing', CONFIG, secretLine],
      ]);
      expect(warningsOf(missing.smoke).map((f) => [f.code, f.location?.line])).toEqual([
        ['secret_missing', configLine(bare, '/users/me')],
      ]);
      const version = missing.deploy.report.deployment!.versionId!;
      expect(errors[0]!.message).toContain(`the deployed version ${version} has no secret JWT_SECRET`);
      expect(errors[0]!.message).toContain(`so the gateway answered ${silent ? 401 : 500}`);
      expect(errors[0]!.fix).toMatch(/wrangler secret put JWT_SECRET/);
    }
  });

  it('a defect in the gateway itself is a gateway failure on its route', async () => {
    const project = gatewayProject(healthy.url);
    project.edit(CONFIG, (t) =>
      t.replace(
        '"paths": [',
        '"services": [{ "alias": "reports", "entrypoint": "reports" }],\n  "paths": [\n    { "method": "GET", "path": "/reports", "integration": { "type": "service", "binding": "reports" } },',
      ),
    );
    const { smoke } = await deployAndSmoke(project);
    const errors = errorsOf(smoke);
    expect(errors.map((f) => [f.layer, f.code, categoryOf(f), f.location?.line])).toEqual([
      ['gateway', 'gateway_internal_error', 'client', configLine(project, '/reports')],
    ]);
    expect(errors[0]!.message).toMatch(/Integration type "service" is not supported/);
  });

  it('an exception escaping the Worker on a route that never reaches the upstream is a gateway failure on that route', async () => {
    const project = gatewayProject(healthy.url);
    // Returned without await from inside the try: the rejection escapes the gateway's catch.
    project.edit('src/index.js', (t) =>
      t.replace(
        'if (route.response !== undefined) return done(json(route.response));',
        "if (route.path === '/version') return Promise.reject(new TypeError('cannot read the build info'));\n    if (route.response !== undefined) return done(json(route.response));",
      ),
    );
    const { smoke } = await deployAndSmoke(project);
    const errors = errorsOf(smoke);
    expect(errors.map((f) => [f.layer, f.code, categoryOf(f), f.location?.line])).toEqual([
      ['gateway', 'worker_exception', 'client', configLine(project, '/version')],
    ]);
    expect(errors[0]!.message).toMatch(
      /the Worker threw TypeError: cannot read the build info \(Cloudflare error 1101/,
    );
    expect(smoke.report.probes?.filter((p) => p.name === 'GET /health').map((p) => p.outcome)).toEqual(['passed']);
  });

  it('the deploy marker waits out a lagging edge, and names a stale version when the edge never catches up', async () => {
    const project = gatewayProject(healthy.url);
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-stale"'));
    const first = await deployAndSmoke(project);
    const v1 = first.deploy.report.deployment!.versionId!;

    // The edge serves the previous version for 3 s after each deploy: propagation, retried.
    await cf.staleEdge('gateway-stale', 3000);
    const lagging = await deployAndSmoke(project, { deploy: ['--secrets', 'JWT_SECRET'] });
    const v2 = lagging.deploy.report.deployment!.versionId!;
    expect({ status: lagging.smoke.status, errors: errorsOf(lagging.smoke) }).toEqual({ status: 0, errors: [] });
    expect(lagging.smoke.stdout).toContain(`version ${v2} proven`);

    // An edge that never catches up: the probes would test old code, so the gate says so instead.
    await cf.staleEdge('gateway-stale');
    const spec = smokeSpec(project, 'propagation: 3s\n');
    const stale = await deployAndSmoke(project, { smoke: ['--smoke', spec] });
    await cf.clearStaleEdge('gateway-stale');
    const v3 = stale.deploy.report.deployment!.versionId!;
    expect(
      errorsOf(stale.smoke).map((f) => [f.layer, f.code, categoryOf(f), f.location?.file, f.location?.line]),
    ).toEqual([['edge', 'stale_version', 'internal', 'wrangler.toml', 1]]);
    expect(errorsOf(stale.smoke)[0]!.message).toContain(
      `serves version ${v2} of gateway-stale, not the deployed ${v3}`,
    );
    expect(v1).not.toBe(v2);
  });

  it('a Worker that is not reachable is one edge finding on the wrangler config, not one per route', async () => {
    const project = gatewayProject(healthy.url);
    const runDir = tempDir('gate-run-');
    const spec = smokeSpec(project, 'propagation: 2s\n');
    const run = await runGate(['smoke', '--url', `http://127.0.0.1:${await closedPort()}`, '--smoke', spec], {
      cwd: project.dir,
      runDir,
      env: { ...cf.env },
    });
    expect(run.status).toBe(1);
    expect(errorsOf(run).map((f) => [f.layer, f.code, categoryOf(f), f.location?.file, f.location?.line])).toEqual([
      ['edge', 'worker_unreachable', 'client', 'wrangler.toml', 1],
    ]);
    expect(errorsOf(run)[0]!.message).toMatch(/6 of 6 probes/); // without an auth-token, /users/me is probed once
  });

  it('rollback restores the previous version after a failed smoke test of a direct deploy', async () => {
    const good = gatewayProject(healthy.url);
    good.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-rollback"'));
    const first = await deployAndSmoke(good);
    expect(first.smoke.status).toBe(0);
    const goodVersion = first.deploy.report.deployment!.versionId!;

    const bad = gatewayProject(`http://127.0.0.1:${await closedPort()}`);
    bad.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-rollback"'));
    const second = await deployAndSmoke(bad);
    expect(second.smoke.status).toBe(1);
    expect(second.deploy.report.deployment).toMatchObject({ previousVersionId: goodVersion });
    expect((await cf.worker('gateway-rollback')).deployment).toEqual([
      { version_id: second.deploy.report.deployment!.versionId, percentage: 100 },
    ]);

    const rollback = await runGate(['rollback'], { cwd: bad.dir, runDir: second.runDir, env: { ...cf.env } });
    expect(rollback.status).toBe(0); // the step did its job; the smoke step already failed the job
    expect(rollback.report.result).toBe('failed');
    expect(rollback.report.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'deploy:passed',
      'smoke:failed',
      'rollback:passed',
    ]);
    expect(rollback.report.deployment).toMatchObject({
      versionId: second.deploy.report.deployment!.versionId,
      previousVersionId: goodVersion,
      rolledBack: true,
    });
    expect((await cf.worker('gateway-rollback')).deployment).toEqual([{ version_id: goodVersion, percentage: 100 }]);
    const answer = await fetch(`${second.url}/users/1`);
    expect(answer.status).toBe(200); // the good version, with the live upstream, serves again

    // The report step's summary: a section per stage, the probe matrix and the request path.
    const summaryFile = path.join(second.runDir, 'summary.md');
    const report = await runGate(['report', '--summary', summaryFile], {
      cwd: bad.dir,
      runDir: second.runDir,
      env: { ...cf.env },
    });
    expect(report.status).toBe(1);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('```mermaid\nflowchart LR');
    expect(summary).toContain('class upstream fail');
    expect(summary).toMatch(
      /<code>GET \/users\/\{id\}<\/code><\/td><td>500<\/td><td>❌ failed<\/td><td>upstream <sub>connection_refused<\/sub>/,
    );
    expect(summary).toContain(
      `Rolled back: <code>${second.deploy.report.deployment!.versionId}</code> no longer serves; <code>${goodVersion}</code> does`,
    );
  });

  it('a hung rollback is stopped and said as the deploy stage says a hung command: wrangler_timeout', async () => {
    const rename = (t: string) => t.replace('name = "example-gateway"', 'name = "gateway-rollback-hung"');
    const good = gatewayProject(healthy.url);
    good.edit('wrangler.toml', rename);
    const env = { ...cf.env, JWT_SECRET: SECRET };
    const first = await runGate(['deploy', '--deploy', 'direct'], { cwd: good.dir, runDir: tempDir('gate-run-'), env });
    expect(first.status).toBe(0);
    const goodVersion = first.report.deployment!.versionId!;
    const bad = gatewayProject(`http://127.0.0.1:${await closedPort()}`);
    bad.edit('wrangler.toml', rename);
    const second = await deployAndSmoke(bad);
    expect(second.smoke.status).toBe(1);
    const badVersion = second.deploy.report.deployment!.versionId!;

    // The rollback's deployment request never gets an answer; the gate stops wrangler after 10 s (the default is
    // 5 minutes): `wrangler rollback` builds nothing, a healthy one takes 2 to 4 s on a loaded machine.
    await cf.admin('POST', '/faults', { path: '/workers/scripts/[^/]+/deployments$', method: 'POST', hang: true });
    await cf.admin('DELETE', '/requests');
    try {
      const hangLimit = { GATE_WRANGLER_TIMEOUT_MS: '10000' };
      const rollback = await runGate(['rollback'], {
        cwd: bad.dir,
        runDir: second.runDir,
        env: { ...env, ...hangLimit },
      });
      const [problem, ...more] = errorsOf(rollback).filter((f) => f.stage === 'rollback');
      expect(more).toEqual([]);
      expect(problem).toMatchObject({ stage: 'rollback', layer: 'deploy', code: 'wrangler_timeout' });
      expect(categoryOf(problem!)).toBe('internal');
      expect(problem!.message).toBe(
        `the rollback to ${goodVersion} failed, so ${badVersion} is still live: wrangler rollback ${goodVersion} -y ` +
          `--message gateway-deploy-gate: smoke test failed for ${badVersion} did not finish in 0.17 minutes and was stopped`,
      );
      // Stopped while its deployment request hung, not before wrangler got there.
      const hung = (await cf.requests()).filter((r) => r.fault && r.status === 0);
      expect(hung.map((r) => `${r.method} ${r.path.replace(/.*\/workers\//, '')}`)).toEqual([
        'POST scripts/gateway-rollback-hung/deployments',
      ]);
      expect(rollback.report.stages.at(-1)).toMatchObject({ name: 'rollback', status: 'failed' });
    } finally {
      await cf.admin('DELETE', '/faults');
    }
    expect((await cf.worker('gateway-rollback-hung')).deployment).toEqual([
      { version_id: badVersion, percentage: 100 },
    ]);
  });

  it('a gradual deploy smoke-tests the new version at 0% and promotes it; a failing one never gets traffic', async () => {
    const project = gatewayProject(healthy.url);
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-gradual"'));
    const first = await deployAndSmoke(project);
    const v1 = first.deploy.report.deployment!.versionId!;

    const runDir = tempDir('gate-run-');
    const env = { ...cf.env };
    const deploy = await runGate(['deploy', '--deploy', 'gradual'], { cwd: project.dir, runDir, env });
    expect(deploy.status).toBe(0);
    const v2 = deploy.report.deployment!.versionId!;
    expect((await cf.worker('gateway-gradual')).deployment).toEqual([
      { version_id: v2, percentage: 0 },
      { version_id: v1, percentage: 100 },
    ]);
    const smoke = await runGate(['smoke', '--url', first.url], { cwd: project.dir, runDir, env });
    expect(smoke.status).toBe(0);
    expect(smoke.stdout).toContain(`version ${v2} proven`);
    expect(smoke.report.deployment).toMatchObject({ versionId: v2, promoted: true });
    expect((await cf.worker('gateway-gradual')).deployment).toEqual([{ version_id: v2, percentage: 100 }]);

    const broken = gatewayProject(`http://127.0.0.1:${await closedPort()}`);
    broken.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-gradual"'));
    const failingDir = tempDir('gate-run-');
    expect(
      (await runGate(['deploy', '--deploy', 'gradual'], { cwd: broken.dir, runDir: failingDir, env })).status,
    ).toBe(0);
    const failing = await runGate(['smoke', '--url', first.url], { cwd: broken.dir, runDir: failingDir, env });
    expect(failing.status).toBe(1);
    expect(errorsOf(failing).map((f) => f.code)).toEqual(['connection_refused']); // one server, one finding
    expect(warningsOf(failing).map((f) => f.code)).toEqual(['connection_refused', 'connection_refused']);
    // Users never saw it: without the override every request still reaches v2, the good version.
    for (let i = 0; i < 10; i++) expect((await fetch(`${first.url}/users/1`)).status).toBe(200);
    const rollback = await runGate(['rollback'], { cwd: broken.dir, runDir: failingDir, env });
    expect(rollback.report.stages.at(-1)).toMatchObject({ name: 'rollback', status: 'passed' });
    expect((await cf.worker('gateway-gradual')).deployment).toEqual([{ version_id: v2, percentage: 100 }]);
  });

  it("wrangler's failures become deploy findings with the API code and the line to change", async () => {
    const project = gatewayProject(healthy.url);
    project.edit('src/index.js', (t) => `throw new Error('config table is broken');\n${t}`);
    const run = await runGate(['deploy', '--deploy', 'direct'], {
      cwd: project.dir,
      runDir: tempDir('gate-run-'),
      env: { ...cf.env },
    });
    expect(run.status).toBe(1);
    const [finding] = errorsOf(run);
    // On the throwing line (issue 11: it was on `main` in wrangler.toml, which the exception is not).
    expect([
      finding!.layer,
      finding!.code,
      categoryOf(finding!),
      finding!.location?.file,
      finding!.location?.line,
    ]).toEqual(['deploy', 'worker_startup_error', 'client', 'src/index.js', 1]);
    expect(finding!.message).toMatch(/\[code: 10021\].*config table is broken/);

    const denied = await runGate(['deploy', '--deploy', 'direct'], {
      cwd: project.dir,
      runDir: tempDir('gate-run-'),
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: 'not-a-token' },
    });
    expect(errorsOf(denied).map((f) => [f.layer, f.code])).toEqual([['deploy', 'api_token_invalid']]);

    // A KV namespace id the account does not have: Cloudflare refuses the upload (10042), on the id's line.
    const kv = gatewayProject(healthy.url);
    kv.edit('wrangler.toml', (t) =>
      t.replace(
        '[vars]\n',
        '[[kv_namespaces]]\nbinding = "CACHE"\nid = "feedfacefeedfacefeedfacefeedface"\n\n[vars]\n',
      ),
    );
    const missing = await runGate(['deploy', '--deploy', 'direct'], {
      cwd: kv.dir,
      runDir: tempDir('gate-run-'),
      env: { ...cf.env },
    });
    expect(missing.status).toBe(1);
    const idLine = positionOf(readFileSync(kv.file('wrangler.toml'), 'utf8'), 'id = "feedface').line;
    expect(errorsOf(missing).map((f) => [f.layer, f.code, categoryOf(f), f.location?.file, f.location?.line])).toEqual([
      ['deploy', 'kv_namespace_not_found', 'client', 'wrangler.toml', idLine],
    ]);
    expect(errorsOf(missing)[0]!.message).toMatch(/\[code: 10042\].*feedfacefeedfacefeedfacefeedface/);

    // A token without "Workers Scripts Write": refused (10000), and the fix names the permission.
    await cf.admin('POST', '/seed', {
      tokens: [cf.token, { value: 'gate-kv-reader', permissions: ['Workers KV Storage Read'] }],
    });
    const limited = await runGate(['deploy', '--deploy', 'direct'], {
      cwd: project.dir,
      runDir: tempDir('gate-run-'),
      env: { ...cf.env, CLOUDFLARE_API_TOKEN: 'gate-kv-reader' },
    });
    expect(errorsOf(limited).map((f) => [f.layer, f.code, categoryOf(f)])).toEqual([
      ['deploy', 'api_token_permission', 'client'],
    ]);
    expect(errorsOf(limited)[0]!.fix).toMatch(/Workers Scripts: Edit/);
  });
});

async function keep(started: Promise<Upstream>): Promise<Upstream> {
  const upstream = await started;
  upstreams.push(upstream);
  return upstream;
}
