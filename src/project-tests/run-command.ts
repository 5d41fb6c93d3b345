// Runs a user's command through the shell, streaming its output as it comes, and stops it (its
// whole process group) at a deadline.
import { signalGroup, spawnGroup } from '../processes.js';

export interface CommandRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  /** The last part of the output, for the evidence of a failure. */
  tail: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  onOutput: (chunk: string) => void;
  /** After SIGTERM, how long the group gets before SIGKILL. */
  graceMs?: number;
}

const TAIL_CHARS = 8000;

export function runCommand(command: string, opts: RunOptions): Promise<CommandRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so a timeout (or a cancelled run) also stops the test runner's workers.
    const child = spawnGroup('/bin/bash', ['-c', command], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    let timedOut = false;
    const onData = (data: Buffer) => {
      const text = data.toString('utf8');
      tail = (tail + text).slice(-TAIL_CHARS);
      opts.onOutput(text);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const killGroup = (signal: NodeJS.Signals) => signalGroup(child, signal);
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      killer = setTimeout(() => killGroup('SIGKILL'), opts.graceMs ?? 5000);
    }, opts.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({
        exitCode: 127,
        signal: null,
        timedOut: false,
        durationMs: performance.now() - started,
        tail: `${tail}\n${error.message}`,
      });
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      // Leftovers of the group (a worker that ignored SIGTERM) must not outlive the stage.
      if (timedOut) killGroup('SIGKILL');
      resolve({ exitCode, signal, timedOut, durationMs: performance.now() - started, tail });
    });
  });
}
