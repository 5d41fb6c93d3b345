// The job summary: a section per stage as its step ends, and the verdict from the report step.
import type * as core from '@actions/core';
import type { Finding } from '../findings.js';
import { countBySeverity, formatLocation, sortFindings } from '../findings.js';
import type { GateReport } from './report-document.js';
import type { StageRecord, StageResult } from '../contract.js';
import { apiChangesMarkdown } from './api-changes-section.js';
import { probeMatrixHtml, requestPathMermaid } from './probe-matrix.js';
import { counted, formatDuration } from '../text.js';

/** Keeps the summary far below GitHub's 1 MiB per step; the JSON report has everything. */
const MAX_ROWS = 200;
/** Longer detail than this is collapsed under the verdict and its root causes. */
const OPEN_ROWS = 8;

type Summary = typeof core.summary;

const ICON = { passed: '✅', failed: '❌', error: '⛔', skipped: '⏭️' } as const;
const SEVERITY_ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

export function addStageSection(summary: Summary, result: StageResult, overflow: readonly Finding[]): Summary {
  summary.addHeading(
    `${ICON[result.status]} ${result.name} ${result.status} · ${formatDuration(result.durationMs)}`,
    3,
  );
  const facts = describe(result);
  if (facts !== undefined) summary.addRaw(facts, true);
  if (result.note) summary.addRaw(`<p>${escapeHtml(result.note)}</p>`, true);
  addFindingsTable(summary, result.findings);
  if (overflow.length > 0) {
    summary.addRaw(
      `<p><strong>${overflow.length} finding${overflow.length === 1 ? '' : 's'} not shown as annotations</strong> (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ` +
        overflow.map((f) => `${code(formatLocation(f.location) || f.code)} ${escapeHtml(f.code)}`).join(', ') +
        '</p>',
      true,
    );
  }
  return summary;
}

export function addFindingsTable(summary: Summary, findings: readonly Finding[]): Summary {
  if (findings.length === 0) return summary;
  const sorted = sortFindings(findings);
  const collapsed = sorted.length > OPEN_ROWS;
  if (collapsed) summary.addRaw(`<details><summary>${counted(sorted.length, 'finding')}</summary>`, true);
  summary.addTable([
    [
      { data: 'Severity', header: true },
      { data: 'Where', header: true },
      { data: 'Finding', header: true },
      { data: 'Fix', header: true },
    ],
    ...sorted
      .slice(0, MAX_ROWS)
      .map((f) => [
        SEVERITY_ICON[f.severity],
        f.location ? code(formatLocation(f.location)) : '',
        `${escapeHtml(f.message)} <sub>${escapeHtml(`${f.layer}/${f.code}`)}</sub>`,
        escapeHtml(f.fix ?? ''),
      ]),
  ]);
  if (sorted.length > MAX_ROWS)
    summary.addRaw(`<p>…and ${sorted.length - MAX_ROWS} more in the JSON report.</p>`, true);
  if (collapsed) summary.addRaw('</details>', true);
  return summary;
}

/** The errors, each one root cause (the smoke stage already folded a shared server into one). */
function addRootCauses(summary: Summary, findings: readonly Finding[]): void {
  const errors = sortFindings(findings.filter((f) => f.severity === 'error'));
  if (errors.length === 0) return;
  const items = errors.slice(0, MAX_ROWS).map((f) => {
    const where = f.location ? `${code(formatLocation(f.location))} ` : '';
    const what = `${escapeHtml(f.message)} <sub>${escapeHtml(`${f.stage}: ${f.layer}/${f.code}`)}</sub>`;
    return `<li>${where}${what}${f.fix ? `<br>Fix: ${escapeHtml(f.fix)}` : ''}</li>`;
  });
  summary.addRaw(`<p><strong>${counted(errors.length, 'root cause')}</strong></p><ol>${items.join('')}</ol>`, true);
}

/** `gateway` names the gateway (gateway-identity.ts), so matrix jobs' summaries tell which is which. */
export function addVerdict(summary: Summary, report: GateReport, reportPath: string, gateway = ''): Summary {
  const icon = report.result === 'passed' ? '✅' : report.result === 'failed' ? '❌' : '⛔';
  summary.addHeading(`${icon} Gateway deploy gate ${report.result}${gateway ? `: ${escapeHtml(gateway)}` : ''}`, 2);
  summary.addTable([
    [
      { data: 'Stage', header: true },
      { data: 'Result', header: true },
      { data: 'Time', header: true },
      { data: 'Errors', header: true },
      { data: 'Warnings', header: true },
      { data: 'Notices', header: true },
    ],
    ...report.stages.map((s) => {
      const counts = countBySeverity(report.findings.filter((f) => f.stage === s.name));
      return [
        s.name,
        `${ICON[s.status as keyof typeof ICON] ?? ''} ${s.status}`,
        formatDuration(s.durationMs),
        String(counts.error),
        String(counts.warning),
        String(counts.notice),
      ];
    }),
  ]);
  addRootCauses(summary, report.findings);
  const api = apiChangesMarkdown(report.apiChanges);
  if (api.length) summary.addRaw(`${api.join('\n')}\n`, true);
  summary.addRaw(`<p>JSON report: ${code(reportPath)}</p>`, true);
  return summary;
}

/** The facts a stage's data adds to its section (the switch narrows the result to its stage). */
function describe(result: StageResult): string | undefined {
  switch (result.name) {
    case 'validate':
      return STAGE_DESCRIPTIONS.validate(result);
    case 'preflight':
      return STAGE_DESCRIPTIONS.preflight(result);
    case 'test':
      return STAGE_DESCRIPTIONS.test(result);
    case 'deploy':
      return STAGE_DESCRIPTIONS.deploy(result);
    case 'smoke':
      return STAGE_DESCRIPTIONS.smoke(result);
    case 'rollback':
      return STAGE_DESCRIPTIONS.rollback(result);
    default:
      return undefined;
  }
}

/** What served before: a preview leaves it serving (its alias is said instead). */
function previousFact(data: NonNullable<StageRecord<'deploy'>['data']>): string {
  if (data.mode !== 'preview')
    return data.previousVersionId ? `previously ${code(data.previousVersionId)}` : 'first deploy';
  const alias = data.preview ? `preview alias ${code(data.preview.alias)}` : 'preview';
  return `${alias}; production ${data.previousVersionId ? `${code(data.previousVersionId)} ` : ''}unchanged`;
}

const STAGE_DESCRIPTIONS = {
  deploy: (result: StageRecord<'deploy'>) => {
    const data = result.data;
    if (!data?.workerName) return '';
    const facts = [
      `Worker ${code(data.workerName)}${data.environment ? ` (environment ${code(data.environment)})` : ''}, ${escapeHtml(data.mode ?? '')} deploy with wrangler ${escapeHtml(data.wrangler ?? '')}`,
      data.versionId ? `version ${code(data.versionId)}` : '',
      previousFact(data),
      data.url ? `at ${code(data.url)}` : '',
      data.liveUrl ? `production at ${code(data.liveUrl)}` : '',
      data.secretsUploaded?.length ? `secrets uploaded: ${data.secretsUploaded.map(code).join(', ')}` : '',
    ].filter(Boolean);
    return `<p>${facts.join('; ')}.</p>`;
  },
  smoke: (result: StageRecord<'smoke'>) => {
    const data = result.data;
    if (!data?.probes) return '';
    const marker = data.marker.note ? `Deploy marker: ${escapeHtml(data.marker.note)}. ` : '';
    const head = `<p>${marker}Logs: ${escapeHtml(data.logs)}.</p>`;
    const diagram = data.probes.length
      ? `\n\n\`\`\`mermaid\n${requestPathMermaid(result.findings, data.probes)}\n\`\`\`\n\n`
      : '';
    const matrix = probeMatrixHtml(data, escapeHtml, MAX_ROWS);
    const summaryLine = `<summary>Probe matrix: ${counted(data.probes.length, 'probe')}</summary>`;
    const body = data.probes.length > OPEN_ROWS ? `<details>${summaryLine}${matrix}</details>` : matrix;
    return `${head}${diagram}${body}`;
  },
  rollback: (result: StageRecord<'rollback'>) => {
    const data = result.data;
    if (!data?.rolledBack) return '';
    return `<p>Rolled back: ${code(data.removedVersionId ?? '?')} no longer serves; ${code(data.activeVersionId ?? '?')} does (checked with the API).</p>`;
  },
  test: (result: StageRecord<'test'>) => {
    const runs = result.data?.runs ?? [];
    return runs
      .map((run) => {
        const t = run.totals;
        const head = `<p><strong>${run.kind === 'e2e' ? 'Local E2E tests' : 'Unit tests'}</strong> ${code(run.command)}: ${
          run.timedOut
            ? 'stopped at the timeout'
            : t
              ? `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`
              : `exit status ${run.exitCode}`
        } in ${formatDuration(run.durationMs)}</p>`;
        const rows = (run.suites ?? [])
          .slice(0, MAX_ROWS)
          .map(
            (s) =>
              `<tr><td>${code(s.file)}</td><td>${s.passed}</td><td>${s.failed}</td><td>${s.skipped}</td><td>${formatDuration(s.durationMs)}</td></tr>`,
          )
          .join('');
        return rows
          ? `${head}<table><tr><th>Suite</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Time</th></tr>${rows}</table>`
          : head;
      })
      .join('\n');
  },
  preflight: (result: StageRecord<'preflight'>) => {
    const data = result.data;
    if (!data?.wranglerConfig) return '';
    const remote =
      data.remote && 'account' in data.remote
        ? `${counted(data.remote.checks, 'check')} in account ${code(data.remote.account)}`
        : `account not checked (${escapeHtml(data.remote?.skipped ?? 'no token')})`;
    return `<p>Worker ${code(data.workerName ?? '?')}${data.environment ? ` (environment ${code(data.environment)})` : ''} from ${code(data.wranglerConfig)}, read by ${escapeHtml(data.reader ?? '')}: ${counted(data.bindings ?? 0, 'binding')}; ${remote}.</p>`;
  },
  validate: (result: StageRecord<'validate'>) => {
    const data = result.data;
    if (!data?.configFile) return '';
    let text = `<p>Checked ${code(data.configFile)} (${data.routeCount ?? 0} route${data.routeCount === 1 ? '' : 's'}) against ${data.schema ? escapeHtml(data.schema) : 'the schema'}.</p>`;
    const refs = data.references ?? [];
    if (refs.length > 0) {
      const rows = refs
        .slice(0, MAX_ROWS)
        .map(
          (r) =>
            `<tr><td>${escapeHtml(r.kind)}</td><td>${code(r.name)}</td><td>${r.location ? code(`${r.location.file}:${r.location.line}`) : ''}</td></tr>`,
        )
        .join('');
      text += `<details><summary>${refs.length} Worker variable/secret reference${refs.length === 1 ? '' : 's'} (preflight checks they exist)</summary><table><tr><th>Kind</th><th>Name</th><th>Where</th></tr>${rows}</table></details>`;
    }
    return text;
  },
};
