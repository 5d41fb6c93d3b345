// Publishing to GitHub with a github-token: one check run holding every annotation, and the
// sticky pull-request comment, both showing the same markdown.
import { resultOf, type StageResult } from '../contract.js';
import { countBySeverity, formatLocation } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import { escapeCommand } from '../runner-protocol.js';
import { pathPrefixOf } from './annotations.js';
import { checkRunName, commentKey, gatewayLabel, type GatewayIdentity } from './gateway-identity.js';
import { requestPathMermaid } from './probe-matrix.js';
import type { GateReport } from './report-document.js';
import { escapeHtml } from './summary.js';
import { apiChangesMarkdown } from './api-changes-section.js';
import { verdictLead } from './verdict-lead.js';

export interface Published {
  /** Whether the check run was written; without it, the caller annotates with workflow commands. */
  checkRun: boolean;
  /** What was published, as HTML for the job summary. */
  note?: string;
}

/**
 * The check run (every annotation, in batches of 50) and the sticky PR comment. A token that
 * cannot write (a fork's) is not an error: the caller falls back to workflow-command annotations.
 */
export async function publishToGitHub(
  gate: GateConfig,
  report: GateReport,
  results: readonly StageResult[],
  say: (line: string) => void,
  gateway: GatewayIdentity,
): Promise<Published> {
  const { publishCheckRun } = await import('./github-checks.js');
  const token = gate.githubToken!;
  const markdown = githubMarkdown(report, results, gatewayLabel(gateway));
  const counts = countBySeverity(report.findings);
  const check = await publishCheckRun({
    token,
    env: gate.env,
    name: checkRunName(gateway),
    conclusion: report.result === 'passed' ? 'success' : 'failure',
    title:
      report.result === 'passed'
        ? `passed (${counts.warning} warnings)`
        : `${report.result}: ${counts.error} errors, ${counts.warning} warnings`,
    summary: markdown,
    findings: report.findings,
    pathPrefix: pathPrefixOf(gate.env.GITHUB_WORKSPACE, gate.workingDirectory),
  });
  const notes: string[] = [];
  if (check.published) notes.push(`Check run with ${check.annotations} annotations: ${check.url}`);
  else {
    const warning = `no check run (${check.reason}); annotating with workflow commands instead`;
    say(`::warning title=gateway-deploy-gate::${escapeCommand(warning)}`);
    notes.push(`No check run: ${check.reason}. The annotations are on this step instead.`);
  }
  if (gate.prComment) {
    const { upsertPullRequestComment } = await import('./pr-comment.js');
    const comment = await upsertPullRequestComment({
      token,
      env: gate.env,
      body: markdown,
      key: commentKey(gate.env.GITHUB_JOB, gateway),
    });
    notes.push(
      comment.done
        ? `Pull request comment ${comment.action}: ${comment.url}`
        : `No pull request comment: ${comment.reason}`,
    );
  }
  const { finishGitHubDeployment } = await import('./github-deployments.js');
  const deployment = await finishGitHubDeployment(gate, results, say);
  if (deployment) notes.push(deployment);
  for (const note of notes) say(note);
  return { checkRun: check.published, note: notes.map(escapeHtml).join('<br>') };
}

/**
 * The summary as a check run and a PR comment show it: the verdict (naming the gateway), the preview and the
 * regressions first, then the stages, the findings and the request path.
 */
export function githubMarkdown(report: GateReport, results: readonly StageResult[], gateway = ''): string {
  const lines = [...verdictLead(report, results, gateway), '| Stage | Result | Note |', '|---|---|---|'];
  for (const r of results)
    lines.push(`| ${r.name} | ${r.status} | ${(r.note ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  lines.push(...apiChangesMarkdown(report.apiChanges));
  const errors = report.findings.filter((f) => f.severity !== 'notice').slice(0, 30);
  if (errors.length) {
    lines.push('', '| | Where | Finding | Layer |', '|---|---|---|---|');
    for (const f of errors)
      lines.push(
        `| ${f.severity === 'error' ? '❌' : '⚠️'} | ${f.location ? `\`${formatLocation(f.location)}\`` : ''} | ` +
          `${f.message.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${f.layer}/${f.code} |`,
      );
  }
  const smoke = resultOf(results, 'smoke');
  if (smoke?.data && report.probes?.length) {
    lines.push('', '```mermaid', requestPathMermaid(smoke.findings, smoke.data.probes), '```');
  }
  return lines.join('\n');
}
