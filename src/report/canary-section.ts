// The canary's steps as people see them (issue 23): a headline for the verdict lead, a timeline
// (a table and a Mermaid chart of the error rate per version per step) for the job summary, the
// check run and the PR comment, and one line per step for a GitHub Deployment status. Pure.
import type { CanaryData, CanaryStepRecord, CanaryVersionRecord } from '../contract.js';
import { formatDuration } from '../text.js';

const VERDICT_ICON: Record<CanaryStepRecord['verdict'], string> = {
  passed: '✅',
  promoted: '✅',
  failed: '❌',
  aborted: '⛔',
};

/** `0.2 %`; two decimals below 0.1 % so a small non-zero rate never reads as 0. */
export function rateText(rate: number): string {
  return `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)} %`;
}

/** "promoted to 100 % after 10,50,100", "rolled back at 10 %", "stopped at 50 % (…)". */
export function canaryHeadline(data: CanaryData): string {
  const last = data.steps.at(-1);
  if (data.outcome === 'promoted') return `promoted to 100 % after ${data.steps.map((s) => s.percent).join(',')}`;
  const at = last ? ` at ${last.percent} %` : '';
  if (data.outcome === 'rolled-back') return `rolled back${at}`;
  return `stopped${at}${last ? ` (${last.decision})` : ''}`;
}

/** "50 % · 0.2 % errors vs 0.1 % · 1,204 requests": one step for a GitHub Deployment status (<= 140 chars). */
export function stepStatusLine(step: CanaryStepRecord): string {
  const c = step.candidate;
  const b = step.baseline;
  if (!c || !b) return `${step.percent} % · ${step.verdict}: ${step.decision}`.slice(0, 140);
  const requests = (c.requests + b.requests).toLocaleString('en-US');
  const line = `${step.percent} % · ${rateText(c.errorRate)} errors vs ${rateText(b.errorRate)} · ${requests} requests`;
  return `${line} · ${step.verdict}`.slice(0, 140);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pair = (c: string, b: string) => `${c} / ${b}`;

function requestsCell(c?: CanaryVersionRecord, b?: CanaryVersionRecord): string {
  return c && b ? pair(c.requests.toLocaleString('en-US'), b.requests.toLocaleString('en-US')) : '–';
}

function ratesCell(c?: CanaryVersionRecord, b?: CanaryVersionRecord): string {
  return c && b ? pair(rateText(c.errorRate), rateText(b.errorRate)) : '–';
}

function p99Cell(c?: CanaryVersionRecord, b?: CanaryVersionRecord): string {
  if (!c || !b) return '–';
  const ms = (v: CanaryVersionRecord) => (v.p99Ms === undefined ? 'n/a' : `${Math.round(v.p99Ms)} ms`);
  return pair(ms(c), ms(b));
}

function stepRow(step: CanaryStepRecord): string {
  const c = step.candidate;
  const b = step.baseline;
  const cells = [
    `${step.percent} %`,
    formatDuration(step.durationMs),
    requestsCell(c, b),
    ratesCell(c, b),
    p99Cell(c, b),
    `${VERDICT_ICON[step.verdict]} ${step.verdict}: ${cell(step.decision)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The error rate per version per step as a Mermaid xychart (bars: the previous version, line: the
 * new one); undefined when no step has real-traffic numbers to draw.
 */
export function canaryChart(data: CanaryData): string | undefined {
  const observed = data.steps.filter((s) => s.candidate && s.baseline);
  if (observed.length === 0) return undefined;
  const percent = (rate: number) => Math.round(rate * 100_000) / 1000;
  const candidate = observed.map((s) => percent(s.candidate!.errorRate));
  const baseline = observed.map((s) => percent(s.baseline!.errorRate));
  const top = Math.max(1, ...candidate, ...baseline);
  return [
    'xychart-beta',
    '  title "Error rate per step (bars: previous version, line: new version)"',
    `  x-axis [${observed.map((s) => `"${s.percent} %"`).join(', ')}]`,
    `  y-axis "errors (%)" 0 --> ${Math.ceil(top * 1.2)}`,
    `  bar [${baseline.join(', ')}]`,
    `  line [${candidate.join(', ')}]`,
  ].join('\n');
}

/** The section's lines: heading, the timeline table, the chart; none without a canary. */
export function canaryMarkdown(data: CanaryData | undefined): string[] {
  if (!data) return [];
  const interval = formatDuration(data.intervalMs);
  const lines = [
    '',
    `### Canary: ${canaryHeadline(data)}`,
    '',
    `New version \`${data.candidateVersionId}\` against the previous \`${data.baselineVersionId}\`, ` +
      `${interval} per step, at least ${data.minRequests} requests per version; ` +
      `real traffic read by ${cell(data.events)}.`,
    '',
    '| Step | Time | Requests (new / previous) | Errors (new / previous) | P99 (new / previous) | Verdict |',
    '|---|---|---|---|---|---|',
    ...data.steps.map(stepRow),
  ];
  const chart = canaryChart(data);
  if (chart) lines.push('', '```mermaid', chart, '```');
  return lines;
}
