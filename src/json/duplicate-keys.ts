// A key written twice in one object: JSON.parse (and so the gateway) keeps the last and drops the
// first without a word. A cheap count decides whether to look (members in the text against keys
// in the parsed value); only a config that has duplicates pays for the positions.
import { jsonc } from './jsonc.js';
import { countMembersAtLeast, MAX_DEPTH, rangeAt, scanJsonText, type SourceRange } from './json-source.js';
import { scanValue } from './value-scan.js';

export interface DuplicateKey {
  key: string;
  /** The later key, the one that wins. */
  range: SourceRange;
  /** Line of the earlier key, the one dropped. */
  firstLine: number;
}

/**
 * Every key that repeats an earlier key of the same object, in the order written. `keys`: the
 * keys in the value, when the caller has counted them (validate does, in the walk it makes anyway).
 */
export function findDuplicateKeys(text: string, value: unknown, keys?: number): DuplicateKey[] {
  const inValue = keys ?? scanValue(value, MAX_DEPTH).keys;
  // The text writes at least as many members as the value keeps; the same number means no duplicate.
  // The native count settles nearly every config; the exact pass over the text, the rest.
  if (countMembersAtLeast(text) === inValue || scanJsonText(text, Infinity).members === inValue) return [];
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
