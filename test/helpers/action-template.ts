// Reads an action.yml with GitHub's own parser (@actions/workflow-parser): its action schema
// decides what is valid (an unknown key, a run step without shell, a context an action cannot
// use are errors on their line), and its converter gives each step's `if` as the runner reads it
// (success() && (…) when the condition names no status function).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import {
  convertActionTemplate,
  parseAction,
  type ActionRunsComposite,
  type ActionTemplate,
} from '@actions/workflow-parser/actions/index';
import type { TemplateValidationError } from '@actions/workflow-parser/templates/template-validation-error';
import type { ScalarToken } from '@actions/workflow-parser/templates/tokens/index';
import { isMapping, isScalar, isSequence } from '@actions/workflow-parser/templates/tokens/type-guards';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

type Step = ActionRunsComposite['steps'][number];
export type ActionRunStep = Extract<Step, { run: unknown }>;

/** A composite action as the runner runs it: typed steps plus the keys the parser's model leaves out. */
export interface CompositeAction {
  template: ActionTemplate;
  steps: { step: ActionRunStep; shell?: ScalarToken; workingDirectory?: ScalarToken }[];
}

/** `file:line:col: message` for each schema error GitHub's parser finds in the action file. */
export function actionErrors(file: string, text: string): string[] {
  const result = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => describe(file, e));
}

function describe(file: string, error: TemplateValidationError): string {
  const at = error.range ? `${error.range.start.line}:${error.range.start.column}` : '1:1';
  return `${file}:${at}: ${error.rawMessage}`;
}

/**
 * The action in `dir`, refused (with every schema error on its line) when GitHub would refuse it.
 * Values come from the YAML's data, not its source text: for a block scalar the parser keeps the
 * source lines (indentation, line breaks) to place editor hints, while the runner evaluates the
 * scalar's value (`>-` folds its lines into one).
 */
export function readCompositeAction(dir: string): CompositeAction {
  const file = path.join(dir, 'action.yml');
  const text = readFileSync(file, 'utf8');
  const errors = actionErrors(file, text);
  if (errors.length > 0) throw new Error(`GitHub would refuse this action:\n${errors.join('\n')}`);
  // The same data as one line of JSON (which is YAML): the parser then reads each string's value.
  const oneLine = JSON.stringify(parse(text));
  const { context, value: root } = parseAction({ name: file, content: oneLine }, new NoOperationTraceWriter());
  if (!root || context.errors.count > 0) throw new Error(`${file}: ${context.errors.getErrors().join('; ')}`);
  const template = convertActionTemplate(context, root);
  if (template.runs.using !== 'composite') throw new Error(`${file}: runs.using is ${template.runs.using}`);
  const steps = template.runs.steps.map((step, index) => {
    if (!('run' in step))
      throw new Error(`${file}: step ${index + 1} is not a run step (this stand-in runs only those)`);
    // The model keeps no shell or working-directory: read them from the step's own mapping.
    const source = stepMapping(root, index);
    return { step, shell: scalar(source, 'shell'), workingDirectory: scalar(source, 'working-directory') };
  });
  return { template, steps };
}

function stepMapping(root: TemplateToken, index: number): TemplateToken | undefined {
  const runs = isMapping(root) ? root.find('runs') : undefined;
  const steps = runs && isMapping(runs) ? runs.find('steps') : undefined;
  return steps && isSequence(steps) ? steps.get(index) : undefined;
}

function scalar(mapping: TemplateToken | undefined, key: string): ScalarToken | undefined {
  const value = mapping && isMapping(mapping) ? mapping.find(key) : undefined;
  return value && isScalar(value) ? value : undefined;
}
