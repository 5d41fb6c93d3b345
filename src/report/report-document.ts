// The JSON report of the contract (shared/contract/report.schema.json), version 1.
import type { Finding } from '../findings.js';
import { sortFindings } from '../findings.js';
import { writeFileAtomic } from '../run-state.js';
import { type GateResult, gateResult, type StageResult } from '../stage-result.js';

export interface GateReport {
  version: 1;
  result: GateResult;
  stages: { name: string; status: string; durationMs: number; note?: string }[];
  findings: Finding[];
  /** From validate: the gateway config, schema and the $env/$secret references preflight resolves. */
  config?: Record<string, unknown>;
}

export function buildReport(results: readonly StageResult[]): GateReport {
  const validate = results.find((r) => r.name === 'validate');
  return {
    version: 1,
    result: gateResult(results),
    stages: results.map((r) => ({
      name: r.name,
      status: r.status,
      durationMs: Math.round(r.durationMs * 10) / 10,
      ...(r.note ? { note: r.note } : {}),
    })),
    findings: sortFindings(results.flatMap((r) => r.findings)),
    ...(validate?.data ? { config: validate.data } : {}),
  };
}

export function writeReport(file: string, report: GateReport): void {
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
