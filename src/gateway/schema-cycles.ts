// A schema whose $ref leads back to itself without descending into the data ({"$ref": "#"}, or
// two definitions that only refer to each other) makes every validator recurse until the stack
// overflows. Found before validating, so it is a finding on the $ref, not a crash.
import { fromPointer, toPointer } from '../json/json-source.js';

// Keywords that apply a subschema to the same value (they do not descend into the data).
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_MANY = ['allOf', 'anyOf', 'oneOf'];

function at(schema: unknown, pointer: string): unknown {
  let node = schema;
  for (const key of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Subschemas applied to the same value, with the pointer of the keyword that leads there. */
function inPlaceEdges(schema: unknown, pointer: string): { target: string; via: string }[] {
  const node = at(schema, pointer);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const obj = node as Record<string, unknown>;
  const edges: { target: string; via: string }[] = [];
  const ref = obj.$ref;
  if (typeof ref === 'string' && (ref === '#' || ref.startsWith('#/'))) {
    edges.push({ target: decodeURIComponent(ref.slice(1)), via: `${pointer}/$ref` });
  }
  for (const key of IN_PLACE_ONE) if (key in obj) edges.push({ target: `${pointer}/${key}`, via: `${pointer}/${key}` });
  for (const key of IN_PLACE_MANY) {
    const list = obj[key];
    if (Array.isArray(list))
      list.forEach((_, i) =>
        edges.push({ target: toPointer([...fromPointer(pointer), key, i]), via: `${pointer}/${key}` }),
      );
  }
  return edges;
}

/** Every local `$ref` target in the schema: where a cycle can start. */
function refTargets(node: unknown, out: Set<string>): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && (value === '#' || value.startsWith('#/')))
      out.add(decodeURIComponent(value.slice(1)));
    else refTargets(value, out);
  }
  return out;
}

/** The pointer of a `$ref` that closes a cycle applied to one value, or undefined. */
export function findRefCycle(schema: unknown): string | undefined {
  const done = new Set<string>();
  const visit = (pointer: string, stack: Set<string>): string | undefined => {
    if (done.has(pointer)) return undefined;
    stack.add(pointer);
    for (const edge of inPlaceEdges(schema, pointer)) {
      if (stack.has(edge.target)) return edge.via;
      const found = visit(edge.target, stack);
      if (found) return found;
    }
    stack.delete(pointer);
    done.add(pointer);
    return undefined;
  };
  for (const start of ['', ...refTargets(schema, new Set())]) {
    const found = visit(start, new Set());
    if (found) return found;
  }
  return undefined;
}
