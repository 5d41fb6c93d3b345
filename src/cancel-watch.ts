// Watching for a cancel (the runner sends SIGINT, then SIGTERM 7.5 s later; a terminal sends
// SIGINT): every process the gate started is stopped at once. What the report then says of the
// cancel (and which version serves) is in cancellation.ts, loaded only after a cancel.
import { stopAll } from './processes.js';

/** How long stopped processes get to exit before SIGKILL. */
const PROCESS_GRACE_MS = 2_000;
/** How long a stage gets, after its processes are stopped, to return what it knows. */
export const STAGE_GRACE_MS = 3_000;

export interface CancelWatch {
  /** The signal that cancelled the run, once one has. */
  readonly reason: string | undefined;
  /** Resolves when a signal arrives (never otherwise). */
  readonly requested: Promise<string>;
  dispose(): void;
}

export function watchForCancel(): CancelWatch {
  let reason: string | undefined;
  let resolve!: (signal: string) => void;
  const requested = new Promise<string>((r) => (resolve = r));
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal changes nothing: the first is already stopping everything and writing the report.
    if (reason) return;
    reason = signal;
    void stopAll(signal, PROCESS_GRACE_MS);
    resolve(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    get reason() {
      return reason;
    },
    requested,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
