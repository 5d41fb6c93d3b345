// The Worker's own logs for each probe: a tail session opened through Cloudflare's API (the one
// `wrangler tail` opens: POST …/tails, then its WebSocket on `trace-v1`), filtered on the run's
// probe header, from before the first probe until the last event arrived, then deleted. The gate
// opens it itself because `wrangler tail` costs a second of CPU to start before it even connects.
import { resolveAccount, type AccountChoice } from '../cloudflare/account.js';
import { apiRequest, type ApiSettings } from '../cloudflare/api.js';

/** The fields of a trace event the gate reads (Cloudflare sends the whole event). */
export interface TailEvent {
  outcome?: string;
  scriptName?: string;
  scriptVersion?: { id?: string };
  exceptions?: Array<{ name?: string; message?: string; timestamp?: number; stack?: string }>;
  logs?: Array<{ level?: string; message?: unknown[] }>;
  event?: {
    request?: { url?: string; method?: string; headers?: Record<string, string> };
    response?: { status?: number };
  };
}

export const RUN_HEADER = 'x-gate-run';
export const PROBE_HEADER = 'x-gate-probe';

export interface TailOptions {
  api: ApiSettings;
  /** The Worker's account: the deploy's, else chosen as wrangler would (config, variable, the token's only one). */
  account: { id?: string; choice?: AccountChoice };
  workerName: string;
  /** Filters the tail on the run header; without it, every event of the Worker (the canary's real traffic). */
  runId?: string;
  /** Called with each event as it arrives. */
  onEvent?: (event: TailEvent) => void;
  /** Keep the events for all() and eventFor() (default true; the canary counts them as they come instead). */
  keep?: boolean;
}

/** How long stop() waits for the socket to close and the session to be deleted. */
const STOP_MS = 5_000;
/** A connection Cloudflare drops is opened again, as `wrangler tail` does, this many times (1, 2, 4 … s apart). */
const RECONNECTS = 5;

interface Socket {
  binaryType: string;
  onopen: (() => void) | null;
  onmessage: ((message: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(text: string): void;
  close(code?: number): void;
}
type SocketClass = new (url: string, protocol: string) => Socket;

export class TailSession {
  private readonly events: TailEvent[] = [];
  /** Events by their `x-gate-probe` header: the final wait asks for every probe's event. */
  private readonly byProbe = new Map<string, TailEvent>();
  private readonly waiters = new Set<() => void>();
  private readonly onEvent?: (event: TailEvent) => void;
  private readonly keep: boolean;
  private readonly api: ApiSettings;
  private socket?: Socket;
  /** The session's API path, for the DELETE that ends it. */
  private session?: string;
  private problem?: string;
  private reconnects = 0;
  private retry?: NodeJS.Timeout;
  /** The newest connection attempt, which stop() lets finish so that its session is deleted too. */
  private pending?: Promise<boolean>;
  /** The delete of a dropped session, which stop() awaits. */
  private deleting?: Promise<unknown>;
  private path = '';
  private filters: unknown[] = [];
  private closed = false;
  private stopping = false;
  private stopped?: Promise<void>;
  private readonly opened: Promise<boolean>;

  constructor(options: TailOptions) {
    this.onEvent = options.onEvent;
    this.keep = options.keep ?? true;
    this.api = options.api;
    this.opened = this.open(options).catch((error: unknown) => this.fail((error as Error).message));
  }

  /** Why there are no logs, when the tail could not open or closed on its own. */
  get failure(): string | undefined {
    return this.problem;
  }

  /** Resolves true once the tail streams (false when it failed, or still had not after `timeoutMs`). */
  connected(timeoutMs: number): Promise<boolean> {
    return settledWithin(this.opened, timeoutMs, false);
  }

  all(): readonly TailEvent[] {
    return this.events;
  }

  /** The event of the request that carried `x-gate-probe: <id>`. */
  eventFor(probeId: string): TailEvent | undefined {
    return this.byProbe.get(probeId);
  }

  /** Resolves when `ready()` holds or after `timeoutMs`, whichever is first. */
  async waitUntil(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0 || this.closed) return ready();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return true;
  }

  /** Closes the socket and deletes the session at Cloudflare, bounded; once. */
  stop(): Promise<void> {
    this.stopped ??= this.stopOnce();
    return this.stopped;
  }

  private async open(options: TailOptions): Promise<boolean> {
    const accountId = options.account.id ?? (await this.accountOf(options.account.choice));
    if (!accountId) return false;
    this.path = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(options.workerName)}/tails`;
    this.filters = options.runId === undefined ? [] : [{ header: { key: RUN_HEADER, query: options.runId } }];
    this.pending = this.connect();
    return this.pending;
  }

  /** A new session and its socket; resolves true once it streams. */
  private async connect(): Promise<boolean> {
    const created = await apiRequest<{ id: string; url: string }>(this.api, this.path, {
      method: 'POST',
      body: { filters: this.filters },
    });
    if (!created.ok) return this.fail(`Cloudflare did not open a tail: ${created.message}`);
    this.session = `${this.path}/${created.result.id}`;
    if (this.stopping) return false;
    const socket = new (await socketClass())(created.result.url, 'trace-v1');
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    return new Promise<boolean>((resolve) => {
      socket.onopen = () => {
        // As wrangler does: the session streams once the client says whether it wants debug events.
        socket.send(JSON.stringify({ debug: false }));
        resolve(true);
      };
      socket.onmessage = (message) => this.take(message.data);
      socket.onerror = () => undefined; // the close that follows says it
      socket.onclose = (event) => {
        resolve(false);
        this.closedBy(event);
      };
    });
  }

  /** Cloudflare ending the session (1000) ends the tail; a dropped connection is opened again, bounded. */
  private closedBy(event: { code: number; reason: string }): void {
    if (!this.stopping && event.code !== 1000 && this.reconnects < RECONNECTS) {
      // The dropped session is deleted now, so a stop() during the wait has nothing to close or delete.
      if (this.session) this.deleting = apiRequest(this.stopApi(), this.session, { method: 'DELETE' });
      this.session = undefined;
      this.socket = undefined;
      const again = () => this.connect().catch((error: unknown) => this.fail((error as Error).message));
      this.retry = setTimeout(() => (this.pending = again()), 1000 * 2 ** this.reconnects++);
      return;
    }
    if (!this.stopping) this.problem ??= `the tail closed (${event.code}${event.reason ? ` ${event.reason}` : ''})`;
    this.closed = true;
    this.wake();
  }

  private async accountOf(choice: AccountChoice | undefined): Promise<string | undefined> {
    const resolved = await resolveAccount(this.api, choice ?? {});
    if (resolved.ok) return resolved.account.id;
    this.fail(
      resolved.answer && !resolved.answer.ok
        ? `the account could not be read: ${resolved.answer.message}`
        : 'no account is named and the token reaches more than one',
    );
    return undefined;
  }

  private fail(why: string): false {
    if (!this.stopping) this.problem ??= why;
    this.closed = true;
    this.wake();
    return false;
  }

  private async stopOnce(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    await this.connected(STOP_MS); // a session still being opened is deleted too
    if (this.pending) await settledWithin(this.pending, STOP_MS, false);
    const socket = this.socket;
    if (socket && !this.closed) {
      const closing = this.waitUntil(() => this.closed, STOP_MS);
      socket.close(1000);
      await closing;
    }
    this.closed = true;
    this.wake();
    // Cloudflare ends an abandoned session on its own: a failed delete is not worth a retry.
    if (this.session) await apiRequest(this.stopApi(), this.session, { method: 'DELETE' });
    await this.deleting;
  }

  private stopApi(): ApiSettings {
    return { ...this.api, timeoutMs: Math.min(this.api.timeoutMs, STOP_MS), budgetMs: STOP_MS };
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.waiters.clear();
  }

  /** Each message is one trace event. */
  private take(data: unknown): void {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer);
    let event: TailEvent;
    try {
      event = JSON.parse(text) as TailEvent;
    } catch {
      return; // not an event
    }
    this.onEvent?.(event);
    if (this.keep) {
      this.events.push(event);
      const probe = headerOf(event, PROBE_HEADER);
      if (probe !== undefined && !this.byProbe.has(probe)) this.byProbe.set(probe, event);
    }
    this.wake();
  }
}

/** `promise`, or `late` after `ms`; the timer is cleared either way (a pending one keeps the gate's process alive). */
function settledWithin<T>(promise: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Node 22 and newer have a WebSocket client built in; Node 20 gets undici's, the same code. */
async function socketClass(): Promise<SocketClass> {
  const builtIn = (globalThis as { WebSocket?: unknown }).WebSocket;
  if (builtIn) return builtIn as SocketClass;
  return (await import('undici')).WebSocket as unknown as SocketClass;
}

export function headerOf(event: TailEvent, name: string): string | undefined {
  const headers = event.event?.request?.headers ?? {};
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** A log entry as one line: `[ERROR] Error processing request {"message":"…"}`. */
export function logLines(event: TailEvent | undefined): string[] {
  return (event?.logs ?? []).map((log) =>
    (log.message ?? []).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '),
  );
}
