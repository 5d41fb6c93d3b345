import type { Finding, StageName } from './findings.js';

export type StageStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** What a stage hands to the next step (through the run directory) and to the report. */
export interface StageResult {
  name: StageName;
  status: StageStatus;
  durationMs: number;
  note?: string;
  findings: Finding[];
  /** Stage-specific facts later stages and the summary use (validate: references, schema, routes). */
  data?: Record<string, unknown>;
}

export function statusFromFindings(findings: readonly Finding[]): StageStatus {
  return findings.some((f) => f.severity === 'error') ? 'failed' : 'passed';
}

export type GateResult = 'passed' | 'failed' | 'error';

export function gateResult(results: readonly StageResult[]): GateResult {
  if (results.some((r) => r.status === 'error')) return 'error';
  if (results.some((r) => r.status === 'failed' || r.findings.some((f) => f.severity === 'error'))) return 'failed';
  return 'passed';
}

/** The contract's exit status: 0 passed, 1 failed, 2 could not run. */
export function exitCode(result: GateResult | StageStatus): number {
  if (result === 'error') return 2;
  if (result === 'failed') return 1;
  return 0;
}
