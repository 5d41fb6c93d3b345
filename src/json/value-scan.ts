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
  // A child is visited (and its key put on the path) only when it is a container or a string kept:
  // most values are neither, and cost no call.
  const visit = (node: unknown, depth: number): void => {
    if (typeof node === 'string') {
      scan.strings.push({ path: [...path], value: node });
      return;
    }
    if (depth > maxDepth) {
      scan.tooDeep = true;
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string' ? !keep(item) : item === null || typeof item !== 'object') continue;
        path.push(i);
        visit(item, depth + 1);
        path.pop();
      }
      return;
    }
    // for-in, not Object.keys: no array per object (JSON.parse's objects inherit nothing enumerable).
    for (const key in node as object) {
      if (!Object.hasOwn(node as object, key)) continue;
      scan.keys++;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'string' ? !keep(child) : child === null || typeof child !== 'object') continue;
      path.push(key);
      visit(child, depth + 1);
      path.pop();
    }
  };
  if (typeof value === 'string' ? keep(value) : value !== null && typeof value === 'object') visit(value, 1);
  return scan;
}
