// Which harness a project's E2E suite starts its Worker with: wrangler's unstable_dev,
// unstable_startWorker or createTestHarness, or the Workers Vitest integration (tests inside
// workerd). Read from the suite's files with a real parser, so comments and strings never count.
import { parse, type ParserPlugin } from '@babel/parser';
import {
  type HarnessKind,
  type HarnessUse,
  mayHoldHarness,
  type SourceText,
  VITEST_WORKERS_PACKAGES,
} from './harness-use.js';

export {
  declaredInPackageJson,
  type HarnessKind,
  type HarnessUse,
  type SourceText,
  VITEST_WORKERS_PACKAGES,
} from './harness-use.js';

const WRANGLER_APIS: HarnessKind[] = ['unstable_dev', 'unstable_startWorker', 'createTestHarness'];
const VITEST_WORKERS_APIS = ['defineWorkersConfig', 'defineWorkersProject', 'cloudflareTest', 'cloudflarePool'];

/** The integration's package a module specifier names (`@cloudflare/vitest-pool-workers/config` too). */
const workersPackage = (source: unknown) =>
  typeof source === 'string'
    ? VITEST_WORKERS_PACKAGES.find((p) => source === p || source.startsWith(`${p}/`))
    : undefined;

interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

/** Every harness use in the files, in file order; a file that does not parse has none. */
export function detectHarnesses(sources: SourceText[]): HarnessUse[] {
  return sources.flatMap((source) => {
    if (!mayHoldHarness(source.text)) return [];
    const ast = parseModule(source.text, source.file);
    if (!ast) return [];
    const uses: HarnessUse[] = [];
    const scope = { file: source.file, namespaces: wranglerNamespaces(ast) };
    walk(ast, (node) => uses.push(...usesIn(node, scope)));
    return uses;
  });
}

/**
 * The TypeScript syntax only for TypeScript files (a JavaScript file with it does not run either),
 * and no comments attached: a third less parsing, in the run's critical few milliseconds of CPU.
 */
function parseModule(text: string, file: string): Node | undefined {
  const plugins: ParserPlugin[] = /\.[cm]?tsx?$/.test(file) ? ['typescript', 'jsx'] : ['jsx'];
  if (/\.[cm]?ts$/.test(file)) plugins.pop(); // `<T>x` is a type assertion in a .ts file, not JSX
  try {
    const options = { sourceType: 'unambiguous' as const, errorRecovery: true, attachComment: false };
    return parse(text, { ...options, plugins }) as unknown as Node;
  } catch {
    return undefined;
  }
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'comments' && value && typeof value === 'object') walk(value, visit);
  }
}

interface Scope {
  file: string;
  /** Local names bound to the whole wrangler module: `import * as w from 'wrangler'`. */
  namespaces: Set<string>;
}

function usesIn(node: Node, scope: Scope): HarnessUse[] {
  if (node.type === 'ImportDeclaration') return fromImport(node, scope.file);
  if (node.type === 'VariableDeclarator') return fromRequire(node, scope.file);
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') return fromMember(node, scope);
  return [];
}

function wranglerNamespaces(ast: Node): Set<string> {
  const names = new Set<string>();
  walk(ast, (node) => {
    if (node.type === 'ImportDeclaration' && sourceOf(node) === 'wrangler') {
      for (const s of (node.specifiers as Node[]) ?? []) {
        if (s.type !== 'ImportSpecifier' && typeof nameOf(s.local) === 'string') names.add(nameOf(s.local)!);
      }
    }
    const init = node.type === 'VariableDeclarator' ? unwrapAwait(node.init as Node | undefined) : undefined;
    const id = node.id as Node | undefined;
    if (init && id?.type === 'Identifier' && loadedModule(init) === 'wrangler') names.add(nameOf(id)!);
  });
  return names;
}

const sourceOf = (node: Node) => (node.source as { value?: unknown } | undefined)?.value;
const nameOf = (node: unknown) => {
  const n = node as { name?: unknown; value?: unknown } | undefined;
  return typeof n?.name === 'string' ? n.name : typeof n?.value === 'string' ? n.value : undefined;
};

function at(kind: HarnessKind, file: string, node: Node, pkg?: string): HarnessUse {
  const start = node.loc?.start ?? { line: 1, column: 0 };
  return { kind, file, line: start.line, column: start.column + 1, pkg };
}

/** `import { createTestHarness } from 'wrangler'`, `import { cloudflareTest } from '@cloudflare/vitest-plugin'`. */
function fromImport(node: Node, file: string): HarnessUse[] {
  if (node.importKind === 'type') return [];
  const source = sourceOf(node);
  const specifiers = (node.specifiers as Node[]) ?? [];
  const workers = workersPackage(source);
  if (workers) return [at('vitest-workers', file, node, workers)];
  if (source !== 'wrangler') return [];
  return specifiers.flatMap((s) => {
    const name = nameOf(s.imported);
    return s.importKind !== 'type' && WRANGLER_APIS.includes(name as HarnessKind)
      ? [at(name as HarnessKind, file, s)]
      : [];
  });
}

/** `const { unstable_dev } = require('wrangler')` or `= await import('wrangler')`. */
function fromRequire(node: Node, file: string): HarnessUse[] {
  const init = unwrapAwait(node.init as Node | undefined);
  const id = node.id as Node | undefined;
  if (!init || id?.type !== 'ObjectPattern') return [];
  const source = loadedModule(init);
  if (source === undefined) return [];
  const keys = ((id.properties as Node[]) ?? []).map((p) => ({ node: p, name: nameOf(p.key) }));
  const workers = workersPackage(source);
  if (workers) return keys.length ? [at('vitest-workers', file, node, workers)] : [];
  if (source !== 'wrangler') return [];
  return keys.flatMap((k) =>
    WRANGLER_APIS.includes(k.name as HarnessKind) ? [at(k.name as HarnessKind, file, k.node)] : [],
  );
}

/** `wrangler.createTestHarness(…)` on a namespace import, `(await import('wrangler')).unstable_dev`. */
function fromMember(node: Node, { file, namespaces }: Scope): HarnessUse[] {
  const name = nameOf(node.property);
  if (!WRANGLER_APIS.includes(name as HarnessKind) && !VITEST_WORKERS_APIS.includes(name ?? '')) return [];
  const object = unwrapAwait(node.object as Node | undefined);
  const namespace = object?.type === 'Identifier' && namespaces.has(nameOf(object)!);
  const source = namespace ? 'wrangler' : object ? loadedModule(object) : undefined;
  if (source === 'wrangler' && WRANGLER_APIS.includes(name as HarnessKind)) {
    return [at(name as HarnessKind, file, node.property as Node)];
  }
  const workers = workersPackage(source);
  if (workers) return [at('vitest-workers', file, node, workers)];
  return [];
}

function unwrapAwait(node: Node | undefined): Node | undefined {
  let n = node;
  while (n && (n.type === 'AwaitExpression' || n.type === 'ParenthesizedExpression')) {
    n = (n.argument ?? n.expression) as Node | undefined;
  }
  return n;
}

/** The module named by `require('x')` or `import('x')`. */
function loadedModule(node: Node): string | undefined {
  if (node.type !== 'CallExpression' && node.type !== 'ImportExpression') return undefined;
  const callee = node.callee as Node | undefined;
  const isLoad = node.type === 'ImportExpression' || callee?.type === 'Import' || nameOf(callee) === 'require';
  const arg = node.type === 'ImportExpression' ? (node.source as Node) : (node.arguments as Node[] | undefined)?.[0];
  return isLoad && arg?.type === 'StringLiteral' && typeof arg.value === 'string' ? arg.value : undefined;
}
