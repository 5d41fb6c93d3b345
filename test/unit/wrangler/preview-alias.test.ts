// `deploy: preview` decided before anything is uploaded: the alias (input, pull request, branch)
// by Cloudflare's rules, the wrangler config keys that make a preview URL impossible, the deploy
// steps (never a deployment), and the `resolve` rules that reach a hostname before its DNS does.
import { deploySteps } from '../../../src/wrangler/deploy-steps.js';
import { resolveEnvironment } from '../../../src/wrangler/environments.js';
import {
  branchLabel,
  branchName,
  chooseAlias,
  previewBlocker,
  pullRequestNumber,
} from '../../../src/wrangler/preview-alias.js';
import { parseWranglerConfig } from '../../../src/wrangler/wrangler-file.js';
import { parseResolveRules, ruleFor } from '../../../src/resolve.js';

const WORKER = 'example-gateway';

describe('chooseAlias', () => {
  it('takes the input when it is a valid label, else pr-<N>, else the branch', () => {
    expect(chooseAlias({ input: 'staging', pullRequest: 5, worker: WORKER })).toMatchObject({ alias: 'staging' });
    expect(chooseAlias({ pullRequest: 123, branch: 'x', worker: WORKER })).toEqual({
      ok: true,
      alias: 'pr-123',
      source: 'pull request',
    });
    expect(chooseAlias({ branch: 'feature/Add_Users', worker: WORKER })).toMatchObject({ alias: 'feature-add-users' });
  });

  it('refuses an input Cloudflare would refuse, saying why and how long it may be', () => {
    const upper = chooseAlias({ input: 'PR_1', worker: WORKER });
    expect(upper).toMatchObject({ ok: false, message: expect.stringContaining('not a valid DNS label') });
    const long = chooseAlias({ input: `a${'b'.repeat(47)}`, worker: WORKER });
    expect(long).toMatchObject({ ok: false, message: expect.stringContaining('64 characters') });
    expect(long).toMatchObject({ fix: expect.stringContaining('at most 47 characters') });
    expect(chooseAlias({ worker: WORKER })).toMatchObject({ ok: false, fix: expect.stringContaining('preview-alias') });
  });

  it('fits a long branch into the label with a hash that keeps two long branches apart', () => {
    const room = 63 - WORKER.length - 1;
    const a = branchLabel(`feature/${'x'.repeat(80)}-one`, room);
    const b = branchLabel(`feature/${'x'.repeat(80)}-two`, room);
    expect(a.length).toBeLessThanOrEqual(room);
    expect(a).not.toBe(b);
    expect(branchLabel('123-fix', room)).toBe('b-123-fix');
  });
});

describe('the pull request and branch of a run', () => {
  it("reads the event's pull_request.number, else refs/pull/N/merge", () => {
    expect(pullRequestNumber({}, { pull_request: { number: 42 } })).toBe(42);
    expect(pullRequestNumber({ GITHUB_REF: 'refs/pull/7/merge' }, undefined)).toBe(7);
    expect(pullRequestNumber({ GITHUB_REF: 'refs/heads/main' }, {})).toBeUndefined();
  });

  it("prefers the pull request's head branch to the pushed ref", () => {
    expect(branchName({ GITHUB_HEAD_REF: 'topic', GITHUB_REF: 'refs/pull/1/merge' })).toBe('topic');
    expect(branchName({ GITHUB_REF: 'refs/heads/release/2' })).toBe('release/2');
    expect(branchName({ GITHUB_REF: 'refs/tags/v1' })).toBeUndefined();
  });
});

describe('previewBlocker', () => {
  const blocker = (toml: string, environment?: string) => {
    const parsed = parseWranglerConfig('wrangler.toml', toml);
    if (!parsed.ok) throw new Error('bad toml');
    return previewBlocker(parsed.raw, resolveEnvironment(parsed.raw, environment));
  };

  it('names the key that turns preview URLs off', () => {
    expect(blocker('name = "w"\nworkers_dev = false\n')).toMatchObject({ path: ['workers_dev'], target: 'value' });
    expect(blocker('name = "w"\npreview_urls = false\n')).toMatchObject({ path: ['preview_urls'] });
    const inEnv = blocker('name = "w"\n[env.prod]\npreview_urls = false\n', 'prod');
    expect(inEnv).toMatchObject({ path: ['env', 'prod', 'preview_urls'] });
  });

  it('refuses a Worker that implements a Durable Object, not one that binds another Worker’s', () => {
    const own = 'name = "w"\n[[durable_objects.bindings]]\nname = "ROOMS"\nclass_name = "Room"\n';
    expect(blocker(own)).toMatchObject({ path: ['durable_objects', 'bindings', 0, 'class_name'] });
    expect(blocker(`${own}script_name = "other"\n`)).toBeUndefined();
    expect(blocker('name = "w"\n[[migrations]]\ntag = "v1"\n')).toMatchObject({ path: ['migrations'] });
    expect(blocker('name = "w"\nworkers_dev = true\n')).toBeUndefined();
  });
});

describe('deploySteps for a preview', () => {
  const kinds = (hasSecrets: boolean, secretsFile: boolean) =>
    deploySteps({ mode: 'preview', exists: true, hasSecrets, secretsFile, alias: 'pr-1' });

  it('uploads under the alias and never deploys', () => {
    expect(kinds(true, true)).toEqual([{ kind: 'upload', secretsFile: true, alias: 'pr-1' }]);
    expect(kinds(true, false)).toEqual([
      { kind: 'versions-secret-bulk' },
      { kind: 'upload', secretsFile: false, alias: 'pr-1' },
    ]);
    expect(kinds(false, false).map((s) => s.kind)).toEqual(['upload']);
  });
});

describe('resolve rules', () => {
  it("parse curl's HOST:PORT=ADDRESS:PORT, with wildcards", () => {
    const rules = parseResolveRules('*.gate.workers.dev:443=127.0.0.1:8443\napi.example.com:443=[::1]:9443');
    expect(rules).toEqual([
      { host: '*.gate.workers.dev', port: 443, address: '127.0.0.1', targetPort: 8443 },
      { host: 'api.example.com', port: 443, address: '::1', targetPort: 9443 },
    ]);
    expect(ruleFor(rules, 'pr-1-w.gate.workers.dev', 443)?.targetPort).toBe(8443);
    expect(ruleFor(rules, 'gate.workers.dev', 443)).toBeUndefined();
    expect(ruleFor(rules, 'API.example.com', 443)?.address).toBe('::1');
    expect(ruleFor(rules, 'api.example.com', 80)).toBeUndefined();
  });

  it('refuse anything else with the expected form', () => {
    expect(() => parseResolveRules('example.com=127.0.0.1')).toThrow(/HOST:PORT=ADDRESS:PORT/);
    expect(() => parseResolveRules('example.com:443=127.0.0.1:99999')).toThrow(/resolve/);
  });
});
