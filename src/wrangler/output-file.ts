// Wrangler's machine-readable output (WRANGLER_OUTPUT_FILE_PATH): one JSON object per line.
// Measured shapes (wrangler 4.164): deploy {version_id, targets}, version-upload {version_id,
// preview_url}, version-deploy {deployment_id}, command-failed {code, message}; rollback writes none.
import { stripAnsi } from '../text.js';

export interface OutputEntry {
  type: string;
  [key: string]: unknown;
}

export function parseOutputFile(text: string): OutputEntry[] {
  const entries: OutputEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object' && typeof (value as OutputEntry).type === 'string')
        entries.push(value as OutputEntry);
    } catch {
      // A line cut short by a killed wrangler: the rest of the file still counts.
    }
  }
  return entries;
}

export function lastEntry(entries: readonly OutputEntry[], type: string): OutputEntry | undefined {
  return entries.filter((e) => e.type === type).at(-1);
}

export interface CommandFailure {
  code?: number;
  message: string;
}

/**
 * Wrangler's own account of a failure: the output file's entry (wrangler 4.20 writes none), with
 * the stderr block that tells it, else the first `✘ [ERROR]` block of stderr, else of stdout
 * (wrangler 3 prints its errors there, in colour, after its banner), else the last line it said.
 */
export function commandFailure(entries: readonly OutputEntry[], stderr: string, stdout = ''): CommandFailure {
  const failed = lastEntry(entries, 'command-failed');
  const [err, out] = [withoutBanners(stderr), withoutBanners(stdout)];
  const errBlocks = errorBlocks(err);
  const blocks = errBlocks.length > 0 ? errBlocks : errorBlocks(out);
  if (failed) {
    const code = typeof failed.code === 'number' ? failed.code : codeIn(`${err}\n${out}`);
    const message = typeof failed.message === 'string' ? failed.message : 'wrangler failed';
    // Wrangler may print its own summary first (4.73: "exceeded startup limits"); the block that
    // opens with the failure's own message holds Cloudflare's text ("… failed." then why).
    const first = message.split('\n')[0]!.trim();
    const detail = blocks.find((b) => first !== '' && b.startsWith(first)) ?? blocks[0];
    // The block usually repeats the message before Cloudflare's why: then the block alone says both.
    const whole =
      !detail || message.includes(detail) ? message : detail.startsWith(message.trim()) ? detail : undefined;
    return { code, message: whole ?? `${message} ${detail}` };
  }
  const code = codeIn(`${err}\n${out}`);
  const detail = (code !== undefined && blocks.find((b) => b.includes(`[code: ${code}]`))) || blocks[0];
  return { code, message: detail ?? (lastLine(err) || lastLine(out) || 'wrangler failed without a message') };
}

function codeIn(text: string): number | undefined {
  const match = /\[code: (\d+)\]/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => !/^\s*🪵|Logs were written/.test(l))
      .at(-1)
      ?.trim() ?? ''
  );
}

// Wrangler's banner and update notice ("⛅️ wrangler 3.22.1 (update available 4.1.0)", a rule of
// "─" characters): what it prints before anything else, never the failure.
const BANNER =
  /^\s*(?:⛅️?\s*wrangler\b.*|[─-]{3,}\s*|.*\bupdate available\b.*|.*Please update to the latest version.*)$/i;

/** The text without colours and without wrangler's banner lines. */
export function withoutBanners(text: string): string {
  return stripAnsi(text)
    .split('\n')
    .filter((line) => !BANNER.test(line))
    .join('\n');
}

/** The text of wrangler's first error block, on one line, without the decoration. */
export function errorBlock(stderr: string): string | undefined {
  return errorBlocks(stderr)[0];
}

/**
 * Each top-level `✘ [ERROR]` block, one line each (line breaks kept as " ", so call sites stay
 * readable). An indented `✘ [ERROR]` is esbuild's error inside wrangler's "Build failed" block.
 */
export function errorBlocks(stderr: string): string[] {
  const blocks: string[][] = [];
  for (const line of stderr.split('\n')) {
    if (/^\s*🪵|Logs were written/.test(line)) {
      blocks.push([]);
      continue;
    }
    if (/^✘ \[ERROR\]/.test(line)) blocks.push([line.replace(/^✘ \[ERROR\]\s*/, '')]);
    else if (blocks.length > 0 && blocks.at(-1)!.length > 0 && line.trim() !== '') blocks.at(-1)!.push(line.trim());
  }
  return blocks.filter((b) => b.length > 0).map((b) => b.join(' ').replace(/\s+/g, ' ').slice(0, 1000).trim());
}
