// A `wrangler tail` event as the canary counts it: which version served it, the route the gateway
// logged it matched, the status and outcome, the wall time. The gate's own probes (they carry the
// run header) are synthetic traffic and are left out of the real-traffic numbers.
import type { CanaryEvent } from './analysis.js';
import { answeredRoute } from '../smoke/route-identity.js';
import { headerOf, RUN_HEADER, type TailEvent } from '../smoke/tail-session.js';

/** The trace event fields beyond the ones the smoke test reads. */
type TimedEvent = TailEvent & { wallTime?: number };

export function canaryEventOf(event: TailEvent): CanaryEvent | undefined {
  const version = event.scriptVersion?.id;
  const request = event.event?.request;
  if (!version || !request) return undefined;
  if (headerOf(event, RUN_HEADER) !== undefined) return undefined;
  const route = answeredRoute(event);
  const out: CanaryEvent = {
    version,
    method: request.method ?? 'GET',
    path: pathOf(request.url),
    outcome: event.outcome ?? 'unknown',
  };
  if (route) out.route = `${route.method} ${route.path}`;
  const status = event.event?.response?.status;
  if (typeof status === 'number') out.status = status;
  const wall = (event as TimedEvent).wallTime;
  // workerd reports 0 where it did not measure: no timing rather than a fast request.
  if (typeof wall === 'number' && wall > 0) out.wallTimeMs = wall;
  const exception = event.exceptions?.[0];
  if (exception) out.exception = `${exception.name ?? 'Error'}: ${exception.message ?? ''}`;
  return out;
}

/** The path alone: a query string may carry personal values or tokens. */
function pathOf(url: string | undefined): string {
  if (!url) return '/';
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? '/';
  }
}
