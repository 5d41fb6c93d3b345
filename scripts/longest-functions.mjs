// The longest functions of the gate's source, by lines, with the TypeScript compiler's parser:
// `node scripts/longest-functions.mjs [--top N] [files…]` (default: every src/**/*.ts but generated code).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '10' } },
  allowPositionals: true,
});

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A function's name as a reader finds it: its own, its variable's, its property's or its method's. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText();
  return '(anonymous)';
}

function functionsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(node.getStart(source));
      found.push({ file, line: start, name: nameOf(node), lines: lineOf(node.getEnd()) - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = positionals.length > 0 ? positionals : sourceFiles('src');
const all = files.flatMap(functionsOf).sort((a, b) => b.lines - a.lines);
for (const f of all.slice(0, Number(values.top)))
  console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
