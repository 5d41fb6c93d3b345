// How each probe of the plan becomes an HTTP request: the smoke stage's requests to the deployment
// (with the run's headers, so the Worker's trace events can be told apart) and the same request
// to the live version that serves before or beside it (without them: its events are not this run's).
import type { GateConfig } from '../inputs.js';
import type { ProbeRequest } from './http-probe.js';
import type { Probe } from './probe-plan.js';
import type { SmokeSpec } from './smoke-spec.js';
import { PROBE_HEADER, RUN_HEADER } from './tail-session.js';

const USER_AGENT = 'gateway-deploy-gate (smoke test)';
const VERSION_OVERRIDE = 'cloudflare-workers-version-overrides';

/** What every request of a run shares: the run's headers and, for a version at 0%, its override. */
export interface RequestSettings {
  config: Pick<GateConfig, 'authToken'>;
  spec: Pick<SmokeSpec, 'timeoutMs'>;
  runId?: string;
  /** `worker="version"`: reaches a gradual deploy's version that serves 0% of the traffic. */
  versionOverride?: string;
}

/** The request for `probe` at `url`; `probeId` tags it for the Worker's trace event (none: untagged). */
export function probeRequest(settings: RequestSettings, url: string, probe: Probe, probeId?: string): ProbeRequest {
  const { config, spec, runId, versionOverride } = settings;
  // Spread, not set to undefined: fetch would send an undefined header value as "undefined".
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/json',
    ...(runId ? { [RUN_HEADER]: runId } : {}),
    ...(versionOverride ? { [VERSION_OVERRIDE]: versionOverride } : {}),
    ...probe.headers,
    ...(probeId !== undefined ? { [PROBE_HEADER]: probeId } : {}),
    ...(probe.withToken && config.authToken ? { authorization: `Bearer ${config.authToken}` } : {}),
  };
  return { url: url + probe.path, method: probe.method, headers, body: probe.body, timeoutMs: spec.timeoutMs };
}

/** The same probe sent to the live version: no run, probe or version-override header. */
export function liveRequest(settings: RequestSettings, url: string, probe: Probe): ProbeRequest {
  return probeRequest({ config: settings.config, spec: settings.spec }, url, probe);
}
