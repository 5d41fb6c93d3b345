// Preflight's decisions on what the account answered, and on the Worker's own config, without an
// account or a process: the reads are I/O at the edge, these rules decide the findings.
import { describe, expect, test } from '@jest/globals';
import type { ApiFailure } from '../../../src/cloudflare/api.js';
import { checkCompatibilityDate, checkLocal, type LocalInputs } from '../../../src/preflight/local-checks.js';
import {
  deniedPermissions,
  judgeResources,
  judgeSecrets,
  resourceLookups,
  tokenFindings,
} from '../../../src/preflight/remote-checks.js';
import { resolveEnvironment } from '../../../src/wrangler/environments.js';
import { loadWranglerSource } from '../../../src/wrangler/wrangler-source.js';

const ACCOUNT = '/accounts/acc1';
const WRANGLER = [
  'name = "gw"',
  'main = "src/index.js"',
  'compatibility_date = "2025-02-30"',
  '[[kv_namespaces]]',
  'binding = "CONFIG"',
  'id = "kv-1"',
  '[[d1_databases]]',
  'binding = "DB"',
  'database_id = "d1-1"',
  '[[queues.producers]]',
  'binding = "JOBS"',
  'queue = "jobs"',
  '',
].join('\n');

function load(text = WRANGLER) {
  const loaded = loadWranglerSource('/p/wrangler.toml', 'wrangler.toml', text);
  if (!loaded.ok) throw new Error(loaded.message);
  return { source: loaded.source, worker: resolveEnvironment(loaded.source.raw, undefined) };
}

const refused = (kind: ApiFailure['kind']): ApiFailure => ({ ok: false, kind, message: kind, attempts: 1 });
const line = (text: string) => WRANGLER.split('\n').indexOf(text) + 1;

describe('judgeResources', () => {
  const { source, worker } = load();
  const lookups = resourceLookups(ACCOUNT, worker);
  const input = { source, accountId: 'acc1' };

  test('reads one path per resource; queues are found by name in the account list', () => {
    expect(lookups.map((l) => [l.what, l.path])).toEqual([
      ['KV namespace', `${ACCOUNT}/storage/kv/namespaces/kv-1`],
      ['D1 database', `${ACCOUNT}/d1/database/d1-1`],
      ['Queue', `${ACCOUNT}/queues?per_page=1000`],
    ]);
  });

  test('not found, or a list without the queue: missing, an error at the resource; a refusal is trouble, not missing', () => {
    const answers = [refused('not_found'), refused('auth'), { ok: true as const, result: [{ queue_name: 'other' }] }];
    const judged = judgeResources(lookups, answers, input);
    expect(judged.findings.map((f) => [f.code, f.severity, f.location?.line])).toEqual([
      ['binding_resource_missing', 'error', line('id = "kv-1"')],
      ['binding_resource_missing', 'error', line('queue = "jobs"')],
    ]);
    expect(judged.findings[1]!.message).toBe('Queue "jobs" (binding JOBS) does not exist in account acc1');
    expect([...judged.missing]).toEqual(['CONFIG', 'JOBS']);
    expect(judged.failed.map((f) => [f.path, f.answer.kind, f.location?.line])).toEqual([
      [`${ACCOUNT}/d1/database/d1-1`, 'auth', line('database_id = "d1-1"')],
    ]);
  });

  test('every resource there: nothing to say', () => {
    const answers = [
      { ok: true as const, result: {} },
      { ok: true as const, result: {} },
    ];
    const listed = { ok: true as const, result: [{ queue_name: 'jobs' }] };
    expect(judgeResources(lookups, [...answers, listed], input)).toEqual({
      findings: [],
      missing: new Set(),
      failed: [],
    });
  });
});

describe('judgeSecrets', () => {
  const path = `${ACCOUNT}/workers/scripts/gw/secrets`;
  test('no Worker name: nothing was read', () => {
    expect(judgeSecrets(undefined, path, undefined)).toEqual({
      secrets: { seen: false, why: 'the Worker has no name' },
      failed: [],
    });
  });
  test('listed, or no such Worker yet: seen; anything else: unseen, saying why, and kept as a failed read', () => {
    const listed = judgeSecrets({ ok: true, result: [{ name: 'JWT' }] }, path, 'gw');
    expect(listed.secrets).toEqual({ seen: true, exists: true, names: new Set(['JWT']) });
    expect(judgeSecrets(refused('not_found'), path, 'gw').secrets).toEqual({
      seen: true,
      exists: false,
      names: new Set(),
    });
    const failed = judgeSecrets(refused('unavailable'), path, 'gw');
    expect(failed.secrets).toEqual({ seen: false, why: "the account did not list Worker gw's secrets (unavailable)" });
    expect(failed.failed).toEqual([{ path, answer: refused('unavailable'), location: undefined }]);
  });
});

describe('token findings', () => {
  const at = (n: number) => ({ file: 'wrangler.toml', line: n });
  const failed = [
    { path: `${ACCOUNT}/workers/scripts/gw/secrets`, answer: refused('auth') },
    { path: `${ACCOUNT}/storage/kv/namespaces/kv-1`, answer: refused('auth'), location: at(6) },
    { path: `${ACCOUNT}/workers/services/auth`, answer: refused('auth'), location: at(9) },
    { path: `${ACCOUNT}/d1/database/d1-1`, answer: refused('unavailable'), location: at(4) },
  ];

  test('one finding naming each refused permission once, at the first refused read that has a place', () => {
    const denied = deniedPermissions(failed);
    expect([...denied.keys()]).toEqual(['Workers Scripts: Read', 'Workers KV Storage: Read']);
    const [finding, ...rest] = tokenFindings(denied, false, 'acc1');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'api_token_permission', location: at(6) });
    expect(finding!.message).toBe(
      'the Cloudflare API token was refused (authentication error) for what preflight reads; ' +
        'it lacks "Workers Scripts: Read", "Workers KV Storage: Read" on account acc1',
    );
  });

  test('a token Cloudflare does not know: that, instead of a list of permissions; nothing refused: nothing', () => {
    expect(tokenFindings(deniedPermissions(failed), true, 'acc1').map((f) => f.code)).toEqual(['api_token_invalid']);
    expect(tokenFindings(deniedPermissions(failed.slice(3)), true, 'acc1')).toEqual([]);
  });
});

describe('local decisions', () => {
  const { source, worker } = load();
  const inputs = (over: Partial<LocalInputs> = {}): LocalInputs => ({
    source,
    worker,
    environment: undefined,
    today: '2025-06-01',
    mainExists: true,
    mainExports: undefined,
    serviceBindings: [],
    ...over,
  });

  test('a date JavaScript rolls over (2025-02-30) is not a date; a real one after today is in the future', () => {
    expect(checkCompatibilityDate(inputs()).map((f) => f.code)).toEqual(['compatibility_date_invalid']);
    const future = load(WRANGLER.replace('2025-02-30', '2025-06-02'));
    expect(checkCompatibilityDate(inputs(future)).map((f) => f.code)).toEqual(['compatibility_date_future']);
    const today = load(WRANGLER.replace('2025-02-30', '2025-06-01'));
    expect(checkCompatibilityDate(inputs(today))).toEqual([]);
  });

  test('checkLocal reports in a fixed order: entry module, date, then the gateway against the Worker', () => {
    const gateway = { alias: 'users', binding: 'USERS', location: { file: 'api-config.json', line: 3 } };
    const codes = checkLocal(inputs({ mainExists: false, serviceBindings: [gateway] })).map((f) => f.code);
    expect(codes).toEqual(['worker_main_not_found', 'compatibility_date_invalid', 'service_binding_missing']);
  });
});
