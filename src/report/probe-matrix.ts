// The smoke test in the job summary: a matrix of every probe, and a Mermaid diagram of the
// request path (edge → routing → auth → upstream) that marks where the failures sit.
import type { Finding, Layer } from '../findings.js';
import type { ProbeRecord, SmokeData } from '../contract.js';
import { counted, formatDuration } from '../text.js';

type Html = (text: string) => string;

export function probeMatrixHtml(data: SmokeData, escape: Html, maxRows: number): string {
  const differential = data.probes.some((p) => p.verdict);
  const rows = [...data.probes]
    // Regressions, then failures first: on a 500-route gateway the reader wants the red rows.
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, maxRows)
    .map((p) => {
      const cells = differential ? differentialCells(p, escape) : singleCells(p, escape);
      return `<tr><td><code>${escape(p.name)}</code></td>${cells}<td>${formatDuration(p.durationMs)}</td></tr>`;
    })
    .join('');
  const more =
    data.probes.length > maxRows ? `<p>…and ${data.probes.length - maxRows} more probes in the JSON report.</p>` : '';
  const skippedItems = data.skipped.map((s) => `<li><code>${escape(s.route)}</code>: ${escape(s.reason)}</li>`);
  const skipped = data.skipped.length
    ? `<details><summary>${data.skipped.length} route${data.skipped.length === 1 ? '' : 's'} not probed</summary>` +
      `<ul>${skippedItems.join('')}</ul></details>`
    : '';
  const head = differential
    ? `<th>Candidate</th><th>Production</th><th>Verdict</th>`
    : '<th>Status</th><th>Result</th><th>Layer</th>';
  const against =
    differential && data.baselineUrl
      ? `<p>Candidate ${escape(data.url)} against production ${escape(data.baselineUrl)}.</p>`
      : '';
  return `${against}<table><tr><th>Route</th>${head}<th>Time</th></tr>${rows}</table>${more}${skipped}`;
}

const VERDICT_RANK: Record<string, number> = { regression: 0, preexisting: 1, fixed: 2, unchanged: 3 };
const rank = (p: ProbeRecord): number => (p.verdict ? VERDICT_RANK[p.verdict]! : p.outcome === 'failed' ? 0 : 1);

function singleCells(p: ProbeRecord, escape: Html): string {
  const result = p.outcome === 'passed' ? '✅ passed' : '❌ failed';
  const layer = p.layer ? `${escape(p.layer)} <sub>${escape(p.code ?? '')}</sub>` : p.control ? 'control' : '';
  return `<td>${p.status ?? '—'}</td><td>${result}${attemptsOf(p)}</td><td>${layer}</td>`;
}

/** One side of a differential row: its status and outcome, and the layer when it failed. */
function side(s: Pick<ProbeRecord, 'status' | 'outcome' | 'layer' | 'code'> | undefined, escape: Html): string {
  if (!s) return '—';
  const outcome = s.outcome === 'passed' ? '✅' : '❌';
  const layer = s.layer ? ` ${escape(s.layer)} <sub>${escape(s.code ?? '')}</sub>` : '';
  return `${outcome} ${s.status ?? '—'}${layer}`;
}

const VERDICT_LABEL: Record<string, string> = {
  regression: '🔴 regression',
  preexisting: '🟡 already failing in production',
  fixed: '🟢 fixed',
  unchanged: 'unchanged',
};

function differentialCells(p: ProbeRecord, escape: Html): string {
  const verdict = p.verdict ? VERDICT_LABEL[p.verdict]! : '';
  return `<td>${side(p, escape)}${attemptsOf(p)}</td><td>${side(p.baseline, escape)}</td><td>${verdict}</td>`;
}

const attemptsOf = (p: ProbeRecord): string => (p.attempts > 1 ? ` (${p.attempts} attempts)` : '');

const PATH_NODES: Array<{ id: string; layers: Layer[]; label: string }> = [
  { id: 'probe', layers: ['probe'], label: 'Smoke probes' },
  { id: 'edge', layers: ['edge'], label: 'Cloudflare edge' },
  { id: 'routing', layers: ['routing'], label: 'Gateway routing' },
  { id: 'auth', layers: ['auth'], label: 'Auth' },
  { id: 'upstream', layers: ['upstream'], label: 'Upstream' },
  { id: 'gateway', layers: ['gateway', 'binding', 'config'], label: 'Gateway code, bindings, secrets' },
];

/** A Mermaid flowchart of the request path; nodes with failures are red and say what failed. */
export function requestPathMermaid(findings: readonly Finding[], probes: SmokeData['probes']): string {
  const smoke = findings.filter((f) => f.stage === 'smoke' && f.severity === 'error');
  const lines = ['flowchart LR'];
  const label = (node: (typeof PATH_NODES)[number]): string => {
    const failing = smoke.filter((f) => node.layers.includes(f.layer));
    if (failing.length === 0) return node.label;
    const codes = [...new Set(failing.map((f) => f.code))].slice(0, 3).join(', ');
    // Routes, not findings: one root cause and the three routes it breaks are "3 routes failing".
    const routes = new Set(
      probes
        .filter((p) => p.outcome === 'failed' && node.layers.includes(p.layer as Layer))
        .map((p) => p.route ?? p.name),
    );
    return `${node.label}<br/>✗ ${routes.size ? `${counted(routes.size, 'route')} failing` : 'failing'}: ${codes}`;
  };
  const shape = (id: string, text: string): string => {
    const safe = text.replace(/"/g, "'");
    if (id === 'probe') return `${id}(["${safe}"])`;
    if (id === 'upstream') return `${id}[("${safe}")]`;
    return `${id}["${safe}"]`;
  };
  for (const node of PATH_NODES) lines.push(`  ${shape(node.id, label(node))}`);
  lines.push('  probe --> edge --> routing --> auth --> upstream', '  routing -.-> gateway');
  lines.push(
    '  classDef fail fill:#fde2e1,stroke:#cf222e,color:#82071e',
    '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#044f1e',
  );
  const failed = PATH_NODES.filter((n) => smoke.some((f) => n.layers.includes(f.layer))).map((n) => n.id);
  const passedAny = probes.some((p) => p.outcome === 'passed');
  // Layers in front of a failure were crossed by the failing request: they worked. A probe that
  // passed ran the gateway's code too, so that node is green then, not left grey.
  const firstFail = PATH_NODES.findIndex((n) => failed.includes(n.id));
  const ok = PATH_NODES.filter(
    (n, i) => !failed.includes(n.id) && (passedAny || (n.id !== 'gateway' && firstFail >= 0 && i < firstFail)),
  ).map((n) => n.id);
  if (failed.length) lines.push(`  class ${failed.join(',')} fail`);
  if (ok.length) lines.push(`  class ${ok.join(',')} ok`);
  return lines.join('\n');
}
