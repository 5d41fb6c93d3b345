// Small wording helpers shared by messages.

/** The closest candidate within a typo's distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = word.length < 6 ? 1 : Math.floor(word.length / 3);
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The candidate a mistyped or shortened name most likely means: the only one it begins (an
 * abbreviation such as "working-dir"), else the closest within a typo's distance.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const extending = candidates.filter((c) => c.toLowerCase().startsWith(lower) && c.length > word.length);
  if (lower.length >= 3 && extending.length === 1) return extending[0];
  return closest(word, candidates);
}

/** Edit distance where swapping two neighbours counts as one edit ("GTE" is one from "GET"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export function quote(value: unknown): string {
  const s = JSON.stringify(value);
  if (s === undefined) return String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function listOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

// eslint-disable-next-line no-control-regex -- ANSI escapes are exactly what is stripped
const ANSI = /\u001b\[[0-9;]*m/g;

/** Tool output carries colour codes even without a TTY (wrangler, vitest); read it without them. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** `1 route`, `3 routes`: a count with its noun (regular plurals only). */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "90s", "10m", "1h", "1m30s" or plain seconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    consumed = re.lastIndex;
  }
  return consumed === t.length && consumed > 0 ? total : undefined;
}

/** "850 ms", "4.3 s". */
/** To a tenth of a millisecond, as the JSON report keeps durations; formatDuration rounds from there. */
export function roundDuration(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * "8 ms" or "2.8 s". It rounds the report's value (roundDuration), so a duration read from the
 * report and the same one read from the stage's result never print differently (8.46 and 8.5).
 */
export function formatDuration(ms: number): string {
  const rounded = roundDuration(ms);
  return rounded < 999.5 ? `${Math.round(rounded)} ms` : `${(Math.round(rounded / 100) / 10).toFixed(1)} s`;
}
