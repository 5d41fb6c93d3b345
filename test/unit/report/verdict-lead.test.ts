// The first screen of the job summary, the check run and the pull-request comment (issue 22): the
// verdict, what serves production, "1 problem on 3 routes", each root cause once with its fix.
import * as core from '@actions/core';
import type { StageResult } from '../../../src/contract.js';
import type { Finding } from '../../../src/findings.js';
import { digest, problemCount, problemNumber, productionState } from '../../../src/report/digest.js';
import { githubMarkdown } from '../../../src/report/github-publish.js';
import { buildReport } from '../../../src/report/report-document.js';
import { addStageSection, addVerdict } from '../../../src/report/summary.js';
import { md, reportLinkOf, verdictLead } from '../../../src/report/verdict-lead.js';
import { groupRootCauses } from '../../../src/smoke/root-causes.js';
import { formatDuration, roundDuration } from '../../../src/text.js';

const FIX = "Nothing listens at the upstream's address: start the backend or fix the port in the server URL.";
const routes = [
  ['GET /users/me', '/users/me', 38],
  ['GET /users/{id}', '/users/1', 47],
  ['ANY /api/{.+}', '/api/gate-smoke', 66],
] as const;

/** The smoke findings of the demo's run 2, folded by the smoke stage's own grouping. */
function smokeFindings(): Finding[] {
  const cause = {
    key: 'server up',
    label: 'the upstream http://127.0.0.1:9',
    location: { file: 'wrangler.toml', line: 9 },
  };
  const grouped = groupRootCauses(
    routes.map(([route, path, line]) => ({
      route,
      cause,
      finding: {
        stage: 'smoke',
        layer: 'upstream',
        code: 'connection_refused',
        severity: 'error',
        message: `GET ${path}: the upstream request failed ("Network connection lost.")`,
        fix: FIX,
        location: { file: 'src/api-config.json', line },
        evidence: {
          request: `GET ${path}`,
          logs: { lines: [`[INFO] Received new request ${path}`], exceptions: ['Error: Network connection lost.'] },
        },
      },
    })),
  );
  const note: Finding = {
    stage: 'smoke',
    layer: 'gateway',
    code: 'upstream_fetch_not_awaited',
    severity: 'notice',
    message: 'the gateway returns the upstream fetch() without awaiting it',
    fix: 'return await fetch(…)',
  };
  return [...grouped, note];
}

const deploy = (mode: 'direct' | 'preview'): StageResult => ({
  name: 'deploy',
  status: 'passed',
  durationMs: 5800,
  findings: [],
  data: {
    mode,
    workerName: 'example-gateway',
    environment: null,
    accountId: 'acct',
    versionId: 'v-new',
    previousVersionId: 'v-old',
    url: 'https://example-gateway.acme.workers.dev',
    ...(mode === 'preview'
      ? { preview: { alias: 'pr-7', url: 'https://pr-7-example-gateway.acme.workers.dev' }, liveUrl: 'https://live' }
      : {}),
    wrangler: '4.164.0',
    secretsUploaded: [],
  },
});
const smoke = (): StageResult => ({
  name: 'smoke',
  status: 'failed',
  durationMs: 8.46,
  findings: smokeFindings(),
  data: {
    url: 'https://example-gateway.acme.workers.dev',
    runId: 'r',
    probes: routes.map(([route, path], i) => ({
      id: `p${i}`,
      name: route,
      route,
      method: 'GET',
      url: `https://example-gateway.acme.workers.dev${path}`,
      attempts: 1,
      durationMs: 8.46,
      outcome: 'failed' as const,
      layer: 'upstream',
      code: 'connection_refused',
    })),
    skipped: [],
    logs: 'wrangler tail example-gateway, filtered on x-gate-run: r',
    marker: { proven: true, attempts: 1, note: '' },
  },
});
const rollback: StageResult = {
  name: 'rollback',
  status: 'passed',
  durationMs: 2900,
  findings: [],
  data: { rolledBack: true, activeVersionId: 'v-old', removedVersionId: 'v-new' },
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the verdict lead', () => {
  const results = [deploy('direct'), smoke(), rollback];
  const report = buildReport(results);

  it('counts one root cause and the routes it breaks as one problem, folding the routes into it', () => {
    const d = digest(report.findings);
    expect(problemCount(d)).toBe('1 problem on 3 routes');
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => problemNumber(d, f))).toEqual([1, 1, 1]);
    // The note about the gateway's code is its own finding, not folded, not glued to the fix.
    expect(d.others.map((f) => f.code)).toEqual(['upstream_fetch_not_awaited']);
  });

  it('says what serves production: rolled back to the version before, unchanged for a preview', () => {
    expect(productionState(results)).toBe(
      'rolled back to `v-old` (the version before this run); `v-new` no longer serves',
    );
    expect(productionState([deploy('preview'), smoke()])).toBe(
      'unchanged: `v-old` serves at https://live; this run deployed only a preview',
    );
    const passed = { ...smoke(), status: 'passed' as const, findings: [] };
    expect(productionState([deploy('direct'), passed])).toBe(
      '`v-new` serves at https://example-gateway.acme.workers.dev (deployed by this run, smoke-tested)',
    );
  });

  it('writes the fix once and the captured log lines, with the production state and the report link first', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/gw', GITHUB_RUN_ID: '42' };
    const lead = verdictLead(report, results, { reportLink: reportLinkOf(env, '/runner/tmp/report.json') }).join('\n');
    expect(lead.split('\n')[0]).toBe(
      '**Production:** rolled back to `v-old` (the version before this run); `v-new` no longer serves',
    );
    expect(lead).toContain('**1 problem on 3 routes** · ✅ deploy · ❌ smoke · ✅ rollback');
    expect(occurrences(lead, md(FIX))).toBe(1);
    expect(lead).toContain('Error: Network connection lost.');
    expect(lead).toContain("[this run's artifacts](https://github.com/acme/gw/actions/runs/42)");
    expect(lead).not.toContain('/runner/tmp/report.json');
  });

  it('has the job summary, check run and comment say the fix once; the routes point at root cause 1', () => {
    core.summary.emptyBuffer();
    addVerdict(core.summary, report, results, {});
    const problems = digest(report.findings);
    for (const r of results) addStageSection(core.summary, r, [], { verdictAbove: true, problems });
    const html = core.summary.stringify();
    core.summary.emptyBuffer();
    expect(occurrences(html, 'Nothing listens at the upstream')).toBe(1);
    expect(occurrences(html, 'see root cause 1')).toBe(3);
    expect(occurrences(html, 'without awaiting it')).toBe(1);
    expect(html).toContain('<code>GET /users/{id}</code>');
    expect(html).not.toMatch(/GET \/users\/1 fails/);
    const markdown = githubMarkdown(report, results);
    expect(occurrences(markdown, 'Nothing listens at the upstream')).toBe(1);
    expect(occurrences(markdown, 'see root cause 1')).toBe(3);
  });
});

describe('durations', () => {
  it('print the same from a stage result and from the report, which keeps a tenth of a millisecond', () => {
    for (const ms of [8.46, 8.5, 999.56, 1049.96, 12_345.67])
      expect(formatDuration(ms)).toBe(formatDuration(roundDuration(ms)));
    expect(formatDuration(8.46)).toBe('9 ms');
    expect(formatDuration(1049.96)).toBe('1.1 s');
  });
});
