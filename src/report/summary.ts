// The job summary: the verdict and its problems first (verdict-lead.ts), then one line per passing
// stage and the detail of a failing one.
import type * as core from '@actions/core';
import type { Finding } from '../findings.js';
import { formatLocation, sortFindings } from '../findings.js';
import type { GateReport } from './report-document.js';
import { resultOf, type StageRecord, type StageResult } from '../contract.js';
import { apiChangesMarkdown } from './api-changes-section.js';
import { canaryMarkdown } from './canary-section.js';
import { digest, listedAbove, problemNumber, type Digest } from './digest.js';
import { probeMatrixHtml, requestPathMermaid } from './probe-matrix.js';
import { counted, formatDuration } from '../text.js';
import { verdictHeading, verdictLead, type LeadOptions } from './verdict-lead.js';

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

/** One HTML table row: data cells, or with `th` the header. */
function tableRow(cells: readonly (string | number)[], tag: 'td' | 'th' = 'td'): string {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}

/** The Worker by name, with its environment when one was chosen. */
function workerFact(name: string, environment: string | null | undefined): string {
  return `Worker ${code(name)}${environment ? ` (environment ${code(environment)})` : ''}`;
}

export interface SectionOptions {
  /** The verdict above already lists the problems and findings: the table is collapsed here. */
  verdictAbove?: boolean;
  /** The problems the verdict above numbered (digest of the report's findings). */
  problems?: Digest;
}

/**
 * A stage's section. A passing or skipped stage is one line (its detail under <details>); a
 * failing one shows its facts, its diagram and matrix, and its findings (collapsed under a verdict).
 */
export function addStageSection(
  summary: Summary,
  result: StageResult,
  overflow: readonly Finding[],
  options: SectionOptions = {},
): Summary {
  const time = formatDuration(result.durationMs);
  const head = `${ICON[result.status]} <strong>${result.name}</strong> ${result.status} · ${time}`;
  const { line, detail } = stageFacts(result);
  const table = findingsTable(result.findings, options.verdictAbove ? options.problems : undefined);
  const overflowNote = overflowHtml(overflow);
  if (result.status === 'passed' || result.status === 'skipped') {
    const text = `${head}${line ? ` · ${line}` : result.note ? ` · ${escapeHtml(result.note)}` : ''}`;
    const body = `${detail}${table ? `<p>${counted(result.findings.length, 'finding')}</p>${table}` : ''}`;
    summary.addRaw(body ? `<details><summary>${text}</summary>${body}</details>` : `<p>${text}</p>`, true);
    if (overflowNote) summary.addRaw(overflowNote, true);
    return summary;
  }
  summary.addRaw(`<h4>${head}</h4>`, true);
  summary.addRaw(`<p>${line || escapeHtml(result.note ?? '')}</p>${detail}`, true);
  if (table) {
    const collapse = options.verdictAbove || result.findings.length > OPEN_ROWS;
    const among = options.verdictAbove ? ', the problems above among them' : '';
    const label = `${counted(result.findings.length, 'finding')}${among}`;
    summary.addRaw(collapse ? `<details><summary>${label}</summary>${table}</details>` : table, true);
  }
  if (overflowNote) summary.addRaw(overflowNote, true);
  return summary;
}

function overflowHtml(overflow: readonly Finding[]): string {
  if (overflow.length === 0) return '';
  return (
    `<p><strong>${counted(overflow.length, 'finding')} not shown as annotations</strong> ` +
    '(GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ' +
    overflow.map((f) => `${code(formatLocation(f.location) || f.code)} ${escapeHtml(f.code)}`).join(', ') +
    '</p>'
  );
}

/**
 * Every finding of a stage. Under the verdict, a problem is named by its number (its message and
 * fix are above) and a route it folds points at it, so neither is written twice.
 */
export function findingsTable(findings: readonly Finding[], problems?: Digest): string {
  if (findings.length === 0) return '';
  const d = problems ?? digest(findings);
  const rows = sortFindings(findings)
    .slice(0, MAX_ROWS)
    .map((f) => {
      // Root causes are numbered only where the verdict's lead lists them above this table.
      const number = problems ? problemNumber(d, f) : undefined;
      const problem = problems && f.severity === 'error' && number !== undefined;
      const listed = problems !== undefined && listedAbove(problems, f);
      const what = problem
        ? `<strong>root cause ${number}</strong>, above`
        : number !== undefined
          ? `${escapeHtml(f.message.replace(/: see the error at .*$/, ''))}: see root cause ${number}`
          : listed
            ? 'listed above'
            : escapeHtml(f.message);
      const cells = [
        SEVERITY_ICON[f.severity],
        f.location ? code(formatLocation(f.location)) : '',
        `${what} <sub>${escapeHtml(`${f.layer}/${f.code}`)}</sub>`,
        problem || listed || (number !== undefined && f.severity !== 'error') ? '' : escapeHtml(f.fix ?? ''),
      ];
      return tableRow(cells);
    })
    .join('');
  const more = findings.length > MAX_ROWS ? `<p>…and ${findings.length - MAX_ROWS} more in the JSON report.</p>` : '';
  return `<table>${tableRow(['Severity', 'Where', 'Finding', 'Fix'], 'th')}${rows}</table>${more}`;
}

/** The verdict and what it rests on (verdict-lead.ts), opening the summary; the stages follow under "Stages". */
export function addVerdict(
  summary: Summary,
  report: GateReport,
  results: readonly StageResult[],
  options: LeadOptions = {},
): Summary {
  summary.addHeading(escapeHtml(verdictHeading(report, options.gateway)), 2);
  // Markdown between blank lines: GitHub renders it inside the HTML of the summary.
  summary.addRaw(`\n${verdictLead(report, results, options).join('\n')}\n`, true);
  const canary = canaryMarkdown(resultOf(results, 'smoke')?.data?.canary);
  if (canary.length) summary.addRaw(`\n${canary.join('\n')}\n`, true);
  const api = apiChangesMarkdown(report.apiChanges);
  if (api.length) summary.addRaw(`\n${api.join('\n')}\n`, true);
  return summary;
}

/** A stage's facts: one line (HTML) and the detail a reader opens (tables, the probe matrix). */
interface Facts {
  line: string;
  detail: string;
}

/** The facts a stage's data adds to its section (the switch narrows the result to its stage). */
function stageFacts(result: StageResult): Facts {
  switch (result.name) {
    case 'validate':
      return validateFacts(result);
    case 'preflight':
      return { line: preflightLine(result), detail: '' };
    case 'test':
      return testFacts(result);
    case 'deploy':
      return { line: deployLine(result), detail: '' };
    case 'smoke':
      return smokeFacts(result);
    case 'rollback':
      return { line: rollbackLine(result), detail: '' };
    default:
      return { line: '', detail: '' };
  }
}

/** What served before: a preview leaves it serving (its alias is said instead). */
function previousFact(data: NonNullable<StageRecord<'deploy'>['data']>): string {
  if (data.mode !== 'preview')
    return data.previousVersionId ? `previously ${code(data.previousVersionId)}` : 'first deploy';
  const alias = data.preview ? `preview alias ${code(data.preview.alias)}` : 'preview';
  return `${alias}; production ${data.previousVersionId ? `${code(data.previousVersionId)} ` : ''}unchanged`;
}

function deployLine(result: StageRecord<'deploy'>): string {
  const data = result.data;
  if (!data?.workerName) return '';
  const facts = [
    `${workerFact(data.workerName, data.environment)}, ` +
      `${escapeHtml(data.mode ?? '')} deploy with wrangler ${escapeHtml(data.wrangler ?? '')}`,
    data.versionId ? `version ${code(data.versionId)}` : '',
    previousFact(data),
    data.url ? `at ${code(data.url)}` : '',
    data.liveUrl ? `production at ${code(data.liveUrl)}` : '',
    data.secretsUploaded?.length ? `secrets uploaded: ${data.secretsUploaded.map(code).join(', ')}` : '',
  ].filter(Boolean);
  return `${facts.join('; ')}.`;
}

/** Where the Worker's log lines went: under each problem, or why there are none. */
function logsFact(logs: string): string {
  return logs.startsWith('off')
    ? `Worker logs ${escapeHtml(logs)}.`
    : "The Worker's log lines for each failing probe are under its problem above and in the JSON report.";
}

function smokeFacts(result: StageRecord<'smoke'>): Facts {
  const data = result.data;
  if (!data?.probes) return { line: '', detail: '' };
  const passed = data.probes.filter((p) => p.outcome === 'passed').length;
  const against = data.baselineUrl ? ` (each also sent to production, ${escapeHtml(data.baselineUrl)})` : '';
  const count = `${passed}/${counted(data.probes.length, 'probe')} passed at ${escapeHtml(data.url)}${against}`;
  const marker = data.marker.note ? ` Deploy marker: ${escapeHtml(data.marker.note)}.` : '';
  const logs = result.status === 'failed' ? ` ${logsFact(data.logs)}` : '';
  const diagram = data.probes.length
    ? `\n\n\`\`\`mermaid\n${requestPathMermaid(result.findings, data.probes)}\n\`\`\`\n\n`
    : '';
  const matrix = probeMatrixHtml(data, escapeHtml, MAX_ROWS);
  const open = result.status !== 'passed' && data.probes.length <= OPEN_ROWS;
  const table = open
    ? matrix
    : `<details><summary>Probe matrix: ${counted(data.probes.length, 'probe')}</summary>${matrix}</details>`;
  if (result.status === 'passed') return { line: `${count}.`, detail: `<p>${marker.trim()}</p>${diagram}${matrix}` };
  return { line: `${count}.${marker}${logs}`, detail: `${diagram}${table}` };
}

function rollbackLine(result: StageRecord<'rollback'>): string {
  const data = result.data;
  if (!data?.rolledBack) return result.note ? escapeHtml(result.note) : '';
  const removed = code(data.removedVersionId ?? '?');
  return `Rolled back: ${removed} no longer serves; ${code(data.activeVersionId ?? '?')} does (checked with the API).`;
}

function testFacts(result: StageRecord<'test'>): Facts {
  const runs = result.data?.runs ?? [];
  const line = runs
    .map((run) => {
      const t = run.totals;
      const what = run.timedOut
        ? 'stopped at the timeout'
        : t
          ? `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`
          : `exit status ${run.exitCode}`;
      const kind = run.kind === 'e2e' ? 'local E2E tests' : 'unit tests';
      return `${kind} ${code(run.command)}: ${what} in ${formatDuration(run.durationMs)}`;
    })
    .join('; ');
  const detail = runs
    .map((run) => {
      // A failing run lists its failing suites first; a passing stage's tables stay folded.
      const suites = [...(run.suites ?? [])].sort((a, b) => b.failed - a.failed).slice(0, MAX_ROWS);
      const rows = suites
        .map((s) => tableRow([code(s.file), s.passed, s.failed, s.skipped, formatDuration(s.durationMs)]))
        .join('');
      if (!rows) return '';
      const table = `<table>${tableRow(['Suite', 'Passed', 'Failed', 'Skipped', 'Time'], 'th')}${rows}</table>`;
      return `<details><summary>${code(run.command)}: ${counted(suites.length, 'suite')}</summary>${table}</details>`;
    })
    .join('');
  return { line: line ? `${line}.` : '', detail };
}

function preflightLine(result: StageRecord<'preflight'>): string {
  const data = result.data;
  if (!data?.wranglerConfig) return '';
  const remote =
    data.remote && 'account' in data.remote
      ? `${counted(data.remote.checks, 'check')} in account ${code(data.remote.account)}`
      : `account not checked (${escapeHtml(data.remote?.skipped ?? 'no token')})`;
  const worker = workerFact(data.workerName ?? '?', data.environment);
  const read = `from ${code(data.wranglerConfig)}, read by ${escapeHtml(data.reader ?? '')}`;
  return `${worker} ${read}: ${counted(data.bindings ?? 0, 'binding')}; ${remote}.`;
}

function validateFacts(result: StageRecord<'validate'>): Facts {
  const data = result.data;
  if (!data?.configFile) return { line: '', detail: '' };
  const schema = data.schema ? escapeHtml(data.schema) : 'the schema';
  const line = `Checked ${code(data.configFile)} (${counted(data.routeCount ?? 0, 'route')}) against ${schema}.`;
  const refs = data.references ?? [];
  if (refs.length === 0) return { line, detail: '' };
  const rows = refs
    .slice(0, MAX_ROWS)
    .map((r) => {
      const where = r.location ? code(`${r.location.file}:${r.location.line}`) : '';
      return tableRow([escapeHtml(r.kind), code(r.name), where]);
    })
    .join('');
  const count = `${refs.length} Worker variable/secret reference${refs.length === 1 ? '' : 's'}`;
  const table = `<table>${tableRow(['Kind', 'Name', 'Where'], 'th')}${rows}</table>`;
  const detail = `<p>${count} (preflight checks they exist):</p>${table}`;
  return { line, detail };
}
