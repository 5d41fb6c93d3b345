// What a failed upload's text says about the Worker's code: the exception Cloudflare's
// validation (10021) hit and where, or where esbuild stopped. Pure: text in, facts out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A position in a file of the project (absolute path), as wrangler reported it. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A position in a module of the uploaded bundle ("index.js"), which wrangler could not map back. */
export interface BundlePosition {
  module: string;
  line: number;
  column: number;
}

export type StartupFailure =
  | { kind: 'exception'; exception: string; source?: SourcePosition; bundle?: BundlePosition }
  | { kind: 'cpu_limit'; text: string }
  /** Only wrangler's own summary ("exceeded startup limits"): it hid Cloudflare's reason. */
  | { kind: 'unknown' };

// Cloudflare's own texts for a Worker refused at startup (10021).
const UNCAUGHT = /Uncaught (?:\(in promise\) )?([A-Za-z]*Error|[A-Za-z]+)?:? ?([^\n]*)/;
const CPU_LIMIT = /Script startup exceeded CPU time limit|startup (?:exceeded|timed out)[^\n]*(?:CPU|time)/i;
// Wrangler's summary, printed for any 10021 note mentioning "startup" (4.x): not evidence of a CPU limit.
const WRANGLER_SUMMARY = /failed validation because it exceeded startup limits/i;
// A call site: "at index.js:340:7", "at null.<anonymous> (file:///…/src/index.js:2:7)" (the gate
// reads wrangler's message on one line, so a call site need not start a line).
const CALL_SITE = /\bat (?:[^\s()]*\s*\()?([^\s()]+?):(\d+):(\d+)\)?/g;
// Where the exception's own message ends: its first call site, the code, or wrangler's next sentence.
const MESSAGE_END = /\s+at (?:[^\s()]*\s*\()?[^\s()]+:\d+:\d+|\s*\[code: \d+\]|\s+If you think this is a bug/;

export function startupFailure(text: string): StartupFailure | undefined {
  const uncaught = UNCAUGHT.exec(text);
  if (uncaught) {
    const message = uncaught[2] ?? '';
    const exception = `${uncaught[1] ?? 'Error'}: ${message.split(MESSAGE_END)[0]}`.trim();
    return { kind: 'exception', exception, ...callSites(text.slice(uncaught.index)) };
  }
  const cpu = CPU_LIMIT.exec(text);
  if (cpu) return { kind: 'cpu_limit', text: cpu[0] };
  return WRANGLER_SUMMARY.test(text) ? { kind: 'unknown' } : undefined;
}

/** The first call site wrangler mapped to a file (a `file://` URL), and the first it left as a bundle module. */
function callSites(text: string): { source?: SourcePosition; bundle?: BundlePosition } {
  const found: { source?: SourcePosition; bundle?: BundlePosition } = {};
  for (const match of text.matchAll(CALL_SITE)) {
    const [where, line, column] = [match[1]!, Number(match[2]), Number(match[3])];
    if (where.startsWith('file://')) found.source ??= { file: fileURLToPath(where), line, column };
    else if (!where.includes('/') && !where.startsWith('node:')) found.bundle ??= { module: where, line, column };
  }
  return found;
}

/** esbuild's "src/index.js:73:16: ERROR: …" (output file) or "  src/index.js:73:16:" (stderr), from `root`. */
export function buildErrorPosition(text: string, root: string): SourcePosition | undefined {
  const match = /(?:^|\s)([^\s:'"]+\.(?:[cm]?[jt]sx?|json|wasm)):(\d+):(\d+):/m.exec(text);
  if (!match) return undefined;
  return { file: path.resolve(root, match[1]!), line: Number(match[2]), column: Number(match[3]) + 1 };
}
