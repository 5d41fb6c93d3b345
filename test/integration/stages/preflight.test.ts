// The preflight stage, run as the CLI, against projects on disk and accounts held in the local
// Cloudflare. Every finding is asserted with the file and line a person must change.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { cachedWrangler } from '../../helpers/cached-install.js';
import { startLocalCloudflare, type LocalCloudflareProcess } from '../../helpers/local-cloudflare.js';
import { provisioningDisabledBy } from '../../../src/preflight/provisioning.js';
import {
  ROOT,
  positionOf,
  reportSchemaErrors,
  runCli as runGateCli,
  type Finding,
  type Run,
  tempDir,
} from '../../helpers/runner.js';

/**
 * Most projects here have no wrangler installed (the checks under test need none): their build is
 * not checked, which is one `build_not_run` warning (preflight-build.test.ts tests it). Left out here.
 */
function runCli(...args: Parameters<typeof runGateCli>): Run {
  const run = runGateCli(...args);
  const notInstalled = (f: Finding) => f.code === 'build_not_run' && f.message.includes('wrangler is not installed');
  return { ...run, report: { ...run.report, findings: run.report.findings.filter((f) => !notInstalled(f)) } };
}

jest.setTimeout(120_000);

const CONFIG_KV = 'c0f1600000000000000000000000c0f1';
const D1 = 'd1d1d1d1-0000-4000-8000-000000000001';
const HYPERDRIVE = 'a7d0000000000000000000000000a7d0';

const WRANGLER_TOML = `name = "shop-gateway"
main = "src/index.js"
compatibility_date = "2025-11-01"

[vars]
UPSTREAM_URL = "http://127.0.0.1:9"

[env.production]
name = "shop-gateway-production"

[env.production.vars]
UPSTREAM_URL = "https://api.example.com"

[[env.production.kv_namespaces]]
binding = "CONFIG"
id = "${CONFIG_KV}"

[[env.production.d1_databases]]
binding = "DB"
database_name = "app-db"
database_id = "${D1}"

[[env.production.r2_buckets]]
binding = "UPLOADS"
bucket_name = "uploads"

[[env.production.queues.producers]]
binding = "EVENTS"
queue = "events"

[[env.production.hyperdrive]]
binding = "PG"
id = "${HYPERDRIVE}"

[[env.production.services]]
binding = "AUTH"
service = "auth-service"
`;

const API_CONFIG = `{
  "servers": [{ "alias": "api", "url": "$env.UPSTREAM_URL" }],
  "serviceBindings": [{ "alias": "auth", "binding": "AUTH" }],
  "authorizer": { "type": "jwt", "secret": "$secret.JWT_SECRET", "algorithm": "HS256" },
  "paths": [
    { "method": "GET", "path": "/health", "response": { "status": "ok" } },
    { "method": "GET", "path": "/items/{id}", "integration": { "type": "http_proxy", "server": "api" }, "auth": true }
  ]
}
`;

/** The config with a global variable read from `$env.PARTNER_KEY` (a secret on the Worker). */
const withPartnerKey = (config: string) =>
  config.replace('"paths": [', '"variables": { "partner_key": "$env.PARTNER_KEY" },\n  "paths": [');
const CONFIG = 'src/api-config.json';

const WORKER = `export default { async fetch() { return new Response('ok'); } };\n`;
/** A stand-in for a current gateway's ValueMapper (v2.5.0 and later replace all three forms). */
const MAPPING = `export class ValueMapper {
  static async replaceEnvAndSecrets(config, env) {
    const replace = (v) => {
      const prefix = ['$env.', '$secrets.', '$secret.'].find((p) => v.startsWith(p));
      return prefix ? (env[v.slice(prefix.length)] ?? '') : v;
    };
    return JSON.parse(JSON.stringify(config), (_key, v) => (typeof v === 'string' ? replace(v) : v));
  }
}
`;

/** A gateway project on disk: wrangler.toml, src/api-config.json, src/index.js, src/mapping.js, .dev.vars.example. */
function project(files: Record<string, string | null> = {}): string {
  const dir = tempDir('preflight-');
  const all: Record<string, string | null> = {
    'wrangler.toml': WRANGLER_TOML,
    'src/api-config.json': API_CONFIG,
    'src/index.js': WORKER,
    'src/mapping.js': MAPPING,
    '.dev.vars.example': 'JWT_SECRET=change-me\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const at = (file: string, text: string, context: string, token?: string) => ({
  file,
  ...positionOf(text, context, token),
});
/** Order-free comparison: the report sorts by severity and layer, the tests list by place. */
const sorted = <T>(list: T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const brief = (f: Finding) => ({
  code: f.code,
  severity: f.severity,
  file: f.location?.file,
  line: f.location?.line,
  column: f.location?.column,
});

describe('preflight against an account in the local Cloudflare', () => {
  let cf: LocalCloudflareProcess;
  const preflight = (dir: string, flags: string[] = [], env: Record<string, string> = {}): Run => {
    const run = runCli(['preflight', '--working-directory', dir, ...flags], { env: { ...cf.env, ...env } });
    expect(reportSchemaErrors(run.report)).toBeNull();
    return run;
  };

  beforeAll(async () => {
    cf = await startLocalCloudflare({
      kvNamespaces: [{ id: CONFIG_KV, title: 'shop-config', values: { 'api-config.json': JSON.parse(API_CONFIG) } }],
      d1Databases: [{ uuid: D1, name: 'app-db' }],
      r2Buckets: [{ name: 'uploads' }],
      queues: [{ queue_name: 'events' }],
      hyperdriveConfigs: [{ id: HYPERDRIVE, name: 'pg' }],
      workers: [
        { name: 'auth-service' },
        { name: 'shop-gateway-production', secrets: { JWT_SECRET: 'seeded', PARTNER_KEY: 'seeded' } },
        { name: 'shop-gateway-staging', secrets: { PARTNER_KEY: 'seeded' } },
      ],
    });
  });
  afterAll(async () => {
    await cf?.stop();
  });

  test('a project whose every binding, secret and config source exists passes', () => {
    const run = preflight(project(), ['--environment', 'production']);
    expect(run.report.findings).toEqual([]);
    expect(run.status).toBe(0);
    const data = JSON.parse(
      readFileSync(path.join(path.dirname(run.reportPath), 'run', 'stages', 'preflight.json'), 'utf8'),
    ).data;
    expect(data).toMatchObject({
      workerName: 'shop-gateway-production',
      environment: 'production',
      bindings: 6,
      remote: { account: cf.accountId, checks: 8, workerExists: true },
    });
    // This project has no node_modules: the gate's own reading of wrangler's rules stands in.
    expect(data.reader).toContain('wrangler is not installed in the project');
  });

  test('each binding whose resource is not in the account is an error on its id line', () => {
    const text = WRANGLER_TOML.replace(CONFIG_KV, 'ffffffffffffffffffffffffffffffff')
      .replace(D1, 'eeeeeeee-0000-4000-8000-000000000000')
      .replace('bucket_name = "uploads"', 'bucket_name = "missing-bucket"')
      .replace('queue = "events"', 'queue = "missing-queue"')
      .replace(HYPERDRIVE, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')
      .replace('service = "auth-service"', 'service = "no-such-worker"');
    const run = preflight(project({ 'wrangler.toml': text }), ['--environment', 'production']);
    expect(run.status).toBe(1);
    expect(sorted(run.report.findings.map(brief))).toEqual(
      sorted(
        [
          at('wrangler.toml', text, 'id = "ffffffffffffffffffffffffffffffff"', '"fff'),
          at('wrangler.toml', text, 'database_id = "eeeeeeee', '"eee'),
          at('wrangler.toml', text, '"missing-bucket"'),
          at('wrangler.toml', text, '"missing-queue"'),
          at('wrangler.toml', text, '"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"'),
          at('wrangler.toml', text, '"no-such-worker"'),
        ].map((location) => ({ code: 'binding_resource_missing', severity: 'error', ...location })),
      ),
    );
    expect(run.report.findings[0]!.message).toContain(
      `KV namespace "ffffffffffffffffffffffffffffffff" (binding CONFIG) does not exist in account ${cf.accountId}`,
    );
  });

  test("a missing resource's fix fits its kind: a service-bound Worker is named, a KV namespace has an id", () => {
    const KV = 'ffffffffffffffffffffffffffffffff';
    const text = WRANGLER_TOML.replace(CONFIG_KV, KV).replace('service = "auth-service"', 'service = "auth-svc"');
    const run = preflight(project({ 'wrangler.toml': text }), ['--environment', 'production']);
    const lineOf = (context: string) => positionOf(text, context).line;
    const fixOf = (context: string) => run.report.findings.find((f) => f.location?.line === lineOf(context))!.fix;
    const worker = fixOf('"auth-svc"');
    expect(worker).toContain('Deploy Worker "auth-svc" to this account first, or set `service` to the name of one');
    expect(worker).not.toMatch(/\bid\b/);
    expect(fixOf(`"${KV}"`)).toContain('`wrangler kv namespace create <name>`) and use its id');
  });

  test('a wrangler.jsonc config: the missing resource is found on its line there too', () => {
    const jsonc = `{
  // the production Worker only
  "name": "shop-gateway-production",
  "main": "src/index.js",
  "compatibility_date": "2025-11-01",
  "vars": { "UPSTREAM_URL": "https://api.example.com" },
  "kv_namespaces": [
    { "binding": "CONFIG", "id": "${CONFIG_KV}" },
    { "binding": "CACHE", "id": "0000000000000000000000000000cafe" },
  ],
  "services": [{ "binding": "AUTH", "service": "auth-service" }],
}
`;
    const run = preflight(project({ 'wrangler.toml': null, 'wrangler.jsonc': jsonc }));
    expect(run.report.findings.map(brief)).toEqual([
      {
        code: 'binding_resource_missing',
        severity: 'error',
        ...at('wrangler.jsonc', jsonc, '"0000000000000000000000000000cafe"'),
      },
    ]);
  });

  test('a secret set nowhere is an error on the reference; uploading it through `secrets` clears it, an empty value does not', () => {
    // A Worker that does not exist yet has no secrets.
    const text = WRANGLER_TOML.replace('name = "shop-gateway-production"', 'name = "shop-gateway-canary"');
    const dir = project({ 'wrangler.toml': text });
    const missing = preflight(dir, ['--environment', 'production']);
    expect(sorted(missing.report.findings.map(brief))).toEqual(
      sorted([
        { code: 'secret_not_set', severity: 'error', ...at('src/api-config.json', API_CONFIG, '"$secret.JWT_SECRET"') },
      ]),
    );
    expect(missing.report.findings[0]!.message).toContain('Worker shop-gateway-canary does not exist yet');

    const uploaded = preflight(dir, ['--environment', 'production', '--secrets', 'JWT_SECRET'], {
      JWT_SECRET: 'from-the-environment',
    });
    expect(uploaded.report.findings).toEqual([]);
    expect(JSON.stringify(uploaded.report)).not.toContain('from-the-environment');

    const empty = preflight(dir, ['--environment', 'production', '--secrets', 'JWT_SECRET']);
    expect(empty.report.findings.map((f) => f.code)).toEqual(['secret_value_missing']);
  });

  test('secrets set on the Worker satisfy references declared nowhere; without a token they are warnings', () => {
    // No .dev.vars.example, no secrets.required: only the account knows JWT_SECRET and PARTNER_KEY.
    const config = withPartnerKey(API_CONFIG);
    // Without the CONFIG namespace: production's KV holds the config without PARTNER_KEY (drift is another test).
    const configKv = `[[env.production.kv_namespaces]]\nbinding = "CONFIG"\nid = "${CONFIG_KV}"\n`;
    const text = WRANGLER_TOML.replace(configKv, '');
    const dir = project({ 'wrangler.toml': text, '.dev.vars.example': null, 'src/api-config.json': config });
    const checked = preflight(dir, ['--environment', 'production']);
    expect(checked.report.findings).toEqual([]);
    expect(checked.status).toBe(0);

    const unchecked = runCli(['preflight', '--working-directory', dir, '--environment', 'production'], { env: {} });
    expect(sorted(unchecked.report.findings.map(brief))).toEqual(
      sorted([
        { code: 'secret_not_declared', severity: 'warning', ...at(CONFIG, config, '"$secret.JWT_SECRET"') },
        { code: 'env_reference_unresolved', severity: 'warning', ...at(CONFIG, config, '"$env.PARTNER_KEY"') },
        { code: 'remote_checks_skipped', severity: 'notice', file: undefined, line: undefined, column: undefined },
      ]),
    );
    expect(unchecked.status).toBe(0);
    const secret = unchecked.report.findings.find((f) => f.code === 'secret_not_declared')!;
    expect(secret.message).toContain('Worker shop-gateway-production could not be seen (no CLOUDFLARE_API_TOKEN)');
    expect(secret.fix).toContain('`secrets.required` under [env.production] of wrangler.toml');
    expect(secret.fix).toContain('(`secrets = { required = ["JWT_SECRET"] }`): wrangler then refuses to deploy');
  });

  test("an environment's own Worker is asked: a secret set on production but not on staging is an error", () => {
    const text = `${WRANGLER_TOML}\n[env.staging.vars]\nUPSTREAM_URL = "https://staging.example.com"\n`;
    const bindings = '"serviceBindings": [{ "alias": "auth", "binding": "AUTH" }],\n';
    const config = withPartnerKey(API_CONFIG).replace(bindings, '');
    const dir = project({ 'wrangler.toml': text, '.dev.vars.example': null, 'src/api-config.json': config });
    const run = preflight(dir, ['--environment', 'staging']);
    expect(run.report.findings.map(brief)).toEqual([
      { code: 'secret_not_declared', severity: 'error', ...at(CONFIG, config, '"$secret.JWT_SECRET"') },
    ]);
    expect(run.report.findings[0]!.message).toContain('JWT_SECRET is not set on Worker shop-gateway-staging');
    expect(run.report.findings[0]!.fix).toContain('wrangler secret put JWT_SECRET --env staging');
    expect(run.status).toBe(1);
  });

  test('a config in KV that differs from the repo is drift: which one production serves and the route diff', async () => {
    const drifted = JSON.parse(API_CONFIG);
    drifted.paths = [
      drifted.paths[0],
      { method: 'POST', path: '/orders', integration: { type: 'http_proxy', server: 'api' } },
    ];
    await cf.admin('POST', '/seed', {
      kvNamespaces: [{ id: CONFIG_KV, title: 'shop-config', values: { 'api-config.json': drifted } }],
    });
    try {
      const dir = project();
      const warned = preflight(dir, ['--environment', 'production']);
      expect(warned.status).toBe(0);
      expect(sorted(warned.report.findings.map(brief))).toEqual(
        sorted([
          { code: 'config_drift', severity: 'warning', ...at('wrangler.toml', WRANGLER_TOML, `"${CONFIG_KV}"`) },
        ]),
      );
      expect(warned.report.findings[0]!.message).toBe(
        'production serves the config in KV CONFIG/api-config.json, which differs from src/api-config.json: routes +1 (POST /orders); -1 (GET /items/{id}) (KV relative to the repo)',
      );
      const failed = preflight(dir, ['--environment', 'production', '--config-drift', 'error']);
      expect(failed.status).toBe(1);
      expect(failed.report.findings.map((f) => f.severity)).toEqual(['error']);
    } finally {
      await cf.admin('POST', '/seed', {
        kvNamespaces: [{ id: CONFIG_KV, title: 'shop-config', values: { 'api-config.json': JSON.parse(API_CONFIG) } }],
      });
    }
  });

  test('without a token the account is skipped with one notice, and the local checks still gate', () => {
    const text = WRANGLER_TOML.replace('compatibility_date = "2025-11-01"', 'compatibility_date = "2999-01-01"');
    const run = runCli(
      ['preflight', '--working-directory', project({ 'wrangler.toml': text }), '--environment', 'production'],
      { env: {} },
    );
    expect(sorted(run.report.findings.map(brief))).toEqual(
      sorted([
        { code: 'compatibility_date_future', severity: 'error', ...at('wrangler.toml', text, '"2999-01-01"') },
        { code: 'remote_checks_skipped', severity: 'notice', file: undefined, line: undefined, column: undefined },
      ]),
    );
    expect(run.status).toBe(1);
  });

  test('API trouble is retried within a bounded time (429 with Retry-After, 503), then passes', async () => {
    await cf.admin('POST', '/faults', [
      { path: '/d1/database/', status: 503, times: 1 },
      { path: '/r2/buckets/', status: 429, retryAfter: 1, times: 1 },
    ]);
    try {
      await cf.admin('DELETE', '/requests');
      const run = preflight(project(), ['--environment', 'production']);
      expect(run.report.findings).toEqual([]);
      const statuses = (await cf.requests())
        .filter((r) => /\/(d1\/database|r2\/buckets)\//.test(r.path))
        .map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 200, 429, 503]);
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  test('an API that never recovers is one finding, within the time budget', async () => {
    await cf.admin('POST', '/faults', [{ path: '/hyperdrive/configs/', status: 502 }]);
    try {
      const started = Date.now();
      // The budget shortened from 30 s (GATE_API_BUDGET_MS): the retries stop inside it, and the finding names it.
      const run = preflight(project(), ['--environment', 'production'], { GATE_API_BUDGET_MS: '5000' });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(run.report.findings.map((f) => f.code)).toEqual(['cloudflare_api_unavailable']);
      expect(run.report.findings[0]!.message).toContain('/hyperdrive/configs/');
      expect(run.report.findings[0]!.message).toContain('within 5 s of retries');
      expect(run.report.findings[0]!.message).toMatch(/\/hyperdrive\/configs\/[^:]*: .* after [2-9] attempts/);
      // Cloudflare's 5xx is the platform's to fix, not the deployer's.
      expect(run.report.findings[0]!.category).toBe('internal');
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  test('a 429 asking to wait longer than the budget: one internal finding that says so, without waiting', async () => {
    await cf.admin('POST', '/faults', [{ path: '/d1/database/', status: 429, retryAfter: 120 }]);
    try {
      await cf.admin('DELETE', '/requests');
      const started = Date.now();
      const run = preflight(project(), ['--environment', 'production']);
      expect(Date.now() - started).toBeLessThan(15_000);
      const found = run.report.findings.map((f) => [f.code, f.severity, f.category]);
      expect(found).toEqual([['cloudflare_rate_limited', 'error', 'internal']]);
      const message = run.report.findings[0]!.message;
      expect(message).toContain("asked to wait 120 s (Retry-After), longer than the gate's 30 s budget");
      expect(message).toContain('after 1 attempt');
      expect(message).not.toContain('of retries');
      expect((await cf.requests()).filter((r) => r.path.includes('/d1/database/')).map((r) => r.status)).toEqual([429]);
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  test('an API that hangs is an internal finding after a bounded wait', async () => {
    await cf.admin('POST', '/faults', [{ path: '/r2/buckets/', hang: true }]);
    try {
      const started = Date.now();
      // 10 s per attempt and 30 s per call shortened (GATE_API_TIMEOUT_MS, GATE_API_BUDGET_MS): the same
      // finding, naming the limits in force, after a wait well under the default budget.
      const limits = { GATE_API_TIMEOUT_MS: '3000', GATE_API_BUDGET_MS: '7000' };
      const run = preflight(project(), ['--environment', 'production'], limits);
      expect(Date.now() - started).toBeLessThan(20_000);
      const found = run.report.findings.map((f) => [f.code, f.category]);
      expect(found).toEqual([['cloudflare_api_unavailable', 'internal']]);
      expect(run.report.findings[0]!.message).toContain('within 7 s of retries');
      const hung = /\/r2\/buckets\/uploads: no answer within 3000 ms after \d attempts/;
      expect(run.report.findings[0]!.message).toMatch(hung);
    } finally {
      await cf.admin('DELETE', '/faults');
    }
  });

  test("the deployer's own mistakes in the account are the client's to fix", () => {
    const text = WRANGLER_TOML.replace(`id = "${HYPERDRIVE}"`, 'id = "0000000000000000000000000000beef"');
    const run = preflight(project({ 'wrangler.toml': text }), ['--environment', 'production']);
    expect(run.report.findings.map((f) => [f.code, f.category])).toEqual([['binding_resource_missing', 'client']]);
  });

  test('a token without a permission is one finding naming the permissions it lacks', async () => {
    await cf.admin('POST', '/seed', {
      tokens: [cf.token, { value: 'scripts-only', permissions: ['Workers Scripts Read'] }],
    });
    const run = preflight(project(), ['--environment', 'production'], { CLOUDFLARE_API_TOKEN: 'scripts-only' });
    expect(run.report.findings.map((f) => f.code)).toEqual(['api_token_permission']);
    for (const permission of [
      'Workers KV Storage: Read',
      'D1: Read',
      'Workers R2 Storage: Read',
      'Queues: Read',
      'Hyperdrive: Read',
    ]) {
      expect(run.report.findings[0]!.message).toContain(`"${permission}"`);
    }
    expect(run.report.findings[0]!.message).not.toContain('Workers Scripts');

    const invalid = preflight(project(), ['--environment', 'production'], { CLOUDFLARE_API_TOKEN: 'revoked-token' });
    expect(invalid.report.findings.map((f) => f.code)).toEqual(['api_token_invalid']);
  });
});

describe('preflight local checks', () => {
  const local = (dir: string, flags: string[] = []) =>
    runCli(['preflight', '--working-directory', dir, ...flags], { env: {} });
  const codes = (run: Run) => run.report.findings.filter((f) => f.code !== 'remote_checks_skipped').map(brief);

  test('main, compatibility date and Durable Object exports', () => {
    const text = `name = "shop-gateway"
main = "src/worker.js"
compatibility_date = "2025-13-45"

[[durable_objects.bindings]]
name = "COUNTER"
class_name = "Counter"
`;
    const run = local(project({ 'wrangler.toml': text }));
    expect(sorted(codes(run))).toEqual(
      sorted([
        { code: 'worker_main_not_found', severity: 'error', ...at('wrangler.toml', text, '"src/worker.js"') },
        { code: 'compatibility_date_invalid', severity: 'error', ...at('wrangler.toml', text, '"2025-13-45"') },
        // $env.UPSTREAM_URL: this config has no vars at all, and without a token the Worker's secrets are unseen.
        { code: 'env_reference_unresolved', severity: 'warning', ...at(CONFIG, API_CONFIG, '"$env.UPSTREAM_URL"') },
        {
          code: 'service_binding_missing',
          severity: 'error',
          ...at('src/api-config.json', API_CONFIG, '"binding": "AUTH"', '"AUTH"'),
        },
      ]),
    );

    const withMain = text.replace('src/worker.js', 'src/index.js').replace('2025-13-45', '2025-11-01');
    const exported = local(project({ 'wrangler.toml': withMain }));
    expect(codes(exported)).toContainEqual({
      code: 'durable_object_not_exported',
      severity: 'error',
      ...at('wrangler.toml', withMain, '"Counter"'),
    });
    const fixed = local(project({ 'wrangler.toml': withMain, 'src/index.js': `${WORKER}export class Counter {}\n` }));
    expect(codes(fixed).map((f) => f.code)).not.toContain('durable_object_not_exported');
  });

  test('after validate: its analysis of the same text is used, and a config edited since is judged anew', () => {
    const text = WRANGLER_TOML.replace(/\[\[env\.production\.services\]\][^[]*$/, '');
    const dir = project({ 'wrangler.toml': text });
    const runDir = path.join(tempDir(), 'run');
    runCli(['validate', '--working-directory', dir], { env: {}, runDir });
    const validated = JSON.parse(readFileSync(path.join(runDir, 'stages', 'validate.json'), 'utf8'));
    // What preflight compares before it reuses the record: the text validate judged.
    expect(validated.data.configSha256).toMatch(/^[0-9a-f]{64}$/);
    const flags = ['--working-directory', dir, '--environment', 'production'];
    // The report is cumulative: validate's own findings are in it too.
    const own = (run: Run) => codes({ ...run, report: { ...run.report, findings: preflightOnly(run) } });
    const preflightOnly = (run: Run) => run.report.findings.filter((f) => f.stage === 'preflight');
    const alone = runCli(['preflight', ...flags], { env: {} });
    const after = runCli(['preflight', ...flags], { env: {}, runDir });
    expect(own(after)).toEqual(own(alone));
    expect(own(after)).toContainEqual({
      code: 'service_binding_missing',
      severity: 'error',
      ...at(CONFIG, API_CONFIG, '"binding": "AUTH"', '"AUTH"'),
    });
    // The binding removed after validate ran: preflight reads the file as it is now.
    const edited = API_CONFIG.replace('"serviceBindings": [{ "alias": "auth", "binding": "AUTH" }],', '');
    writeFileSync(path.join(dir, CONFIG), edited);
    const stale = runCli(['preflight', ...flags], { env: {}, runDir });
    expect(own(stale).map((f) => f.code)).not.toContain('service_binding_missing');
  });

  test('environment traps: a top-level var or binding missing from the environment, an unknown or unchosen environment', () => {
    const text = WRANGLER_TOML.replace(
      'UPSTREAM_URL = "http://127.0.0.1:9"',
      'UPSTREAM_URL = "http://127.0.0.1:9"\nLOG_LEVEL = "debug"',
    )
      .replace(
        '[env.production]',
        '[[kv_namespaces]]\nbinding = "SESSIONS"\nid = "5e5510e5000000000000000000000000"\n\n[env.production]',
      )
      .concat('\n[env.staging]\nname = "shop-gateway-staging"\n');
    const dir = project({ 'wrangler.toml': text });
    const run = local(dir, ['--environment', 'production']);
    expect(sorted(codes(run))).toEqual(
      sorted([
        { code: 'binding_not_in_environment', severity: 'error', ...at('wrangler.toml', text, 'LOG_LEVEL') },
        { code: 'binding_not_in_environment', severity: 'error', ...at('wrangler.toml', text, '[[kv_namespaces]]') },
      ]),
    );
    expect(run.report.findings[0]!.message).toContain(
      'var LOG_LEVEL is defined at the top level but not in [env.production]',
    );

    const unknown = local(dir, ['--environment', 'prod']);
    expect(sorted(codes(unknown))).toEqual(
      sorted([{ code: 'environment_not_found', severity: 'error', ...at('wrangler.toml', text, '[env.production]') }]),
    );
    expect(unknown.report.findings[0]!.message).toContain('(it defines "production", "staging")');
    const unchosen = local(dir);
    expect(codes(unchosen)).toContainEqual({
      code: 'environment_not_chosen',
      severity: 'warning',
      ...at('wrangler.toml', text, '[env.production]'),
    });
  });

  test('references the Worker cannot resolve, strict mode, and a config held in SAG_API_CONFIG_JSON', () => {
    const config = API_CONFIG.replace('"$env.UPSTREAM_URL"', '"$env.UPSTREAM_BASE"').replace(
      '$secret.JWT_SECRET',
      '$secrets.SIGNING_KEY',
    );
    const text = WRANGLER_TOML.replace(
      'UPSTREAM_URL = "https://api.example.com"',
      'UPSTREAM_URL = "https://api.example.com"\nSAG_STRICT_CONFIG = "true"',
    );
    const run = local(project({ 'wrangler.toml': text, 'src/api-config.json': config }), [
      '--environment',
      'production',
    ]);
    expect(sorted(codes(run))).toEqual(
      sorted([
        // Declared nowhere and no token to ask the Worker: warnings (issue 11, point 5).
        { code: 'env_reference_unresolved', severity: 'warning', ...at(CONFIG, config, '"$env.UPSTREAM_BASE"') },
        { code: 'secret_not_declared', severity: 'warning', ...at(CONFIG, config, '"$secrets.SIGNING_KEY"') },
        { code: 'strict_config_enabled', severity: 'error', ...at('wrangler.toml', text, 'SAG_STRICT_CONFIG') },
      ]),
    );

    const inline = JSON.stringify({ paths: [{ method: 'FETCH', path: '/x', response: {} }] });
    const withVar = WRANGLER_TOML.replace(
      'UPSTREAM_URL = "https://api.example.com"',
      `UPSTREAM_URL = "https://api.example.com"\nSAG_API_CONFIG_JSON = '${inline}'`,
    );
    const overridden = local(project({ 'wrangler.toml': withVar }), ['--environment', 'production']);
    expect(sorted(codes(overridden).map((f) => [f.code, f.line]))).toEqual([
      ['config_overridden_by_var', positionOf(withVar, 'SAG_API_CONFIG_JSON').line],
      ['invalid_value', positionOf(withVar, 'SAG_API_CONFIG_JSON').line],
    ]);
    expect(overridden.report.findings.find((f) => f.code === 'invalid_value')!.message).toMatch(
      /^SAG_API_CONFIG_JSON: .*FETCH/,
    );
  });

  test('a wrangler config with a syntax error is one finding at its line and column', () => {
    const text = WRANGLER_TOML.replace('UPSTREAM_URL = "http://127.0.0.1:9"', 'UPSTREAM_URL = "http://127.0.0.1:9');
    const run = local(project({ 'wrangler.toml': text }));
    expect(run.status).toBe(1);
    expect(sorted(codes(run))).toEqual(
      sorted([
        {
          code: 'wrangler_config_syntax',
          severity: 'error',
          file: 'wrangler.toml',
          line: positionOf(text, 'UPSTREAM_URL = "http://127').line,
          column: expect.any(Number),
        },
      ]),
    );
    const jsonc = local(
      project({
        'wrangler.toml': null,
        'wrangler.jsonc':
          '{\n  // the Worker\n  "name": "shop-gateway",\n  "main": "src/index.js"\n  "compatibility_date": "2025-11-01"\n}\n',
      }),
    );
    expect(sorted(codes(jsonc))).toEqual(
      sorted([{ code: 'wrangler_config_syntax', severity: 'error', file: 'wrangler.jsonc', line: 5, column: 3 }]),
    );
  });
});

describe("preflight with the project's own wrangler", () => {
  test("a config wrangler rejects is a finding with wrangler's own message", () => {
    // Inside the repository, so the project's wrangler (the root node_modules) is found.
    const parent = path.join(ROOT, '.gate');
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(path.join(parent, 'preflight-'));
    try {
      const text = WRANGLER_TOML.replace(
        `[[env.production.kv_namespaces]]\nbinding = "CONFIG"\nid = "${CONFIG_KV}"\n`,
        '',
      ).replace('name = "shop-gateway-production"', 'name = "shop-gateway-production"\nkv_namespaces = "oops"');
      for (const [name, body] of Object.entries({
        'wrangler.toml': text,
        'src/api-config.json': API_CONFIG,
        'src/index.js': WORKER,
        '.dev.vars.example': 'JWT_SECRET=x\n',
      })) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), body);
      }
      const run = runCli(['preflight', '--working-directory', dir, '--environment', 'production'], { env: {} });
      const invalid = run.report.findings.find((f) => f.code === 'wrangler_config_invalid');
      expect(invalid?.message).toContain('wrangler 4.164.0 rejects wrangler.toml for environment production');
      expect(invalid?.message).toContain('"env.production.kv_namespaces" should be an array');
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('preflight on the example gateway', () => {
  let cf: LocalCloudflareProcess;
  const example = path.join(ROOT, 'examples/gateway');

  beforeAll(async () => {
    cf = await startLocalCloudflare({
      workers: [{ name: 'example-gateway-production', secrets: { JWT_SECRET: 'seeded' } }],
    });
  });
  afterAll(async () => {
    await cf?.stop();
  });

  test('the example gateway is clean for production, read by its own wrangler', () => {
    const run = runCli(['preflight', '--working-directory', example, '--environment', 'production'], { env: cf.env });
    expect(run.report.findings).toEqual([]);
    expect(run.status).toBe(0);
    const data = JSON.parse(
      readFileSync(path.join(path.dirname(run.reportPath), 'run', 'stages', 'preflight.json'), 'utf8'),
    ).data;
    expect(data).toMatchObject({
      workerName: 'example-gateway-production',
      reader: "the project's wrangler 4.164.0",
      remote: { checks: 1, workerExists: true },
    });
  });

  test('a copy with four planted mistakes: all four found, nothing else', () => {
    const dir = tempDir('planted-');
    try {
      for (const entry of ['src', 'wrangler.toml', '.dev.vars.example', 'package.json'])
        cpSync(path.join(example, entry), path.join(dir, entry), { recursive: true });
      // 1. A top-level var the production environment does not repeat.
      // 2. A KV binding whose namespace is not in the account.
      // 3. Strict mode left on in production.
      const toml = readFileSync(path.join(dir, 'wrangler.toml'), 'utf8')
        .replace('UPSTREAM_URL = "http://127.0.0.1:8788"', 'UPSTREAM_URL = "http://127.0.0.1:8788"\nRATE_LIMIT = "100"')
        .replace(
          '[env.production.vars]\nUPSTREAM_URL = "https://api.example.com"',
          '[env.production.vars]\nUPSTREAM_URL = "https://api.example.com"\nSAG_STRICT_CONFIG = "true"\n\n[[env.production.kv_namespaces]]\nbinding = "SESSIONS"\nid = "0000000000000000000000000000dead"',
        );
      writeFileSync(path.join(dir, 'wrangler.toml'), toml);
      // 4. A secret the config reads that is declared nowhere.
      const configFile = path.join(dir, 'src/api-config.json');
      const config = readFileSync(configFile, 'utf8').replace(
        '"secret": "$secret.JWT_SECRET"',
        '"secret": "$secret.JWT_SIGNING_SECRET"',
      );
      writeFileSync(configFile, config);

      const run = runCli(['preflight', '--working-directory', dir, '--environment', 'production'], { env: cf.env });
      expect(run.status).toBe(1);
      expect(sorted(run.report.findings.map(brief))).toEqual(
        sorted([
          { code: 'binding_not_in_environment', severity: 'error', ...at('wrangler.toml', toml, 'RATE_LIMIT') },
          {
            code: 'secret_not_declared',
            severity: 'error',
            ...at('src/api-config.json', config, '"$secret.JWT_SIGNING_SECRET"'),
          },
          { code: 'strict_config_enabled', severity: 'error', ...at('wrangler.toml', toml, 'SAG_STRICT_CONFIG') },
          {
            code: 'binding_resource_missing',
            severity: 'error',
            ...at('wrangler.toml', toml, '"0000000000000000000000000000dead"'),
          },
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("preflight: what the project's wrangler will do with bindings and generated types", () => {
  const FIXTURES = path.join(ROOT, 'test/fixtures/preflight');
  const OLD = '4.20.5';
  let oldWrangler: string;
  const dirs: string[] = [];

  beforeAll(() => {
    // A fresh clone may lack the cached older wrangler: it is installed, bounded.
    oldWrangler = cachedWrangler(OLD);
  }, 330_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of a fixture whose node_modules/wrangler is the given wrangler (the project's own, or an older one). */
  const fixture = (name: string, wrangler = path.join(ROOT, 'node_modules/wrangler')): string => {
    const dir = tempDir(`preflight-${name}-`);
    dirs.push(dir);
    cpSync(path.join(FIXTURES, name), dir, { recursive: true });
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(wrangler, path.join(dir, 'node_modules', 'wrangler'));
    return dir;
  };
  const run = (dir: string, flags: string[] = []) =>
    runCli(['preflight', '--working-directory', dir, ...flags], { env: {} });
  // Wrangler's own rejection (an older wrangler) and the skipped account are asserted elsewhere.
  const ignored = ['remote_checks_skipped', 'wrangler_config_invalid'];
  const relevant = (r: Run) => r.report.findings.filter((f) => !ignored.includes(f.code));
  const onLine = (dir: string, file: string, text: string) =>
    positionOf(readFileSync(path.join(dir, file), 'utf8'), text).line;
  const placed = (r: Run) => relevant(r).map((f) => [f.code, f.severity, f.location?.file, f.location?.line]);

  test('bindings with no id are "will be created" notices on their lines, with wrangler 4.45 or newer', () => {
    const dir = fixture('provisioned-bindings');
    const result = run(dir);
    expect(sorted(placed(result))).toEqual(
      sorted([
        ['binding_will_be_created', 'notice', 'wrangler.jsonc', onLine(dir, 'wrangler.jsonc', '"SESSIONS"')],
        ['binding_will_be_created', 'notice', 'wrangler.jsonc', onLine(dir, 'wrangler.jsonc', '"UPLOADS"')],
        ['binding_will_be_created', 'notice', 'wrangler.jsonc', onLine(dir, 'wrangler.jsonc', '"DB"')],
      ]),
    );
    expect(relevant(result)[0]!.message).toContain('wrangler 4.164.0 will create it at deploy');
    expect(result.status).toBe(0);
  });

  test('with provisioning off in the deploy script, or an older wrangler, each is an error naming the fix', () => {
    const off = fixture('provisioned-bindings');
    const manifest = path.join(off, 'package.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('"wrangler deploy"', '"wrangler deploy --no-x-provision"'));
    const refused = run(off);
    const notProvisioned = Array(3).fill(['binding_not_provisioned', 'error']);
    expect(relevant(refused).map((f) => [f.code, f.severity])).toEqual(notProvisioned);
    const flagged = 'provisioning off (--no-x-provision in package.json script "deploy")';
    expect(relevant(refused)[0]!.message).toContain(flagged);
    expect(refused.status).toBe(1);
    // The gate's own deploy runs wrangler without that flag: then wrangler does create them.
    const direct = run(off, ['--deploy', 'direct']);
    expect(relevant(direct).map((f) => f.code)).toEqual(Array(3).fill('binding_will_be_created'));

    const old = run(fixture('provisioned-bindings', oldWrangler));
    const errors = relevant(old);
    expect(errors.map((f) => [f.code, f.severity])).toEqual(notProvisioned);
    const of = (what: string) => errors.find((f) => f.message.startsWith(what))!;
    expect(of('KV namespace').message).toContain(`the project's wrangler ${OLD} cannot create it`);
    expect(of('R2 bucket').fix).toContain('(`wrangler r2 bucket create <name>`) and set its `bucket_name`');
    expect(errors.every((f) => f.fix!.includes('upgrade wrangler'))).toBe(true);
  });

  test('generated types that no longer match the config are a warning on the file; current ones pass', () => {
    const dir = fixture('generated-types');
    expect(relevant(run(dir))).toEqual([]);

    const config = path.join(dir, 'wrangler.jsonc');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"vars": {', '"vars": { "RATE_LIMIT": "100",'));
    const types = readFileSync(path.join(dir, 'worker-configuration.d.ts'), 'utf8');
    const stale = run(dir);
    expect(placed(stale)).toEqual([['generated_types_stale', 'warning', 'worker-configuration.d.ts', 2]]);
    // The command the file's header records, options included.
    const regenerate = 'Regenerate it with `npx wrangler types --include-runtime=false` and commit it.';
    expect(relevant(stale)[0]!.fix).toBe(regenerate);
    expect(readFileSync(path.join(dir, 'worker-configuration.d.ts'), 'utf8')).toBe(types);
  });

  test('a wrangler without `types --check` leaves the types unchecked, and says so', () => {
    const dir = fixture('generated-types', oldWrangler);
    const types = readFileSync(path.join(dir, 'worker-configuration.d.ts'), 'utf8');
    const result = run(dir);
    expect(placed(result)).toEqual([['generated_types_unchecked', 'notice', 'worker-configuration.d.ts', 2]]);
    expect(relevant(result)[0]!.message).toContain(`wrangler ${OLD} has no \`types --check\``);
    expect(readFileSync(path.join(dir, 'worker-configuration.d.ts'), 'utf8')).toBe(types);
  });
});

describe("preflight: Cloudflare's size and startup limits, on the deploy's own build", () => {
  const FIXTURES = path.join(ROOT, 'test/fixtures/preflight');
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const fixture = (name: string): string => {
    const dir = tempDir(`preflight-${name}-`);
    dirs.push(dir);
    cpSync(path.join(FIXTURES, name), dir, { recursive: true });
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(ROOT, 'node_modules/wrangler'), path.join(dir, 'node_modules', 'wrangler'));
    return dir;
  };
  const LIMIT_CODES = [
    'worker_too_large',
    'worker_size_over_free_limit',
    'worker_startup_slow',
    'worker_startup_unchecked',
  ];
  const limits = (dir: string) => {
    const result = runCli(['preflight', '--working-directory', dir], { env: {} });
    expect(reportSchemaErrors(result.report)).toBeNull();
    return { result, findings: result.report.findings.filter((f) => LIMIT_CODES.includes(f.code)) };
  };
  const mainLine = (dir: string) => positionOf(readFileSync(path.join(dir, 'wrangler.jsonc'), 'utf8'), '"main"').line;
  /** Random bytes as base64: incompressible, as embedded images and fonts are. */
  const catalog = (dir: string, mib: number) =>
    writeFileSync(
      path.join(dir, 'src/catalog.js'),
      `export const CATALOG = { hero: "${randomBytes(mib * 1024 * 1024).toString('base64')}" };\n`,
    );

  test('a global scope that burns CPU at startup: a warning on `main` with the measured time and the limit', () => {
    const dir = fixture('startup-cpu');
    const { result, findings } = limits(dir);
    expect(findings.map((f) => [f.code, f.severity, f.location?.file, f.location?.line])).toEqual([
      ['worker_startup_slow', 'warning', 'wrangler.jsonc', mainLine(dir)],
    ]);
    const measured = Number(/took (\d+) ms of CPU to start/.exec(findings[0]!.message)?.[1]);
    expect(measured).toBeGreaterThan(400);
    // One profile over the limit is confirmed by a second before the warning; the lower one counts.
    const [, a, b] = /in the lower of 2 local profiles \((\d+) ms, (\d+) ms\)/.exec(findings[0]!.message) ?? [];
    expect(measured).toBe(Math.min(Number(a), Number(b)));
    expect(findings[0]!.message).toContain("over Cloudflare's 400 ms startup limit");
    expect(findings[0]!.message).toContain('wrangler 4.164.0');
    expect(result.status).toBe(0); // a local profile is not Cloudflare's measurement: not an error

    // The same Worker building its table on first use starts at once: no finding.
    const entry = path.join(dir, 'src/index.js');
    const lazy = readFileSync(entry, 'utf8').replace(
      'for (let i = 0;',
      'if (globalThis.BUILD_AT_STARTUP) for (let i = 0;',
    );
    writeFileSync(entry, lazy);
    expect(limits(dir).findings).toEqual([]);
  }, 300_000);

  test('over 3 MiB gzip a warning (the Free limit), over 10 MiB an error (the Paid limit), with the sizes', () => {
    const dir = fixture('large-module');
    expect(limits(dir).findings).toEqual([]);

    catalog(dir, 3.4);
    const free = limits(dir);
    expect(free.findings.map((f) => [f.code, f.severity, f.location?.file, f.location?.line])).toEqual([
      ['worker_size_over_free_limit', 'warning', 'wrangler.jsonc', mainLine(dir)],
    ]);
    const gzip = Number(/is (\d+\.\d\d) MiB gzip-compressed/.exec(free.findings[0]!.message)?.[1]);
    expect(gzip).toBeGreaterThan(3.3);
    expect(gzip).toBeLessThan(3.6);
    expect(free.findings[0]!.message).toContain("over Cloudflare's 3 MiB limit for Workers Free (10 MiB on Paid)");
    expect(free.findings[0]!.message).toContain("the gate cannot see the account's plan");
    expect(free.result.status).toBe(0);

    catalog(dir, 10.5);
    const paid = limits(dir);
    expect(paid.findings.map((f) => [f.code, f.severity])).toEqual([['worker_too_large', 'error']]);
    expect(paid.findings[0]!.message).toMatch(/is 10\.\d\d MiB gzip-compressed \(14\.\d\d MiB uncompressed\)/);
    expect(paid.findings[0]!.message).toContain("over Cloudflare's 10 MiB limit for Workers Paid");
    expect(paid.result.status).toBe(1);
  }, 300_000);
});

const scripts = (s: Record<string, string>) => JSON.stringify({ scripts: s });
test.each([
  ['none', scripts({ deploy: 'tsc && wrangler deploy --x-provision=false' }), '--x-provision=false', 'deploy'],
  [
    'none',
    scripts({ ship: 'wrangler versions upload --no-experimental-provision' }),
    '--no-experimental-provision',
    'ship',
  ],
  ['none', scripts({ deploy: 'wrangler deploy', lint: 'echo --no-x-provision' }), undefined, ''],
  ['direct', scripts({ deploy: 'wrangler deploy --no-x-provision' }), undefined, ''],
  ['none', 'not json', undefined, ''],
])('provisioningDisabledBy(%s, %s)', (mode, manifest, flag, script) => {
  expect(provisioningDisabledBy(mode, manifest)).toBe(flag && `${flag} in package.json script "${script}"`);
});
