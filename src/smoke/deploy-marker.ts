// The deploy marker: proof that the edge serves the deployed version before the probes count.
// A control request is sent until the Worker's own trace event for one of them carries the
// deployed version (or the window closes). The first is sent once the tail streams; requests
// sent before that may leave no event, so while no event has arrived the control is sent on a
// short cadence; any earlier attempt's event, however late, still counts.
// The clock, the sender and the tail are arguments, so each transition can be tested alone.
import type { MarkerData } from '../contract.js';
import type { ProbeResult } from './http-probe.js';
import type { TailEvent } from './tail-session.js';

export type MarkerVerdict = 'proven' | 'stale' | 'unverified';

/** The Worker's log, as far as the marker reads it (a TailSession). */
export interface MarkerTail {
  readonly failure: string | undefined;
  /** Resolves once the tail streams, false when it failed or `timeoutMs` passed first. */
  connected?(timeoutMs: number): Promise<boolean>;
  eventFor(probeId: string): TailEvent | undefined;
  waitUntil(ready: () => boolean, timeoutMs: number): Promise<boolean>;
}

export interface MarkerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface MarkerTiming {
  /** How long a trace event may lag behind its response. */
  eventWaitMs: number;
  /** How long the tail may take to connect before the smoke test goes on without logs. */
  tailConnectMs: number;
  /** While the tail is connecting, how often the control request is sent. */
  cadenceMs: number;
}

export interface MarkerSetup {
  /** The version the deploy uploaded; without one the marker can only say what serves. */
  expected?: string;
  /** How long the edge may take to serve it. */
  propagationMs: number;
  /** How the Worker's logs are read, or why not. */
  logs: string;
  /** Sends the control request with this probe id; undefined when there is nothing to probe. */
  send?: (probeId: string) => Promise<ProbeResult>;
  tail?: MarkerTail;
  clock: MarkerClock;
  timing: MarkerTiming;
}

export interface MarkerOutcome {
  verdict: MarkerVerdict;
  marker: MarkerData;
  /** `setup.logs`, or why the logs turned out to be off. */
  logs: string;
}

/** The newest attempt whose event arrived, and the version it carries. */
interface Seen {
  attempt: number;
  version?: string;
}

export async function waitForMarker(setup: MarkerSetup): Promise<MarkerOutcome> {
  const wait = new MarkerWait(setup);
  const verdict = await wait.run();
  return { verdict, marker: wait.marker, logs: wait.logs };
}

class MarkerWait {
  readonly marker: MarkerData = { proven: false, attempts: 0, note: '' };
  logs: string;
  private readonly deadline: number;
  private readonly tailDeadline: number;
  private backoffRound = 0;

  constructor(private readonly setup: MarkerSetup) {
    this.logs = setup.logs;
    if (setup.expected) this.marker.expected = setup.expected;
    const now = setup.clock.now();
    this.deadline = now + setup.propagationMs;
    this.tailDeadline = now + setup.timing.tailConnectMs;
  }

  async run(): Promise<MarkerVerdict> {
    const send = this.setup.send;
    if (!send) return this.unverified('nothing to probe');
    await this.setup.tail?.connected?.(this.setup.timing.tailConnectMs);
    for (let attempt = 1; ; attempt++) {
      const verdict = await this.attempt(send, attempt);
      if (verdict) return verdict;
    }
  }

  /** One control request and what its event says; undefined: try again. */
  private async attempt(
    send: (probeId: string) => Promise<ProbeResult>,
    attempt: number,
  ): Promise<MarkerVerdict | undefined> {
    const { tail, clock, expected } = this.setup;
    this.marker.attempts = attempt;
    const answer = await send(`marker-${attempt}`);
    const unreachable = answer.error?.phase === 'headers' && !answer.error.timedOut;
    if (!unreachable && (!tail || tail.failure)) {
      return this.unverified(`not verified: ${tail?.failure ?? this.logs}`);
    }
    let seen: Seen | undefined;
    if (!unreachable && tail) {
      seen = await this.awaitEvent(tail, attempt);
      if (seen?.version) this.marker.served = seen.version;
      if (seen?.version && (!expected || seen.version === expected)) return this.served(seen);
      if (!seen && clock.now() > this.tailDeadline) {
        const why = tail.failure ? ` (${tail.failure})` : '';
        this.logs = `off: no trace event arrived within ${this.setup.timing.tailConnectMs / 1000} s${why}`;
        return this.unverified("not verified: the Worker's logs did not arrive");
      }
    }
    // The window is for the edge; a tail still connecting gets its own time first.
    const waitingForLogs = !unreachable && !seen && clock.now() <= this.tailDeadline;
    if (clock.now() > this.deadline && !waitingForLogs) {
      if (this.marker.served && expected && this.marker.served !== expected) return 'stale';
      return this.unverified(unreachable ? 'the gateway did not answer' : 'not verified');
    }
    // The edge answered with another version (propagating) or did not answer: back off.
    if (seen || unreachable) await clock.sleep(Math.min(4_000, 250 * 2 ** this.backoffRound++));
    return undefined;
  }

  /** Connected: an event follows its request closely. Not yet: try again soon. */
  private async awaitEvent(tail: MarkerTail, attempt: number): Promise<Seen | undefined> {
    const connected = Boolean(this.latestSeen(tail, attempt - 1));
    const ready = () =>
      connected ? this.latestSeen(tail, attempt)?.attempt === attempt : this.latestSeen(tail, attempt) !== undefined;
    await tail.waitUntil(ready, connected ? this.setup.timing.eventWaitMs : this.setup.timing.cadenceMs);
    return this.latestSeen(tail, attempt);
  }

  private latestSeen(tail: MarkerTail, attempts: number): Seen | undefined {
    for (let a = attempts; a >= 1; a--) {
      const event = tail.eventFor(`marker-${a}`);
      if (event) return { attempt: a, version: event.scriptVersion?.id || undefined };
    }
    return undefined;
  }

  private served(seen: Seen): MarkerVerdict {
    const expected = this.setup.expected;
    this.marker.proven = Boolean(expected);
    this.marker.note = expected
      ? `the edge served ${seen.version} on attempt ${seen.attempt}`
      : `the edge serves ${seen.version}`;
    return expected ? 'proven' : 'unverified';
  }

  private unverified(note: string): MarkerVerdict {
    this.marker.note = note;
    return 'unverified';
  }
}
