// Which route of the deployed config answered a probe, from the Worker's own log line:
// `logger.info('Found matching path configuration', { path, method, integration })` in the
// gateway (its logger prefixes `[INFO] `), so a trace event's log has the message parts
// `["[INFO] Found matching path configuration", { path, method, integration }]`. A catch-all
// that answers for a route missing from the deployed config shows up here, and nowhere else.
import type { TailEvent } from './tail-session.js';

export interface RouteIdentity {
  method: string;
  path: string;
}

const MATCH_LINE = 'Found matching path configuration';

/** The route the Worker says it matched, or undefined when its log does not say. */
export function answeredRoute(event: TailEvent | undefined): RouteIdentity | undefined {
  for (const log of event?.logs ?? []) {
    const parts = log.message ?? [];
    const at = parts.findIndex((part) => typeof part === 'string' && part.includes(MATCH_LINE));
    if (at < 0) continue;
    const details = parseDetails(parts[at + 1]) ?? parseDetails(String(parts[at]).split(MATCH_LINE)[1]);
    if (details) return details;
  }
  return undefined;
}

function parseDetails(value: unknown): RouteIdentity | undefined {
  let object = value;
  if (typeof value === 'string') {
    try {
      object = JSON.parse(value.trim());
    } catch {
      return undefined;
    }
  }
  const o = object as { path?: unknown; method?: unknown } | null | undefined;
  return typeof o?.path === 'string' && typeof o.method === 'string' ? { method: o.method, path: o.path } : undefined;
}

export const sameRoute = (a: RouteIdentity, b: RouteIdentity): boolean => a.method === b.method && a.path === b.path;
