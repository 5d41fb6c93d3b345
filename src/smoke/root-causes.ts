// One root cause, one finding: probes that fail the same way because of one server (or one
// identity provider) become one error on the line where its address is set, listing the routes,
// and each route keeps a warning on its own line that points at it (evidence.rootCause).
// Pure: failing probes in, findings out.
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
    const fails = routes.length === 1 ? routes[0]! : `${counted(routes.length, 'route')} (${routes.join(', ')})`;
    out.push({
      ...first.finding,
      message: `${cause.label} fails ${fails}: ${withoutRequest(first.finding)}`,
      location: cause.location,
      evidence: { routes, ...first.finding.evidence },
    });
    // Each route keeps a finding on its own line that points at the cause, without repeating its
    // message and fix: the summary shows them as "see root cause N", an annotation as this.
    const severity = first.finding.severity === 'error' ? 'warning' : 'notice';
    for (const m of members) {
      out.push({
        ...m.finding,
        severity,
        message: `${m.route} fails because of ${cause.label}: see the ${first.finding.severity} at ${at}`,
        fix: `Fix the ${first.finding.severity} at ${at}.`,
        evidence: { ...m.finding.evidence, rootCause: { code: first.finding.code, location: at } },
      });
    }
  }
  return out;
}

/** The message without its probe's request ("GET /users/1: "): the root cause names routes instead. */
function withoutRequest(finding: Finding): string {
  const evidence = finding.evidence as { request?: unknown; candidate?: { request?: unknown } } | undefined;
  const request = evidence?.request ?? evidence?.candidate?.request;
  return typeof request === 'string' ? finding.message.replace(`${request}: `, '') : finding.message;
}
