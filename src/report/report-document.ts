// The JSON report of the contract (test/contract/report.schema.json), version 1.
import type { Finding } from '../findings.js';
import { sortFindings } from '../findings.js';
import { writeFileAtomic } from '../run-state.js';
import {
  resultOf,
  type CanaryData,
  type ApiChangeRecord,
  type DeployData,
  type ProbeRecord,
  type RollbackData,
  type SmokeData,
  type StageResult,
  type ValidateData,
} from '../contract.js';
import { type GateResult, gateResult } from '../stage-result.js';
import { roundDuration } from '../text.js';

export interface GateReport {
  version: 1;
  result: GateResult;
  stages: { name: string; status: string; durationMs: number; note?: string }[];
  findings: Finding[];
  /** From validate: the gateway config, schema and the $env/$secret references preflight resolves. */
  config?: ValidateData;
  deployment?: ReportDeployment;
  /** What the change does to the gateway's API, against the pull request's base (validate). */
  apiChanges?: ApiChangeRecord[];
  /** The smoke stage's probe records as the report shows them: without the run-internal id. */
  probes?: Array<Omit<ProbeRecord, 'id'>>;
}

/** The deploy's own fields, with what rollback and smoke concluded about it. */
export type ReportDeployment = Partial<
  Pick<
    DeployData,
    // `preview`: the version's alias and its URL (the `preview-url` output); `liveUrl`: production's, if any.
    | 'url'
    | 'versionId'
    | 'previousVersionId'
    | 'servingVersionId'
    | 'mode'
    | 'workerName'
    | 'promoted'
    | 'preview'
    | 'liveUrl'
  >
> & { rolledBack?: boolean; canary?: CanaryData };

export function buildReport(results: readonly StageResult[]): GateReport {
  const smoke = resultOf(results, 'smoke')?.data;
  const deploy = resultOf(results, 'deploy')?.data;
  return {
    version: 1,
    result: gateResult(results),
    stages: results.map((r) => ({
      name: r.name,
      status: r.status,
      durationMs: roundDuration(r.durationMs),
      note: r.note || undefined,
    })),
    findings: sortFindings(results.flatMap((r) => r.findings)),
    config: resultOf(results, 'validate')?.data,
    apiChanges: resultOf(results, 'validate')?.data?.apiChanges,
    deployment:
      deploy?.workerName || smoke?.url ? deploymentOf(deploy, smoke, resultOf(results, 'rollback')?.data) : undefined,
    probes: smoke?.probes.map(reportProbe),
  };
}

function deploymentOf(deploy?: DeployData, smoke?: SmokeData, rollback?: RollbackData): ReportDeployment {
  return {
    // wrangler's URL (the `deployment-url` output); a smoke-only run's is the URL it probed.
    url: deploy?.url || smoke?.url || undefined,
    versionId: deploy?.versionId || undefined,
    previousVersionId: deploy?.previousVersionId || undefined,
    // A failed deploy: what the API showed serving after it (the previous version, once restored).
    servingVersionId: deploy?.servingVersionId,
    rolledBack: deploy && (rollback?.rolledBack === true || smoke?.canary?.outcome === 'rolled-back'),
    mode: deploy?.mode,
    workerName: deploy?.workerName,
    promoted: smoke?.promoted || undefined,
    preview: deploy?.preview,
    liveUrl: deploy?.liveUrl,
    // Issue 23: every canary step's numbers, per version (`deployment.canary.steps[]`).
    canary: smoke?.canary,
  };
}

function reportProbe(p: ProbeRecord): Omit<ProbeRecord, 'id'> {
  return {
    name: p.name,
    method: p.method,
    url: p.url,
    route: p.route || undefined,
    status: p.status,
    attempts: p.attempts,
    durationMs: roundDuration(p.durationMs),
    outcome: p.outcome,
    // fold-observations sets the layer and the code together
    layer: p.layer,
    code: p.code,
    control: p.control || undefined,
    baseline: p.baseline,
    verdict: p.verdict,
  };
}

export function writeReport(file: string, report: GateReport): void {
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
