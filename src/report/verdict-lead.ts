// The first screen of the job summary, the check run and the sticky pull-request comment (issue 22):
// the verdict, what serves production now, how many problems on how many routes, each problem once
// with where and what to do (and the Worker's log the gate captured for it), what else to know,
// and where the JSON report is. Markdown that renders the same on all three.
import { resultOf, type ProbeRecord, type StageResult } from '../contract.js';
import { formatLocation, type Finding } from '../findings.js';
import { capturedLog, digest, MAX_OTHERS, problemCount, productionState, type Problem } from './digest.js';
import type { GateReport } from './report-document.js';

/** One line per regression up to this; the probe matrix and the JSON report hold the rest. */
export const MAX_REGRESSION_LINES = 30;
/** Problems shown in full; the stage's findings table and the JSON report hold the rest. */
const MAX_PROBLEMS = 10;
const ICON: Record<string, string> = { passed: '✅', failed: '❌', error: '⛔', skipped: '⏭️' };

export interface LeadOptions {
  /** Names the gateway (gateway-identity.ts), so matrix jobs' summaries tell which is which. */
  gateway?: string;
  /** The JSON report: a link to the run's artifacts on GitHub, else its path (a laptop's). */
  reportLink?: { href: string } | { path: string };
}

export function verdictHeading(report: GateReport, gateway = ''): string {
  const icon = report.result === 'passed' ? '✅' : report.result === 'failed' ? '❌' : '⛔';
  return `${icon} Gateway deploy gate ${report.result}${gateway ? `: ${gateway}` : ''}`;
}

/** The lead without its heading (the job summary writes an <h2>, the check run and comment `##`). */
export function verdictLead(report: GateReport, results: readonly StageResult[], options: LeadOptions = {}): string[] {
  const lines: string[] = [];
  const production = productionState(results);
  if (production) lines.push(`**Production:** ${md(production)}`, '');
  const deploy = resultOf(results, 'deploy')?.data;
  if (deploy?.preview) {
    const version = deploy.versionId ? ` (version \`${deploy.versionId}\`)` : '';
    lines.push(`**Preview:** ${deploy.preview.url}${version}`, '');
  }
  const d = digest(report.findings);
  const stages = report.stages.map((s) => `${ICON[s.status] ?? ''} ${s.name}`).join(' · ');
  const count = report.result === 'passed' && d.problems.length === 0 ? '' : `**${problemCount(d)}** · `;
  lines.push(`${count}${stages}`, '');
  const probes = resultOf(results, 'smoke')?.data?.probes ?? [];
  // A regression that a problem below names (its routes) is said there, with its fix.
  const named = new Set(d.problems.flatMap((p) => p.routes));
  const regressions = probes.filter((p) => p.verdict === 'regression' && !named.has(p.route ?? p.name));
  lines.push(...regressionLines(regressions));
  for (const problem of d.problems.slice(0, MAX_PROBLEMS)) lines.push(...problemLines(problem), '');
  if (d.problems.length > MAX_PROBLEMS)
    lines.push(`…and ${d.problems.length - MAX_PROBLEMS} more problems in the stages below and the JSON report.`, '');
  lines.push(...otherLines(d.others, d.problems.length > 0));
  const link = reportLine(options.reportLink);
  if (link) lines.push(link, '');
  return lines;
}

function regressionLines(regressions: readonly ProbeRecord[]): string[] {
  if (regressions.length === 0) return [];
  const lines = [`**Regressions** (fail on the preview, pass in production):`, ''];
  lines.push(...regressions.slice(0, MAX_REGRESSION_LINES).map(regressionLine));
  const more = regressions.length - MAX_REGRESSION_LINES;
  if (more > 0) lines.push(`- …and ${more} more in the probe matrix`);
  return [...lines, ''];
}

/** "- `GET /users/{id}` · upstream/connection_refused · preview 502, production 200" */
export function regressionLine(probe: ProbeRecord): string {
  const route = (probe.route ?? probe.name).replace(/`/g, "'");
  const layer = probe.layer ? `${probe.layer}${probe.code ? `/${probe.code}` : ''}` : 'differs from production';
  const answer = (status: number | undefined) => (status === undefined ? 'no answer' : String(status));
  const production = probe.baseline ? `, production ${answer(probe.baseline.status)}` : '';
  return `- \`${route}\` · ${layer} · preview ${answer(probe.status)}${production}`;
}

/** A root cause, written once: where, what, the fix, and the Worker's log lines for its first failing probe. */
function problemLines({ number, finding }: Problem): string[] {
  const where = finding.location ? ` at \`${formatLocation(finding.location)}\`` : '';
  const lines = [`**${number}. ${finding.layer}/${finding.code}**${where} (${finding.stage}): ${md(finding.message)}`];
  if (finding.fix) lines.push('', `**Fix:** ${md(finding.fix)}`);
  const log = capturedLog(finding);
  if (log) {
    const of = log.request ? ` for \`${log.request}\`` : '';
    lines.push('', `The Worker's log${of}, as the gate captured it (redacted):`, '');
    lines.push('```text', ...log.lines.map((l) => l.replace(/```/g, "'''")), '```');
  }
  return lines;
}

/** The warnings and notices that are not a route of a problem: each its own finding, its own fix. */
function otherLines(others: readonly Finding[], afterProblems: boolean): string[] {
  if (others.length === 0) return [];
  const label = afterProblems ? '**Also** (apart from the problems above):' : '**To know:**';
  const items = others.slice(0, MAX_OTHERS).map((f) => {
    const icon = f.severity === 'warning' ? '⚠️' : 'ℹ️';
    const where = f.location ? ` at \`${formatLocation(f.location)}\`` : '';
    return `- ${icon} **${f.layer}/${f.code}**${where}: ${md(f.message)}${f.fix ? ` **Fix:** ${md(f.fix)}` : ''}`;
  });
  const more = others.length - MAX_OTHERS;
  if (more > 0) items.push(`- …and ${more} more in the stages below`);
  return [label, '', ...items, ''];
}

/** On GitHub the JSON report is reached through the run's artifacts: a runner's path is gone after the job. */
export function reportLinkOf(env: NodeJS.ProcessEnv, reportPath: string): NonNullable<LeadOptions['reportLink']> {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  if (!server || !repository || !run) return { path: reportPath };
  return { href: `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}` };
}

function reportLine(link: LeadOptions['reportLink']): string | undefined {
  if (!link) return undefined;
  if ('href' in link)
    return `JSON report: in [this run's artifacts](${link.href}), when the workflow uploads it (the examples do).`;
  return `JSON report: \`${link.path}\``;
}

/**
 * Free text as Markdown: what would format is escaped, `code` spans stay code. Messages quote
 * config and server output (`{.+}`, `<id>`, `*`), which must print as written.
 */
export function md(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/[\\*_[\]|#~]/g, (c) => `\\${c}`)
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/\n/g, ' '),
    )
    .join('');
}
