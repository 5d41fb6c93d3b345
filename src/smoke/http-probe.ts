// One HTTP request of the smoke test, bounded in time, with everything it showed: the response
// (status, headers, the start of the body) or the error with its cause chain.
import { diagnoseNetworkError, errorChain, type ErrorLink, type NetworkDiagnosis } from './proxy-status.js';

/** Enough of a body to read a JSON error and compare a static response; the rest is drained. */
const BODY_LIMIT = 64 * 1024;

export interface ProbeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface ProbeError {
  /** `headers`: no response at all; `body`: the response started and then broke. */
  phase: 'headers' | 'body';
  timedOut: boolean;
  chain: ErrorLink[];
  network?: NetworkDiagnosis;
}

export interface ProbeResult {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  json?: unknown;
  error?: ProbeError;
  durationMs: number;
}

export async function sendProbe(request: ProbeRequest): Promise<ProbeResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(request.timeoutMs);
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    return { error: describe(error, 'headers', signal), durationMs: elapsed() };
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const result: ProbeResult = { status: response.status, headers, durationMs: 0 };
  try {
    result.body = await readBody(response);
  } catch (error) {
    result.error = describe(error, 'body', signal);
  }
  if (result.body !== undefined && /json/i.test(headers['content-type'] ?? '')) {
    try {
      result.json = JSON.parse(result.body);
    } catch {
      // A truncated or non-JSON body stays text.
    }
  }
  result.durationMs = elapsed();
  return result;
}

async function readBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size < BODY_LIMIT) chunks.push(value.subarray(0, BODY_LIMIT - size));
    size += value.byteLength;
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describe(error: unknown, phase: ProbeError['phase'], signal: AbortSignal): ProbeError {
  const chain = errorChain(error);
  const timedOut = signal.aborted || chain.some((l) => l.name === 'TimeoutError');
  const network = diagnoseNetworkError(chain, { connected: phase === 'body' });
  return { phase, timedOut, chain, network };
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the input order in the result. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
