// The API changes of a pull request, shown on the live versions: in a differential smoke (a
// preview next to production), a route the change removed is requested on both (production still
// answers it, the preview should say 404), and a route whose auth the change removed is requested
// without a token on both (production 401, the preview lets it through). Only requests that change
// nothing are sent: GET and HEAD, or any method when the smoke spec allows writes.
import type { ApiChangeRecord } from '../contract.js';
import { findingFactory, type Finding } from '../findings.js';
import { isParam, isWildcard } from '../gateway/route-matching.js';

const SAFE = new Set(['GET', 'HEAD']);
const finding = findingFactory('smoke', 'routing');
const authFinding = findingFactory('smoke', 'auth');

export interface ApiChangeProbe {
  change: ApiChangeRecord;
  method: string;
  /** A concrete path of the route, its parameters filled. */
  path: string;
}

/** A path of the route: `{param}` from the spec's params (else "1"), `{.+}` as one segment. */
function samplePath(path: string, params: Record<string, string>): string {
  return path
    .split('/')
    .map((s) => {
      if (isWildcard(s)) return encodeURIComponent(params['.+'] ?? 'gate-smoke');
      return isParam(s) ? encodeURIComponent(params[s.slice(1, -1)] ?? '1') : s;
    })
    .join('/');
}

/** The probes that show the removed routes and the removed auth; `ANY` is probed with GET. */
export function planApiChangeProbes(
  changes: readonly ApiChangeRecord[],
  spec: { params: Record<string, string>; write: boolean },
): ApiChangeProbe[] {
  const out: ApiChangeProbe[] = [];
  for (const change of changes) {
    if ((change.code !== 'route_removed' && change.code !== 'auth_removed') || !change.route) continue;
    const [declared, ...rest] = change.route.split(' ');
    const method = declared === 'ANY' ? 'GET' : declared!;
    if (!SAFE.has(method) && !spec.write) continue;
    out.push({ change, method, path: samplePath(rest.join(' '), spec.params) });
  }
  return out;
}

const refused = (status: number | undefined) => status === 401 || status === 403;
const shown = (status: number | undefined) => (status === undefined ? 'no answer' : String(status));

/** What the two answers show about the change: the change itself (a notice), or a preview that does not have it. */
export function judgeApiChangeProbe(
  probe: ApiChangeProbe,
  candidate: number | undefined,
  production: number | undefined,
): Finding {
  const { change, method, path } = probe;
  const request = `${method} ${path}`;
  const evidence = { request, candidate, production };
  const location = change.location;
  if (change.code === 'route_removed') {
    if (candidate === 404)
      return finding(
        'api_change_shown',
        'notice',
        `${change.route} (removed by this change): production answers ${request} with ${shown(production)}, ` +
          'this version with 404, as every client will get once it deploys',
        '',
        { location, evidence },
      );
    return finding(
      'removed_route_still_answered',
      'warning',
      `${change.route} is gone from the config, yet this version answers ${request} with ${shown(candidate)}: ` +
        'another route (a wildcard?) still matches it',
      'Intended? If clients must get 404, check which route the gateway now matches for this path.',
      { location, evidence },
    );
  }
  if (!refused(candidate) && refused(production))
    return authFinding(
      'api_change_shown',
      'notice',
      `${change.route} without a token (auth removed by this change): production answers ${shown(production)}, ` +
        `this version ${shown(candidate)}: anyone can call it once it deploys`,
      '',
      { location, evidence },
    );
  if (refused(candidate))
    return authFinding(
      'removed_auth_still_required',
      'warning',
      `"auth" is off ${change.route} in the config, yet this version still refuses ${request} without a token ` +
        `(${shown(candidate)})`,
      'Check that the deployed config is this one (a config held in a var or in KV wins over the file).',
      { location, evidence },
    );
  return authFinding(
    'api_change_shown',
    'notice',
    `${change.route} without a token: production answers ${shown(production)}, this version ${shown(candidate)} ` +
      '(production did not refuse it either)',
    '',
    { location, evidence },
  );
}
