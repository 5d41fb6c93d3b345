// The smoke test's window on the Worker's own logs: a tail session the gate opens through
// Cloudflare's API and WebSocket itself (no `wrangler tail` process), against the local Cloudflare
// with a Worker deployed by real wrangler and served by real workerd.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { apiSettingsFromEnv, type ApiSettings } from '../../../src/cloudflare/api.js';
import { PROBE_HEADER, RUN_HEADER, TailSession } from '../../../src/smoke/tail-session.js';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { wrangler } from '../../helpers/local-cloudflare.js';
import { tempDir } from '../../helpers/runner.js';

jest.setTimeout(120_000);

const { cf } = cloudflareSuite();
const NAME = 'tail-session-worker';
let url: string;
let version: string;
let api: ApiSettings;

beforeAll(async () => {
  const dir = tempDir('gate-tail-worker-');
  writeFileSync(
    path.join(dir, 'wrangler.toml'),
    `name = "${NAME}"\nmain = "index.js"\ncompatibility_date = "2025-01-01"\n`,
  );
  writeFileSync(
    path.join(dir, 'index.js'),
    'export default { fetch(request) { console.log("seen", new URL(request.url).pathname); return new Response("ok"); } };\n',
  );
  const deployed = await wrangler(['deploy'], { cwd: dir, env: cf.env });
  expect({ code: deployed.code, stderr: deployed.code === 0 ? '' : deployed.stderr }).toEqual({ code: 0, stderr: '' });
  const worker = await cf.worker(NAME);
  url = worker.url!;
  version = worker.deployment[0]!.version_id;
  api = apiSettingsFromEnv(cf.env)!;
});

const send = (pathname: string, headers: Record<string, string>) => fetch(`${url}${pathname}`, { headers });

/**
 * The timers set while `work` runs that are still pending after it (neither fired nor cleared): one
 * the session leaves behind keeps the gate's process from exiting. Node marks a done timer `_destroyed`.
 */
async function pendingTimersAfter(work: () => Promise<void>): Promise<number> {
  const real = globalThis.setTimeout;
  const set: Array<{ _destroyed?: boolean }> = [];
  const spy = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((...args: Parameters<typeof setTimeout>) => {
    const timer = real(...args);
    set.push(timer as unknown as { _destroyed?: boolean });
    return timer;
  }) as typeof setTimeout);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return set.filter((timer) => !timer._destroyed).length;
}

test("streams this run's events with the version that served them, none of another run's, and deletes the session when stopped", async () => {
  // No account named: the token's only account, as wrangler finds it.
  let tail!: TailSession;
  const pending = await pendingTimersAfter(async () => {
    const session = (tail = new TailSession({ api, account: {}, workerName: NAME, runId: 'run-1' }));
    try {
      expect(await session.connected(30_000)).toBe(true);
      await send('/other', { [RUN_HEADER]: 'run-2', [PROBE_HEADER]: 'p-other' });
      await send('/mine', { [RUN_HEADER]: 'run-1', [PROBE_HEADER]: 'p-mine' });
      expect(await session.waitUntil(() => session.eventFor('p-mine') !== undefined, 30_000)).toBe(true);
    } finally {
      await session.stop();
    }
  });
  expect(pending).toBe(0);
  const mine = tail.eventFor('p-mine')!;
  expect(mine.scriptVersion?.id).toBe(version);
  expect(mine.event?.request?.url).toBe(`${url}/mine`);
  expect(mine.logs?.map((l) => l.message)).toEqual([['seen', '/mine']]);
  expect(tail.eventFor('p-other')).toBeUndefined();
  expect(tail.all().map((e) => e.event?.request?.url)).toEqual([`${url}/mine`]);
  expect(tail.failure).toBeUndefined();
  const calls = (await cf.requests()).filter((r) => r.path.includes(`/workers/scripts/${NAME}/tails`));
  expect(calls.map((r) => [r.method, r.status])).toEqual([
    ['POST', 200],
    ['DELETE', 200],
  ]);
});

test('without a run, every event of the Worker reaches the callback as it arrives (the canary counts real traffic)', async () => {
  const seen: string[] = [];
  const tail = new TailSession({
    api,
    account: { id: cf.accountId },
    workerName: NAME,
    onEvent: (event) => seen.push(new URL(event.event!.request!.url!).pathname),
    keep: false,
  });
  try {
    expect(await tail.connected(30_000)).toBe(true);
    await send('/a', {});
    await send('/b', { [RUN_HEADER]: 'any' });
    expect(await tail.waitUntil(() => seen.length === 2, 30_000)).toBe(true);
  } finally {
    await tail.stop();
  }
  expect(seen.sort()).toEqual(['/a', '/b']);
  expect(tail.all()).toEqual([]);
});

test('a connection the edge drops is opened again as a new session, and the events after it still arrive', async () => {
  const tail = new TailSession({ api, account: { id: cf.accountId }, workerName: NAME, runId: 'run-drop' });
  try {
    expect(await tail.connected(30_000)).toBe(true);
    await send('/before', { [RUN_HEADER]: 'run-drop', [PROBE_HEADER]: 'before' });
    expect(await tail.waitUntil(() => tail.eventFor('before') !== undefined, 30_000)).toBe(true);
    expect(await cf.admin('POST', '/tails/drop')).toEqual({ dropped: 1 });
    // Requests go on until the new session streams them (the reconnect waits a second first).
    let after: string | undefined;
    for (let i = 0; i < 40 && !after; i++) {
      await send('/after', { [RUN_HEADER]: 'run-drop', [PROBE_HEADER]: `after-${i}` });
      if (await tail.waitUntil(() => tail.eventFor(`after-${i}`) !== undefined, 250)) after = `after-${i}`;
    }
    expect(after).toBeDefined();
    expect(tail.failure).toBeUndefined();
  } finally {
    await tail.stop();
  }
  const calls = (await cf.requests()).filter((r) => r.path.includes(`/workers/scripts/${NAME}/tails`));
  // The first session, deleted once dropped; the second, deleted at stop.
  expect(calls.slice(-4).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST', 'DELETE']);
});

test('stopped while it waits to reconnect, the tail opens nothing more and deletes nothing twice', async () => {
  const tail = new TailSession({ api, account: { id: cf.accountId }, workerName: NAME, runId: 'run-stop' });
  expect(await tail.connected(30_000)).toBe(true);
  await cf.admin('DELETE', '/requests');
  expect(await cf.admin('POST', '/tails/drop')).toEqual({ dropped: 1 });
  const tailCalls = async () => (await cf.requests()).filter((r) => r.path.includes(`/workers/scripts/${NAME}/tails`));
  // The drop seen: the dropped session deleted, the reconnect waiting its first second.
  for (let i = 0; i < 50 && (await tailCalls()).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  await tail.stop();
  const calls = await tailCalls();
  expect(calls.map((r) => [r.method, r.status])).toEqual([['DELETE', 200]]);
  expect(tail.failure).toBeUndefined();
});

test('a tail Cloudflare refuses is a failure that says why, and never streams', async () => {
  await cf.admin('POST', '/seed', {
    tokens: [cf.token, { value: 'scripts-only', permissions: ['Workers Scripts Read'] }],
  });
  const refused = new TailSession({
    api: { ...api, token: 'scripts-only' },
    account: { id: cf.accountId },
    workerName: NAME,
  });
  const unknown = new TailSession({ api, account: { id: cf.accountId }, workerName: 'no-such-worker' });
  try {
    expect(await refused.connected(30_000)).toBe(false);
    expect(await unknown.connected(30_000)).toBe(false);
  } finally {
    await Promise.all([refused.stop(), unknown.stop()]);
  }
  expect(refused.failure).toMatch(/^Cloudflare did not open a tail: .+/);
  expect(unknown.failure).toMatch(/^Cloudflare did not open a tail: .*no-such-worker/);
});
