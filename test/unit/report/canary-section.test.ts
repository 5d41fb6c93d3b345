// The canary as people see it (issue 23): the verdict lead names where it ended, the summary, the
// check run and the PR comment show the steps as a timeline and a chart, and a GitHub Deployment
// status carries each step in at most 140 characters.
import type { CanaryData, CanaryStepRecord, StageResult } from '../../../src/contract.js';
import {
  canaryChart,
  canaryHeadline,
  canaryMarkdown,
  rateText,
  stepStatusLine,
} from '../../../src/report/canary-section.js';
import { productionState } from '../../../src/report/digest.js';
import { githubMarkdown } from '../../../src/report/github-publish.js';
import { buildReport } from '../../../src/report/report-document.js';

const side = (versionId: string, requests: number, errors: number, p99Ms?: number) => ({
  versionId,
  requests,
  errors,
  errorRate: requests ? errors / requests : 0,
  timed: p99Ms === undefined ? 0 : requests,
  ...(p99Ms === undefined ? {} : { p99Ms }),
  routes: {},
  samples: [],
});

function step(percent: number, verdict: CanaryStepRecord['verdict'], c?: [number, number], b?: [number, number]) {
  const record: CanaryStepRecord = {
    percent,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 30_000,
    verdict,
    decision: verdict === 'failed' ? 'real traffic shows the new version worse than the previous one' : 'healthy',
  };
  if (c) record.candidate = side('v-new', c[0], c[1], 120);
  if (b) record.baseline = side('v-old', b[0], b[1], 40);
  return record;
}

function canary(outcome: CanaryData['outcome'], steps: CanaryStepRecord[], serving?: string): CanaryData {
  return {
    candidateVersionId: 'v-new',
    baselineVersionId: 'v-old',
    intervalMs: 30_000,
    minRequests: 50,
    latency: 'auto',
    steps,
    outcome,
    events: 'wrangler tail gw, every request',
    ...(serving ? { servingVersionId: serving } : {}),
  };
}

const promoted = canary(
  'promoted',
  [step(10, 'passed', [120, 0], [1084, 1]), step(50, 'passed', [602, 1], [602, 0]), step(100, 'promoted')],
  'v-new',
);
const rolledBack = canary('rolled-back', [step(10, 'failed', [118, 12], [1086, 1])], 'v-old');

describe('the canary section', () => {
  it('heads with where the canary ended', () => {
    expect(canaryHeadline(promoted)).toBe('promoted to 100 % after 10,50,100');
    expect(canaryHeadline(rolledBack)).toBe('rolled back at 10 %');
    const cancelled = canary('aborted', [{ ...step(50, 'aborted'), decision: 'the run was cancelled (SIGTERM)' }]);
    expect(canaryHeadline(cancelled)).toBe('stopped at 50 % (the run was cancelled (SIGTERM))');
  });

  it('writes each step as a GitHub Deployment status line of at most 140 characters', () => {
    const line = stepStatusLine({
      ...step(50, 'passed'),
      candidate: side('v-new', 604, 1),
      baseline: side('v-old', 600, 1),
    });
    expect(line).toBe('50 % · 0.2 % errors vs 0.2 % · 1,204 requests · passed');
    const long = stepStatusLine({ ...step(10, 'aborted'), decision: 'x'.repeat(300) });
    expect(long.length).toBe(140);
    expect(rateText(0.0004)).toBe('0.04 %');
    expect(rateText(0)).toBe('0.0 %');
  });

  it('shows the steps as a table: step, time, requests, error rate and P99 per version, verdict', () => {
    const lines = canaryMarkdown(rolledBack);
    expect(lines).toContain('### Canary: rolled back at 10 %');
    expect(lines).toContain(
      '| 10 % | 30.0 s | 118 / 1,086 | 10.2 % / 0.09 % | 120 ms / 40 ms | ' +
        '❌ failed: real traffic shows the new version worse than the previous one |',
    );
    expect(canaryMarkdown(undefined)).toEqual([]);
  });

  it('charts the error rate per version per step, the steps with real-traffic numbers only', () => {
    expect(canaryChart(promoted)).toBe(
      [
        'xychart-beta',
        '  title "Error rate per step (bars: previous version, line: new version)"',
        '  x-axis ["10 %", "50 %"]',
        '  y-axis "errors (%)" 0 --> 2',
        '  bar [0.092, 0]',
        '  line [0, 0.166]',
      ].join('\n'),
    );
    expect(canaryMarkdown(rolledBack).join('\n')).toContain('```mermaid\nxychart-beta');
    expect(canaryChart(canary('aborted', [step(10, 'aborted')]))).toBeUndefined();
  });
});

describe('the verdict lead with a canary', () => {
  const deploy: StageResult = {
    name: 'deploy',
    status: 'passed',
    durationMs: 5800,
    findings: [],
    data: {
      mode: 'gradual',
      workerName: 'gw',
      environment: null,
      accountId: 'acct',
      versionId: 'v-new',
      previousVersionId: 'v-old',
      wrangler: '4.164.0',
      secretsUploaded: [],
    },
  };
  const smoke = (data: CanaryData, status: StageResult['status']): StageResult => ({
    name: 'smoke',
    status,
    durationMs: 70_000,
    findings: [],
    data: {
      url: 'https://gw.acme.workers.dev',
      runId: 'r',
      probes: [],
      skipped: [],
      logs: '',
      marker: { proven: true, attempts: 1, note: '' },
      canary: data,
    },
  });

  it('names the canary in what serves production', () => {
    expect(productionState([deploy, smoke(promoted, 'passed')])).toBe(
      '`v-new` promoted to 100 % after 10,50,100 (canary)',
    );
    expect(productionState([deploy, smoke(rolledBack, 'failed')])).toBe(
      'canary rolled back at 10 %: `v-new` failed it; `v-old` serves 100 % again',
    );
  });

  it('leads the check run and the PR comment with the timeline, before the stages', () => {
    const results = [deploy, smoke(rolledBack, 'failed')];
    const text = githubMarkdown(buildReport(results), results);
    const timeline = text.indexOf('### Canary: rolled back at 10 %');
    expect(timeline).toBeGreaterThan(text.indexOf('**Production:** canary rolled back at 10 %'));
    expect(timeline).toBeLessThan(text.indexOf('| Stage | Result |'));
  });
});
