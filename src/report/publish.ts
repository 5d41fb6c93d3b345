// Publishing a stage's result or the whole run's: the JSON report, the terminal lines, and in
// Actions the annotations, outputs, job summary (and with a token, the check run and PR comment).
// Loaded while the stage runs (main.ts), so none of it delays the stage's start.
import type { Finding } from '../findings.js';
import type { GateConfig } from '../inputs.js';
import type { Io } from '../main.js';
import { type RunState, writeFileAtomic } from '../run-state.js';
import { exitCode, gateResult, type StageResult } from '../stage-result.js';
import { withMissingSteps } from '../step-outcomes.js';
import { pathPrefixOf, planAnnotations } from './annotations.js';
import { digest } from './digest.js';
import { gatewayIdentity, gatewayLabel } from './gateway-identity.js';
import { publishToGitHub } from './github-publish.js';
import { buildReport, type GateReport, writeReport } from './report-document.js';
import { addStageSection, addVerdict } from './summary.js';
import { formatStageResult } from './terminal.js';
import type { Summary } from './runner-output.js';
import { reportLinkOf, type LeadOptions } from './verdict-lead.js';

export { formatStageResult };

/**
 * Loads what publishing this step's result needs beyond this module: in Actions, the runner's side,
 * and the job summary's builder when the step writes a summary (the report step, a `run`, or a
 * stage step that does not leave its section to the report step).
 */
export async function preload(gate: GateConfig, stage: string | undefined): Promise<void> {
  if (!gate.github) return;
  const runner = await runnerOutput();
  if (stage === 'run' || stage === 'report' || !summaryByReport(gate.env)) await runner.loadSummary();
}

/** The runner's side of publishing (annotations, outputs, the summary's builder): Actions, or a summary file. */
const runnerOutput = () => import('./runner-output.js');

export async function publishStage(result: StageResult, gate: GateConfig, state: RunState, io: Io): Promise<number> {
  const report = buildReport(state.load());
  writeReport(gate.reportPath, report);
  if (gate.github) {
    const runner = await runnerOutput();
    // With a github-token the report step publishes every annotation in one check run.
    const plan = gate.githubToken ? { annotated: [], overflow: [] } : planAnnotations(result.findings);
    runner.annotate(plan.annotated, pathPrefixOf(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
    io.stdout(formatStageResult(result, false, plan.overflow));
    // In the action, the report step writes every section after the verdict (summaryByReport).
    const summary = summaryByReport(gate.env) ? undefined : await runner.loadSummary();
    if (summary) addStageSection(summary, result, plan.overflow);
    runner.setOutputs(
      { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) },
      gate.env,
    );
    if (summary) await runner.writeSummary(summary, gate.env);
    return exitCode(result.status);
  }
  io.stdout(formatStageResult(result, gate.color));
  io.stdout(`report: ${gate.reportPath}`);
  return exitCode(result.status);
}

export async function publishReport(
  gate: GateConfig,
  state: RunState,
  io: Io,
  ranNow?: StageResult[],
): Promise<number> {
  const results = withMissingSteps(state.load(), gate.env.GATE_STEP_OUTCOMES, gate.runDir);
  if (results.length === 0) {
    const finding: Finding = {
      stage: 'report',
      layer: 'config',
      code: 'no_stage_results',
      severity: 'error',
      message: `no stage has run: ${gate.runDir} holds no results`,
      fix: 'Run a stage (validate, …) before report, with the same --run-dir / working-directory.',
    };
    results.push({ name: 'report', status: 'error', durationMs: 0, findings: [finding] });
  }
  const report = buildReport(results);
  writeReport(gate.reportPath, report);
  const gateway = gatewayIdentity({
    workingDirectory: gate.workingDirectory,
    wranglerConfig: gate.wranglerConfig,
    environment: gate.environment,
    workspace: gate.env.GITHUB_WORKSPACE || process.cwd(),
    results,
  });
  const label = gatewayLabel(gateway);
  if (gate.github) {
    const runner = await runnerOutput();
    const summary = await runner.loadSummary();
    const published = gate.githubToken ? await publishToGitHub(gate, report, results, io.stdout, gateway) : undefined;
    // The stage steps of the action leave their sections to this step, so the verdict opens the summary.
    const sections = ranNow ?? (summaryByReport(gate.env) ? results : []);
    let overflow = (r: StageResult) => (gate.githubToken ? [] : planAnnotations(r.findings).overflow);
    if (ranNow || (published && !published.checkRun)) {
      // `run` is one step: its annotation budget covers every stage. So does the fallback of a
      // check run that could not be written (a fork's token), for the findings of every step.
      const findings = ranNow ? ranNow.flatMap((r) => r.findings) : report.findings;
      const plan = published?.checkRun ? { annotated: [], overflow: [] } : planAnnotations(findings);
      runner.annotate(plan.annotated, pathPrefixOf(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
      overflow = (r) => plan.overflow.filter((f) => f.stage === r.name);
    }
    addSummary(summary, report, results, summaryOptions(gate, label), sections, overflow);
    if (published?.note) summary.addRaw(`<p>${published.note}</p>`, true);
    runner.setOutputs(
      { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) },
      gate.env,
    );
    await runner.writeSummary(summary, gate.env);
  } else {
    if (!ranNow) for (const r of results) io.stdout(formatStageResult(r, gate.color));
    if (gate.summaryFile) await writeSummaryFile(gate.summaryFile, results, report, gate.reportPath, label);
  }
  io.stdout(`gate ${report.result} · report: ${gate.reportPath}`);
  return exitCode(gateResult(results));
}

/** The verdict and what it rests on, then a section per stage (one line for each that passed). */
function addSummary(
  summary: Summary,
  report: GateReport,
  results: readonly StageResult[],
  options: LeadOptions,
  sections: readonly StageResult[],
  overflow: (result: StageResult) => Finding[],
): void {
  addVerdict(summary, report, results, options);
  if (sections.length > 0) summary.addHeading('Stages', 3);
  const problems = digest(report.findings);
  for (const r of sections) addStageSection(summary, r, overflow(r), { verdictAbove: true, problems });
}

/** The action's stage steps leave the job summary to its report step, so that the verdict comes first. */
function summaryByReport(env: NodeJS.ProcessEnv): boolean {
  return env.GATE_SUMMARY_BY_REPORT === 'true';
}

function summaryOptions(gate: GateConfig, gateway: string): LeadOptions {
  return { gateway, reportLink: reportLinkOf(gate.env, gate.reportPath) };
}

/** The job summary a runner would show, for a person running the gate on a laptop. */
async function writeSummaryFile(
  file: string,
  results: readonly StageResult[],
  report: GateReport,
  reportPath: string,
  gateway: string,
): Promise<void> {
  const summary = await (await runnerOutput()).loadSummary();
  summary.emptyBuffer();
  addSummary(summary, report, results, { gateway, reportLink: { path: reportPath } }, results, () => []);
  writeFileAtomic(file, summary.stringify());
  summary.emptyBuffer();
}

function deploymentOutputs(report: GateReport): Record<string, string> {
  const deployment = report.deployment;
  return {
    'deployment-url': deployment?.url ?? '',
    'version-id': deployment?.versionId ?? '',
    'preview-url': deployment?.preview?.url ?? '',
  };
}
