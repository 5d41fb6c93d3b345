// A key written twice in one object: JSON.parse (and so the gateway) keeps the last and drops the
// first without a word. A cheap count decides whether to look (members in the text against keys
// in the parsed value); only a config that has duplicates pays for the positions.
import { jsonc } from './jsonc.js';
import { rangeAt, type SourceRange } from './json-source.js';

export interface DuplicateKey {
  key: string;
  /** The later key, the one that wins. */
  range: SourceRange;
  /** Line of the earlier key, the one dropped. */
  firstLine: number;
}

/** Colons outside strings: one per object member in valid JSON. */
function countMembers(text: string): number {
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x3a /* : */) members++;
  }
  return members;
}

function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value);
  const own = Array.isArray(value) ? 0 : children.length;
  return children.reduce((n: number, v) => n + countKeys(v), own);
}

/** Every key that repeats an earlier key of the same object, in the order written. */
export function findDuplicateKeys(text: string, value: unknown): DuplicateKey[] {
  if (countMembers(text) === countKeys(value)) return [];
  const found: DuplicateKey[] = [];
  const objects: Map<string, number>[] = [];
  jsonc.visit(text, {
    onObjectBegin: () => void objects.push(new Map()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, offset, length) => {
      const seen = objects[objects.length - 1];
      const first = seen?.get(key);
      if (first !== undefined)
        found.push({ key, range: rangeAt(text, offset, length), firstLine: rangeAt(text, first, 1).line });
      else seen?.set(key, offset);
    },
  });
  return found;
}
