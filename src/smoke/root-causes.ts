// One root cause, one finding: probes that fail the same way because of one server (or one
// identity provider) become one error on the line where its address is set, listing the routes,
// and each route keeps a warning on its own line. Pure: failing probes in, findings out.
import { formatLocation, type Finding, type Location } from '../findings.js';
import { counted } from '../text.js';

export interface FailedProbe {
  finding: Finding;
  /** The route as the config writes it (`GET /users/{id}`). */
  route: string;
  /** What they share: the server's URL or the provider's domain, and where a person changes it. */
  cause?: { key: string; label: string; location: Location };
}

export function groupRootCauses(failed: readonly FailedProbe[]): Finding[] {
  const groups = new Map<string, FailedProbe[]>();
  const out: Finding[] = [];
  for (const f of failed) {
    if (!f.cause || f.finding.severity === 'notice') {
      out.push(f.finding);
      continue;
    }
    // A differential smoke's preexisting failures (warnings) group apart from its regressions.
    const key = `${f.finding.severity}\u0000${f.finding.code}\u0000${f.cause.key}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const members of groups.values()) {
    const first = members[0]!;
    const cause = first.cause!;
    const routes = [...new Set(members.map((m) => m.route))];
    const at = formatLocation(cause.location);
    const fail = `${counted(routes.length, 'route')} fail${routes.length === 1 ? 's' : ''}`;
    out.push({
      ...first.finding,
      message: `${cause.label}: ${fail} the same way (${routes.join(', ')}); ${first.finding.message}`,
      location: cause.location,
      evidence: { routes, ...first.finding.evidence },
    });
    const see = `One cause for ${counted(routes.length, 'route')}: see the ${first.finding.severity} at ${at}.`;
    for (const m of members) {
      const severity = first.finding.severity === 'error' ? 'warning' : 'notice';
      out.push({ ...m.finding, severity, fix: `${see} ${m.finding.fix ?? ''}`.trim() });
    }
  }
  return out;
}
