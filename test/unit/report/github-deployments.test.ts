// GitHub Deployments (issue 14, point 4): the pure decisions from stage results to API calls, then
// the calls themselves against the fake GitHub over real HTTP: a fork's token, an API failure.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployData, StageRecord, StageResult } from '../../../src/contract.js';
import type { GateConfig } from '../../../src/inputs.js';
import { finishPlan, pickRelated, startPlan } from '../../../src/report/deployment-plan.js';
import { finishGitHubDeployment, recordGitHubDeployment } from '../../../src/report/github-deployments.js';
import { type FakeGitHub, startFakeGitHub } from '../../helpers/fake-github.js';
import { tempDir } from '../../helpers/runner.js';

const TOKEN = 'ghs_fakeDeploymentsToken0123456789';
const SHA = 'c'.repeat(40);
const OLD = '11111111-1111-4111-8111-111111111111';
const NEW = '22222222-2222-4222-8222-222222222222';
const RUN = { ref: SHA, logUrl: 'https://github.com/acme/edge/actions/runs/42' };

function deployData(overrides: Partial<DeployData> = {}): DeployData {
  return {
    mode: 'direct',
    workerName: 'edge',
    environment: null,
    accountId: 'acct',
    url: 'https://edge.acme.workers.dev',
    versionId: NEW,
    previousVersionId: OLD,
    wrangler: '4.164.0',
    secretsUploaded: [],
    ...overrides,
  };
}

const deployed = (data: DeployData, status: StageRecord<'deploy'>['status'] = 'passed'): StageRecord<'deploy'> => ({
  name: 'deploy',
  status,
  durationMs: 1,
  findings: [],
  data,
});

const smoke = (status: 'passed' | 'failed'): StageResult => ({
  name: 'smoke',
  status,
  durationMs: 1,
  findings:
    status === 'failed'
      ? [{ stage: 'smoke', layer: 'upstream', code: 'connection_refused', severity: 'error', message: 'refused' }]
      : [],
});

const rolledBack: StageResult = {
  name: 'rollback',
  status: 'passed',
  durationMs: 1,
  findings: [],
  data: { rolledBack: true, activeVersionId: OLD, removedVersionId: NEW },
};

const withId = (data: DeployData, id = 7): StageResult => deployed({ ...data, github: { id, environment: 'x' } });

describe('startPlan: the deployment a deploy creates', () => {
  it('a direct deploy at the top level is production, not transient, never auto-merged, with no required contexts', () => {
    expect(startPlan(deployed(deployData()), RUN)).toEqual({
      create: {
        ref: SHA,
        environment: 'production',
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: true,
        payload: {
          gate: 'gateway-deploy-gate',
          worker: 'edge',
          mode: 'direct',
          versionId: NEW,
          previousVersionId: OLD,
        },
        description: `edge direct deploy of ${NEW}`,
      },
      status: { state: 'in_progress', description: `smoke-testing version ${NEW}`, log_url: RUN.logUrl },
    });
  });

  it('a preview is preview/<alias>, transient; a wrangler environment other than production is not production', () => {
    const preview = deployData({
      mode: 'preview',
      preview: { alias: 'pr-123', url: 'https://pr-123-edge.acme.workers.dev' },
    });
    expect(startPlan(deployed(preview), RUN)?.create).toMatchObject({
      environment: 'preview/pr-123',
      transient_environment: true,
      production_environment: false,
    });
    const staging = startPlan(deployed(deployData({ environment: 'staging' })), RUN)?.create;
    expect(staging).toMatchObject({ environment: 'staging', production_environment: false });
  });

  it('a failed deploy is a failure saying why, within GitHub’s 140 characters; no deploy, no deployment', () => {
    const failed: StageRecord<'deploy'> = {
      ...deployed(deployData({ versionId: undefined }), 'failed'),
      findings: [
        { stage: 'deploy', layer: 'deploy', code: 'build_failed', severity: 'error', message: 'x'.repeat(300) },
      ],
    };
    const status = startPlan(failed, RUN)!.status;
    expect(status.state).toBe('failure');
    expect(status.description).toMatch(/^deploy failed: deploy\/build_failed: x+…$/);
    expect(status.description.length).toBe(140);
    expect(startPlan({ name: 'deploy', status: 'skipped', durationMs: 0, findings: [] }, RUN)).toBeUndefined();
  });
});

describe('finishPlan: the statuses after smoke and rollback', () => {
  it('a passing smoke: success with the deployment URL, and the version it replaced inactive', () => {
    expect(finishPlan([withId(deployData()), smoke('passed')], RUN)).toEqual({
      id: 7,
      own: {
        state: 'success',
        description: `version ${NEW} passed the smoke test`,
        log_url: RUN.logUrl,
        environment_url: 'https://edge.acme.workers.dev',
      },
      related: {
        environment: 'production',
        match: { versionId: OLD },
        status: { state: 'inactive', description: `replaced by ${NEW}`, log_url: RUN.logUrl },
      },
    });
  });

  it('a passing preview: success with the preview URL; the pull request’s previous preview inactive', () => {
    const preview = deployData({
      mode: 'preview',
      preview: { alias: 'pr-9', url: 'https://pr-9-edge.acme.workers.dev' },
    });
    const plan = finishPlan([withId(preview), smoke('passed')], RUN)!;
    expect(plan.own).toMatchObject({ state: 'success', environment_url: 'https://pr-9-edge.acme.workers.dev' });
    expect(plan.related).toMatchObject({
      environment: 'preview/pr-9',
      match: 'newest-other',
      status: { state: 'inactive' },
    });
  });

  it('a failing smoke rolled back: failure for this version, success again for the one restored', () => {
    const plan = finishPlan([withId(deployData()), smoke('failed'), rolledBack], RUN)!;
    expect(plan.own).toEqual({
      state: 'failure',
      description: 'smoke test failed: upstream/connection_refused: refused',
      log_url: RUN.logUrl,
    });
    expect(plan.related).toEqual({
      environment: 'production',
      match: { versionId: OLD },
      status: {
        state: 'success',
        description: `serving again: ${NEW} failed the smoke test`,
        log_url: RUN.logUrl,
        environment_url: 'https://edge.acme.workers.dev',
      },
    });
    // Not rolled back (rollback: false): this version stays live, failed; nothing else changes.
    expect(finishPlan([withId(deployData()), smoke('failed')], RUN)?.related).toBeUndefined();
  });

  it('nothing to finish without a deployment id (skipped: a fork) or without a passed deploy', () => {
    const skipped = deployed({ ...deployData(), github: { skipped: 'fork' } });
    expect(finishPlan([skipped, smoke('passed')], RUN)).toBeUndefined();
    expect(finishPlan([smoke('passed')], RUN)).toBeUndefined();
  });
});

describe('pickRelated', () => {
  const gate = (worker: string, versionId: string) => ({
    gate: 'gateway-deploy-gate',
    worker,
    versionId,
    mode: 'direct',
  });
  const list = [
    { id: 30, payload: gate('edge', NEW) },
    { id: 20, payload: gate('other-worker', OLD) },
    { id: 15, payload: { versionId: OLD } },
    { id: 10, payload: JSON.stringify(gate('edge', OLD)) },
  ];

  it('finds the deployment of a version of the same Worker, written by the gate', () => {
    const related = {
      environment: 'production',
      match: { versionId: OLD },
      status: { state: 'success' as const, description: '' },
    };
    expect(pickRelated(list, related, { id: 30, worker: 'edge' })).toBe(10);
    expect(pickRelated(list, related, { id: 30, worker: 'nobody' })).toBeUndefined();
  });

  it('newest-other is the newest earlier deployment of the Worker, never this one', () => {
    const related = {
      environment: 'preview/pr-1',
      match: 'newest-other' as const,
      status: { state: 'inactive' as const, description: '' },
    };
    expect(pickRelated(list, related, { id: 30, worker: 'edge' })).toBe(10);
    expect(pickRelated(list.slice(0, 1), related, { id: 30, worker: 'edge' })).toBeUndefined();
  });
});

describe('GitHub deployments against the fake GitHub', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({ token: TOKEN });
  });
  afterEach(async () => {
    await fake.close();
  });

  const gateFor = (eventName: string, payload: unknown): GateConfig => {
    const eventPath = path.join(tempDir('gate-event-'), 'event.json');
    writeFileSync(eventPath, JSON.stringify(payload));
    const env = {
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: 'acme/edge',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: SHA,
      GITHUB_RUN_ID: '42',
    };
    return { githubToken: TOKEN, env } as unknown as GateConfig;
  };

  it('creates the deployment with in_progress, then success, and marks the replaced version inactive', async () => {
    const gate = gateFor('push', {});
    fake.deployments.push({
      id: 1,
      repo: 'acme/edge',
      ref: 'old',
      environment: 'production',
      task: 'deploy',
      payload: { gate: 'gateway-deploy-gate', worker: 'edge', versionId: OLD, mode: 'direct' },
      description: null,
      transient_environment: false,
      production_environment: true,
      statuses: [{ id: 2, state: 'success' }],
    });
    const lines: string[] = [];
    const deploy = await recordGitHubDeployment(gate, deployed(deployData()), (l) => lines.push(l));
    expect(deploy.name === 'deploy' && deploy.data?.github).toEqual({
      id: expect.any(Number),
      environment: 'production',
    });
    const note = await finishGitHubDeployment(gate, [deploy, smoke('passed')], (l) => lines.push(l));
    const created = fake.deployments.find((d) => d.id !== 1)!;
    expect(created).toMatchObject({ ref: SHA, environment: 'production', production_environment: true });
    expect(created.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(created.statuses[1]).toMatchObject({
      environment_url: 'https://edge.acme.workers.dev',
      log_url: 'https://github.com/acme/edge/actions/runs/42',
    });
    expect(fake.deployments[0]!.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(note).toBe(`GitHub deployment ${created.id}: success; GitHub deployment 1: inactive`);
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it('a read-only token (403): one notice, the deploy result says why, the report step sends nothing', async () => {
    fake.mode = 'fork';
    const gate = gateFor('push', {});
    const lines: string[] = [];
    const deploy = await recordGitHubDeployment(gate, deployed(deployData()), (l) => lines.push(l));
    expect(lines).toEqual([
      expect.stringMatching(/^::notice title=gateway-deploy-gate::GitHub Deployments skipped: .*403/),
    ]);
    expect(lines[0]).not.toContain(TOKEN);
    expect(deploy.name === 'deploy' && deploy.data?.github).toEqual({
      skipped: expect.stringContaining('deployments: write'),
    });
    const before = fake.requests.length;
    expect(await finishGitHubDeployment(gate, [deploy, smoke('passed')], (l) => lines.push(l))).toBeUndefined();
    expect(fake.requests.length).toBe(before);
    expect(lines).toHaveLength(1);
  });

  it('a pull request from a fork: one notice, no request at all', async () => {
    const gate = gateFor('pull_request', {
      pull_request: { number: 3, head: { sha: SHA, repo: { full_name: 'someone/edge', fork: true } } },
    });
    const lines: string[] = [];
    const deploy = await recordGitHubDeployment(gate, deployed(deployData()), (l) => lines.push(l));
    expect(lines).toEqual([expect.stringMatching(/^::notice .*a pull request from a fork/)]);
    expect(deploy.name === 'deploy' && deploy.data?.github).toEqual({ skipped: expect.any(String) });
    expect(fake.requests).toEqual([]);
  });

  it('a deployment created whose first status fails keeps its id, so the report step still finishes it', async () => {
    const gate = gateFor('push', {});
    fake.failWith = { status: 500, message: 'Server Error', skip: 1, times: 1 };
    const lines: string[] = [];
    const deploy = await recordGitHubDeployment(gate, deployed(deployData()), (l) => lines.push(l));
    const [created] = fake.deployments;
    expect(deploy.name === 'deploy' && deploy.data?.github).toEqual({ id: created!.id, environment: 'production' });
    expect(lines).toEqual([expect.stringMatching(/^::warning .*could not set the status of GitHub deployment \d+/)]);
    await finishGitHubDeployment(gate, [deploy, smoke('passed')], () => undefined);
    expect(created!.statuses.map((s) => s.state)).toEqual(['success']);
  });

  it('any other API failure is one warning and never throws: at create, and at the final status', async () => {
    const gate = gateFor('push', {});
    fake.failWith = { status: 500, message: 'Server Error', times: 1 };
    const lines: string[] = [];
    const deploy = await recordGitHubDeployment(gate, deployed(deployData()), (l) => lines.push(l));
    expect(lines).toEqual([expect.stringMatching(/^::warning title=gateway-deploy-gate::GitHub Deployments: .*500/)]);
    expect(deploy.name === 'deploy' && deploy.data?.github).toEqual({ skipped: expect.any(String) });

    fake.failWith = undefined;
    const ok = await recordGitHubDeployment(gate, deployed(deployData()), () => undefined);
    fake.failWith = { status: 502, message: 'Bad Gateway', skip: fake.requests.length };
    lines.length = 0;
    expect(await finishGitHubDeployment(gate, [ok, smoke('failed'), rolledBack], (l) => lines.push(l))).toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/^::warning .*could not update GitHub deployment \d+: .*502/)]);
  });
});
