import type { StageResult, StageStatus } from './contract.js';
import type { Finding } from './findings.js';

export type { StageResult, StageStatus } from './contract.js';

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
