// Secret values never reach anything the gate writes. The runner masks registered secrets in its
// log, but the report, the run directory, the summary, annotations, the check run and the PR
// comment are the gate's own: a backend that echoes the Authorization header in its error body
// must not put the token there, raw or encoded.

export const REDACTED = '***';

/** Values shorter than this are not redacted in the raw: they would blank ordinary words. */
const MIN_RAW = 3;
/** Encoded forms shorter than this are not redacted: too likely to occur by chance. */
const MIN_ENCODED = 6;
/** A truncated text (ending in "…") that ends with this much of a secret still hides that part. */
const MIN_TRUNCATED = 6;

/**
 * The base64 characters that depend only on `bytes`, whatever precedes or follows them, for each of
 * the three alignments the secret can have inside a longer encoded text.
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Character i holds bits 6i..6i+5; keep those that lie wholly within the secret's bits.
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
    if (last >= first) cores.push(encoded.slice(first, last + 1));
  }
  return cores;
}

/** The forms a secret value takes in text: raw, JSON-escaped, URL-encoded, base64 and base64url. */
export function secretVariants(value: string): string[] {
  const variants = new Set<string>();
  if (value.length >= MIN_RAW) variants.add(value);
  const encoded: string[] = [JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
  encoded.push(encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()));
  encoded.push(encodeURIComponent(value).replace(/%20/g, '+'));
  for (const core of base64Cores(Buffer.from(value, 'utf8'))) {
    encoded.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  for (const form of encoded) if (form.length >= MIN_ENCODED || form === value) variants.add(form);
  return [...variants].filter((v) => v.length >= MIN_RAW);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  private readonly variants: string[];
  private readonly pattern: RegExp | undefined;

  constructor(values: Iterable<string | undefined>) {
    const all = new Set<string>();
    for (const value of values) if (value) for (const v of secretVariants(value)) all.add(v);
    // Longest first, so a value's encoded form is replaced whole rather than a shorter value inside it.
    this.variants = [...all].sort((a, b) => b.length - a.length);
    this.pattern = this.variants.length ? new RegExp(this.variants.map(escapeRegExp).join('|'), 'g') : undefined;
  }

  get active(): boolean {
    return this.pattern !== undefined;
  }

  text(value: string): string {
    if (!this.pattern) return value;
    const replaced = value.replace(this.pattern, REDACTED);
    return replaced.endsWith('…') ? this.truncatedTail(replaced) : replaced;
  }

  /** A copy of a JSON-like value with every string (and key) redacted. */
  deep<T>(value: T): T {
    if (!this.pattern) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.walk(v)]));
    }
    return value;
  }

  /** A text cut short ("…") may end in the first part of a secret: hide that part too. */
  private truncatedTail(text: string): string {
    const body = text.slice(0, -1);
    for (const variant of this.variants) {
      for (let n = variant.length - 1; n >= MIN_TRUNCATED; n--) {
        if (body.endsWith(variant.slice(0, n))) return `${body.slice(0, -n)}${REDACTED}…`;
      }
    }
    return text;
  }
}

/**
 * A writer for streamed output (a child process's chunks) that redacts whole lines: a secret split
 * across two chunks is still found. The rest is flushed at the end.
 */
export function redactingStream(
  redactor: Redactor,
  write: (text: string) => void,
): { write(chunk: string): void; flush(): void } {
  let pending = '';
  return {
    write(chunk) {
      if (!redactor.active) return write(chunk);
      pending += chunk;
      const end = pending.lastIndexOf('\n');
      if (end < 0) return;
      write(redactor.text(pending.slice(0, end + 1)));
      pending = pending.slice(end + 1);
    },
    flush() {
      if (pending) write(redactor.text(pending));
      pending = '';
    },
  };
}
