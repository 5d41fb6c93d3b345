import type { DeployCheckpoint, StageDataMap, StageRecord, StageStatus } from '../contract.js';
import type { Finding, StageName } from '../findings.js';
import type { GateConfig, InputName } from '../inputs.js';
import type { StageLog } from '../stage-log.js';

export type { StageLog };

export interface StageOutcome<N extends StageName = StageName> {
  findings: Finding[];
  /** Default: failed when a finding is an error, else passed. */
  status?: StageStatus;
  note?: string;
  data?: StageDataMap[N];
}

export interface StageDefinitionOf<N extends StageName> {
  name: N;
  /** What the stage checks, for --help. */
  summary: string;
  /** Every input the stage reads; action.yml passes exactly these to the stage's step. */
  inputs: readonly InputName[];
  run(config: GateConfig, log: StageLog, context: StageContext): Promise<StageOutcome<N>>;
  /** Imports the stage's code (which `run` also does on first use), so the stage's duration is its work alone. */
  load?(): Promise<unknown>;
  /** Runs in `run` even after an earlier stage failed (rollback exists for exactly that). */
  afterFailure?: boolean;
}

/** Any pipeline stage's definition. */
export type StageDefinition = { [N in StageName]: StageDefinitionOf<N> }[StageName];

/** What earlier steps of this run recorded (the deploy's version, for smoke and rollback). */
export interface StageContext {
  previous<N extends StageName>(name: N): StageRecord<N> | undefined;
  /**
   * What the stage knows so far (the same object it keeps filling in), so a cancelled run can
   * still report it: a deploy in flight records the Worker and the version that served before.
   */
  checkpoint?(data: DeployCheckpoint): void;
}
