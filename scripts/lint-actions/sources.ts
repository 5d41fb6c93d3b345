// What lint:actions reads: the action's metadata, the repository's workflows, examples/workflows
// and the README's workflow examples (a user copies those, so they must be workflows GitHub runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

export interface Source {
  /** Where a finding is reported: a path relative to the repository root. */
  file: string;
  text: string;
  kind: 'action' | 'workflow';
  /** Lines before `text` in `file` (a README example starts below its fence). */
  lineOffset: number;
}

/** The yaml fences of a Markdown text that are whole workflows (a `jobs` mapping at the top). */
export function workflowExamples(file: string, markdown: string): Source[] {
  const fences = new MarkdownIt().parse(markdown, {}).filter((t) => t.type === 'fence' && t.map);
  return fences
    .filter((t) => /^ya?ml\b/.test(t.info.trim()) && isWorkflow(t.content))
    .map((t) => ({ file, text: t.content, kind: 'workflow', lineOffset: t.map![0] + 1 }));
}

// A top-level `jobs:` key, read from the text so that an example GitHub could not parse is linted too.
const isWorkflow = (text: string) => /^jobs\s*:/m.test(text);

export function sources(root: string): Source[] {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const found: Source[] = [];
  for (const name of ['action.yml', 'action.yaml'])
    if (existsSync(path.join(root, name))) found.push({ file: name, text: read(name), kind: 'action', lineOffset: 0 });
  // The repository's workflows, and the example workflows a user copies (examples/workflows).
  for (const dir of ['.github/workflows', 'examples/workflows']) {
    const names = existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)) : [];
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const file = path.posix.join(dir, name);
      found.push({ file, text: read(file), kind: 'workflow', lineOffset: 0 });
    }
  }
  if (existsSync(path.join(root, 'README.md'))) found.push(...workflowExamples('README.md', read('README.md')));
  return found;
}
