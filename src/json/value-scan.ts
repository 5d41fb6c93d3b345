// One walk over a parsed JSON value for what several checks need from it: how deep it nests,
// how many object members it has (the duplicate-key check) and the few strings worth a closer
// look (references the gateway substitutes), each with its path. A path is copied only for a
// string kept.

export interface ScannedString {
  /** Keys and indexes from the root. */
  path: (string | number)[];
  value: string;
}

export interface ValueScan {
  /** Object members in the value (array items are not members). */
  keys: number;
  /** The strings `keep` accepted, in document order. */
  strings: ScannedString[];
  /** An object or array sits deeper than `maxDepth` (the walk did not descend into it). */
  tooDeep: boolean;
}

const keepNone = (): boolean => false;

/** The walk; it recurses at most `maxDepth` levels (the root object or array is level 1). */
export function scanValue(value: unknown, maxDepth: number, keep: (text: string) => boolean = keepNone): ValueScan {
  const scan: ValueScan = { keys: 0, strings: [], tooDeep: false };
  const path: (string | number)[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (typeof node === 'string') {
      if (keep(node)) scan.strings.push({ path: [...path], value: node });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > maxDepth) {
      scan.tooDeep = true;
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], depth + 1);
        path.pop();
      }
      return;
    }
    // for-in, not Object.keys: no array per object (JSON.parse's objects inherit nothing enumerable).
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      scan.keys++;
      path.push(key);
      walk((node as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  walk(value, 1);
  return scan;
}
