// Tail sessions: `POST …/tails` creates one, wrangler connects its WebSocket (`trace-v1`), and
// every trace event of that Worker which passes the session's filters is sent as one text frame.
import { randomUUID } from 'node:crypto';
import type { ServerSocket } from './websocket.ts';

/** A trace event as workerd's tail handler sees it (`TraceItem`), with the script's name and version filled in. */
export interface TraceEvent {
  scriptName: string;
  scriptVersion?: { id: string };
  outcome: string;
  eventTimestamp: number | null;
  event: {
    request?: { url: string; method: string; headers: Record<string, string>; cf?: unknown };
    response?: { status: number };
  } | null;
  logs: Array<{ level: string; message: unknown[]; timestamp: number }>;
  exceptions: Array<{ name: string; message: string; timestamp: number; stack?: string }>;
  [key: string]: unknown;
}

/** One entry of the `filters` array wrangler posts (`--header`, `--method`, `--status`, `--search`, …). */
export type TailFilter =
  | { sampling_rate: number }
  | { outcome: string[] }
  | { method: string[] }
  | { header: { key: string; query?: string } }
  | { client_ip: string[] }
  | { query: string };

const OUTCOMES_BY_STATUS: Record<string, string[]> = {
  ok: ['ok'],
  error: ['exception', 'exceededCpu', 'exceededMemory', 'unknown'],
};

export function matchesFilters(event: TraceEvent, filters: TailFilter[], random: () => number = Math.random): boolean {
  const request = event.event?.request;
  return filters.every((filter) => {
    if ('sampling_rate' in filter) return random() < filter.sampling_rate;
    if ('outcome' in filter)
      return (
        filter.outcome.includes(event.outcome) ||
        filter.outcome.some((o) => OUTCOMES_BY_STATUS[o]?.includes(event.outcome))
      );
    if ('method' in filter)
      return request !== undefined && filter.method.some((m) => m.toUpperCase() === request.method.toUpperCase());
    if ('header' in filter) {
      if (!request) return false;
      const key = filter.header.key.toLowerCase();
      const entry = Object.entries(request.headers).find(([name]) => name.toLowerCase() === key);
      return entry !== undefined && (filter.header.query === undefined || entry[1] === filter.header.query);
    }
    if ('client_ip' in filter) {
      const ip = request?.headers['cf-connecting-ip'];
      return filter.client_ip.some((wanted) => wanted === 'self' || wanted === ip);
    }
    if ('query' in filter) {
      const haystack = JSON.stringify([
        event.logs.map((l) => l.message),
        event.exceptions.map((e) => `${e.name}: ${e.message}`),
      ]);
      return haystack.includes(filter.query);
    }
    return true;
  });
}

/**
 * workerd names a module by the path the edge gave it (`/local-cloudflare/<version>/index.js`);
 * Cloudflare's stacks name it as uploaded (`index.js`), so a tail event's stacks say it that way.
 */
export function asCloudflareNamesModules(event: TraceEvent): TraceEvent {
  const version = event.scriptVersion?.id;
  if (!version || !event.exceptions.some((e) => e.stack)) return event;
  const root = new RegExp(`(?:file://)?/[^\\s()]*?/${version.replace(/[^\w-]/g, '')}/`, 'g');
  const exceptions = event.exceptions.map((e) => (e.stack ? { ...e, stack: e.stack.replace(root, '') } : e));
  return { ...event, exceptions };
}

interface Session {
  id: string;
  scriptName: string;
  filters: TailFilter[];
  expiresAt: number;
  socket?: ServerSocket;
  /** Events that arrived between the POST and the WebSocket connecting. */
  backlog: TraceEvent[];
}

const SESSION_LIFETIME_MS = 6 * 60 * 60 * 1000;
const MAX_BACKLOG = 200;

export class TailHub {
  private readonly sessions = new Map<string, Session>();

  create(scriptName: string, filters: TailFilter[]): { id: string; expiresAt: string } {
    const id = randomUUID();
    const expiresAt = Date.now() + SESSION_LIFETIME_MS;
    this.sessions.set(id, { id, scriptName, filters, expiresAt, backlog: [] });
    return { id, expiresAt: new Date(expiresAt).toISOString() };
  }

  has(id: string): boolean {
    return this.sessions.has(id);
  }

  attach(id: string, socket: ServerSocket): void {
    const session = this.sessions.get(id);
    if (!session) return;
    session.socket = socket;
    for (const event of session.backlog.splice(0)) socket.sendText(JSON.stringify(event));
  }

  detach(id: string, socket: ServerSocket): void {
    const session = this.sessions.get(id);
    if (session?.socket === socket) session.socket = undefined;
  }

  delete(id: string): boolean {
    const session = this.sessions.get(id);
    if (!session) return false;
    this.sessions.delete(id);
    if (session.socket && !session.socket.closed) session.socket.close(1000, 'tail deleted');
    return true;
  }

  publish(received: TraceEvent): void {
    const event = asCloudflareNamesModules(received);
    const now = Date.now();
    for (const session of this.sessions.values()) {
      if (session.expiresAt < now) {
        this.delete(session.id);
        continue;
      }
      if (session.scriptName !== event.scriptName || !matchesFilters(event, session.filters)) continue;
      if (session.socket && !session.socket.closed) session.socket.sendText(JSON.stringify(event));
      else if (session.backlog.length < MAX_BACKLOG) session.backlog.push(event);
    }
  }

  /** Closes every connected socket with 1011; returns how many. */
  dropConnections(): number {
    let dropped = 0;
    for (const session of this.sessions.values()) {
      if (!session.socket || session.socket.closed) continue;
      session.socket.close(1011, 'tail connection dropped');
      session.socket = undefined;
      dropped++;
    }
    return dropped;
  }

  closeAll(): void {
    for (const id of [...this.sessions.keys()]) this.delete(id);
  }
}
