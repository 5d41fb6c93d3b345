// The run directory: each stage's result, so the next step of the composite action (a separate
// process) and the report step see everything that ran before them.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StageResult, StageStatus } from './contract.js';
import { StageError } from './errors.js';
import { STAGE_NAMES, type StageName } from './findings.js';
import type { Redactor } from './redaction.js';

/**
 * The format of a stage file. Each step of the composite action may be a different gate bundle
 * (a job that pins `@v1` while the run directory survives): a gate that changes what a stage
 * records incompatibly raises this, and refuses files of another format instead of misreading them.
 */
export const RUN_FORMAT = 1;

export class RunState {
  /** `redactor`: results written by another step (or an older gate) are redacted as they are read. */
  constructor(
    readonly dir: string,
    private readonly redactor?: Redactor,
  ) {}

  private fileOf(stage: StageName): string {
    return path.join(this.dir, 'stages', `${stage}.json`);
  }

  /**
   * Results recorded so far, in pipeline order; a half-written leftover is ignored, a file of
   * another gate version is a StageError saying so.
   */
  load(): StageResult[] {
    let files: string[];
    try {
      files = readdirSync(path.join(this.dir, 'stages'));
    } catch {
      return [];
    }
    const results: StageResult[] = [];
    for (const stage of STAGE_NAMES) {
      if (!files.includes(`${stage}.json`)) continue;
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(this.fileOf(stage), 'utf8'));
      } catch {
        continue; // A half-written file from a killed step: that stage did not finish.
      }
      const problem = stageFileProblem(value, stage);
      if (problem !== undefined) throw new StageError(incompatible(stage, this.fileOf(stage), problem));
      if (isStageResult(value, stage)) results.push(this.redactor ? this.redactor.deep(value) : value);
    }
    return results;
  }

  /**
   * Redacts, in place, the files tools wrote in the run directory (a test runner's results, which
   * hold its output): the stage files are written redacted, these come from the project's commands.
   */
  redactToolFiles(): void {
    if (!this.redactor?.active) return;
    for (const file of filesUnder(this.dir, path.join(this.dir, 'stages'))) {
      let text: string;
      try {
        if (statSync(file).size > MAX_REDACTED_FILE) continue;
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // gone meanwhile, or not a file
      }
      const redacted = this.redactor.text(text);
      if (redacted !== text) writeFileAtomic(file, redacted);
    }
  }

  /**
   * Records a stage's result. Results of the stages after it are dropped: they belong to an
   * earlier run of the pipeline.
   */
  save(result: StageResult): void {
    const later = STAGE_NAMES.slice(STAGE_NAMES.indexOf(result.name) + 1);
    for (const stage of later) rmSync(this.fileOf(stage), { force: true });
    writeFileAtomic(this.fileOf(result.name), JSON.stringify({ format: RUN_FORMAT, ...result }));
  }
}

/** Larger files are not read back (a results file is far smaller); tools write none so big. */
const MAX_REDACTED_FILE = 64 * 1024 * 1024;

/** Every file under `dir`, except those under `skip`. */
function filesUnder(dir: string, skip: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (file === skip) return [];
    if (entry.isDirectory()) return filesUnder(file, skip);
    return entry.isFile() ? [file] : [];
  });
}

const STATUSES: readonly StageStatus[] = ['passed', 'failed', 'skipped', 'error'];

/** What makes `value` not a stage file this gate can read, or undefined when it is one. */
export function stageFileProblem(value: unknown, stage: StageName): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'it is not a JSON object';
  const file = value as Record<string, unknown>;
  if (file.format !== RUN_FORMAT) {
    const format = file.format === undefined ? 'no format' : `format ${JSON.stringify(file.format)}`;
    return `it was written by another version of the gate (${format}; this gate reads format ${RUN_FORMAT})`;
  }
  if (file.name !== stage) return `it records the stage ${JSON.stringify(file.name)}, not ${stage}`;
  if (!STATUSES.includes(file.status as StageStatus))
    return `its status ${JSON.stringify(file.status)} is not one of ${STATUSES.join(', ')}`;
  if (typeof file.durationMs !== 'number') return 'it has no durationMs';
  if (!Array.isArray(file.findings) || !file.findings.every(isFindingLike)) return 'its findings are not findings';
  if (file.note !== undefined && typeof file.note !== 'string') return 'its note is not text';
  if (file.data !== undefined && (file.data === null || typeof file.data !== 'object'))
    return 'its data is not an object';
  return undefined;
}

function isFindingLike(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  return ['stage', 'layer', 'code', 'severity', 'message'].every((key) => typeof f[key] === 'string');
}

/** The checked file as what it is (the check above is the proof). */
function isStageResult(value: unknown, stage: StageName): value is StageResult {
  return stageFileProblem(value, stage) === undefined;
}

function incompatible(stage: StageName, file: string, problem: string) {
  return {
    stage,
    layer: 'config' as const,
    code: 'run_state_incompatible',
    category: 'client' as const,
    severity: 'error' as const,
    message: `cannot read the ${stage} step's result ${file}: ${problem}`,
    fix:
      'Run every step of the gate with one version of it (the same `uses:` ref, one bundle), ' +
      'or start again with an empty run directory (`--run-dir`, or the `run` command).',
  };
}

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
