// The repository's reviewed list of API changes it accepts, like oasdiff's ignore file: one change
// a line, `<code> <METHOD> <path>` (or `<code>` alone for CORS and the authorizer), then a reason.
// Reviewed in the pull request like any file, so accepting a break is never a flag that hides all.
import type { ApiChange } from './api-diff.js';
import { pathShape } from './api-surface.js';

/** Beside the gateway config. */
export const ACCEPTED_FILE = 'api-changes-accepted.txt';

export interface AcceptedEntry {
  line: number;
  code: string;
  /** "GET /users/{}" (path parameters unnamed), absent for an API-wide change. */
  route?: string;
  reason: string;
}

export interface AcceptedList {
  entries: AcceptedEntry[];
  /** Lines that are not `<code> [<METHOD> <path>] [reason]`. */
  malformed: number[];
}

const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${pathShape(path)}`;

export function parseAcceptedList(text: string): AcceptedList {
  const entries: AcceptedEntry[] = [];
  const malformed: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = /^([a-z_]+)(?:\s+([A-Za-z]+)\s+(\/\S*))?(?:\s+(.*))?$/.exec(line);
    if (!m) return void malformed.push(i + 1);
    const [, code, method, path, reason] = m;
    entries.push({
      line: i + 1,
      code: code!,
      route: method && path ? routeKey(method, path) : undefined,
      reason: reason ?? '',
    });
  });
  return { entries, malformed };
}

/** The entry that accepts this change, if any. */
export function acceptedBy(change: ApiChange, list: AcceptedList): AcceptedEntry | undefined {
  const [method, ...rest] = (change.route ?? '').split(' ');
  const route = change.route ? routeKey(method!, rest.join(' ')) : undefined;
  return list.entries.find((e) => e.code === change.code && e.route === route);
}
