// Did the Worker throw while answering a probe? Its trace event says so: an uncaught exception
// (`exceptions[]`, outcome "exception") or an engine error it caught and logged at level error
// before answering 401/500 itself (the gateway turns any verifier failure into a 401). A refused
// token is a JOSE error ("signature verification failed"); a TypeError is a defect in the code.
// Pure: a trace event in, the exception and where its stack says it was thrown out.
import { looksLikeNetworkFailure } from './proxy-status.js';
import type { TailEvent } from './tail-session.js';

export interface ThrownError {
  name: string;
  message: string;
  /** `uncaught`: in the event's exceptions; `logged`: an error-level log line carried it. */
  how: 'uncaught' | 'logged';
  /** The first call site of its stack, when the event carried one. */
  at?: StackPosition;
}

/** A call site: a source file when Cloudflare applied an uploaded source map, else the bundle's module. */
export interface StackPosition {
  file: string;
  line: number;
  column: number;
  /** The bundle wrangler uploaded (`index.js`, `worker.js`): not a line a person edits. */
  bundled: boolean;
}

// Errors the JavaScript engine throws for defects in the code, never for a token that is wrong.
const ENGINE_ERROR = /\b(TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError)(?: \[[^\]]*\])?: ([^\n]+)/;
// Texts other diagnoses own: the upstream's network failure, a server URL that is not a URL.
const OWNED_ELSEWHERE = /Invalid URL|Cannot build the upstream request/i;
const CALL_SITE = /\bat (?:[^\n()]*?\()?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?/;
// Module names wrangler gives the uploaded bundle.
const BUNDLE_MODULE = /^(?:\.\/)?[\w.-]+\.(?:m?js|cjs)$/;

/** The exception the Worker threw for this probe, or undefined when its event shows none. */
export function thrownError(event: TailEvent | undefined): ThrownError | undefined {
  if (!event) return undefined;
  const uncaught = event.exceptions?.find((e) => e.message !== undefined || e.name !== undefined);
  if (uncaught) {
    const message = uncaught.message ?? '';
    if (looksLikeNetworkFailure(message) || OWNED_ELSEWHERE.test(message)) return undefined;
    return { name: uncaught.name ?? 'Error', message, how: 'uncaught', at: stackPosition(uncaught.stack) };
  }
  for (const log of event.logs ?? []) {
    if (log.level !== 'error') continue;
    const logged = loggedError(log.message ?? []);
    if (logged) return logged;
  }
  return undefined;
}

/** An engine error among a log entry's parts: an Error object (workerd logs it as "TypeError: …") or its stack. */
function loggedError(parts: unknown[]): ThrownError | undefined {
  for (const part of parts) {
    const text = typeof part === 'string' ? part : errorText(part);
    if (!text) continue;
    const match = ENGINE_ERROR.exec(text);
    if (!match || looksLikeNetworkFailure(match[2]!) || OWNED_ELSEWHERE.test(match[2]!)) continue;
    const stack = parts.map((p) => (typeof p === 'string' ? p : (errorText(p) ?? ''))).join('\n');
    return { name: match[1]!, message: match[2]!.trim(), how: 'logged', at: stackPosition(stack) };
  }
  return undefined;
}

/** A logged object that is an error's own fields ({name, message, stack}). */
function errorText(part: unknown): string | undefined {
  if (!part || typeof part !== 'object') return undefined;
  const { name, message, stack } = part as { name?: unknown; message?: unknown; stack?: unknown };
  if (typeof stack === 'string') return stack;
  return typeof name === 'string' && typeof message === 'string' ? `${name}: ${message}` : undefined;
}

/** The first call site in a stack that names a file of the Worker (not `node:` or the runtime's own). */
export function stackPosition(stack: string | undefined): StackPosition | undefined {
  for (const line of (stack ?? '').split('\n')) {
    const match = CALL_SITE.exec(line);
    if (!match) continue;
    const file = match[1]!.replace(/^file:\/\//, '');
    if (file.startsWith('node:') || file.startsWith('internal:') || file === '<anonymous>') continue;
    return { file, line: Number(match[2]), column: Number(match[3]), bundled: BUNDLE_MODULE.test(file) };
  }
  return undefined;
}

/** "TypeError: x is not a function", for messages. */
export function describeThrown(thrown: ThrownError): string {
  return `${thrown.name}: ${thrown.message}`;
}

/** Where it was thrown, for a message: the source line, or the bundle position and why no source line. */
export function describePosition(at: StackPosition | undefined): string {
  if (!at) return 'its stack was not in the logs, so the source line could not be found';
  if (!at.bundled) return `thrown at ${at.file}:${at.line}:${at.column}`;
  return (
    `thrown at line ${at.line}:${at.column} of the uploaded bundle ${at.file}; the source line could not be found ` +
    '(Cloudflare maps a stack to the source only when a source map was uploaded with the Worker)'
  );
}
