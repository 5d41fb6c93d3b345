// The secrets of one deploy as the file `--secrets-file` reads: JSON (no dotenv expansion of `$`),
// in a directory of its own under RUNNER_TEMP, readable by the user only, and gone as soon as the
// one command that reads it ends, or the gate exits (a cancelled run) before that.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SecretsFile {
  path: string;
  remove(): void;
}

const pending = new Set<string>();

// A cancelled run may exit before the command's own cleanup runs.
process.once('exit', () => {
  for (const dir of pending) rmSync(dir, { recursive: true, force: true });
});

/** The payload: each name in `names` with its value from `env` (missing: empty, as `secret bulk` got it). */
export function secretsJson(names: readonly string[], env: NodeJS.ProcessEnv): string {
  return JSON.stringify(Object.fromEntries(names.map((name) => [name, env[name] ?? ''])));
}

export function writeSecretsFile(names: readonly string[], env: NodeJS.ProcessEnv): SecretsFile {
  // mkdtemp makes the directory 0700; the file is 0600 and created, never reused (`wx`).
  const dir = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'gate-secrets-'));
  pending.add(dir);
  const file = path.join(dir, 'secrets.json');
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    pending.delete(dir);
  };
  try {
    writeFileSync(file, secretsJson(names, env), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    remove();
    throw error;
  }
  return { path: file, remove };
}

/** Runs `use` with the file, removing it however `use` ends. */
export async function withSecretsFile<T>(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const secrets = writeSecretsFile(names, env);
  try {
    return await use(secrets.path);
  } finally {
    secrets.remove();
  }
}
