// The terminal's and the job summary's rendering of a stage result.
import * as core from '@actions/core';
import type { Finding } from '../../../src/findings.js';
import { addStageSection, addVerdict } from '../../../src/report/summary.js';
import { buildReport } from '../../../src/report/report-document.js';
import { formatStageResult } from '../../../src/report/terminal.js';
import type { StageResult } from '../../../src/contract.js';
import { reportSchemaErrors } from '../../helpers/runner.js';

const finding: Finding = {
  stage: 'validate',
  layer: 'config',
  code: 'unknown_server',
  severity: 'error',
  message: 'route GET /a uses server "x" <b>',
  fix: 'Use "api".',
  location: { file: 'src/api-config.json', line: 7, column: 12 },
};
const result: StageResult = {
  name: 'validate',
  status: 'failed',
  durationMs: 12.3,
  findings: [finding],
  data: { configFile: 'src/api-config.json', schema: 'the bundled schema', routeCount: 3, references: [] },
};

describe('terminal output', () => {
  it('is coloured on a terminal and plain otherwise', () => {
    expect(formatStageResult(result, true)).toContain('\u001b[31merror\u001b[0m');
    const plain = formatStageResult(result, false);
    expect(plain).not.toContain('\u001b[');
    expect(plain).toContain(
      'src/api-config.json:7:12  error  route GET /a uses server "x" <b>  [config/unknown_server]',
    );
    expect(plain).toContain('fix: Use "api".');
  });
});

describe('job summary', () => {
  beforeEach(() => core.summary.emptyBuffer());

  it('has a table per failing stage with escaped text, and the overflow named', () => {
    const html = addStageSection(core.summary, result, [
      { ...finding, location: { file: 'src/api-config.json', line: 99 } },
    ]).stringify();
    expect(html).toContain('<h4>❌ <strong>validate</strong> failed · 12 ms</h4>');
    expect(html).toContain('<code>src/api-config.json:7:12</code>');
    expect(html).toContain('uses server &quot;x&quot; &lt;b&gt;');
    expect(html).toMatch(/1 finding not shown as annotations.*src\/api-config.json:99/s);
  });

  it('collapses a passing stage to one line, its detail folded under it', () => {
    const passed: StageResult = { ...result, status: 'passed', findings: [] };
    const html = addStageSection(core.summary, passed, []).stringify();
    expect(html.trim().split('\n')).toHaveLength(1);
    expect(html).toMatch(
      /^<p>✅ <strong>validate<\/strong> passed · 12 ms · Checked <code>src\/api-config.json<\/code>/,
    );
  });

  it('states the verdict, the stages in one line and the problem with its fix', () => {
    const report = buildReport([result]);
    expect(reportSchemaErrors(report)).toBeNull();
    const html = addVerdict(core.summary, report, [result], { reportLink: { path: '/tmp/r.json' } }).stringify();
    expect(html).toContain('<h2>❌ Gateway deploy gate failed</h2>');
    expect(html).toContain('**1 problem** · ❌ validate');
    expect(html).toContain('**1. config/unknown_server** at `src/api-config.json:7:12` (validate)');
    expect(html).toContain('**Fix:** Use "api".');
    expect(html).toContain('JSON report: `/tmp/r.json`');
  });
});
