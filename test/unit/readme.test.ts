// The README is for a user adding the action: short, the workflow to copy on its first screen, and every link
// (to docs/, CONTRIBUTING.md, examples, a heading) leading somewhere that exists. Reads files only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { ROOT } from '../helpers/runner.js';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const markdown = new MarkdownIt({ html: true });
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** GitHub's heading anchor: the heading's text lowercased, punctuation dropped, spaces as hyphens, -N if repeated. */
function anchors(text: string): Set<string> {
  const tokens = markdown.parse(text, {});
  const seen = new Map<string, number>();
  const result = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1]!.children ?? [];
    const plain = inline.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
    const slug = plain
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    result.add(n === 0 ? slug : `${slug}-${n}`);
  });
  return result;
}

function links(text: string): string[] {
  const hrefs: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'link_open') hrefs.push(String(token.attrGet('href') ?? ''));
      if (token.children) walk(token.children);
    }
  };
  walk(markdown.parse(text, {}));
  return hrefs;
}

/** What is wrong with a relative link from `page`, or undefined when it leads somewhere. */
function brokenLink(page: string, href: string): string | undefined {
  const [target, anchor] = href.split('#') as [string, string | undefined];
  const file = target ? path.posix.normalize(path.posix.join(path.posix.dirname(page), target)) : page;
  if (file.startsWith('..') || !existsSync(path.join(ROOT, file))) return `${page}: ${href}: no file ${file}`;
  if (anchor === undefined || !file.endsWith('.md') || statSync(path.join(ROOT, file)).isDirectory()) return;
  if (!anchors(read(file)).has(decodeURIComponent(anchor))) return `${page}: ${href}: no heading #${anchor} in ${file}`;
}

test('the README is at most 400 lines, with the action in a workflow to copy within its first 80', () => {
  const lines = read('README.md').split('\n');
  expect(lines.length).toBeLessThanOrEqual(400);
  const firstUse = lines.findIndex((line) => /^\s*(- )?uses:\s*\S*gateway-deploy-gate@/.test(line));
  expect(firstUse).toBeGreaterThanOrEqual(0);
  expect(firstUse + 1).toBeLessThanOrEqual(80);
});

test('the README holds each example workflow verbatim, in a yaml block', () => {
  const readme = read('README.md');
  for (const name of readdirSync(path.join(ROOT, 'examples/workflows')))
    expect({ name, included: readme.includes('```yaml\n' + read(`examples/workflows/${name}`) + '```') }).toEqual({
      name,
      included: true,
    });
});

test('every relative link in the README, CONTRIBUTING.md and docs/ points at an existing file and heading', () => {
  const broken = pages.flatMap((page) =>
    links(read(page))
      .filter((href) => href && !/^[a-z][a-z0-9+.-]*:/i.test(href))
      .map((href) => brokenLink(page, href))
      .filter((problem) => problem !== undefined),
  );
  expect(broken).toEqual([]);
});

test('anchors are computed as GitHub computes them', () => {
  expect([...anchors('# What `deploy` does\n## Quick start\n## Quick start\n### `auth-token`: a token\n')]).toEqual([
    'what-deploy-does',
    'quick-start',
    'quick-start-1',
    'auth-token-a-token',
  ]);
});
