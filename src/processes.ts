// Every process the gate starts (test commands, wrangler, wrangler tail) runs in a process group of
// its own and is known here, so a cancelled run (SIGINT/SIGTERM from the runner or a terminal) can
// stop all of them, with everything they started, within a bounded time.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<ChildProcess>();
let refusal: string | undefined;

/** Raised instead of starting a process once the run is being cancelled. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** Why the run is being cancelled (the signal), or undefined. */
export function cancellationReason(): string | undefined {
  return refusal;
}

/** `spawn` in a new process group, tracked until it closes. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  if (refusal) throw new CancelledError(`not started: the run is being cancelled (${refusal})`);
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  const forget = () => running.delete(child);
  child.once('close', forget);
  child.once('error', forget);
  return child;
}

/** Signals the child's whole group (its own children too); a group already gone is no error. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // gone
    }
  }
}

/**
 * Refuses new processes, sends SIGTERM to every group, and SIGKILL to those still there after
 * `graceMs`. Resolves once all are gone (or were killed).
 */
export async function stopAll(reason: string, graceMs: number): Promise<void> {
  refusal ??= reason;
  const children = [...running];
  for (const child of children) signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (running.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const child of running) signalGroup(child, 'SIGKILL');
}

// Whatever way the gate ends, no group it started outlives it.
process.once('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});
