// "API changes": what the pull request changes in the gateway's API, most severe first, the first
// five shown and the rest collapsed, as Markdown for the job summary, the check run and the PR comment.
import type { ApiChangeRecord } from '../contract.js';
import { formatLocation, type Severity } from '../findings.js';
import { counted } from '../text.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function row(change: ApiChangeRecord): string {
  const where = change.location ? `\`${formatLocation(change.location)}\`` : '';
  const accepted = change.accepted ? ' (accepted)' : '';
  return (
    `| ${ICON[change.severity]} | \`${change.code}\`${accepted} | ${cell(change.route ?? 'the whole API')} |` +
    ` ${where} | ${cell(change.message)} |`
  );
}

/** The section's lines; none when the change leaves the API as it was (or nothing was compared). */
export function apiChangesMarkdown(changes: readonly ApiChangeRecord[] | undefined, shown = 5): string[] {
  if (!changes?.length) return [];
  const sorted = [...changes].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code));
  const tally = (['error', 'warning', 'notice'] as const)
    .map((s) => [s, sorted.filter((c) => c.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => counted(n, s))
    .join(', ');
  const head = ['| | Change | Route | Where | What |', '|---|---|---|---|---|'];
  const lines = ['', `### API changes: ${counted(sorted.length, 'change')} (${tally})`, '', ...head];
  lines.push(...sorted.slice(0, shown).map(row));
  if (sorted.length > shown) {
    const rest = sorted.length - shown;
    lines.push('', `<details><summary>${counted(rest, 'more change')}</summary>`, '', ...head);
    lines.push(...sorted.slice(shown).map(row), '', '</details>');
  }
  return lines;
}
