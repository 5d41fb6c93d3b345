// What the Cloudflare edge will make of a server URL: not a URL, not http(s), a loop back to the
// gateway, a host public DNS never resolves, a private address, plain http, a placeholder. Judged
// the same whether the URL is written in the config or is the value a `$env.X` var gives it.
// No DNS lookup: "never resolves" is the special-use names only, so a runner without DNS changes nothing.
import type { Severity } from '../findings.js';
import { pointsAtGateway, type GatewayHosts } from '../wrangler/gateway-hosts.js';

export interface ServerUrlProblem {
  code: string;
  severity: Severity;
  /** What is wrong, said after the URL's description: `${what} ${predicate}`. */
  predicate: string;
  /** The fix where the URL is written literally in the gateway config. */
  literalFix: string;
  /** What the value should become, for a fix that names the var: "Set X in [vars] to …". */
  valueFix: string;
}

const PRIVATE_HOST =
  /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;
/** RFC 6761/6762 names the public DNS never delegates: the edge cannot resolve them. */
const NEVER_RESOLVES = /(?:^|\.)(invalid|localhost|test|example|local)\.?$/i;
/** RFC 2606 documentation domains: they resolve, to IANA's example page, not to an API. */
const DOCUMENTATION = /(?:^|\.)example\.(?:com|net|org)\.?$/i;

/** The one problem of `url`, most certain first; undefined when the edge can use it. */
export function serverUrlProblem(url: string, gatewayHosts: GatewayHosts | undefined): ServerUrlProblem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const fix = 'a full URL with scheme and host, like "https://<upstream host>/v1"';
    return problem('invalid_server_url', 'error', 'is not an absolute URL', `Use ${fix}.`, fix);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    const says = `uses ${parsed.protocol}; the gateway can only proxy to http(s)`;
    return problem('invalid_server_url', 'error', says, 'Use an https:// URL.', 'an https:// URL');
  }
  if (gatewayHosts && pointsAtGateway(parsed.hostname, gatewayHosts)) {
    return problem(
      'server_points_to_gateway',
      'error',
      'points at this gateway itself: every proxied request would loop (Cloudflare error 1019/1042)',
      'Point the server at the real upstream, or use a service binding to call another Worker.',
      "the real upstream's URL (a service binding calls another Worker)",
    );
  }
  return hostProblem(url, parsed);
}

function hostProblem(url: string, parsed: URL): ServerUrlProblem | undefined {
  const host = parsed.hostname;
  const tld = host === 'localhost' ? undefined : NEVER_RESOLVES.exec(host)?.[1]?.toLowerCase();
  if (tld) {
    return problem(
      'unresolvable_server_host',
      'error',
      `is under .${tld}, a special-use name (RFC ${tld === 'local' ? '6762' : '6761'})` +
        ' that public DNS never resolves: every proxied request fails on the edge',
      "Use the upstream's public hostname, and an $env.X reference if it differs per environment.",
      "the upstream's public URL",
    );
  }
  if (PRIVATE_HOST.test(host)) {
    return problem(
      'private_server_url',
      'warning',
      'is a local or private address the Cloudflare edge cannot reach',
      "Use the upstream's public URL here, and an $env.X reference if it differs per environment.",
      "the upstream's public URL (a local address answers only under wrangler dev)",
    );
  }
  if (parsed.protocol === 'http:') {
    const https = `"https://${url.slice('http://'.length)}"`;
    const says = 'is plain http: requests and tokens cross the internet unencrypted';
    return problem('insecure_server_url', 'warning', says, `Use ${https}.`, https);
  }
  if (DOCUMENTATION.test(host)) {
    return problem(
      'placeholder_server_url',
      'warning',
      "is on a documentation domain (RFC 2606): it resolves to IANA's example page, not to an API;" +
        ' a placeholder left in the config?',
      "Use the real upstream's URL (an $env.X reference if it differs per environment).",
      "the real upstream's URL",
    );
  }
  return undefined;
}

function problem(
  code: string,
  severity: Severity,
  predicate: string,
  literalFix: string,
  valueFix: string,
): ServerUrlProblem {
  return { code, severity, predicate, literalFix, valueFix };
}

/** Where a `$env.X` server URL gets its value: the var, its table and what the config writes. */
export interface VarSource {
  /** `servers[0]` and its alias. */
  index: number;
  alias: string | undefined;
  /** "$env.UPSTREAM_URL", as written in the gateway config, and where. */
  raw: string;
  rawAt: string;
  /** The var's name and value, and the table that sets it: "[env.production.vars] of wrangler.toml". */
  name: string;
  value: string;
  table: string;
  /** Other environments the wrangler config defines, when none was chosen (their vars may differ). */
  otherEnvironments: string[];
}

/** The finding's words for a URL a var gives a server: on the var's line, naming the server and reference. */
export function varUrlMessage(source: VarSource, found: ServerUrlProblem): { message: string; fix: string } {
  const server = `server ${source.alias === undefined ? `servers[${source.index}]` : JSON.stringify(source.alias)}`;
  const what =
    `${source.name} = ${JSON.stringify(source.value)} in ${source.table}` +
    ` (the url of ${server}: ${source.raw} at ${source.rawAt})`;
  const elsewhere =
    source.otherEnvironments.length > 0
      ? `, or deploy an environment that sets it (\`environment\` input: ${source.otherEnvironments.join(', ')})`
      : '';
  return {
    message: `${what} ${found.predicate}`,
    fix: `Set ${source.name} in ${source.table} to ${found.valueFix}${elsewhere}.`,
  };
}
