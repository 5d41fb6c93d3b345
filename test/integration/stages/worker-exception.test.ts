// A Worker that throws inside its auth path answers 401 for every token, like a refused token: the
// Worker's own logs (the tail events the smoke collects) tell the two apart. Real wrangler deploys
// the gateway to the local Cloudflare, real workerd runs it, and the gate's CLI smoke-tests it.
import { readFileSync } from 'node:fs';
import { cloudflareSuite } from '../../helpers/cloudflare-suite.js';
import { gatewayProject, runGate, signToken, type GateRun } from '../../helpers/gateway-project.js';
import { positionOf, tempDir } from '../../helpers/runner.js';

import { jest } from '@jest/globals';

jest.setTimeout(240_000);

const SECRET = 'exception-secret';
const CONFIG = 'src/api-config.json';
const { cf, healthy } = cloudflareSuite();

const errorsOf = (run: GateRun) => run.report.findings.filter((f) => f.severity === 'error');
const configLine = (dir: { file(p: string): string }, route: string): number =>
  positionOf(readFileSync(dir.file(CONFIG), 'utf8'), `"path": "${route}"`, `"${route}"`).line;

describe('a Worker that throws inside its auth path', () => {
  it('is worker_exception with the exception and its source line, never auth_rejected', async () => {
    const project = gatewayProject(healthy.url);
    project.edit('wrangler.toml', (t) => t.replace('name = "example-gateway"', 'name = "gateway-throws"'));
    // As the original gateway does: any verifier error is logged, then answered as a 401 AUTH_ERROR.
    // The verifier calls an API this runtime lacks (a newer JWT library on an old compatibility date).
    project.edit('src/auth.js', (t) =>
      t.replace(
        "const key = await crypto.subtle.importKey('raw'",
        "const key = await crypto.subtle.importKeyFromJwk('raw'",
      ),
    );
    project.edit('src/index.js', (t) =>
      t.replace(
        'const kind = config.authorizer.type',
        "if (!(caught instanceof AuthError)) console.error('JWT verification failed:', caught);\n        const kind = config.authorizer.type",
      ),
    );
    const runDir = tempDir('gate-run-');
    const env = { ...cf.env, JWT_SECRET: SECRET };
    const deploy = await runGate(['deploy', '--deploy', 'direct', '--secrets', 'JWT_SECRET'], {
      cwd: project.dir,
      runDir,
      env,
    });
    expect(errorsOf(deploy)).toEqual([]);
    const url = (await cf.worker('gateway-throws')).url!;
    const smoke = await runGate(['smoke', '--url', url, '--auth-token', signToken(SECRET)], {
      cwd: project.dir,
      runDir,
      env,
    });
    const errors = errorsOf(smoke);
    // One per auth route, on its line: the routes without auth passed.
    expect(errors.map((f) => [f.layer, f.code, f.location?.line])).toEqual([
      ['gateway', 'worker_exception', configLine(project, '/users/me')],
    ]);
    expect(errors[0]!.message).toContain('TypeError: crypto.subtle.importKeyFromJwk is not a function');
    expect(errors[0]!.message).toContain('answered 401');
    // workerd logs a caught Error as its name and message, without the stack: said, not guessed.
    expect(errors[0]!.message).toMatch(/the source line could not be found/);
    expect(errors[0]!.fix).not.toMatch(/mint|secret/i);
    expect(smoke.report.findings.map((f) => f.code)).not.toContain('auth_rejected');

    // Re-thrown out of the handler: Cloudflare's 1101, the exception and the stack in the trace event.
    project.edit('src/index.js', (t) =>
      t.replace(
        "if (!(caught instanceof AuthError)) console.error('JWT verification failed:', caught);",
        'if (!(caught instanceof AuthError)) return Promise.reject(caught);',
      ),
    );
    const redeploy = await runGate(['deploy', '--deploy', 'direct'], { cwd: project.dir, runDir, env });
    expect(errorsOf(redeploy)).toEqual([]);
    const escaped = await runGate(['smoke', '--url', url, '--auth-token', signToken(SECRET)], {
      cwd: project.dir,
      runDir,
      env,
    });
    const [thrown] = errorsOf(escaped);
    expect([thrown!.layer, thrown!.code, thrown!.location?.line]).toEqual([
      'gateway',
      'worker_exception',
      configLine(project, '/users/me'),
    ]);
    expect(thrown!.message).toContain('the Worker threw TypeError: crypto.subtle.importKeyFromJwk is not a function');
    // No source map applied (the local Cloudflare maps none): the bundle's position, said as such.
    expect(thrown!.message).toMatch(
      /thrown at line \d+:\d+ of the uploaded bundle index\.js; the source line could not be found/,
    );
  });
});
