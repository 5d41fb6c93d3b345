// Where the gate writes (--report, --run-dir, --summary): checked before anything runs, so a path
// under a file or naming a directory is a usage error on that flag, never an "internal error".
import { statSync } from 'node:fs';
import path from 'node:path';

export type OutputKind = 'report' | 'run-dir' | 'summary';

export interface OutputProblem {
  kind: OutputKind;
  path: string;
  message: string;
}

const FLAG: Record<OutputKind, string> = {
  report: '--report (input report)',
  'run-dir': '--run-dir (GATE_RUN_DIR)',
  summary: '--summary',
};

type Kind = 'file' | 'directory' | 'other' | 'missing';

function kindOf(file: string): Kind {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** The first existing ancestor that is not a directory, which makes `file` impossible to create. */
function blockingAncestor(file: string): string | undefined {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const kind = kindOf(dir);
    if (kind === 'directory') return undefined;
    if (kind !== 'missing') return dir;
  }
  return undefined;
}

/** What is wrong with one output path, or undefined when the gate can create or replace it. */
export function outputProblem(kind: OutputKind, file: string): OutputProblem | undefined {
  const flag = FLAG[kind];
  const blocked = blockingAncestor(file);
  if (blocked) {
    const fix = `choose a path outside it, or remove the file ${blocked}`;
    return {
      kind,
      path: file,
      message: `${flag} ${file} cannot be created: ${blocked} is a file, not a directory; ${fix}`,
    };
  }
  const own = kindOf(file);
  if (kind === 'run-dir' && own !== 'directory' && own !== 'missing') {
    return {
      kind,
      path: file,
      message: `${flag} ${file} is a file, not a directory; name a directory (it is created if missing)`,
    };
  }
  if (kind !== 'run-dir' && own === 'directory') {
    const example = path.join(file, kind === 'report' ? 'report.json' : 'summary.md');
    return { kind, path: file, message: `${flag} ${file} is a directory; name a file in it, such as ${example}` };
  }
  if (kind !== 'run-dir' && own === 'other') {
    return {
      kind,
      path: file,
      message: `${flag} ${file} is not a regular file (a FIFO, socket or device); name a regular file`,
    };
  }
  return undefined;
}

/** A write that failed anyway (permissions, a full disk): the same words, with the system's code. */
export function writeProblem(kind: OutputKind, file: string, error: unknown): OutputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
  const fix = code === 'EACCES' || code === 'EPERM' ? 'choose a path you may write to' : 'choose another path';
  return { kind, path: file, message: `${FLAG[kind]} ${file} cannot be written (${code}); ${fix}` };
}

/** Every output path of a run that cannot be written, checked before a stage runs. */
export function outputProblems(paths: { reportPath: string; runDir: string; summaryFile?: string }): OutputProblem[] {
  const checks: [OutputKind, string | undefined][] = [
    ['report', paths.reportPath],
    ['run-dir', paths.runDir],
    ['summary', paths.summaryFile],
  ];
  return checks.flatMap(([kind, file]) =>
    file ? [outputProblem(kind, file)].filter((p): p is OutputProblem => p !== undefined) : [],
  );
}
