// The `resolve` input: connect to another address than DNS gives for some hosts, like curl's
// `--resolve`/`--connect-to` (a custom domain before its DNS cutover, a workers.dev name served on
// loopback). URLs, Host headers and TLS names stay the real ones; only where the socket goes changes.
import { UsageError } from './errors.js';

export interface ResolveRule {
  /** A lower-case host name; `*.example.com` matches every name under example.com. */
  host: string;
  port: number;
  address: string;
  targetPort: number;
}

const RULE = /^(\*\.)?([A-Za-z0-9.-]+):(\d{1,5})=([^=\s]+):(\d{1,5})$/;

/** `HOST:PORT=ADDRESS:PORT`, one per line or comma-separated; a clear usage error otherwise. */
export function parseResolveRules(value: string | undefined): ResolveRule[] {
  const entries = (value ?? '')
    .split(/[\n,]/)
    .map((e) => e.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const match = RULE.exec(entry);
    const port = Number(match?.[3]);
    const targetPort = Number(match?.[5]);
    if (!match || !validPort(port) || !validPort(targetPort)) {
      throw new UsageError(
        `resolve: "${entry}" is not HOST:PORT=ADDRESS:PORT (e.g. *.example.workers.dev:443=127.0.0.1:8443)`,
      );
    }
    const address = match[4]!.replace(/^\[(.*)\]$/, '$1');
    return { host: `${match[1] ?? ''}${match[2]!.toLowerCase()}`, port, address, targetPort };
  });
}

function validPort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port < 65536;
}

/** The rule for a connection to `host:port`, if any (the first that matches). */
export function ruleFor(rules: readonly ResolveRule[], host: string, port: number): ResolveRule | undefined {
  const name = host.toLowerCase();
  return rules.find(
    (r) => r.port === port && (r.host.startsWith('*.') ? name.endsWith(r.host.slice(1)) : name === r.host),
  );
}

/** Every fetch of this process connects by the rules; TLS still verifies the URL's own host name. */
export async function installResolver(rules: readonly ResolveRule[]): Promise<void> {
  if (rules.length === 0) return;
  // undici is loaded only for the rules: a run without them does not pay for compiling it.
  const { Agent, buildConnector, setGlobalDispatcher } = await import('undici');
  const connect = buildConnector({});
  const agent = new Agent({
    connect: (options, callback) => {
      const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
      const rule = ruleFor(rules, options.hostname, port);
      if (!rule) return connect(options, callback);
      const servername = options.servername || options.hostname;
      return connect({ ...options, hostname: rule.address, port: String(rule.targetPort), servername }, callback);
    },
  });
  setGlobalDispatcher(agent);
}
