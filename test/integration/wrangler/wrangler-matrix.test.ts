// The project's wrangler is whatever it pins: the gate's deploy, smoke and rollback through each
// tested wrangler 4 release (test/wrangler-matrix.json), real wrangler against the local
// Cloudflare, the deployed gateway served in real workerd, upstreams on 127.0.0.1.
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { cachedWrangler } from '../../helpers/cached-install.js';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import {
  closedPort,
  gatewayProject,
  runGate,
  signToken,
  type GatewayProject,
  type GateRun,
} from '../../helpers/gateway-project.js';
import { positionOf, ROOT, tempDir } from '../../helpers/runner.js';
import { capabilitiesOf } from '../../../src/wrangler/capabilities.js';

import { jest } from '@jest/globals';

jest.setTimeout(600_000);

type Matrix = { project: string; cached: string[] };
const MATRIX = JSON.parse(readFileSync(path.join(ROOT, 'test/wrangler-matrix.json'), 'utf8')) as Matrix;
const VERSIONS = [...MATRIX.cached, MATRIX.project];
const SECRET = 'matrix-secret';

// On a machine without the cache (a fresh clone), what is missing is installed first: bounded.
const { cf, healthy } = cloudflareSuite({ prepare: () => MATRIX.cached.forEach((v) => cachedWrangler(v)) });

function wranglerDir(version: string): string {
  return version === MATRIX.project ? path.join(ROOT, 'node_modules/wrangler') : cachedWrangler(version);
}

/** examples/gateway with this wrangler as its node_modules/wrangler, and its own Worker name. */
function projectWith(version: string, upstream: string, name: string): GatewayProject {
  const project = gatewayProject(upstream);
  const modules = project.file('node_modules');
  rmSync(modules, { force: true });
  mkdirSync(modules);
  symlinkSync(wranglerDir(version), path.join(modules, 'wrangler'));
  project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', `name = "${name}"`));
  return project;
}

interface StateWorker {
  name: string;
  versions: Array<{ id: string; bindings: Array<{ name: string; type: string }> }>;
  deployments: Array<{ versions: Array<{ version_id: string; percentage: number }> }>;
}

/** The versions the API's active deployment serves, and the secret names of its main one. */
async function served(name: string): Promise<{ deployment: string[]; secrets: string[] }> {
  const state = await cf.admin<{ workers: StateWorker[] }>('GET', '/state');
  const worker = state.workers.find((w) => w.name === name)!;
  const active = worker.deployments[0]!.versions;
  const main = [...active].sort((a, b) => b.percentage - a.percentage)[0]!.version_id;
  const bindings = worker.versions.find((v) => v.id === main)!.bindings;
  const secrets = bindings.filter((b) => b.type === 'secret_text').map((b) => b.name);
  return { deployment: active.map((v) => `${v.version_id}@${v.percentage}`), secrets };
}

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');
const passed = (run: GateRun) => ({ status: run.status, errors: errorsOf(run).map((f) => `${f.code}: ${f.message}`) });
const versionOf = (run: GateRun) => run.report.deployment!.versionId!;

describe.each(VERSIONS)('wrangler %s', (version) => {
  const name = `gw-matrix-${version.replace(/\./g, '-')}`;
  const env = () => ({ ...cf.env, JWT_SECRET: SECRET });
  const gate = (project: GatewayProject, args: string[], runDir = tempDir('gate-run-')) =>
    runGate(args, { cwd: project.dir, runDir, env: env() });

  it('deploys with secrets, smoke-tests, rolls back a failing deploy, deploys again; secrets kept', async () => {
    const project = projectWith(version, healthy.url, name);
    const token = signToken(SECRET);
    // A new Worker: the secrets follow its first deploy.
    const first = await gate(project, ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET']);
    expect(passed(first)).toEqual({ status: 0, errors: [] });
    expect(first.report.stages.at(-1)?.name).toBe('deploy');
    expect(await served(name)).toEqual({ deployment: [`${versionOf(first)}@100`], secrets: ['JWT_SECRET'] });

    // An existing Worker: `secret bulk` first, then the deploy; the auth probe needs the secret served.
    const runDir = tempDir('gate-run-');
    const second = await gate(project, ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], runDir);
    expect(passed(second)).toEqual({ status: 0, errors: [] });
    expect(await served(name)).toEqual({ deployment: [`${versionOf(second)}@100`], secrets: ['JWT_SECRET'] });
    const url = (await cf.worker(name)).url!;
    const smoke = await gate(project, ['smoke', '--url', url, '--auth-token', token], runDir);
    expect(passed(smoke)).toEqual({ status: 0, errors: [] });
    expect(smoke.stdout).toContain(`version ${versionOf(second)} proven`);

    // A deploy without `secrets` keeps the Worker's secrets; its smoke test fails and it is rolled back.
    const broken = projectWith(version, `http://127.0.0.1:${await closedPort()}`, name);
    const failingDir = tempDir('gate-run-');
    const bad = await gate(broken, ['deploy', '--deploy', 'direct'], failingDir);
    expect(passed(bad)).toEqual({ status: 0, errors: [] });
    expect(await served(name)).toEqual({ deployment: [`${versionOf(bad)}@100`], secrets: ['JWT_SECRET'] });
    const failing = await gate(broken, ['smoke', '--url', url], failingDir);
    expect(failing.status).toBe(1);
    expect([...new Set(errorsOf(failing).map((f) => `${f.layer}/${f.code}`))]).toEqual(['upstream/connection_refused']);
    const rollback = await gate(broken, ['rollback'], failingDir);
    expect(rollback.report.stages.at(-1)).toMatchObject({ name: 'rollback', status: 'passed' });
    expect(await served(name)).toEqual({ deployment: [`${versionOf(second)}@100`], secrets: ['JWT_SECRET'] });

    // After the rollback the latest version is not the deployed one: the next deploy must still work.
    const againDir = tempDir('gate-run-');
    const again = await gate(project, ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], againDir);
    expect(passed(again)).toEqual({ status: 0, errors: [] });
    expect(await served(name)).toEqual({ deployment: [`${versionOf(again)}@100`], secrets: ['JWT_SECRET'] });
    const smokeAgain = await gate(project, ['smoke', '--url', url, '--auth-token', token], againDir);
    expect(passed(smokeAgain)).toEqual({ status: 0, errors: [] });

    // Gradual: the new version at 0% next to the live one, promoted by a passing smoke test.
    const gradualDir = tempDir('gate-run-');
    const gradual = await gate(project, ['deploy', '--deploy', 'gradual', '--secrets', 'JWT_SECRET'], gradualDir);
    expect(passed(gradual)).toEqual({ status: 0, errors: [] });
    expect((await served(name)).deployment).toEqual([`${versionOf(gradual)}@0`, `${versionOf(again)}@100`]);
    const promoted = await gate(project, ['smoke', '--url', url, '--auth-token', token], gradualDir);
    expect(passed(promoted)).toEqual({ status: 0, errors: [] });
    expect(await served(name)).toEqual({ deployment: [`${versionOf(gradual)}@100`], secrets: ['JWT_SECRET'] });
  });

  // The project's own wrangler: atomic-deploy.test.ts (these fault points and more, on the served secret too).
  if (version !== MATRIX.project)
    it('a deploy failing at any step leaves the previous version serving; the next deploy goes through', async () => {
      const atomic = `${name}-atomic`;
      const project = projectWith(version, healthy.url, atomic);
      const args = ['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'];
      const deploy = (secret: string) =>
        runGate(args, { cwd: project.dir, runDir: tempDir('gate-run-'), env: { ...cf.env, JWT_SECRET: secret } });
      const first = await deploy('atomic-0');
      expect(passed(first)).toEqual({ status: 0, errors: [] });
      let live = versionOf(first);
      const url = (await cf.worker(atomic)).url!;
      const auth = async (secret: string) =>
        (await fetch(`${url}/users/me`, { headers: { authorization: `Bearer ${signToken(secret)}` } })).status;
      const upload = { path: '/workers/scripts/[^/]+/versions$', method: 'POST', status: 500 };
      // Older wranglers put the secrets in a version of their own first: the code's upload is the second.
      const points = [
        upload,
        ...(capabilitiesOf(version).secretsFile ? [] : [{ ...upload, skip: 1 }]),
        { path: '/workers/scripts/[^/]+/deployments$', method: 'POST', status: 429, retryAfter: 3600 },
        // After the deployment changed (4.20.5 does not POST the subdomain of an existing Worker).
        ...(version === '4.20.5' ? [] : [{ path: '/workers/scripts/[^/]+/subdomain$', method: 'POST', status: 500 }]),
      ];
      for (const [i, rule] of points.entries()) {
        const secret = `atomic-${i + 1}`;
        project.edit('src/index.js', (t) => `${t}\n// ${secret}\n`);
        await cf.admin('POST', '/faults', rule);
        const failed = await deploy(secret);
        await cf.admin('DELETE', '/faults');
        const serving = failed.report.deployment?.servingVersionId;
        expect({ rule, status: failed.status, serving }).toEqual({ rule, status: 1, serving: live });
        expect((await cf.worker(atomic)).deployment).toEqual([{ version_id: live, percentage: 100 }]);
        expect([await auth(`atomic-${i}`), await auth(secret)]).toEqual([200, 401]);
        const again = await deploy(secret);
        expect(passed(again)).toEqual({ status: 0, errors: [] });
        live = versionOf(again);
        expect(await served(atomic)).toEqual({ deployment: [`${live}@100`], secrets: ['JWT_SECRET'] });
        expect(await auth(secret)).toBe(200);
      }
    });

  it('reports a Worker that throws at startup on the throwing line, a syntax error on its line', async () => {
    const project = projectWith(version, healthy.url, `${name}-broken`);
    // "startup" in the exception's text made wrangler 4.x print "exceeded startup limits".
    const guard = "const ready = false;\nif (!ready) throw new Error('startup failed: missing configuration');\n";
    project.edit('src/index.js', (t) => `${guard}${t}`);
    const thrown = await gate(project, ['deploy', '--deploy', 'direct']);
    expect(thrown.status).toBe(1);
    const [finding] = errorsOf(thrown);
    if (version === '4.20.5') {
      // This wrangler replaces Cloudflare's text with its own summary: the gate cannot tell which it was.
      const where = [finding!.code, finding!.location?.file, finding!.location?.line];
      expect(where).toEqual(['worker_startup_failed', 'wrangler.toml', 2]);
      expect(finding!.message).toMatch(/did not say whether the global scope threw or ran out of startup CPU/);
    } else {
      const at = positionOf(readFileSync(project.file('src/index.js'), 'utf8'), "throw new Error('startup", 'new');
      const where = [finding!.code, finding!.location?.file, finding!.location?.line, finding!.location?.column];
      expect(where).toEqual(['worker_startup_error', 'src/index.js', at.line, at.column]);
      expect(finding!.fix).toContain('Error: startup failed: missing configuration');
    }

    const syntax = projectWith(version, healthy.url, `${name}-broken`);
    syntax.edit('src/index.js', (t) => `${t}\nconst broken = {;\n`);
    const built = await gate(syntax, ['deploy', '--deploy', 'direct']);
    const line = positionOf(readFileSync(syntax.file('src/index.js'), 'utf8'), 'const broken').line;
    const where = errorsOf(built).map((f) => [f.code, f.location?.file, f.location?.line]);
    expect(where).toEqual([['build_failed', 'src/index.js', line]]);
  });
});
