// The API changes of a pull request, through the CLI on real git repositories: the base commit's
// config against the head's, in a full clone, a shallow clone (the base fetched), and no history.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { positionOf, reportSchemaErrors, runCli, tempDir, type Run } from '../../helpers/runner.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = () => {
  const dir = tempDir('gate-api-');
  dirs.push(dir);
  return dir;
};

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

const route = (method: string, p: string, server: string, auth?: boolean) =>
  `    { "method": "${method}", "path": "${p}", "integration": { "type": "http_proxy", "server": "${server}" }${auth === undefined ? '' : `, "auth": ${auth}`} }`;

function config(routes: string[]): string {
  return `{
  "servers": [
    { "alias": "users", "url": "https://users.acme-internal.dev" },
    { "alias": "orders", "url": "$env.ORDERS_URL" }
  ],
  "authorizer": { "type": "jwt", "secret": "$secret.JWT_SECRET", "algorithm": "HS256", "audience": "a", "issuer": "https://auth.acme-internal.dev/" },
  "paths": [
${routes.join(',\n')}
  ]
}
`;
}

const BASE = config([
  route('GET', '/users/me', 'users', true),
  route('GET', '/users/{id}', 'users'),
  route('POST', '/orders', 'orders', true),
  route('PUT', '/orders/{id}', 'orders'),
  route('GET', '/reports', 'orders'),
]);
const HEAD = config([
  route('GET', '/users/{userId}', 'users', true),
  route('POST', '/orders', 'orders'),
  route('PATCH', '/orders/{id}', 'orders'),
  route('GET', '/reports', 'users'),
  `    { "method": "GET", "path": "/ping", "response": { "pong": true } }`,
]);
const WRANGLER = (orders: string) =>
  `name = "edge"\nmain = "src/index.js"\ncompatibility_date = "2025-01-01"\n\n[vars]\nORDERS_URL = "https://orders.acme-internal.dev"\n\n[env.production.vars]\nORDERS_URL = "${orders}"\n`;

/** A repository whose base commit has BASE and head commit HEAD; returns it and the base's sha. */
function repository(): { repo: string; base: string } {
  const repo = scratch();
  mkdirSync(path.join(repo, 'src'));
  writeFileSync(path.join(repo, 'src/index.js'), 'export default { fetch: () => new Response("ok") };\n');
  writeFileSync(path.join(repo, 'src/api-config.json'), BASE);
  writeFileSync(path.join(repo, 'wrangler.toml'), WRANGLER('https://orders.acme-internal.dev'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'src/api-config.json'), HEAD);
  writeFileSync(path.join(repo, 'wrangler.toml'), WRANGLER('https://orders-v2.acme-internal.dev'));
  git(repo, 'commit', '-qam', 'head');
  return { repo, base };
}

const lineOf = (context: string, token = context) => positionOf(HEAD, context, token).line;
const changes = (run: Run) =>
  run.report.findings.filter((f) => f.stage === 'validate' && f.code !== 'api_changes_unchecked');
const codes = (run: Run) => changes(run).map((f) => [f.code, f.severity, f.location?.line]);

describe('validate --base-ref: what the change does to the API', () => {
  it('names each change at its level on its line; auth removed fails the gate', () => {
    const { repo, base } = repository();
    const run = runCli(['validate', '--working-directory', repo, '--base-ref', base]);
    expect(run.status).toBe(1);
    const baseLine = positionOf(BASE, '"path": "/users/me"').line;
    expect(codes(run)).toEqual([
      ['auth_removed', 'error', lineOf('"method": "POST", "path": "/orders"', '"POST"')],
      ['route_removed', 'warning', baseLine],
      ['method_changed', 'warning', lineOf('"PATCH"')],
      [
        'auth_added',
        'warning',
        lineOf('"/users/{userId}", "integration": { "type": "http_proxy", "server": "users" }, "auth": true', 'true'),
      ],
      ['target_changed', 'warning', lineOf('"/reports"')],
      ['route_added', 'notice', lineOf('"/ping"')],
    ]);
    const removed = changes(run).find((f) => f.code === 'route_removed')!;
    expect(removed.message).toContain('GET /users/me');
    expect(removed.message).toContain(`line ${baseLine} at ${base.slice(0, 7)}`);
    expect(changes(run).find((f) => f.code === 'route_added')!.message).toContain('GET /ping');
    // The path parameter renamed on GET /users/{id} is not a change; the report lists what is.
    const report = run.report as unknown as { apiChanges: Array<{ code: string; route?: string }> };
    expect(report.apiChanges.map((c) => `${c.code} ${c.route}`)).toContain('auth_removed POST /orders');
    expect(reportSchemaErrors(run.report)).toBeNull();
  });

  it("judges each environment's view: a var that moves a server is a target change there only", () => {
    const { repo, base } = repository();
    const top = runCli(['validate', '--working-directory', repo, '--base-ref', base]);
    const prod = runCli(['validate', '--working-directory', repo, '--base-ref', base, '--environment', 'production']);
    const targets = (run: Run) =>
      changes(run)
        .filter((f) => f.code === 'target_changed')
        .map((f) => f.message);
    expect(targets(top)).toHaveLength(1); // GET /reports moved to users
    expect(targets(prod).join('\n')).toContain(
      'POST /orders now goes to http_proxy → https://orders-v2.acme-internal.dev',
    );
  });

  it('makes removals errors with api-changes: strict, and takes accepted changes from the reviewed list as notices', () => {
    const { repo, base } = repository();
    const strict = runCli(['validate', '--working-directory', repo, '--base-ref', base, '--api-changes', 'strict']);
    expect(
      codes(strict)
        .filter(([, severity]) => severity === 'error')
        .map(([code]) => String(code))
        .sort(),
    ).toEqual(['auth_removed', 'method_changed', 'route_removed']);
    writeFileSync(
      path.join(repo, 'src/api-changes-accepted.txt'),
      'auth_removed POST /orders  orders are public now (#42)\n',
    );
    const accepted = runCli(['validate', '--working-directory', repo, '--base-ref', base]);
    expect(accepted.status).toBe(0);
    const auth = changes(accepted).find((f) => f.code === 'auth_removed')!;
    expect(auth.severity).toBe('notice');
    expect(auth.message).toContain('accepted in src/api-changes-accepted.txt:1');
  });

  it("uses the pull request's base commit from the event, and fetches it into a shallow clone", () => {
    const { repo, base } = repository();
    git(repo, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const shallow = path.join(scratch(), 'clone');
    git(repo, 'clone', '-q', '--depth=1', `file://${repo}`, shallow);
    expect(spawnSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: shallow }).status).not.toBe(0);
    const event = path.join(scratch(), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, base: { sha: base } } }));
    const run = runCli(['validate', '--working-directory', shallow], {
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(run.status).toBe(1);
    expect(codes(run).map(([code]) => code)).toContain('auth_removed');
  });

  it('puts the changes in the job summary, most severe first', () => {
    const { repo, base } = repository();
    const runDir = path.join(scratch(), 'run');
    const summary = path.join(scratch(), 'summary.md');
    runCli(['validate', '--working-directory', repo, '--base-ref', base], { runDir });
    const report = runCli(['report', '--working-directory', repo, '--summary', summary], { runDir });
    expect(report.status).toBe(1);
    const text = readFileSync(summary, 'utf8');
    const section = text.slice(text.indexOf('### API changes'));
    expect(section).toMatch(/^### API changes: 6 changes \(1 error, 4 warnings, 1 notice\)/);
    expect(section.indexOf('auth_removed')).toBeLessThan(section.indexOf('route_removed'));
    expect(section).toContain('POST /orders');
  });

  it('says once what it could not compare without git history, and still validates', () => {
    const { repo, base } = repository();
    const copy = path.join(scratch(), 'copy');
    cpSync(repo, copy, { recursive: true, filter: (f) => !f.includes(`${path.sep}.git`) });
    const run = runCli(['validate', '--working-directory', copy, '--base-ref', base]);
    expect(run.status).toBe(0);
    const unchecked = run.report.findings.filter((f) => f.code === 'api_changes_unchecked');
    expect(unchecked.map((f) => f.severity)).toEqual(['notice']);
    expect(unchecked[0]!.message).toContain('not in a git repository');
  });
});
