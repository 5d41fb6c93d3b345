// Wrangler's machine-readable output (WRANGLER_OUTPUT_FILE_PATH): one JSON object per line.
// Measured shapes (wrangler 4.164): deploy {version_id, targets}, version-upload {version_id,
// preview_url}, version-deploy {deployment_id}, command-failed {code, message}; rollback writes none.

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
      if (value && typeof value === 'object' && typeof (value as OutputEntry).type === 'string') entries.push(value as OutputEntry);
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

/** Wrangler's own account of a failure: the output file's entry, else the first `✘ [ERROR]` block of stderr. */
export function commandFailure(entries: readonly OutputEntry[], stderr: string): CommandFailure {
  const failed = lastEntry(entries, 'command-failed');
  const detail = errorBlock(stderr);
  if (failed) {
    const code = typeof failed.code === 'number' ? failed.code : undefined;
    const message = typeof failed.message === 'string' ? failed.message : 'wrangler failed';
    // "A request to the Cloudflare API (…) failed." says where; stderr's next line says why.
    return { ...(code !== undefined ? { code } : {}), message: detail && !message.includes(detail) ? `${message} ${detail}` : message };
  }
  const codeInText = /\[code: (\d+)\]/.exec(stderr);
  return { ...(codeInText ? { code: Number(codeInText[1]) } : {}), message: detail ?? (stderr.trim().split('\n').at(-1) || 'wrangler failed without a message') };
}

/** The text of wrangler's first error block, on one line, without the decoration. */
export function errorBlock(stderr: string): string | undefined {
  const lines = stderr.split('\n');
  const start = lines.findIndex((l) => /✘ \[ERROR\]/.test(l));
  if (start < 0) return undefined;
  const block = [lines[start]!.replace(/^.*✘ \[ERROR\]\s*/, '')];
  for (const line of lines.slice(start + 1)) {
    if (/✘ \[ERROR\]|^\s*🪵|Logs were written/.test(line)) break;
    if (line.trim() !== '') block.push(line.trim());
  }
  return block.join(' ').replace(/\s+/g, ' ').slice(0, 1000).trim();
}
