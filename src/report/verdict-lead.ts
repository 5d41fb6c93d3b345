// The opening of the check run and the sticky pull-request comment (issue 14, point 5): the
// verdict, the preview to open, then what this change broke, one line per route; the detail follows.
import { resultOf, type ProbeRecord, type StageResult } from '../contract.js';
import { countBySeverity } from '../findings.js';
import type { GateReport } from './report-document.js';

/** One line per regression up to this; the findings table and the JSON report hold the rest. */
export const MAX_REGRESSION_LINES = 30;

export function verdictLead(report: GateReport, results: readonly StageResult[]): string[] {
  const probes = resultOf(results, 'smoke')?.data?.probes ?? [];
  const regressions = probes.filter((p) => p.verdict === 'regression');
  const lines = [`## ${report.result === 'passed' ? '✅' : '❌'} Gateway deploy gate ${report.result}`, ''];
  lines.push(tally(report, regressions.length));
  const deploy = resultOf(results, 'deploy')?.data;
  if (deploy?.preview) {
    const version = deploy.versionId ? ` (version \`${deploy.versionId}\`)` : '';
    lines.push('', `**Preview:** ${deploy.preview.url}${version}`);
  }
  if (regressions.length > 0) {
    lines.push(
      '',
      `### Regressions: ${regressions.length} route${regressions.length === 1 ? '' : 's'} broken by this change`,
    );
    lines.push('', ...regressions.slice(0, MAX_REGRESSION_LINES).map(regressionLine));
    const more = regressions.length - MAX_REGRESSION_LINES;
    if (more > 0) lines.push(`- …and ${more} more in the JSON report`);
  }
  lines.push('');
  return lines;
}

function tally(report: GateReport, regressions: number): string {
  const counts = countBySeverity(report.findings);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (regressions > 0) parts.unshift(`**${plural(regressions, 'regression')}**`);
  return parts.join(' · ');
}

/** "`GET /users/{id}` · upstream/connection_refused · preview 502, production 200" */
export function regressionLine(probe: ProbeRecord): string {
  const route = (probe.route ?? probe.name).replace(/`/g, "'");
  const layer = probe.layer ? `${probe.layer}${probe.code ? `/${probe.code}` : ''}` : 'differs from production';
  const answer = (status: number | undefined) => (status === undefined ? 'no answer' : String(status));
  const production = probe.baseline ? `, production ${answer(probe.baseline.status)}` : '';
  return `- \`${route}\` · ${layer} · preview ${answer(probe.status)}${production}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
