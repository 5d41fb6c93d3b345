// action.yml and the code must agree: every input is read by a stage and passed to its step,
// every declared output is written, every step runs a command the CLI has.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { INPUTS, inputEnvAlias } from '../../../src/inputs.js';
import { PIPELINE_STAGES, OUTPUTS, REPORT_STAGE } from '../../../src/stages/index.js';
import { fixture, ROOT, runAsRunner, runCli, tempDir } from '../../helpers/runner.js';

interface Step {
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Manifest {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Manifest;
const stages = [...PIPELINE_STAGES, REPORT_STAGE];

describe('action.yml', () => {
  it('is a composite action with one step per built stage, in pipeline order, then report', () => {
    expect(manifest.runs.using).toBe('composite');
    expect(manifest.runs.steps.map((s) => s.id)).toEqual(stages.map((s) => s.name));
  });

  it('declares exactly the inputs of src/inputs.ts, with the same description and default', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual(INPUTS.map((i) => i.name).sort());
    for (const input of INPUTS) {
      expect(manifest.inputs[input.name]).toEqual({
        description: input.description,
        required: false,
        default: input.default,
      });
    }
  });

  it('passes each stage exactly the inputs it reads, and every input is read by some stage', () => {
    for (const stage of stages) {
      const step = manifest.runs.steps.find((s) => s.id === stage.name)!;
      const passed = Object.entries(step.env ?? {}).filter(([k]) => k.startsWith('INPUT_'));
      expect(passed.map(([k]) => k).sort()).toEqual(stage.inputs.map(inputEnvAlias).sort());
      for (const [key, value] of passed) {
        const input = INPUTS.find((i) => inputEnvAlias(i.name) === key)!;
        expect(value).toBe(`\${{ inputs.${input.name} }}`);
      }
      // The gate derives the run directory from the run, attempt, job and project: no fixed shared one.
      expect(step.env?.GATE_RUN_DIR).toBeUndefined();
    }
    const read = new Set(stages.flatMap((s) => s.inputs));
    for (const input of INPUTS) expect(read.has(input.name)).toBe(true);
  });

  it('runs the bundled CLI with a stage it has, and runs report even after a failure', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const step of manifest.runs.steps) {
      expect(step.shell).toBe('bash');
      expect(step.run).toBe(`node "$GITHUB_ACTION_PATH/dist/index.js" ${step.id}`);
      expect(help.stdout).toMatch(new RegExp(`^  ${step.id} `, 'm'));
    }
    expect(manifest.runs.steps.at(-1)?.if).toBe('always()');
  });

  it('declares the outputs the code writes, taken from the report step', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const [name, output] of Object.entries(manifest.outputs)) {
      expect(output.value).toBe(`\${{ steps.report.outputs.${name} }}`);
      expect(output.description).toBe(OUTPUTS[name as keyof typeof OUTPUTS]);
    }
  });

  it('works as its steps run it: validate fails, report still runs and writes every output', () => {
    const runnerTemp = tempDir('gate-composite-');
    const dir = path.relative(ROOT, fixture('validate', 'schema-errors'));
    const validate = runAsRunner('validate', { 'working-directory': dir, config: 'api-config.json' }, { runnerTemp });
    expect(validate.status).toBe(1);
    const report = runAsRunner('report', { 'working-directory': dir }, { runnerTemp });
    expect(report.status).toBe(1);
    for (const name of Object.keys(manifest.outputs)) expect(report.outputs[name]).toBeDefined();
    expect(report.outputs['report-path']).toBeTruthy();
    expect(report.outputs['deployment-url']).toBe(''); // nothing was deployed
    expect(report.outputs.result).toBe('failed');
    expect(report.report.stages.map((s) => s.name)).toEqual(['validate']);
    expect(report.report.findings).toEqual(validate.report.findings);
    expect(report.summary).toMatch(/Gateway deploy gate failed/);
    expect(report.annotations).toEqual([]); // validate's step already annotated them
  });
});
