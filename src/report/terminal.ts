// What a person reads in a terminal (or in the log, between annotations).
import type { Finding } from '../findings.js';
import { countBySeverity, formatLocation, sortFindings } from '../findings.js';
import type { StageResult } from '../contract.js';
import { formatDuration } from '../text.js';

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

export function styler(color: boolean) {
  return (style: Style, text: string) => (color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
}

const SEVERITY_STYLE: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };

export function formatFinding(finding: Finding, color: boolean): string {
  const paint = styler(color);
  const where = formatLocation(finding.location);
  const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity);
  const tag = paint('dim', `[${finding.layer}/${finding.code}]`);
  const head = `${where ? paint('bold', where) + '  ' : ''}${severity}  ${finding.message}  ${tag}`;
  return finding.fix ? `${head}\n    ${paint('dim', 'fix:')} ${finding.fix}` : head;
}

export function formatStageResult(
  result: StageResult,
  color: boolean,
  findings: readonly Finding[] = result.findings,
): string {
  const paint = styler(color);
  const counts = countBySeverity(result.findings);
  const mark = {
    passed: paint('green', '✔'),
    failed: paint('red', '✖'),
    error: paint('red', '✖'),
    skipped: paint('dim', '○'),
  }[result.status];
  const tally = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
    .join(', ');
  const tallyText = tally ? ` — ${tally}` : '';
  const noteText = result.note ? paint('dim', ` (${result.note})`) : '';
  const lines = [
    `${mark} ${result.name} ${result.status} in ${formatDuration(result.durationMs)}${tallyText}${noteText}`,
  ];
  for (const finding of sortFindings(findings)) lines.push('  ' + formatFinding(finding, color).replace(/\n/g, '\n  '));
  return lines.join('\n');
}
