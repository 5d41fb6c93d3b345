// The hosts a gateway Worker answers on, read from its wrangler config, so that a server URL
// pointing back at the gateway (a loop Cloudflare answers with error 1019/1042) is caught.
import type { RawWranglerConfig } from './wrangler-file.js';

export interface GatewayHosts {
  /** Script names in every environment: `<name>.<subdomain>.workers.dev` serves each. */
  workerNames: string[];
  /** Hosts of routes and custom domains; a leading "*." matches any subdomain. */
  hosts: string[];
}

export function gatewayHostsOf(raw: RawWranglerConfig): GatewayHosts {
  const workerNames: string[] = [];
  const hosts: string[] = [];
  const topName = typeof raw.name === 'string' ? raw.name : undefined;
  const collect = (section: Record<string, unknown>, name: string | undefined) => {
    if (name) workerNames.push(name.toLowerCase());
    const routes = [section.route, ...(Array.isArray(section.routes) ? section.routes : [])];
    for (const route of routes) {
      const pattern = typeof route === 'string' ? route : (route as { pattern?: unknown } | null)?.pattern;
      if (typeof pattern === 'string') hosts.push(hostOfPattern(pattern));
    }
  };
  collect(raw, topName);
  const envs = raw.env && typeof raw.env === 'object' ? (raw.env as Record<string, unknown>) : {};
  for (const [envName, section] of Object.entries(envs)) {
    if (!section || typeof section !== 'object') continue;
    const s = section as Record<string, unknown>;
    collect(s, typeof s.name === 'string' ? s.name : topName ? `${topName}-${envName}` : undefined);
  }
  return { workerNames: [...new Set(workerNames)], hosts: [...new Set(hosts.filter(Boolean))] };
}

function hostOfPattern(pattern: string): string {
  return pattern
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]!
    .split(':')[0]!
    .toLowerCase();
}

export function pointsAtGateway(hostname: string, gateway: GatewayHosts): boolean {
  const host = hostname.toLowerCase();
  if (
    gateway.workerNames.some(
      (name) =>
        host === `${name}.workers.dev` ||
        (host.startsWith(`${name}.`) && host.endsWith('.workers.dev') && host.split('.').length === 4),
    )
  ) {
    return true;
  }
  return gateway.hosts.some((h) =>
    h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h,
  );
}
