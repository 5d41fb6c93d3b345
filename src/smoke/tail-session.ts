// The Worker's own logs for each probe: `wrangler tail --format json`, filtered on the run's probe
// header, running from before the first probe until the last event arrived.
import type { ChildProcess } from 'node:child_process';
import { signalGroup, spawnGroup } from '../processes.js';
import { wranglerEnv, type WranglerProgram } from '../wrangler/wrangler-cli.js';

/** The fields of a trace event the gate reads (wrangler prints the whole event). */
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
  cwd: string;
  env: NodeJS.ProcessEnv;
  workerName: string;
  /** Filters the tail on the run header; without it, every event of the Worker (the canary's real traffic). */
  runId?: string;
  /** Called with each event as it arrives. */
  onEvent?: (event: TailEvent) => void;
  /** Keep the events for all() and eventFor() (default true; the canary counts them as they come instead). */
  keep?: boolean;
}

export class TailSession {
  private readonly child: ChildProcess;
  private readonly events: TailEvent[] = [];
  /** Events by their `x-gate-probe` header: the final wait asks for every probe's event. */
  private readonly byProbe = new Map<string, TailEvent>();
  private readonly waiters = new Set<() => void>();
  private buffer = '';
  private stderr = '';
  private exited = false;
  private stopping = false;
  private stopped?: Promise<void>;

  private readonly onEvent?: (event: TailEvent) => void;
  private readonly keep: boolean;

  constructor(program: WranglerProgram, options: TailOptions) {
    this.onEvent = options.onEvent;
    this.keep = options.keep ?? true;
    // Filtered at Cloudflare on the run header: other traffic never reaches the runner.
    const filter = options.runId === undefined ? [] : ['--header', `${RUN_HEADER}:${options.runId}`];
    this.child = spawnGroup(program.node, [program.script, 'tail', options.workerName, '--format', 'json', ...filter], {
      cwd: options.cwd,
      env: wranglerEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => this.take(chunk.toString('utf8')));
    this.child.stderr!.on(
      'data',
      (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000)),
    );
    this.child.on('error', (error) => {
      this.stderr += error.message;
      this.exited = true;
      this.wake();
    });
    this.child.on('exit', () => {
      this.exited = true;
      this.wake();
    });
  }

  /** Why there are no logs, when the tail died on its own. */
  get failure(): string | undefined {
    return this.exited && !this.stopping
      ? this.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' ') || 'wrangler tail exited'
      : undefined;
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
      if (left <= 0 || this.exited) return ready();
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

  /** SIGINT makes wrangler delete the tail at Cloudflare; bounded in case it does not exit. Sent once. */
  stop(): Promise<void> {
    this.stopped ??= this.stopOnce();
    return this.stopped;
  }

  private async stopOnce(): Promise<void> {
    this.stopping = true;
    if (this.exited) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        signalGroup(this.child, 'SIGKILL');
        resolve();
      }, 10_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.kill('SIGINT');
    });
    this.take('');
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.waiters.clear();
  }

  /** Wrangler prints each event as indented JSON, one after another: split on balanced braces. */
  private take(text: string): void {
    this.buffer += text;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let start = -1;
    let consumed = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{') {
        if (depth === 0) start = i;
        depth++;
      } else if (c === '}' && depth > 0) {
        depth--;
        if (depth === 0 && start >= 0) {
          try {
            const event = JSON.parse(this.buffer.slice(start, i + 1)) as TailEvent;
            this.onEvent?.(event);
            if (this.keep) {
              this.events.push(event);
              const probe = headerOf(event, PROBE_HEADER);
              if (probe !== undefined && !this.byProbe.has(probe)) this.byProbe.set(probe, event);
            }
          } catch {
            // Not an event (a stray line): skip it.
          }
          consumed = i + 1;
          start = -1;
        }
      }
    }
    this.buffer = depth === 0 ? '' : this.buffer.slice(start >= 0 ? start : consumed);
    if (consumed > 0) this.wake();
  }
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
