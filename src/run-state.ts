// The run directory: each stage's result, so the next step of the composite action (a separate
// process) and the report step see everything that ran before them.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STAGE_NAMES, type StageName } from './findings.js';
import type { Redactor } from './redaction.js';
import type { StageResult } from './contract.js';

export class RunState {
  /** `redactor`: results written by another step (or an older gate) are redacted as they are read. */
  constructor(
    readonly dir: string,
    private readonly redactor?: Redactor,
  ) {}

  private fileOf(stage: StageName): string {
    return path.join(this.dir, 'stages', `${stage}.json`);
  }

  /** Results recorded so far, in pipeline order; unreadable leftovers are ignored. */
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
      try {
        const result = JSON.parse(readFileSync(this.fileOf(stage), 'utf8')) as StageResult;
        results.push(this.redactor ? this.redactor.deep(result) : result);
      } catch {
        // A half-written file from a killed step: that stage did not finish.
      }
    }
    return results;
  }

  /**
   * Records a stage's result. Results of the stages after it are dropped: they belong to an
   * earlier run of the pipeline.
   */
  save(result: StageResult): void {
    const later = STAGE_NAMES.slice(STAGE_NAMES.indexOf(result.name) + 1);
    for (const stage of later) rmSync(this.fileOf(stage), { force: true });
    writeFileAtomic(this.fileOf(result.name), JSON.stringify(result));
  }
}

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
