// The smoke test's pure parts: the probe plan from a config and a spec, the spec's own errors,
// and the classifier on evidence the live tests cannot easily produce (Cloudflare's 1102, a
// Proxy-Status header, a 52x on the proxy leg).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatLocation, ownerOf, type Location } from '../../../src/findings.js';
import { requestPathMermaid } from '../../../src/report/probe-matrix.js';
import { classify, containsJson, type Observation } from '../../../src/smoke/classify.js';
import { buildProbePlan, type Probe } from '../../../src/smoke/probe-plan.js';
import { diagnoseNetworkError, errorChain, parseProxyStatus } from '../../../src/smoke/proxy-status.js';
import { groupRootCauses } from '../../../src/smoke/root-causes.js';
import { DEFAULT_SPEC, parseSmokeSpec } from '../../../src/smoke/smoke-spec.js';
import { describeExpected, resolvedResponse } from '../../../src/smoke/static-response.js';
import { ROOT } from '../../helpers/runner.js';

const example = JSON.parse(readFileSync(path.join(ROOT, 'examples/gateway/src/api-config.json'), 'utf8')) as {
  paths: unknown[];
};
const lines = new Map<number, Location>(
  example.paths.map((_, i) => [i, { file: 'src/api-config.json', line: 10 + i }]),
);

describe('the probe plan', () => {
  it('turns every route of the example gateway into a request, and says which it did not probe and why', () => {
    const plan = buildProbePlan(example, lines, DEFAULT_SPEC, { hasToken: true });
    expect(
      plan.probes.map((p) => `${p.method} ${p.path}${p.withToken ? ' +token' : ''} ${JSON.stringify(p.expect)}`),
    ).toEqual([
      'GET /health {"status":[200],"json":{"status":"ok"}}',
      'GET /version {"status":[200],"json":{"name":"example-gateway","version":"1.0.0"}}',
      'GET /users/me {"status":[401],"authChallenge":true}',
      'GET /users/me +token {"healthy":true}',
      'GET /users/1 {"healthy":true}',
      'POST /orders {"status":[401],"authChallenge":true}',
      'GET /api/gate-smoke {"healthy":true}',
    ]);
    expect(plan.probes.filter((p) => p.control).map((p) => p.path)).toEqual(['/health', '/version']);
    expect(plan.skipped).toEqual([
      {
        route: 'POST /orders',
        reason: expect.stringMatching(/changes data: probed without a token only/),
        location: { file: 'src/api-config.json', line: 14 },
      },
    ]);
  });

  it('fills parameters so the request reaches the intended route, not a static sibling', () => {
    const config = {
      paths: [
        { method: 'GET', path: '/items/1', response: {} },
        { method: 'GET', path: '/items/{id}', integration: { type: 'http_proxy', server: 'up' } },
      ],
    };
    const plan = buildProbePlan(config, new Map(), DEFAULT_SPEC, { hasToken: false });
    expect(plan.probes.map((p) => p.path)).toEqual(['/items/1', '/items/gate-smoke']);
  });

  it('applies a smoke spec: overrides, additions, skips, parameters and write probes', () => {
    const parsed = parseSmokeSpec(
      [
        'concurrency: 4',
        'timeout: 3s',
        'write: true',
        'params: { id: "42" }',
        'skip: ["GET /version"]',
        'probes:',
        '  - route: GET /users/{id}',
        '    expect: { status: 200, json: { id: "42" } }',
        '  - method: POST',
        '    path: /orders',
        '    body: { item: 1 }',
        '    expect: { status: [201, 202] }',
      ].join('\n'),
      'smoke.yml',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    expect(parsed.spec).toMatchObject({ concurrency: 4, timeoutMs: 3000, write: true });
    const plan = buildProbePlan(example, lines, parsed.spec, { hasToken: true });
    const byName = new Map(plan.probes.map((p) => [p.name, p]));
    expect(byName.get('GET /users/{id}')).toMatchObject({
      path: '/users/42',
      expect: { status: [200], json: { id: '42' } },
    });
    expect(byName.get('POST /orders')).toMatchObject({
      body: '{"item":1}',
      headers: { 'content-type': 'application/json' },
      withToken: true,
      expect: { status: [201, 202] },
      route: { path: '/orders' },
    });
    expect(plan.probes.some((p) => p.path === '/version')).toBe(false);
    expect(plan.skipped.map((s) => s.route)).toContain('GET /version');
  });

  it('reports a bad spec on its line, never throws', () => {
    const parsed = parseSmokeSpec(
      'timeout: 3s\nprobes:\n  - route: GET /x\n    expekt: { status: 200 }\n',
      'smoke.yml',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings.map((f) => [f.code, f.location?.line, f.message])).toEqual([
      ['smoke_spec_invalid', 4, expect.stringContaining('unknown key "expekt"')],
    ]); // issue 12.9: the key's own line
    const syntax = parseSmokeSpec('probes: [\n', 'smoke.yml');
    expect(syntax.ok ? [] : syntax.findings.map((f) => f.code)).toEqual(['smoke_spec_syntax']);
  });
});

const proxyProbe = (): Probe => ({
  id: 'p1',
  name: 'GET /users/{id}',
  route: {
    index: 3,
    method: 'GET',
    path: '/users/{id}',
    kind: 'proxy',
    server: 'up',
    auth: false,
    location: { file: 'src/api-config.json', line: 47 },
  },
  method: 'GET',
  path: '/users/1',
  headers: {},
  withToken: false,
  expect: { healthy: true },
  control: false,
});
const observe = (result: Omit<Observation['result'], 'durationMs'>, extra: Partial<Observation> = {}): Observation => ({
  probe: proxyProbe(),
  result: { durationMs: 5, ...result },
  logsAvailable: true,
  controlPassed: true,
  ...extra,
});

describe('the classifier', () => {
  it('reads Cloudflare 1102 as the gateway exceeding its limits, and 1101 on a static route as a gateway exception', () => {
    const exceeded = classify(
      observe({ status: 503, headers: { 'cf-error-type': 'exceeded' }, body: 'error code: 1102' }),
    );
    expect(exceeded.passed ? null : [exceeded.diagnosis.layer, exceeded.diagnosis.code]).toEqual([
      'gateway',
      'exceeded_resources',
    ]);
    const staticProbe = {
      ...proxyProbe(),
      route: { ...proxyProbe().route!, kind: 'static' as const },
      expect: { status: [200] },
    };
    const threw = classify({
      ...observe({ status: 500, headers: { 'cf-error-type': 'worker-exception' }, body: 'error code: 1101' }),
      probe: staticProbe,
      event: { outcome: 'exception', exceptions: [{ name: 'TypeError', message: 'x is not a function' }], logs: [] },
    });
    expect(threw.passed ? null : [threw.diagnosis.layer, threw.diagnosis.code, threw.diagnosis.message]).toEqual([
      'gateway',
      'worker_exception',
      expect.stringContaining('the Worker threw TypeError: x is not a function'),
    ]);
  });

  it('takes the RFC 9209 type from a Proxy-Status header, a 52x status, or a Workers VPC ProxyError', () => {
    const header = classify(
      observe({
        status: 502,
        headers: { 'proxy-status': 'cloudflare; error=connection_timeout; details="upstream 10.0.0.1"' },
        body: '',
      }),
    );
    expect(header.passed ? null : [header.diagnosis.layer, header.diagnosis.code, header.diagnosis.category]).toEqual([
      'upstream',
      'connection_timeout',
      'bad_upstream',
    ]);
    const edge = classify(
      observe({ status: 526, headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' }, body: '' }),
    );
    expect(edge.passed ? null : edge.diagnosis.code).toBe('tls_certificate_error');
    const vpc = classify(
      observe(
        { status: 500, headers: { 'cf-error-type': 'worker-exception' }, body: 'error code: 1101' },
        {
          event: {
            outcome: 'exception',
            exceptions: [{ message: 'ProxyError: dns_error' }],
            logs: [{ message: ['[INFO] Found matching path configuration', { integration: 'http_proxy' }] }],
          },
        },
      ),
    );
    expect(vpc.passed ? null : [vpc.diagnosis.layer, vpc.diagnosis.code]).toEqual(['upstream', 'dns_error']);
  });

  it('passes a proxied 404 from the upstream, but not the gateway\'s own "No match found."', () => {
    expect(
      classify(
        observe({
          status: 404,
          headers: { 'content-type': 'application/json' },
          json: { error: 'user not found' },
          body: '{}',
        }),
      ).passed,
    ).toBe(true);
    const noMatch = classify(
      observe({
        status: 404,
        headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' },
        json: { message: 'No match found.' },
        body: '',
      }),
    );
    expect(noMatch.passed ? null : [noMatch.diagnosis.layer, noMatch.diagnosis.code]).toEqual([
      'routing',
      'route_not_deployed',
    ]);
  });

  it('sorts every failure by who must act: the deployer (client), the backend (bad_upstream) or the platform (internal)', () => {
    const categoryOf = (o: Observation) => {
      const verdict = classify(o);
      return verdict.passed ? null : `${verdict.diagnosis.code}:${verdict.diagnosis.category}`;
    };
    expect([
      categoryOf(observe({ status: 503, headers: {}, body: 'error code: 1102' })),
      categoryOf(observe({ status: 500, headers: {}, body: 'error code: 1103' })),
      categoryOf(
        observe({ status: 502, headers: { 'proxy-status': 'cloudflare; error=connection_refused' }, body: '' }),
      ),
      categoryOf(
        observe({ status: 502, headers: { 'proxy-status': 'cloudflare; error=connection_read_timeout' }, body: '' }),
      ),
      categoryOf(
        observe({
          status: 404,
          headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' },
          json: { message: 'No match found.' },
          body: '',
        }),
      ),
    ]).toEqual([
      'exceeded_resources:client',
      'edge_error_1103:internal',
      'connection_refused:bad_upstream',
      'connection_read_timeout:client',
      'route_not_deployed:client',
    ]);
  });

  it('leaves to the platform only its own failures: a lagging edge, 11xx errors, the API or wrangler failing', () => {
    expect(
      ['stale_version', 'edge_error_1103', 'cloudflare_rate_limited', 'wrangler_timeout', 'rollback_not_effective'].map(
        ownerOf,
      ),
    ).toEqual(['internal', 'internal', 'internal', 'internal', 'internal']);
    expect(
      [
        'worker_exception',
        'worker_unreachable',
        'api_token_invalid',
        'kv_namespace_not_found',
        'smoke_spec_invalid',
      ].map(ownerOf),
    ).toEqual(['client', 'client', 'client', 'client', 'client']);
  });

  it('compares JSON bodies as subsets', () => {
    expect(containsJson({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toBe(true);
    expect(containsJson({ a: [1, 2] }, { a: [1] })).toBe(false);
  });
});

describe('network evidence', () => {
  it("walks fetch's cause chain to the RFC 9209 type", () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.example.invalid'), { code: 'ENOTFOUND' }),
    });
    expect(diagnoseNetworkError(errorChain(error))).toEqual({ type: 'dns_error', code: 'ENOTFOUND', nxdomain: true });
    const aggregate = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:80'), { code: 'ECONNREFUSED' })]),
    });
    expect(diagnoseNetworkError(errorChain(aggregate))?.type).toBe('connection_refused');
    expect(
      diagnoseNetworkError(errorChain(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })), {
        connected: true,
      })?.type,
    ).toBe('http_response_incomplete');
  });

  it('parses Proxy-Status lists', () => {
    expect(parseProxyStatus('"edge, 1"; error=dns_error; details="NXDOMAIN, twice", origin')).toEqual([
      { proxy: 'edge, 1', error: 'dns_error', details: 'NXDOMAIN, twice' },
      { proxy: 'origin' },
    ]);
  });
});

describe('the request path diagram', () => {
  it('marks the failing layer red and the layers the requests crossed green', () => {
    // One root cause (an error) and its three routes (warnings): three routes fail, not one or four.
    const refused = { stage: 'smoke', layer: 'upstream', code: 'connection_refused', message: 'x' } as const;
    const failed = (route: string) =>
      ({
        id: route,
        name: route,
        route,
        method: 'GET',
        url: 'u',
        attempts: 1,
        durationMs: 1,
        outcome: 'failed',
      }) as const;
    const diagram = requestPathMermaid(
      [{ ...refused, severity: 'error' }, ...[1, 2, 3].map(() => ({ ...refused, severity: 'warning' as const }))],
      [
        { id: 'p1', name: 'GET /health', method: 'GET', url: 'u', attempts: 1, durationMs: 1, outcome: 'passed' },
        ...['GET /a', 'GET /b/{id}', 'ANY /c'].map((r) => ({
          ...failed(r),
          layer: 'upstream',
          code: 'connection_refused',
        })),
      ],
    );
    expect(diagram).toContain('upstream[("Upstream<br/>✗ 3 routes failing: connection_refused")]');
    expect(diagram).toContain('class upstream fail');
    // A probe that passed ran the gateway's code: its node is green, not grey.
    expect(diagram).toContain('class probe,edge,routing,auth,gateway ok');
  });
});

describe('issue 11: what the deployed gateway really answers', () => {
  const planOf = (paths: unknown[], options: { hasToken?: boolean; vars?: Record<string, unknown> } = {}) =>
    buildProbePlan({ paths }, new Map(), DEFAULT_SPEC, { hasToken: options.hasToken ?? false, vars: options.vars });
  const answer = (json: unknown) => ({
    status: 200,
    headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' },
    json,
    body: JSON.stringify(json),
  });

  it('resolves whole-string $env values from vars, keeps $config and embedded ones, wants $secret present', () => {
    const response = {
      status: '$env.GREETING',
      secret: '$secrets.TOKEN',
      config: '$config.name',
      embedded: 'hi $env.GREETING',
      unknown: '$env.NOT_A_VAR',
    };
    expect(describeExpected(resolvedResponse(response, { GREETING: 'hello' }))).toBe(
      '{"status":"hello","secret":"<any value>","config":"$config.name",' +
        '"embedded":"hi $env.GREETING","unknown":"<any value>"}',
    );
    const [probe] = planOf([{ method: 'GET', path: '/env', response }], { vars: { GREETING: 'hello' } }).probes;
    const served = {
      status: 'hello',
      secret: 's3cr3t-value',
      config: '$config.name',
      embedded: 'hi $env.GREETING',
      unknown: '',
    };
    expect(classify({ probe: probe!, result: { durationMs: 1, ...answer(served) }, logsAvailable: false }).passed).toBe(
      true,
    );
    const literal = classify({
      probe: probe!,
      result: { durationMs: 1, ...answer({ ...served, status: '$env.GREETING' }) },
      logsAvailable: false,
    });
    expect(literal.passed ? null : literal.diagnosis.code).toBe('unexpected_response');
    const noSecret = classify({
      probe: probe!,
      result: { durationMs: 1, ...answer({ ...served, secret: undefined }) },
      logsAvailable: false,
    });
    expect(noSecret.passed).toBe(false);
    expect(JSON.stringify(noSecret)).not.toContain('s3cr3t-value');
  });

  it('probes an "auth": true static route for its 401 only without an auth-token, and never as the control', () => {
    const paths = [
      { method: 'GET', path: '/private', auth: true, response: { ok: true } },
      { method: 'GET', path: '/health', response: { ok: true } },
    ];
    const plan = planOf(paths);
    expect(plan.probes.map((p) => `${p.name} ${JSON.stringify(p.expect)} control=${p.control}`)).toEqual([
      'GET /private · no token {"status":[401],"authChallenge":true} control=false',
      'GET /health {"status":[200],"json":{"ok":true}} control=true',
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/no auth-token input: probed without a token only/),
    ]);
    expect(
      planOf(paths, { hasToken: true })
        .probes.filter((p) => p.route?.path === '/private')
        .map((p) => `${p.withToken} ${p.control}`),
    ).toEqual(['true false', 'false false']);
  });

  it('probes an ANY route shadowed for GET by a method that reaches it, and says why when it changes data', () => {
    const plan = planOf([
      { method: 'GET', path: '/x', response: { m: 'GET' } },
      { method: 'POST', path: '/x', response: { m: 'POST' } },
      { method: 'ANY', path: '/x', response: { m: 'ANY' } },
      { method: 'GET', path: '/y', integration: { type: 'http_proxy', server: 'up' } },
      { method: 'ANY', path: '/y', integration: { type: 'http_proxy', server: 'up' } },
      { method: 'ANY', path: '/z', auth: true, integration: { type: 'http_proxy', server: 'up' } },
      { method: 'GET', path: '/z', integration: { type: 'http_proxy', server: 'up' } },
    ]);
    expect(plan.probes.map((p) => `${p.name}: ${p.method} ${p.path}`)).toEqual([
      'GET /x: GET /x',
      'POST /x: POST /x',
      'ANY /x: PUT /x',
      'GET /y: GET /y',
      'ANY /z · no token: POST /z',
      'GET /z: GET /z',
    ]);
    expect(plan.skipped).toEqual([
      {
        route: 'ANY /y',
        reason: expect.stringMatching(/^only POST reaches it \(another route wins GET\), and it changes data/),
      },
      { route: 'ANY /z', reason: expect.stringMatching(/no auth-token/) },
    ]);
  });

  it("checks each probe reached its own route by the Worker's log: a catch-all answering is route_not_deployed", () => {
    const plan = planOf([
      { method: 'GET', path: '/v1/items/sub', integration: { type: 'http_proxy', server: 'up' } },
      { method: 'ANY', path: '/v1/items/{.+}', integration: { type: 'http_proxy', server: 'up' } },
    ]);
    const [sub, any] = plan.probes;
    const logged = (method: string, path: string) => ({
      outcome: 'ok',
      logs: [{ message: ['[INFO] Found matching path configuration', { path, method, integration: 'http_proxy' }] }],
    });
    const hidden = classify({
      probe: sub!,
      result: { durationMs: 1, ...answer({}) },
      event: logged('ANY', '/v1/items/{.+}'),
      logsAvailable: true,
    });
    expect(hidden.passed ? null : [hidden.diagnosis.layer, hidden.diagnosis.code, hidden.diagnosis.message]).toEqual([
      'routing',
      'route_not_deployed',
      expect.stringContaining('answered by the route ANY /v1/items/{.+}, not GET /v1/items/sub'),
    ]);
    // ANY routes log ANY; a missing event or a log without the line proves nothing either way.
    expect(
      classify({
        probe: any!,
        result: { durationMs: 1, ...answer({}) },
        event: logged('ANY', '/v1/items/{.+}'),
        logsAvailable: true,
      }).passed,
    ).toBe(true);
    expect(classify({ probe: sub!, result: { durationMs: 1, ...answer({}) }, logsAvailable: true }).passed).toBe(true);
    expect(
      classify({
        probe: sub!,
        result: { durationMs: 1, ...answer({}) },
        event: { logs: [{ message: ['[INFO] Received new request'] }] },
        logsAvailable: true,
      }).passed,
    ).toBe(true);
  });

  it('files a failing identity provider as auth/identity_provider_error on its domain; skips the callback', () => {
    const plan = planOf([
      { method: 'GET', path: '/auth0/callback', integration: { type: 'auth0_callback' } },
      { method: 'GET', path: '/auth0/profile', integration: { type: 'auth0_userinfo' } },
    ]);
    expect(plan.skipped.map((s) => `${s.route}: ${s.reason}`)).toEqual([
      expect.stringMatching(/^GET \/auth0\/callback: the OAuth callback needs a `code`/),
    ]);
    const provider = {
      name: 'Auth0' as const,
      written: '$env.AUTH0_DOMAIN',
      domain: 'tenant.eu.auth0.com',
      location: { file: 'wrangler.toml', line: 9 },
    };
    for (const [status, code] of [
      [502, 'AUTH0_NETWORK_ERROR'],
      [500, 'AUTH0_ERROR'],
    ] as const) {
      const verdict = classify({
        probe: plan.probes[0]!,
        result: { durationMs: 1, ...answer({ error: 'x', code }), status },
        logsAvailable: true,
        provider,
      });
      expect(
        verdict.passed ? null : [verdict.diagnosis.layer, verdict.diagnosis.code, verdict.diagnosis.category],
      ).toEqual(['auth', 'identity_provider_error', 'bad_upstream']);
      expect(verdict.passed ? '' : `${verdict.diagnosis.message} ${verdict.diagnosis.fix}`).toMatch(
        /tenant\.eu\.auth0\.com.*wrangler\.toml:9/,
      );
    }
  });

  it("agrees with the runner's view of a 503, a read timeout's category, and the authorizer of a refused token", () => {
    const unavailable = classify(
      observe(
        {
          status: 503,
          headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' },
          json: { error: 'maintenance' },
          body: '',
        },
        { upstream: { url: 'http://up', step: 'answered', detail: 'answered HTTP 503', status: 503 } },
      ),
    );
    expect(unavailable.passed ? '' : unavailable.diagnosis.message).toMatch(
      /From the runner too, .* answered HTTP 503: the backend itself fails/,
    );
    expect(unavailable.passed ? '' : unavailable.diagnosis.message).not.toMatch(/only the Worker's path/);
    const hanging = classify(observe({ error: { phase: 'headers', timedOut: true, chain: [] } }));
    expect(hanging.passed ? null : [hanging.diagnosis.code, hanging.diagnosis.category]).toEqual([
      'connection_read_timeout',
      'client',
    ]);
    expect(hanging.passed ? '' : hanging.diagnosis.fix).toMatch(/server URL .* timeout/);
    expect(hanging.passed ? '' : hanging.diagnosis.fix).not.toMatch(/backend hangs/);
    const tokenProbe = { ...proxyProbe(), withToken: true };
    const refused = (authorizer: Observation['authorizer']) => {
      const v = classify({
        ...observe({
          status: 401,
          headers: { 'x-powered-by': 'github.com/irensaltali/serverlessapigateway' },
          json: { error: 'Signature verification failed', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' },
          body: '',
        }),
        probe: tokenProbe,
        authorizer,
      });
      return v.passed ? '' : v.diagnosis.fix;
    };
    expect(
      refused({
        type: 'auth0',
        keys: 'jwks_uri',
        jwksUri: 'https://tenant/.well-known/jwks.json',
        issuer: 'https://tenant/',
      }),
    ).toMatch(/keys at https:\/\/tenant\/\.well-known\/jwks\.json/);
    expect(refused({ type: 'auth0', keys: 'jwks' })).not.toMatch(/secret/i);
    expect(refused({ type: 'jwt' })).toMatch(/JWT secret/);
  });

  it('groups failures with one root cause into one error where it is set, each route a warning', () => {
    const finding = (route: string, line: number) => ({
      stage: 'smoke' as const,
      layer: 'upstream' as const,
      code: 'connection_refused',
      severity: 'error' as const,
      message: `GET ${route}: refused`,
      fix: 'Start the backend.',
      location: { file: 'src/api-config.json', line },
    });
    const cause = {
      key: 'server http://up',
      label: 'the upstream http://up',
      location: { file: 'wrangler.toml', line: 9 },
    };
    const grouped = groupRootCauses([
      { finding: finding('/a', 3), route: 'GET /a', cause },
      { finding: finding('/b', 4), route: 'GET /b', cause },
      { finding: { ...finding('/c', 5), code: 'route_not_deployed', layer: 'upstream' }, route: 'GET /c' },
    ]);
    expect(grouped.map((f) => [f.severity, f.code, formatLocation(f.location)])).toEqual([
      ['error', 'route_not_deployed', 'src/api-config.json:5'],
      ['error', 'connection_refused', 'wrangler.toml:9'],
      ['warning', 'connection_refused', 'src/api-config.json:3'],
      ['warning', 'connection_refused', 'src/api-config.json:4'],
    ]);
    expect(grouped[1]!.message).toBe('the upstream http://up fails 2 routes (GET /a, GET /b): GET /a: refused');
    // Each route names its route (not the probe's URL) and points at the cause without repeating it.
    expect(grouped.slice(2).map((f) => [f.message, f.fix])).toEqual(
      ['GET /a', 'GET /b'].map((route) => [
        `${route} fails because of the upstream http://up: see the error at wrangler.toml:9`,
        'Fix the error at wrangler.toml:9.',
      ]),
    );
    expect(grouped[2]!.evidence).toMatchObject({
      rootCause: { code: 'connection_refused', location: 'wrangler.toml:9' },
    });
    // One route is "fails GET /a", never "1 route fails the same way"; the probe's request prefix goes.
    const one = groupRootCauses([
      { finding: { ...finding('/a', 3), evidence: { request: 'GET /a' } }, route: 'GET /a', cause },
    ]);
    expect(one[0]!.message).toBe('the upstream http://up fails GET /a: refused');
  });
});
