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
import { digest, problemCount, problemNumber } from './digest.js';
import { escapeHtml } from './summary.js';
import { apiChangesMarkdown } from './api-changes-section.js';
import { canaryMarkdown } from './canary-section.js';
import { md, reportLinkOf, verdictHeading, verdictLead, type LeadOptions } from './verdict-lead.js';
import { counted, formatDuration } from '../text.js';

/** Findings listed in the check run and comment; the JSON report and the annotations have them all. */
const MAX_TABLE_ROWS = 30;

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
  const markdown = githubMarkdown(report, results, {
    gateway: gatewayLabel(gateway),
    reportLink: reportLinkOf(gate.env, gate.reportPath),
  });
  const counts = countBySeverity(report.findings);
  const check = await publishCheckRun({
    token,
    env: gate.env,
    name: checkRunName(gateway),
    conclusion: report.result === 'passed' ? 'success' : 'failure',
    // "failed: 1 problem on 3 routes": the routes a root cause folds are not counted again as warnings.
    title:
      report.result === 'passed'
        ? `passed${counts.warning ? ` (${counted(counts.warning, 'warning')})` : ''}`
        : `${report.result}: ${problemCount(digest(report.findings))}`,
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
 * The summary as a check run and a PR comment show it: the same lead as the job summary (verdict,
 * production, problems, what else), one line per stage, every finding folded, the request path.
 */
export function githubMarkdown(report: GateReport, results: readonly StageResult[], options: LeadOptions = {}): string {
  const lines = [`## ${verdictHeading(report, options.gateway)}`, '', ...verdictLead(report, results, options)];
  const canary = canaryMarkdown(resultOf(results, 'smoke')?.data?.canary);
  if (canary.length) lines.push(...canary.slice(1), '');
  lines.push('| Stage | Result | Time | Note |', '|---|---|---|---|');
  for (const r of results)
    lines.push(
      `| ${r.name} | ${r.status} | ${formatDuration(r.durationMs)} | ${md(r.note ?? '').replace(/\|/g, '\\|')} |`,
    );
  lines.push(...apiChangesMarkdown(report.apiChanges));
  const shown = report.findings.slice(0, MAX_TABLE_ROWS);
  if (shown.length) {
    const d = digest(report.findings);
    lines.push('', `<details><summary>${counted(report.findings.length, 'finding')}</summary>`, '');
    lines.push('| | Where | Finding | Layer |', '|---|---|---|---|');
    for (const f of shown) {
      const number = problemNumber(d, f);
      const what =
        number === undefined
          ? f.message
          : f.severity === 'error'
            ? `root cause ${number}, above`
            : `${f.message.replace(/: see the error at .*$/, '')}: see root cause ${number}`;
      const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
      const where = f.location ? `\`${formatLocation(f.location)}\`` : '';
      lines.push(`| ${icon} | ${where} | ${md(what).replace(/\|/g, '\\|')} | ${f.layer}/${f.code} |`);
    }
    const more = report.findings.length - shown.length;
    if (more > 0) lines.push('', `…and ${more} more in the JSON report.`);
    lines.push('', '</details>');
  }
  const smoke = resultOf(results, 'smoke');
  if (smoke?.data && report.probes?.length) {
    lines.push('', '```mermaid', requestPathMermaid(smoke.findings, smoke.data.probes), '```');
  }
  return lines.join('\n');
}
