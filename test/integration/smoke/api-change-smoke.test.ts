// The API changes of a pull request shown on the live versions, through the real parts: the example
// gateway as production and as the pull request's version (two Workers in the local Cloudflare,
// real wrangler and workerd), validate comparing the config with the base commit, and the
// differential smoke requesting the removed route and the route whose auth was removed on both.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { gatewayProject, runGate } from '../../helpers/gateway-project.js';
import { positionOf, tempDir } from '../../helpers/runner.js';

jest.setTimeout(300_000);

const CONFIG = 'src/api-config.json';
// The project copies and run directories are tempDir()s, removed when the file ends.
const { cf, healthy: upstream } = cloudflareSuite();

function git(cwd: string, ...args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  const run = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** The example gateway with GET /users/{id} behind the token too (the base of the pull request). */
function baseProject(name: string) {
  const project = gatewayProject(upstream.url);
  project.edit('wrangler.toml', (t) => t.replace(/^name = ".*"$/m, `name = "${name}"`));
  project.edit(CONFIG, (t) =>
    t.replace(
      '"path": "/users/{id}",\n      "integration": { "type": "http_proxy", "server": "upstream" },',
      '"path": "/users/{id}",\n      "integration": { "type": "http_proxy", "server": "upstream" },\n      "auth": true,',
    ),
  );
  return project;
}

async function deploy(project: { dir: string }, runDir: string) {
  const run = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
    cwd: project.dir,
    runDir,
    env: { ...cf.env, JWT_SECRET: 'api-change-secret' },
  });
  expect(run.report.findings.filter((f) => f.stage === 'deploy' && f.severity === 'error')).toEqual([]);
}

it('shows a removed route answering 404 and a route without its auth answering without a token, next to production', async () => {
  const prod = baseProject('api-prod');
  await deploy(prod, tempDir('gate-api-prod-'));

  const cand = baseProject('api-cand');
  git(cand.dir, 'init', '-q', '-b', 'main');
  git(cand.dir, 'add', '-A', '--', '.', ':!node_modules');
  git(cand.dir, 'commit', '-qm', 'base');
  const base = git(cand.dir, 'rev-parse', 'HEAD');
  const baseText = readFileSync(cand.file(CONFIG), 'utf8');
  // The pull request: GET /version and GET /users/me go, GET /users/{id} no longer asks for a token.
  cand.edit(CONFIG, (t) =>
    t
      .replace(/\n {4}\{\n {6}"method": "GET",\n {6}"path": "\/version",[\s\S]*?\n {4}\},/, '')
      .replace(/\n {4}\{\n {6}"method": "GET",\n {6}"path": "\/users\/me",[\s\S]*?\n {4}\},/, '')
      .replace(
        '"server": "upstream" },\n      "auth": true,\n      "mapping": {\n        "headers": { "X-Gateway"',
        '"server": "upstream" },\n      "mapping": {\n        "headers": { "X-Gateway"',
      ),
  );
  const runDir = tempDir('gate-api-cand-');
  const validate = await runGate(['validate', '--base-ref', base], { cwd: cand.dir, runDir, env: {} });
  // The API changes (the loopback upstream of this local project is a warning of its own).
  const apiChanges = validate.report.findings.filter((f) => /^(auth|route)_/.test(f.code));
  expect(apiChanges.map((f) => `${f.code} ${f.severity}`)).toEqual([
    'auth_removed error',
    'route_removed warning',
    'route_removed warning',
  ]);
  await deploy(cand, runDir);

  const prodUrl = (await cf.worker('api-prod')).url!;
  const candUrl = (await cf.worker('api-cand')).url!;
  const smoke = await runGate(['smoke', '--url', candUrl, '--baseline-url', prodUrl], {
    cwd: cand.dir,
    runDir,
    env: { ...cf.env },
  });
  const headText = readFileSync(cand.file(CONFIG), 'utf8');
  const said = (code: string) =>
    smoke.report.findings.filter((f) => f.code === code).map((f) => [f.layer, f.severity, f.location?.line, f.message]);
  const baseLine = (path: string) =>
    positionOf(baseText, `{\n      "method": "GET",\n      "path": "${path}"`, '{').line;
  // On the lines validate put the changes: a removed route on the base's, the auth on the head's route.
  expect(said('api_change_shown')).toEqual([
    [
      'routing',
      'notice',
      baseLine('/version'),
      expect.stringContaining('production answers GET /version with 200, this version with 404'),
    ],
    [
      'auth',
      'notice',
      positionOf(headText, '"method": "GET",\n      "path": "/users/{id}"', '"GET"').line,
      expect.stringContaining(
        'GET /users/{id} without a token (auth removed by this change): production answers 401, this version 200',
      ),
    ],
  ]);
  // GET /users/{id} matches /users/me too: the removed route is still answered, and the gate says so.
  expect(said('removed_route_still_answered')).toEqual([
    [
      'routing',
      'warning',
      baseLine('/users/me'),
      expect.stringContaining('this version answers GET /users/me with 200'),
    ],
  ]);
});
