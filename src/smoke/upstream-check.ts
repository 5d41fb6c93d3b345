// A direct look at an upstream from the runner, step by step (DNS, TCP, TLS, HTTP), for when the
// Worker's evidence cannot say which leg failed: workerd reports a DNS failure and a bad
// certificate alike as "internal error". The runner's network is not Cloudflare's, so this is
// evidence to weigh, and the findings say where it came from.
import { lookup } from 'node:dns/promises';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { sendProbe } from './http-probe.js';
import { diagnoseNetworkError, errorChain, type ProxyErrorType } from './proxy-status.js';

export interface UpstreamCheck {
  url: string;
  /** The first step that failed, as an RFC 9209 type; undefined when the upstream answered. */
  type?: ProxyErrorType;
  nxdomain?: boolean;
  /** dns, connect, tls or http: how far the check got. */
  step: 'dns' | 'connect' | 'tls' | 'http' | 'answered';
  detail: string;
  status?: number;
}

export async function checkUpstream(rawUrl: string, timeoutMs: number): Promise<UpstreamCheck> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { url: rawUrl, type: 'proxy_configuration_error', step: 'dns', detail: `"${rawUrl}" is not a URL` };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  let address: string;
  try {
    address = (await withTimeout(lookup(host), timeoutMs, 'DNS lookup')).address;
  } catch (error) {
    const d = diagnoseNetworkError(errorChain(error));
    return {
      url: rawUrl,
      type: d?.type ?? 'dns_error',
      nxdomain: d?.nxdomain || undefined,
      step: 'dns',
      detail: `DNS lookup of ${host} failed: ${codeOf(error)}`,
    };
  }
  try {
    const socket = await openSocket(() => tcpConnect({ host: address, port }), 'connect', timeoutMs);
    socket.destroy();
  } catch (error) {
    const d = diagnoseNetworkError(errorChain(error));
    return {
      url: rawUrl,
      type: d?.type ?? 'connection_timeout',
      step: 'connect',
      detail: `TCP connect to ${address}:${port} failed: ${codeOf(error)}`,
    };
  }
  if (url.protocol === 'https:') {
    try {
      const socket = await openSocket(
        () => tlsConnect({ host: address, port, servername: /^[\d.:]+$/.test(host) ? undefined : host }),
        'secureConnect',
        timeoutMs,
      );
      socket.destroy();
    } catch (error) {
      const d = diagnoseNetworkError(errorChain(error));
      return {
        url: rawUrl,
        type: d?.type ?? 'tls_protocol_error',
        step: 'tls',
        detail: `TLS handshake with ${host}:${port} failed: ${codeOf(error)}`,
      };
    }
  }
  const answer = await sendProbe({
    url: url.href,
    method: 'GET',
    headers: { 'user-agent': 'gateway-deploy-gate upstream check' },
    timeoutMs,
  });
  if (answer.error) {
    const type =
      answer.error.network?.type ?? (answer.error.timedOut ? 'connection_read_timeout' : 'http_protocol_error');
    // The connection is known to open, so a silence or a reset happened after it.
    const afterConnect: ProxyErrorType = type === 'connection_timeout' ? 'connection_read_timeout' : type;
    return {
      url: rawUrl,
      type: afterConnect,
      step: 'http',
      detail: answer.error.timedOut
        ? `no HTTP response within ${timeoutMs} ms after connecting`
        : `the HTTP exchange failed: ${answer.error.network?.code ?? answer.error.chain.at(-1)?.message ?? 'unknown'}`,
      status: answer.status || undefined,
    };
  }
  return { url: rawUrl, step: 'answered', detail: `answered HTTP ${answer.status}`, status: answer.status! };
}

function codeOf(error: unknown): string {
  const chain = errorChain(error);
  return chain.find((l) => l.code)?.code ?? chain[0]?.message ?? 'unknown error';
}

function openSocket(open: () => Socket, readyEvent: 'connect' | 'secureConnect', timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = open();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`no ${readyEvent} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    socket.once(readyEvent, () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(`${what} took longer than ${ms} ms`), { code: 'EAI_AGAIN' })),
        ms,
      );
    }),
  ]);
}
