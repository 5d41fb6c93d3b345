// The report step learns from action.yml which stage steps ran (GATE_STEP_OUTCOMES, each step's
// `steps.<id>.outcome`). A step that ran and left no result in the run directory stopped before
// recording anything (a crash, a kill, an old bundle): the verdict cannot be "passed".
import { STAGE_NAMES, type StageName } from './findings.js';
import type { StageResult } from './contract.js';

/** "validate=success preflight=failure test=skipped" → the steps that ran, with their outcome. */
export function parseStepOutcomes(text: string | undefined): Map<StageName, string> {
  const ran = new Map<StageName, string>();
  for (const pair of (text ?? '').split(/[\s,]+/)) {
    const [name, outcome] = pair.split('=');
    if (!(STAGE_NAMES as readonly string[]).includes(name ?? '') || (outcome !== 'success' && outcome !== 'failure'))
      continue;
    ran.set(name as StageName, outcome);
  }
  return ran;
}

/** The recorded results, plus an error result for each step that ran but recorded nothing. */
export function withMissingSteps(results: StageResult[], outcomes: string | undefined, runDir: string): StageResult[] {
  const missing: StageResult[] = [];
  for (const [name, outcome] of parseStepOutcomes(outcomes)) {
    if (name === 'report' || results.some((r) => r.name === name)) continue;
    missing.push({
      name,
      status: 'error',
      durationMs: 0,
      note: 'the step left no result',
      findings: [
        {
          stage: name,
          layer: 'config',
          code: 'stage_result_missing',
          category: 'client',
          severity: 'error',
          message:
            `the ${name} step ran (outcome: ${outcome}) but recorded no result in ${runDir}; ` +
            'what it checked is unknown',
          fix:
            `Read the ${name} step's log: it stopped before recording ` +
            '(a crash, a killed process, a bundle that does not run).',
        },
      ],
    });
  }
  const order = (r: StageResult) => STAGE_NAMES.indexOf(r.name);
  return [...results, ...missing].sort((a, b) => order(a) - order(b));
}
