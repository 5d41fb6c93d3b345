// RFC 9209 (Proxy-Status) error types: the vocabulary for upstream failures, from whichever
// evidence has them: a Node error's cause chain, a Proxy-Status header, a Cloudflare 52x status,
// or a Worker exception message (Workers VPC throws `ProxyError: <type>`).
import type { Category } from '../findings.js';

export const PROXY_ERROR_TYPES = [
  'dns_timeout',
  'dns_error',
  'destination_not_found',
  'destination_unavailable',
  'destination_ip_prohibited',
  'destination_ip_unroutable',
  'connection_refused',
  'connection_terminated',
  'connection_timeout',
  'connection_read_timeout',
  'connection_write_timeout',
  'connection_limit_reached',
  'tls_protocol_error',
  'tls_certificate_error',
  'tls_alert_received',
  'http_request_error',
  'http_request_denied',
  'http_response_incomplete',
  'http_response_header_section_size',
  'http_response_header_size',
  'http_response_body_size',
  'http_response_trailer_section_size',
  'http_response_trailer_size',
  'http_response_transfer_coding',
  'http_response_content_coding',
  'http_response_timeout',
  'http_upgrade_failed',
  'http_protocol_error',
  'proxy_internal_response',
  'proxy_internal_error',
  'proxy_configuration_error',
  'proxy_loop_detected',
  'rate_limited',
] as const;
export type ProxyErrorType = (typeof PROXY_ERROR_TYPES)[number];

const CLIENT: ReadonlySet<string> = new Set([
  'connection_read_timeout',
  'connection_write_timeout',
  'rate_limited',
  'proxy_configuration_error',
  'proxy_loop_detected',
]);
const INTERNAL: ReadonlySet<string> = new Set(['proxy_internal_error', 'proxy_internal_response']);

/**
 * Who must act, as Workers VPC sorts the types: the deployer (client), the platform (internal),
 * else the backend or its network. A DNS error is the deployer's when the name does not exist.
 */
export function categoryOf(type: string, detail?: { nxdomain?: boolean }): Category {
  if (type === 'dns_error' && detail?.nxdomain) return 'client';
  if (CLIENT.has(type)) return 'client';
  if (INTERNAL.has(type)) return 'internal';
  return 'bad_upstream';
}

export interface ErrorLink {
  name: string;
  code?: string;
  message: string;
}

/** Node's fetch rejects with `TypeError('fetch failed')`; the real error is down the `cause` chain. */
export function errorChain(error: unknown, depth = 0): ErrorLink[] {
  if (depth > 8 || error === null || error === undefined) return [];
  if (typeof error !== 'object') return [{ name: 'Error', message: String(error) }];
  const e = error as { name?: string; code?: unknown; message?: string; cause?: unknown; errors?: unknown[] };
  const link: ErrorLink = {
    name: String(e.name ?? 'Error'),
    message: String(e.message ?? ''),
    code: typeof e.code === 'string' ? e.code : undefined,
  };
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((inner) => errorChain(inner, depth + 1)) : [];
  return [link, ...nested, ...errorChain(e.cause, depth + 1)];
}

const TLS_CERT_CODES = [
  'CERT_',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
];
const TLS_CERT = new RegExp(`^(${TLS_CERT_CODES.join('|')})`);

export interface NetworkDiagnosis {
  type: ProxyErrorType;
  /** The decisive code or name, for the evidence. */
  code: string;
  nxdomain?: boolean;
  /** The connection was up when it failed (the other side went silent or away). */
  afterConnect?: boolean;
}

/** The RFC 9209 type of a client-side network failure, from its cause chain. */
export function diagnoseNetworkError(
  chain: readonly ErrorLink[],
  options: { connected?: boolean } = {},
): NetworkDiagnosis | undefined {
  for (const link of chain) {
    const code = link.code ?? '';
    if (code === 'ENOTFOUND') return { type: 'dns_error', code, nxdomain: true };
    if (code === 'EAI_AGAIN') return { type: 'dns_timeout', code };
    if (code === 'ECONNREFUSED') return { type: 'connection_refused', code };
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return { type: 'destination_ip_unroutable', code };
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return { type: 'connection_timeout', code };
    if (code === 'UND_ERR_HEADERS_TIMEOUT') return { type: 'connection_read_timeout', code, afterConnect: true };
    if (code === 'UND_ERR_BODY_TIMEOUT') return { type: 'http_response_incomplete', code, afterConnect: true };
    if (TLS_CERT.test(code)) return { type: 'tls_certificate_error', code };
    if (code === 'EPROTO' || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS'))
      return { type: 'tls_protocol_error', code };
    if (code.startsWith('HPE_')) return { type: 'http_protocol_error', code };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
      return options.connected
        ? { type: 'http_response_incomplete', code, afterConnect: true }
        : { type: 'connection_terminated', code };
    }
  }
  for (const link of chain) {
    if (link.name === 'TimeoutError' || link.name === 'AbortError') {
      return options.connected
        ? { type: 'connection_read_timeout', code: link.name, afterConnect: true }
        : { type: 'connection_timeout', code: link.name };
    }
    if (/terminated|other side closed/i.test(link.message))
      return { type: options.connected ? 'http_response_incomplete' : 'connection_terminated', code: link.message };
  }
  return undefined;
}

export interface ProxyStatusEntry {
  proxy: string;
  error?: string;
  details?: string;
}

/** `Proxy-Status: cloudflare; error=connection_refused; details="…", next` (an RFC 8941 list). */
export function parseProxyStatus(header: string | null | undefined): ProxyStatusEntry[] {
  if (!header) return [];
  const entries: ProxyStatusEntry[] = [];
  for (const member of header.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const [proxy, ...params] = member.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((p) => p.trim());
    if (!proxy) continue;
    const entry: ProxyStatusEntry = { proxy: proxy.replace(/^"|"$/g, '') };
    for (const param of params) {
      const eq = param.indexOf('=');
      const key = eq < 0 ? param : param.slice(0, eq);
      const value = eq < 0 ? '' : param.slice(eq + 1).replace(/^"|"$/g, '');
      if (key === 'error') entry.error = value;
      else if (key === 'details') entry.details = value;
    }
    entries.push(entry);
  }
  return entries;
}

/** Cloudflare's statuses for a failed origin leg, as the gateway passes them through. */
export function typeOfEdgeStatus(status: number, body = ''): ProxyErrorType | undefined {
  switch (status) {
    case 520:
      return 'http_response_incomplete';
    case 521:
      return 'connection_refused';
    case 522:
      return 'connection_timeout';
    case 523:
      return 'destination_ip_unroutable';
    case 524:
      return 'connection_read_timeout';
    case 525:
      return 'tls_protocol_error';
    case 526:
      return 'tls_certificate_error';
    case 530:
      return /1016/.test(body) ? 'dns_error' : 'destination_unavailable';
    default:
      return undefined;
  }
}

/** A Worker's fetch failure, from its exception message. Undefined when the message does not say. */
export function typeOfWorkerException(message: string): ProxyErrorType | undefined {
  const vpc = /ProxyError:\s*([a-z_]+)/.exec(message);
  if (vpc && (PROXY_ERROR_TYPES as readonly string[]).includes(vpc[1]!)) return vpc[1] as ProxyErrorType;
  if (/Network connection lost/i.test(message)) return 'connection_terminated';
  if (/DNS lookup failed|could not resolve|ENOTFOUND/i.test(message)) return 'dns_error';
  if (/certificate/i.test(message)) return 'tls_certificate_error';
  if (/TLS|SSL|handshake/i.test(message)) return 'tls_protocol_error';
  if (/timed? ?out/i.test(message)) return 'connection_timeout';
  if (/refused/i.test(message)) return 'connection_refused';
  return undefined;
}

/** Messages of a failed subrequest, as opposed to a bug in the Worker's own code. */
export function looksLikeNetworkFailure(message: string): boolean {
  return (
    typeOfWorkerException(message) !== undefined ||
    /internal error; reference|fetch failed|connect|socket|network/i.test(message)
  );
}
