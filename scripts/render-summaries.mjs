// A person's check of the job summaries: renders the demo's three summaries (`npm run demo` writes
// them to .gate/demo/) as GitHub shows them, GitHub-flavoured Markdown with github-markdown-css and
// Mermaid, in headless Chromium, screenshots each at 1280 px wide to .gate/demo/<summary>.png and
// prints each page's height. A developer's tool, not part of CI: it needs Debian's Chromium
// (`apt-get update && apt-get install -y chromium`), and installs what it renders with (Mermaid,
// github-markdown-css, playwright-core) into the gitignored .cache/render-summaries on first use, so
// `npm ci` does not download 140 MB for a tool CI never runs.
// Usage: node scripts/render-summaries.mjs [--dir .gate/demo] [--chromium /usr/bin/chromium] [files…]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MarkdownIt from 'markdown-it';

/* global window, document -- evaluated in the page, not in Node */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 1280;
const USAGE = 'Usage: node scripts/render-summaries.mjs [--dir .gate/demo] [--chromium /usr/bin/chromium] [files…]';
/** What the issue asks of run 2's page (issue 22): one screen and a bit, not a scroll through five. */
const HEIGHT_GOAL = 2000;

let values;
let positionals;
try {
  ({ values, positionals } = parseArgs({
    options: {
      dir: { type: 'string', default: path.join(ROOT, '.gate/demo') },
      chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!existsSync(values.chromium)) {
  console.error(
    `render-summaries: no Chromium at ${values.chromium}.\n` +
      "Install Debian's: `apt-get update && apt-get install -y chromium` (as root), or pass --chromium PATH.",
  );
  process.exit(2);
}
const files = positionals.length
  ? positionals.map((f) => path.resolve(f))
  : existsSync(values.dir)
    ? readdirSync(values.dir)
        .filter((f) => f.endsWith('-summary.md'))
        .sort()
        .map((f) => path.join(values.dir, f))
    : [];
if (files.length === 0) {
  console.error(`render-summaries: no *-summary.md in ${values.dir}: run \`npm run demo\` first.\n${USAGE}`);
  process.exit(2);
}

const TOOLS = ['mermaid@12.3.0', 'github-markdown-css@5.9.0', 'playwright-core@1.65.1'];
const tools = path.join(ROOT, '.cache', 'render-summaries');
if (!existsSync(path.join(tools, 'node_modules', 'playwright-core', 'package.json'))) {
  console.error(`render-summaries: installing ${TOOLS.join(', ')} into ${path.relative(ROOT, tools)} (once)`);
  const args = ['install', '--prefix', tools, ...TOOLS, '--no-save', '--no-audit', '--no-fund', '--loglevel=error'];
  const run = spawnSync('npm', args, { stdio: 'inherit', timeout: 5 * 60_000 });
  if (run.status !== 0) {
    console.error('render-summaries: could not install its tools from the npm registry');
    process.exit(2);
  }
}
const require = createRequire(path.join(tools, 'package.json'));
const { chromium } = require('playwright-core');
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const mermaidUrl = pathToFileURL(
  path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/mermaid.min.js'),
);
// GitHub's job summary takes HTML inside Markdown, and renders ```mermaid blocks as diagrams.
const markdown = new MarkdownIt({ html: true, linkify: true });
const fence = markdown.renderer.rules.fence;
markdown.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token.info.trim() === 'mermaid') return `<pre class="mermaid">${markdown.utils.escapeHtml(token.content)}</pre>`;
  return fence(tokens, idx, options, env, self);
};

/** The page around the summary: GitHub's Markdown body at the width a job summary gets at 1280 px. */
function page(body, title) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${markdown.utils.escapeHtml(title)}</title>
<style>${css}
body { margin: 0; background: #f6f8fa; }
.box { box-sizing: border-box; max-width: 980px; margin: 16px auto; padding: 24px 32px; background: #fff;
  border: 1px solid #d0d7de; border-radius: 6px; }
pre.mermaid { background: transparent; text-align: center; }
</style></head><body><div class="box markdown-body">${body}</div>
<script src="${mermaidUrl}"></script>
<script>
window.rendered = (async () => {
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  await mermaid.run({ querySelector: 'pre.mermaid' });
})().then(() => 'ok', (e) => String(e));
</script></body></html>`;
}

const profile = mkdtempSync(path.join(tmpdir(), 'render-summaries-'));
let context;
try {
  // A fresh profile, and nothing that phones home: the page loads only local files.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: values.chromium,
    headless: true,
    viewport: { width: WIDTH, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let failed = false;
  for (const file of files) {
    const html = path.join(path.dirname(file), `${path.basename(file, '.md')}.html`);
    const png = path.join(path.dirname(file), `${path.basename(file, '.md')}.png`);
    writeFileSync(html, page(markdown.render(readFileSync(file, 'utf8')), path.basename(file)));
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(html).href);
    const mermaid = await tab.evaluate(() => window.rendered);
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.screenshot({ path: png, fullPage: true });
    await tab.close();
    const note = mermaid === 'ok' ? '' : `  (Mermaid failed: ${mermaid})`;
    failed ||= mermaid !== 'ok';
    const over = /run-2-/.test(file) && height >= HEIGHT_GOAL ? `  (over the ${HEIGHT_GOAL} px goal)` : '';
    console.log(`${String(height).padStart(6)} px  ${path.relative(process.cwd(), png)}${note}${over}`);
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
}
