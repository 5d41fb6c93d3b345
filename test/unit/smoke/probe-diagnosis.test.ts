// The named decisions of a failing probe's diagnosis that read more than the response: a secret
// the deployed version lacks (issue 20, point 6) is the cause, not the token the gateway refused.
import { classify, type Observation } from '../../../src/smoke/classify.js';
import type { SecretReference } from '../../../src/smoke/gateway-facts.js';
import type { ProbeResult } from '../../../src/smoke/http-probe.js';
import { probe } from '../../helpers/probes.js';

const refused: ProbeResult = {
  status: 401,
  headers: { 'x-powered-by': 'serverlessapigateway', 'content-type': 'application/json' },
  json: { error: 'JWT verification failed', code: 'AUTH_ERROR' },
  durationMs: 3,
};
const secret: SecretReference = {
  name: 'JWT_SECRET',
  raw: '$secret.JWT_SECRET',
  location: { file: 'src/api-config.json', line: 17, column: 15 },
  scope: { kind: 'authorizer', field: 'secret' },
};
const withToken = probe('p1', '/users/me', { withToken: true });
const observation = (extra: Partial<Observation> = {}): Observation => ({
  probe: withToken,
  result: refused,
  logsAvailable: true,
  controlPassed: true,
  ...extra,
});
const diagnosis = (obs: Observation) => {
  const verdict = classify(obs);
  return verdict.passed ? undefined : verdict.diagnosis;
};

describe('a secret the deployed version lacks', () => {
  it('a refused token on a route whose authorizer reads it: binding/secret_missing, caused on its reference line', () => {
    const d = diagnosis(observation({ missingSecrets: [secret], versionId: 'v-123' }))!;
    expect([d.layer, d.code, d.category]).toEqual(['binding', 'secret_missing', 'client']);
    expect(d.message).toBe(
      'GET /users/me: the deployed version v-123 has no secret JWT_SECRET, which this route reads as ' +
        '$secret.JWT_SECRET (src/api-config.json:17): it is "" at runtime, so the gateway answered 401',
    );
    expect(d.cause).toEqual({
      key: 'secret JWT_SECRET',
      label: 'the secret JWT_SECRET the deployed version lacks',
      location: secret.location,
    });
  });

  it('without that knowledge (the API not asked, or the version binds it) a refused token stays auth_rejected', () => {
    expect(diagnosis(observation())!.code).toBe('auth_rejected');
    expect(diagnosis(observation({ missingSecrets: [] }))!.code).toBe('auth_rejected');
  });
});

describe('a Worker that threw while answering', () => {
  const event = (level: string, text: string) => ({
    outcome: 'ok',
    exceptions: [],
    logs: [{ level, message: ['JWT verification failed:', text] }],
  });
  const thrown = event('error', 'TypeError: crypto.subtle.x is not a function');

  it('a 401 while its log shows a TypeError: gateway/worker_exception, never auth_rejected', () => {
    const d = diagnosis(observation({ event: thrown }))!;
    expect([d.layer, d.code]).toEqual(['gateway', 'worker_exception']);
    expect(d.message).toMatch(/threw \(and logged\) TypeError: crypto.subtle.x is not a function and answered 401/);
    expect(d.fix).not.toMatch(/mint|sign the smoke token|JWT secret/i);
  });

  it('a refused token (a JOSE error logged) stays auth_rejected; a missing secret is still the cause', () => {
    const jose = event('error', 'JWSSignatureVerificationFailed: signature verification failed');
    expect(diagnosis(observation({ event: jose }))!.code).toBe('auth_rejected');
    expect(diagnosis(observation({ event: thrown, missingSecrets: [secret] }))!.code).toBe('secret_missing');
  });
});
