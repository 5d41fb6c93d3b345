// The gate driven in process, as src/index.ts does: `run(argv, env, io)` from src/main.ts. Every
// line and every chunk of a tool's streamed output goes to the injected io, none to the process's.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, type Io } from '../../src/main.js';
import { ROOT, tempDir } from '../helpers/runner.js';

interface Captured {
  io: Io;
  lines: string[];
  errors: string[];
  chunks: string[];
}

function captureIo(cwd: string): Captured {
  const lines: string[] = [];
  const errors: string[] = [];
  const chunks: string[] = [];
  const io: Io = {
    stdout: (t) => lines.push(t),
    stderr: (t) => errors.push(t),
    write: (t) => chunks.push(t),
    cwd,
    isTTY: false,
  };
  return { io, lines, errors, chunks };
}

/** What reached the process's own stdout while `body` ran (nothing should). */
async function processStdoutDuring<T>(body: () => Promise<T>): Promise<{ result: T; written: string }> {
  const original = process.stdout.write.bind(process.stdout);
  let written = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await body(), written };
  } finally {
    process.stdout.write = original;
  }
}

const gateEnv = (runDir: string): NodeJS.ProcessEnv => ({
  PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  HOME: process.env.HOME ?? '',
  NO_COLOR: '1',
  GATE_RUN_DIR: runDir,
});

describe('run(argv, env, io) in process', () => {
  it('validates the example gateway and says so through the injected io', async () => {
    const cwd = tempDir();
    const out = captureIo(cwd);
    const dir = path.join(ROOT, 'examples/gateway');
    const args = ['validate', '--working-directory', dir, '--report', path.join(cwd, 'report.json')];
    const { result, written } = await processStdoutDuring(() => run(args, gateEnv(path.join(cwd, 'run')), out.io));
    expect(result).toBe(0);
    expect(out.lines.join('\n')).toMatch(/validate.*passed/i);
    expect(out.errors).toEqual([]);
    expect(written).toBe('');
  });

  it("streams the test command's output to io.write, not to the process's stdout", async () => {
    const cwd = tempDir();
    const project = path.join(cwd, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'p', private: true, scripts: {} }));
    const out = captureIo(cwd);
    const command = `node -e "console.log('output of the project test command')"`;
    const args = ['test', '--working-directory', project, '--test-command', command];
    const { result, written } = await processStdoutDuring(() => run(args, gateEnv(path.join(cwd, 'run')), out.io));
    expect(result).toBe(0);
    expect(out.chunks.join('')).toContain('output of the project test command');
    expect(written).not.toContain('output of the project test command');
    expect(out.lines.some((l) => l.includes(command))).toBe(true);
  }, 60_000);

  it('returns a usage error naming a missing working directory, with no stack and no exit status set', async () => {
    const cwd = tempDir();
    const out = captureIo(cwd);
    const missing = path.join(cwd, 'no-such-project');
    const args = ['validate', '--working-directory', missing];
    const before = process.exitCode;
    const { result } = await processStdoutDuring(() => run(args, gateEnv(path.join(cwd, 'run')), out.io));
    const after = process.exitCode;
    process.exitCode = before;
    expect(result).toBe(2);
    // The status is returned, not set on the process: src/index.ts sets it, an embedder decides.
    expect(after).toBe(before);
    const said = [...out.errors, ...out.lines].join('\n');
    expect(said).toContain('no-such-project');
    expect(said).not.toMatch(/^\s+at /m);
  });
});
